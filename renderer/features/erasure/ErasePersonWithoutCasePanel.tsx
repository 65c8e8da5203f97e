/**
 * "Person löschen" on the page of a person who has no case (only an Erstberatung): erasure on
 * request (Art. 17 DSGVO), always with a reason, confirmed by ticking that everything goes.
 * Afterwards the person is gone: the app goes to the case list and says so there.
 */
import { useState, type FormEvent } from 'react';
import { ERASURE_REASON_MAX } from '../../../electron/contract/areas/erasure';
import { call } from '../../api';
import { erasureTexts as t } from '../../i18n/erasure';
import { lockEpoch, useSession } from '../../state/session';
import { Disclosure } from '../../ui/Disclosure';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
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
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = reason.trim() === '' ? t.reasonMissing : !confirmed ? t.noCaseConfirmMissing : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem) return;
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    const result = await call('erasure.erasePersonWithoutCase', { personId, reason: reason.trim() });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    navigate('cases');
    useSession.setState({ notice: t.noCaseErased(displayName) });
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <p>{t.noCaseWarning}</p>
      <TextArea label={t.reasonLabel} value={reason} onChange={setReason} maxLength={ERASURE_REASON_MAX} rows={2} />
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
