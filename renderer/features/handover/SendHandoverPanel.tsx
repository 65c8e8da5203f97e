/**
 * "An ein anderes Gerät übergeben" in a case's Abschluss section: what the package would carry
 * (the person with all their cases), to whom, then the save dialog of the main process and the
 * one-time passphrase, shown once.
 */
import { useEffect, useState } from 'react';
import type { HandoverSelection, HandoverSent } from '../../../electron/contract/areas/handover';
import { HANDOVER_RECIPIENT_MAX } from '../../../electron/contract/areas/handover';
import { call } from '../../api';
import { lockEpoch } from '../../state/session';
import { Disclosure } from '../../ui/Disclosure';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { handoverTexts as t } from '../../i18n/handover';
import { OneTimePassphrase } from './OneTimePassphrase';

export function SendHandoverPanel({ caseId, onSent }: { caseId: string; onSent?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Disclosure label={t.sendSummary} className="send-handover" open={open} onToggle={setOpen}>
      <p>{t.sendLead}</p>
      <SendHandoverForm caseId={caseId} onSent={onSent} />
    </Disclosure>
  );
}

function SendHandoverForm({ caseId, onSent }: { caseId: string; onSent?: (() => void) | undefined }) {
  const [selection, setSelection] = useState<HandoverSelection | null>(null);
  const [recipient, setRecipient] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sent, setSent] = useState<Omit<HandoverSent, 'passphrase'> | null>(null);
  const [passphrase, setPassphrase] = useState<string | null>(null);

  useEffect(() => {
    const epoch = lockEpoch();
    void call('handover.preview', { caseIds: [caseId] }).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setSelection(result.value);
      else setLoadError(result.error.message);
    });
  }, [caseId]);

  const { busy, error, submit } = useSubmit(
    () => (recipient.trim() === '' ? null : call('handover.export', { caseIds: [caseId], recipient: recipient.trim() })),
    (exported) => {
      if (exported === null) return; // the dialog was cancelled
      const { passphrase: secret, ...rest } = exported;
      setSent(rest);
      setPassphrase(secret);
    },
  );

  if (sent) {
    return (
      <>
        <StatusMessage>{t.sent(sent.file, sent.caseNumbers)}</StatusMessage>
        {passphrase ? (
          <OneTimePassphrase
            passphrase={passphrase}
            onDone={() => {
              setPassphrase(null);
              onSent?.();
            }}
          />
        ) : null}
      </>
    );
  }
  if (selection === null) return loadError ? <ErrorMessage message={loadError} /> : <StatusMessage>{t.previewLoading}</StatusMessage>;
  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <ul>
        {selection.persons.map((p) => (
          <li key={p.personId}>
            {t.previewPerson(p.displayName, p.caseNumbers)}
            {p.addedCaseNumbers.length > 0 ? <> {t.previewAdded(p.addedCaseNumbers)}</> : null}
          </li>
        ))}
      </ul>
      <TextField label={t.recipient} value={recipient} onChange={setRecipient} maxLength={HANDOVER_RECIPIENT_MAX} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.send} busy={busy} busyLabel={t.sending} problem={recipient.trim() === '' ? t.recipientMissing : null} />
    </form>
  );
}
