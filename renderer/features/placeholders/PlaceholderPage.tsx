/** A page of the app frame whose area is still being built: a heading and one honest sentence. */
import { ScreenHeading } from '../../ui/Heading';

export function PlaceholderPage({ title, text }: { title: string; text: string }) {
  return (
    <div className="page">
      <ScreenHeading focusOnMount>{title}</ScreenHeading>
      <p className="lead">{text}</p>
    </div>
  );
}
