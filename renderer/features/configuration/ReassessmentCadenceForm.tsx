/** The default re-assessment cadence in months (a case may have its own). */
import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../electron/contract';
import { REASSESSMENT_MONTHS } from '../../../electron/contract/limits';
import { cases } from '../../i18n/cases';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { saveSettings } from '../settings/settingsStore';

const t = cases.config.cadence;
const { min, max } = REASSESSMENT_MONTHS;

function parseMonths(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const months = Number(text);
  return months >= min && months <= max ? months : null;
}

export function ReassessmentCadenceForm({ settings }: { settings: Settings }) {
  const headingId = useId();
  const [months, setMonths] = useState(String(settings.reassessmentMonths));
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parsed = parseMonths(months);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setSaved(false);
    if (busy || parsed === null) return;
    setError(null);
    setBusy(true);
    const result = await saveSettings({ reassessmentMonths: parsed });
    setBusy(false);
    if (result.ok) {
      setMonths(String(result.value.reassessmentMonths));
      setSaved(true);
    } else setError(result.error.message);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={t.label}
          hint={t.hint(min, max)}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={months}
          onChange={(value) => {
            setMonths(value);
            setSaved(false);
          }}
          error={touched && parsed === null ? t.invalid(min, max) : null}
          inputClassName="input-short"
        />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={cases.intake.busy} />
        <StatusMessage>{saved ? t.saved : null}</StatusMessage>
      </form>
    </section>
  );
}
