/**
 * "Kontakt erfassen": when (default now), how long (default 30 minutes), where (a Sprechstunde
 * names its location), what kind, which life areas, interpreter, note and optional Wiedervorlagen
 * (`contacts.create`). Built for the consultation hour: defaults set, keyboard first.
 */
import { NETWORK_LIMITS } from '../../../electron/contract/limits';
import { useId, useState, type FormEvent } from 'react';
import type { LifeAreaView, LocationView } from '../../../electron/contract/areas/cases';
import type { ContactPlace, ContactType, ContactView, NetworkLabels } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { FormHeading } from '../referrals/sectionParts';
import { FollowUpRowsEditor, followUpsToSend, type FollowUpDraft } from './FollowUpRowsEditor';

const t = network.contacts;
const MINUTES = NETWORK_LIMITS.contactMinutes;
const INTERPRETER = 'ja';

function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MINUTES.min && n <= MINUTES.max ? n : null;
}

export interface ContactFormProps {
  caseId: string;
  personId: string;
  labels: NetworkLabels;
  locations: LocationView[];
  lifeAreas: LifeAreaView[];
  onSaved: (contact: ContactView) => void;
  onCancel: () => void;
}

export function ContactForm({ caseId, personId, labels, locations, lifeAreas, onSaved, onCancel }: ContactFormProps) {
  const headingId = useId();
  const [at, setAt] = useState(clock.nowLocalInput());
  const [duration, setDuration] = useState('30');
  const [place, setPlace] = useState<ContactPlace | ''>('');
  const [locationId, setLocationId] = useState('');
  const [type, setType] = useState<ContactType | ''>('');
  const [topics, setTopics] = useState<string[]>([]);
  const [interpreter, setInterpreter] = useState<string[]>([]);
  const [language, setLanguage] = useState('');
  const [note, setNote] = useState('');
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const minutes = parseMinutes(duration);
  const toSend = followUpsToSend(followUps);
  const interpreterUsed = interpreter.includes(INTERPRETER);
  const problem =
    at === ''
      ? t.problems.at
      : minutes === null
        ? t.durationInvalid(MINUTES.min, MINUTES.max)
        : place === ''
          ? t.problems.place
          : place === 'sprechstunde' && locationId === ''
            ? t.locationMissing
            : type === ''
              ? t.problems.type
              : toSend === null
                ? network.followUps.rows.incomplete
                : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem || minutes === null || place === '' || type === '' || toSend === null) return;
    setBusy(true);
    setError(null);
    const result = await call('contacts.create', {
      personId,
      caseId,
      at,
      durationMinutes: minutes,
      place,
      locationId: place === 'sprechstunde' ? locationId : null,
      type,
      topics,
      interpreterUsed,
      interpreterLanguage: interpreterUsed && language.trim() !== '' ? language.trim() : null,
      note: note.trim() === '' ? null : note.trim(),
      followUps: toSend,
    });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  }

  return (
    <div className="network-form">
      <FormHeading id={headingId}>{t.formTitle}</FormHeading>
      <form className="form" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <TextField label={t.atLabel} type="datetime-local" value={at} onChange={setAt} required />
        <TextField
          label={t.durationLabel}
          type="number"
          inputMode="numeric"
          min={MINUTES.min}
          max={MINUTES.max}
          step={1}
          value={duration}
          onChange={setDuration}
          error={minutes === null ? t.durationInvalid(MINUTES.min, MINUTES.max) : null}
          inputClassName="input-short"
        />
        <ChoiceGroup<ContactPlace> legend={t.placeLegend} options={labels.contactPlaces} value={place} onChange={setPlace} inline />
        {place === 'sprechstunde' ? (
          <SelectField
            label={t.locationLabel}
            value={locationId}
            onChange={setLocationId}
            placeholder={t.locationPlaceholder}
            options={locations.map((l) => ({ value: l.id, label: l.municipality ? `${l.name} (${l.municipality})` : l.name }))}
            required
          />
        ) : null}
        <ChoiceGroup<ContactType> legend={t.typeLegend} options={labels.contactTypes} value={type} onChange={setType} inline />
        <ChoiceGroup
          multiple
          legend={t.topicsLegend}
          hint={t.topicsHint}
          options={lifeAreas.map((a) => ({ value: a.id, label: a.name }))}
          value={topics}
          onChange={setTopics}
          inline
        />
        <ChoiceGroup
          multiple
          legend={t.interpreterLegend}
          options={[{ value: INTERPRETER, label: t.interpreterOption }]}
          value={interpreter}
          onChange={setInterpreter}
        />
        {interpreterUsed ? <TextField label={t.languageLabel} value={language} onChange={setLanguage} maxLength={100} /> : null}
        <TextArea label={t.noteLabel} value={note} onChange={setNote} maxLength={5000} />
        <FollowUpRowsEditor legend={t.followUpsLegend} prefix={t.followUpPrefix} addLabel={t.addFollowUp} rows={followUps} onChange={setFollowUps} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={onCancel} cancelLabel={network.common.cancel} />
      </form>
    </div>
  );
}
