/** A page of the app frame whose area is still being built: a heading, one honest sentence, and what may follow. */
import type { ReactNode } from 'react';
import { ScreenHeading } from '../../ui/Heading';

export function PlaceholderPage({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <div className="page">
      <ScreenHeading focusOnMount>{title}</ScreenHeading>
      <p className="lead">{text}</p>
      {children}
    </div>
  );
}
