/**
 * "Sprechstunde nachtragen": an hour that has already taken place (from paper notes), with its
 * place, day, start and end. It then runs like a live hour, but every contact gets its time in
 * the hour, and it is closed with its end (`sessions.start` with `startedAt`).
 */
import { useId, useState } from 'react';
import type { LocationView } from '../../../electron/contract/areas/cases';
import { consultation } from '../../i18n/consultation';
import { parseGermanTime } from '../../i18n/dates';
import * as clock from '../../state/clock';
import { DateField } from '../../ui/DateField';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { momentOn } from './afterwards';
import { startSession } from './consultationStore';

const t = consultation.afterwards;

export function AfterwardsStartForm({ locations, onCancel }: { locations: LocationView[]; onCancel: () => void }) {
  const headingId = useId();
  const [locationId, setLocationId] = useState(locations.length === 1 ? locations[0]!.id : '');
  const [day, setDay] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const startedAt = day === '' ? '' : momentOn(day, start);
  const plannedEnd = day === '' ? '' : momentOn(day, end);
  const badTime = (typed: string) => (typed.trim() !== '' && parseGermanTime(typed) === undefined ? t.timeInvalid : null);
  const problem =
    locationId === ''
      ? consultation.start.missingLocation
      : day === ''
        ? t.missingDay
        : startedAt === '' || plannedEnd === ''
          ? t.missingTimes
          : plannedEnd <= startedAt
            ? t.endBeforeStart
            : plannedEnd > clock.nowLocalInput()
              ? t.notPast
              : null;
  // The answer (an error or the running hour) lands in the consultation store; null is no answer to show.
  const { busy, error, submit } = useSubmit(
    () =>
      problem
        ? null
        : startSession(locationId, { startedAt, plannedEnd }).then((message) =>
            message ? { ok: false as const, error: { message } } : { ok: true as const, value: null },
          ),
    () => undefined,
  );
  return (
    <form className="form consultation-afterwards" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
      <h2 id={headingId}>{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <SelectField
        label={consultation.start.locationLabel}
        value={locationId}
        onChange={setLocationId}
        options={locations.map((l) => ({ value: l.id, label: consultation.start.locationOption(l.name, l.municipality) }))}
        placeholder={consultation.start.locationPlaceholder}
        required
      />
      <DateField label={t.dayLabel} value={day} onChange={setDay} required />
      <div className="consultation-row consultation-row-compact">
        <TextField
          label={t.startLabel}
          hint={t.timeHint}
          value={start}
          onChange={setStart}
          error={badTime(start)}
          inputMode="numeric"
          autoComplete="off"
          inputClassName="input-short"
          required
        />
        <TextField
          label={t.endLabel}
          hint={t.timeHint}
          value={end}
          onChange={setEnd}
          error={badTime(end)}
          inputMode="numeric"
          autoComplete="off"
          inputClassName="input-short"
          required
        />
      </div>
      <ErrorMessage message={error} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={problem} onCancel={onCancel} cancelLabel={consultation.cancel} />
    </form>
  );
}
