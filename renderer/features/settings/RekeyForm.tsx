/**
 * "Schlüssel erneuern": the store re-encrypted under a new data key. Asks for the passphrase;
 * the new recovery key is then shown and confirmed on the same screen as a renewed one.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { call, type KimErrorBody } from '../../api';
import { de } from '../../i18n/de';
import { storeHealthTexts as t } from '../../i18n/storeHealth';
import { recoveryKeyRenewed } from '../../state/session';
import { refreshStoreHealth, useStoreHealth } from '../../state/storeHealth';
import { ErrorMessage } from '../../ui/Messages';
import { RetryCountdown, useRetryGate } from '../../ui/RetryCountdown';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';

export function RekeyForm() {
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<KimErrorBody | null>(null);
  const recommended = useStoreHealth((s) => s.health?.rekeyRecommended ?? false);
  const gate = useRetryGate();
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || gate.waiting || passphrase === '') return;
    const secret = passphrase;
    setPassphrase('');
    setError(null);
    gate.start(null);
    setBusy(true);
    const result = await call('store.rekey', { passphrase: secret });
    setBusy(false);
    if (result.ok) {
      void refreshStoreHealth(); // the reminder goes away
      recoveryKeyRenewed(result.value.recoveryKey);
      return;
    }
    setError(result.error);
    gate.start(result.error);
    field.current?.focus();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.rekeyTitle}</h2>
      {recommended ? <p className="notice notice-warning">{t.rekeyRecommended}</p> : null}
      <p>{t.rekeyIntro}</p>
      <p>{t.rekeyWhen}</p>
      <p>{t.rekeyAfter}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={t.rekeyPassphraseLabel}
          secret
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          maxLength={1024}
          inputRef={field}
        />
        <ErrorMessage message={error?.message} />
        <RetryCountdown gate={gate} />
        <SubmitRow
          label={t.rekeySubmit}
          busy={busy}
          busyLabel={t.rekeyBusy}
          problem={passphrase === '' ? de.passphrase.problems.empty : null}
          blocked={gate.waiting}
        />
      </form>
    </section>
  );
}
