/**
 * "Person löschen" on the page of a person who has no case (only an Erstberatung): erasure on
 * request (Art. 17 DSGVO), always with a reason, confirmed by ticking that everything goes.
 * Afterwards the person is gone: the app goes to the case list and says so there.
 */
import { useState } from 'react';
import { ERASURE_REASON_MAX } from '../../../electron/contract/areas/erasure';
import { call } from '../../api';
import { erasureTexts as t } from '../../i18n/erasure';
import { useSession } from '../../state/session';
import { Disclosure } from '../../ui/Disclosure';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { navigate } from '../frame/navigation';

export function ErasePersonWithoutCasePanel({ personId, displayName }: { personId: string; displayName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Disclosure label={t.personSummary} className="erase-person" open={open} onToggle={setOpen}>
      <p>{t.noCaseLead}</p>
      <EraseWithoutCaseForm personId={personId} displayName={displayName} />
    </Disclosure>
  );
}

function EraseWithoutCaseForm({ personId, displayName }: { personId: string; displayName: string }) {
  // The reason is kept as a draft of the person; the tick is given afresh each time.
  const draft = useFormDraft(`erasure:person:${personId}`, { reason: '' }, { personId });
  const { reason } = draft.values;
  const [confirmed, setConfirmed] = useState(false);
  const problem = reason.trim() === '' ? t.reasonMissing : !confirmed ? t.noCaseConfirmMissing : null;
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('erasure.erasePersonWithoutCase', { personId, reason: reason.trim() })),
    () => {
      draft.clear();
      navigate('cases');
      useSession.setState({ notice: t.noCaseErased(displayName) });
    },
  );

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <p>{t.noCaseWarning}</p>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <TextArea label={t.reasonLabel} value={reason} onChange={(value) => draft.set('reason', value)} maxLength={ERASURE_REASON_MAX} rows={2} />
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <span>{t.noCaseConfirm(displayName)}</span>
        </label>
      </div>
      <ErrorMessage message={error} />
      <SubmitRow label={t.eraseSubmit} busy={busy} busyLabel={t.erasing} problem={problem} />
    </form>
  );
}
