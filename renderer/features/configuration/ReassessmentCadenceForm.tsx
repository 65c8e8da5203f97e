/** The default re-assessment cadence in months (a case may have its own). */
import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../electron/contract';
import { REASSESSMENT_MONTHS } from '../../../electron/contract/limits';
import { cases } from '../../i18n/cases';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
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
  const [saved, setSaved] = useState(false);
  const parsed = parseMonths(months);
  const {
    busy,
    error,
    submit: send,
  } = useSubmit(
    () => (parsed === null ? null : saveSettings({ reassessmentMonths: parsed })),
    (value) => {
      setMonths(String(value.reassessmentMonths));
      setSaved(true);
    },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setSaved(false);
    void send();
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
