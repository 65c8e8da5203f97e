/**
 * "Kontakt erfassen": when (default now), how long (default 30 minutes), where (a Sprechstunde
 * names its location), what kind, which life areas, interpreter (prefilled from the person), note
 * and optional Wiedervorlagen (`contacts.create`). Built for the consultation hour: defaults set,
 * keyboard first. What is typed is kept as a draft (`contact:new:<caseId>`) until it is saved.
 * With `contact` the same form corrects a recorded contact (`contacts.update`, draft
 * `contact:<id>`); its Wiedervorlagen are records of their own and stay.
 */
import { NETWORK_LIMITS } from '../../../electron/contract/limits';
import { useId } from 'react';
import type { LifeAreaView, LocationView } from '../../../electron/contract/areas/cases';
import type { ContactPlace, ContactType, ContactView, NetworkLabels } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { contactTexts } from '../../i18n/contacts';
import { network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateTimeField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { FormHeading } from '../../ui/sectionParts';
import { FollowUpRowsEditor, followUpsToSend, type FollowUpDraft } from '../../ui/FollowUpRowsEditor';

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
  /** The contact to correct; without it a new one is recorded. */
  contact?: ContactView;
  /** From the person's data: a new contact starts with "Sprachmittlung" and its language (German name). */
  interpreterDefault?: { needed: boolean; language: string | null };
}

/** The key of the draft of a new contact of the case. */
export const newContactDraftKey = (caseId: string) => `contact:new:${caseId}`;
/** The key of the draft of a correction of this contact. */
export const contactDraftKey = (contactId: string) => `contact:${contactId}`;

function startValues(contact: ContactView | undefined, interpreterDefault: ContactFormProps['interpreterDefault']) {
  if (contact)
    return {
      at: clock.nowLocalInput(new Date(contact.at)),
      duration: String(contact.durationMinutes),
      place: contact.place as ContactPlace | '',
      locationId: contact.locationId ?? '',
      type: contact.type as ContactType | '',
      topics: contact.topics.map((topic) => topic.id),
      interpreter: contact.interpreterUsed ? [INTERPRETER] : [],
      language: contact.interpreterLanguage ?? '',
      note: contact.note ?? '',
      followUps: [] as FollowUpDraft[],
    };
  const interpreterNeeded = interpreterDefault?.needed === true;
  return {
    at: clock.nowLocalInput(),
    duration: '30',
    place: '' as ContactPlace | '',
    locationId: '',
    type: '' as ContactType | '',
    topics: [] as string[],
    interpreter: interpreterNeeded ? [INTERPRETER] : [],
    language: interpreterNeeded ? (interpreterDefault?.language ?? '') : '',
    note: '',
    followUps: [] as FollowUpDraft[],
  };
}

export function ContactForm({ caseId, personId, labels, locations, lifeAreas, onSaved, onCancel, contact, interpreterDefault }: ContactFormProps) {
  const headingId = useId();
  const editing = contact !== undefined;
  const form = useFormDraft(editing ? contactDraftKey(contact.id) : newContactDraftKey(caseId), startValues(contact, interpreterDefault), {
    caseId,
    personId,
  });
  const { at, duration, place, locationId, type, topics, interpreter, language, note, followUps } = form.values;

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

  const { busy, error, submit } = useSubmit<ContactView>(
    () => {
      if (problem || minutes === null || place === '' || type === '' || toSend === null) return null;
      const fields = {
        at,
        durationMinutes: minutes,
        place,
        locationId: place === 'sprechstunde' ? locationId : null,
        type,
        topics,
        interpreterUsed,
        interpreterLanguage: interpreterUsed && language.trim() !== '' ? language.trim() : null,
        note: note.trim() === '' ? null : note.trim(),
      };
      return editing ? call('contacts.update', { id: contact.id, ...fields }) : call('contacts.create', { personId, caseId, ...fields, followUps: toSend });
    },
    (contact) => {
      form.clear();
      onSaved(contact);
    },
  );

  return (
    <div className="network-form">
      <FormHeading id={headingId}>{editing ? contactTexts.edit.formTitle : t.formTitle}</FormHeading>
      {editing ? <p className="network-meta">{contactTexts.edit.intro}</p> : null}
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <form className="form" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <DateTimeField label={t.atLabel} value={at} onChange={(v) => form.set('at', v)} required />
        <TextField
          label={t.durationLabel}
          type="number"
          inputMode="numeric"
          min={MINUTES.min}
          max={MINUTES.max}
          step={1}
          value={duration}
          onChange={(v) => form.set('duration', v)}
          error={minutes === null ? t.durationInvalid(MINUTES.min, MINUTES.max) : null}
          inputClassName="input-short"
        />
        <ChoiceGroup<ContactPlace> legend={t.placeLegend} options={labels.contactPlaces} value={place} onChange={(v) => form.set('place', v)} inline />
        {place === 'sprechstunde' ? (
          <SelectField
            label={t.locationLabel}
            value={locationId}
            onChange={(v) => form.set('locationId', v)}
            placeholder={t.locationPlaceholder}
            options={locations.map((l) => ({ value: l.id, label: l.municipality ? `${l.name} (${l.municipality})` : l.name }))}
            required
          />
        ) : null}
        <ChoiceGroup<ContactType> legend={t.typeLegend} options={labels.contactTypes} value={type} onChange={(v) => form.set('type', v)} inline />
        <ChoiceGroup
          multiple
          legend={t.topicsLegend}
          hint={t.topicsHint}
          options={lifeAreas.map((a) => ({ value: a.id, label: a.name }))}
          value={topics}
          onChange={(v) => form.set('topics', v)}
          inline
        />
        <ChoiceGroup
          multiple
          legend={t.interpreterLegend}
          options={[{ value: INTERPRETER, label: t.interpreterOption }]}
          value={interpreter}
          onChange={(v) => form.set('interpreter', v)}
        />
        {interpreterUsed ? <TextField label={t.languageLabel} value={language} onChange={(v) => form.set('language', v)} maxLength={100} /> : null}
        <TextArea label={t.noteLabel} value={note} onChange={(v) => form.set('note', v)} maxLength={5000} />
        {editing ? (
          contact.followUps.length > 0 ? (
            <p className="field-hint">{contactTexts.edit.followUpsStay}</p>
          ) : null
        ) : (
          <FollowUpRowsEditor
            legend={t.followUpsLegend}
            prefix={t.followUpPrefix}
            addLabel={t.addFollowUp}
            rows={followUps}
            onChange={(v) => form.set('followUps', v)}
          />
        )}
        <ErrorMessage message={error} />
        <SubmitRow
          label={editing ? contactTexts.edit.submit : t.submit}
          busy={busy}
          busyLabel={network.common.busy}
          problem={problem}
          onCancel={onCancel}
          cancelLabel={network.common.cancel}
        />
      </form>
    </div>
  );
}
