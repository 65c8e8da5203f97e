/** The two horizons of "Heute": how far ahead residence documents, how long referrals may wait for feedback. */
import { useId, useState, type FormEvent } from 'react';
import { useSubmit } from '../../ui/useSubmit';
import { TODAY_LIMITS, type TodaySettings } from '../../../electron/contract/areas/today';
import { call } from '../../api';
import { todayTexts as t } from '../../i18n/today';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { loadToday } from './todayStore';

const weeks = TODAY_LIMITS.residenceHorizonWeeks;
const days = TODAY_LIMITS.referralFeedbackDays;

function parse(text: string, limits: { min: number; max: number }): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= limits.min && n <= limits.max ? n : null;
}

export function TodaySettingsForm({ settings }: { settings: TodaySettings }) {
  const headingId = useId();
  const [residence, setResidence] = useState(String(settings.residenceHorizonWeeks));
  const [referral, setReferral] = useState(String(settings.referralFeedbackDays));
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);

  const residenceWeeks = parse(residence, weeks);
  const referralDays = parse(referral, days);

  const send = useSubmit(
    () =>
      residenceWeeks === null || referralDays === null
        ? null
        : call('today.updateSettings', { residenceHorizonWeeks: residenceWeeks, referralFeedbackDays: referralDays }),
    () => {
      setSaved(true);
      void loadToday();
    },
  );
  const { busy, error } = send;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setSaved(false);
    void send.submit();
  }

  return (
    <details className="panel today-settings">
      <summary>{t.settingsSummary}</summary>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t.settingsTitle}</h2>
        <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
          <TextField
            label={t.residenceLabel}
            hint={t.residenceHint(weeks.min, weeks.max)}
            type="number"
            inputMode="numeric"
            min={weeks.min}
            max={weeks.max}
            step={1}
            value={residence}
            onChange={setResidence}
            error={touched && residenceWeeks === null ? t.residenceInvalid(weeks.min, weeks.max) : null}
            inputClassName="input-short"
          />
          <TextField
            label={t.referralLabel}
            hint={t.referralHint(days.min, days.max)}
            type="number"
            inputMode="numeric"
            min={days.min}
            max={days.max}
            step={1}
            value={referral}
            onChange={setReferral}
            error={touched && referralDays === null ? t.referralInvalid(days.min, days.max) : null}
            inputClassName="input-short"
          />
          <ErrorMessage message={error} />
          <SubmitRow label={t.save} busy={busy} busyLabel={t.busy} />
          <StatusMessage>{saved ? t.saved : null}</StatusMessage>
        </form>
      </section>
    </details>
  );
}
