/** Einstellungen: the retention period (Löschfrist) in years, with its legal basis. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { RETENTION_HELP, RETENTION_YEARS } from '../../../electron/contract/areas/erasure';
import { call } from '../../api';
import { lockEpoch } from '../../state/session';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { erasureTexts as t } from '../../i18n/erasure';

function parse(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= RETENTION_YEARS.min && n <= RETENTION_YEARS.max ? n : null;
}

export function RetentionSettingsForm() {
  const headingId = useId();
  const [years, setYears] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const epoch = lockEpoch();
    void call('erasure.settings', {}).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setYears(String(result.value.retentionYears));
      else setError(result.error.message);
    });
  }, []);

  const parsed = years === null ? null : parse(years);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setSaved(false);
    if (busy || parsed === null) return;
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    const result = await call('erasure.updateSettings', { retentionYears: parsed });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setYears(String(result.value.retentionYears));
    setSaved(true);
  }

  return (
    <details className="panel retention-settings">
      <summary>{t.settingsSummary}</summary>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t.settingsTitle}</h2>
        <p>{RETENTION_HELP}</p>
        {years === null ? (
          error ? (
            <ErrorMessage message={error} />
          ) : (
            <StatusMessage>{t.loading}</StatusMessage>
          )
        ) : (
          <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
            <TextField
              label={t.yearsLabel}
              type="number"
              inputMode="numeric"
              min={RETENTION_YEARS.min}
              max={RETENTION_YEARS.max}
              step={1}
              value={years}
              onChange={setYears}
              error={touched && parsed === null ? t.yearsInvalid(RETENTION_YEARS.min, RETENTION_YEARS.max) : null}
              inputClassName="input-short"
            />
            <ErrorMessage message={error} />
            <SubmitRow label={t.save} busy={busy} busyLabel={t.saving} />
            <StatusMessage>{saved ? t.saved : null}</StatusMessage>
          </form>
        )}
      </section>
    </details>
  );
}
