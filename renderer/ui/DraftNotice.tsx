/** Says that a form holds a restored draft, and offers to throw it away. */
import { germanDateTime } from '../i18n/dates';
import { forms } from '../i18n/forms';
import { Button } from './Button';
import { StatusMessage } from './Messages';

export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  if (restoredAt === null) return <StatusMessage />;
  return (
    <div className="draft-notice">
      <StatusMessage>{forms.draft.restored(germanDateTime(restoredAt))}</StatusMessage>
      <Button onClick={onDiscard}>{forms.draft.discard}</Button>
    </div>
  );
}
