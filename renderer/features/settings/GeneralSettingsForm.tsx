/** The person's name (for the audit log) and the auto-lock minutes. */
import { useId, useState } from 'react';
import type { Settings } from '../../../electron/contract';
import { AUTO_LOCK_MINUTES } from '../../../electron/contract/limits';
import { de } from '../../i18n/de';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { saveSettings } from './settingsStore';

const t = de.settings;
const { min, max } = AUTO_LOCK_MINUTES;

function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= min && minutes <= max ? minutes : null;
}

export function GeneralSettingsForm({ settings }: { settings: Settings }) {
  const headingId = useId();
  const [userName, setUserName] = useState(settings.userName);
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);

  const parsedMinutes = parseMinutes(minutes);
  const nameError = touched && userName.trim() === '' ? t.nameMissing : null;
  const minutesError = touched && parsedMinutes === null ? t.autoLockInvalid(min, max) : null;

  const { busy, error, submit } = useSubmit(
    () => {
      setTouched(true);
      setSaved(false);
      if (userName.trim() === '' || parsedMinutes === null) return null;
      return saveSettings({ userName: userName.trim(), autoLockMinutes: parsedMinutes });
    },
    (next) => {
      setUserName(next.userName);
      setMinutes(String(next.autoLockMinutes));
      setSaved(true);
    },
  );

  function edit(setter: (value: string) => void) {
    return (value: string) => {
      setter(value);
      setSaved(false);
    };
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.generalTitle}</h2>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField label={t.nameLabel} hint={t.nameHint} value={userName} onChange={edit(setUserName)} error={nameError} maxLength={100} autoComplete="name" />
        <TextField
          label={t.autoLockLabel}
          hint={t.autoLockHint(min, max)}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={minutes}
          onChange={edit(setMinutes)}
          error={minutesError}
          inputClassName="input-short"
        />
        <ErrorMessage message={error} />
        <SubmitRow label={de.common.save} busy={busy} busyLabel={de.common.busy} />
        <StatusMessage>{saved ? t.saved : null}</StatusMessage>
      </form>
    </section>
  );
}
