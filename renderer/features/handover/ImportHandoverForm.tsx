/**
 * Taking over a package: the one-time passphrase, then the main process's open dialog; what the
 * package holds is shown before anything is written (persons, their former case numbers, possible
 * duplicates here, configuration missing here); "Übernehmen" writes it and shows the code to
 * read back. The passphrase stays in this form's state only between opening and taking over.
 */
import { useId, useRef, useState } from 'react';
import type { HandoverImported, HandoverInspection } from '../../../electron/contract/areas/handover';
import { call } from '../../api';
import { germanDateTime, germanDay } from '../../i18n/dates';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { handoverTexts as t } from '../../i18n/handover';

export function ImportHandoverForm() {
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [inspection, setInspection] = useState<HandoverInspection | null>(null);
  const [accept, setAccept] = useState(false);
  const [imported, setImported] = useState<HandoverImported | null>(null);
  const field = useRef<HTMLInputElement>(null);

  function reset() {
    setInspection(null);
    setPassphrase('');
    setAccept(false);
  }

  const opening = useSubmit(
    () => {
      if (passphrase.trim() === '') return null;
      setImported(null);
      return call('handover.inspect', { passphrase });
    },
    (found) => {
      if (found !== null) setInspection(found);
    },
    () => field.current?.focus(),
  );
  const taking = useSubmit(
    () => (inspection ? call('handover.import', { token: inspection.token, passphrase, acceptDuplicates: accept }) : null),
    (done) => {
      reset();
      setImported(done);
    },
  );
  const busy = opening.busy || taking.busy;
  const error = inspection === null ? opening.error : taking.error;
  const open = opening.submit;
  const takeOver = taking.submit;

  const duplicates = inspection?.persons.some((p) => p.duplicates.length > 0) ?? false;
  const blocked = inspection !== null && (inspection.alreadyImported || inspection.recordsExist || inspection.missingConfiguration.length > 0);

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t.importTitle}</h3>
      <p>{t.importIntro}</p>
      {inspection === null ? (
        <form className="form" onSubmit={open} aria-busy={busy} noValidate>
          <TextField
            label={t.importPassphrase}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            inputClassName="input-code"
            inputRef={field}
          />
          <ErrorMessage message={error} />
          <SubmitRow label={t.open} busy={busy} busyLabel={t.opening} problem={passphrase.trim() === '' ? t.importPassphraseMissing : null} />
        </form>
      ) : (
        <div className="form handover-inspection" aria-busy={busy}>
          <p>{t.from(inspection.sender, germanDateTime(inspection.createdAt))}</p>
          <p>{t.forRecipient(inspection.recipient)}</p>
          <ul>
            {inspection.persons.map((p, i) => (
              <li key={i}>
                {[p.displayName ?? '–', p.birthDate ? t.bornOn(germanDay(p.birthDate)) : null, t.formerNumbers(p.formerCaseNumbers)].filter(Boolean).join(', ')}
                {p.duplicates.length > 0 ? (
                  <>
                    <p>{t.duplicateHeading}</p>
                    <ul>
                      {p.duplicates.map((d) => (
                        <li key={d.personId}>{t.duplicateOf(d.displayName, d.reasons)}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {inspection.missingConfiguration.length > 0 ? (
            <>
              <p>{t.missingHeading}</p>
              <ul>
                {inspection.missingConfiguration.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : null}
          {inspection.alreadyImported ? <p>{t.alreadyImported}</p> : null}
          {inspection.recordsExist ? <p>{t.recordsExist}</p> : null}
          {duplicates && !blocked ? (
            <>
              <p>{t.duplicatesNote}</p>
              <label className="choice">
                <input type="checkbox" checked={accept} onChange={(event) => setAccept(event.currentTarget.checked)} />
                <span>{t.acceptDuplicates}</span>
              </label>
            </>
          ) : null}
          <ErrorMessage message={error} />
          <div className="submit-actions">
            <Button variant="primary" onClick={() => void takeOver()} disabled={busy || blocked || (duplicates && !accept)}>
              {busy ? t.takingOver : t.takeOver}
            </Button>
            <Button onClick={reset} disabled={busy}>
              {t.cancel}
            </Button>
          </div>
        </div>
      )}
      <StatusMessage>{imported ? t.takenOver(imported.caseNumbers) : null}</StatusMessage>
      {imported ? (
        <section aria-label={t.codeTitle}>
          <p>{t.codeInstruction}</p>
          <p className="recovery-key-value">{imported.confirmationCode}</p>
        </section>
      ) : null}
    </section>
  );
}
