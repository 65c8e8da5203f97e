/**
 * Registering or editing a person: names, personal data, contact and housing, residence. What is
 * typed is kept as a draft (useFormDraft) until it is saved; the caller names the draft.
 */
import type { ReactNode } from 'react';
import type { PersonDetail } from '../../../electron/contract/areas/cases';
import { cases, labels } from '../../i18n/cases';
import type { DraftOwner } from '../../state/drafts';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { useState } from 'react';
import { optionsOf } from '../cases/format';
import { Checkbox } from '../cases/parts';
import { NameFields } from './NameFields';
import { OriginFields } from './OriginFields';
import { toPersonInput, type PersonFormErrors, type PersonFormValues, type PersonInput } from './personFormValues';
import '../cases/cases.css';

const t = cases.person;
const genderOptions = optionsOf(labels.genders);
const accommodationOptions = optionsOf(labels.accommodationTypes);
const residenceOptions = optionsOf(labels.residenceStatuses);

export interface PersonFormProps {
  initial: PersonFormValues;
  /** The draft's key (e.g. `person:<id>`); null keeps none. */
  draftKey: string | null;
  draftOwner?: DraftOwner;
  submitLabel: string;
  /** The contract call that saves the checked input. */
  send: (input: PersonInput) => Promise<{ ok: true; value: PersonDetail } | { ok: false; error: { message: string } }>;
  onSaved: (person: PersonDetail) => void;
  /** Shown after the birth date while typing (the Erstberatung's check for likely duplicates). */
  afterBirthDate?: (values: PersonFormValues, forget: () => void) => ReactNode;
  /** Further buttons beside the submit button (e.g. Abbrechen); they get `forget` to drop the draft. */
  actions?: (forget: () => void) => ReactNode;
}

export function PersonForm({ initial, draftKey, draftOwner, submitLabel, send, onSaved, afterBirthDate, actions }: PersonFormProps) {
  const form = useFormDraft(draftKey, initial, draftOwner);
  const values = form.values;
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const set = (patch: Partial<PersonFormValues>) => form.setValues({ ...form.values, ...patch });
  const saving = useSubmit(
    () => {
      const checked = toPersonInput(values);
      setErrors(checked.errors);
      if (!checked.input) {
        saving.setError(t.fixFields);
        return null;
      }
      return send(checked.input);
    },
    (person) => {
      form.clear();
      onSaved(person);
    },
  );

  return (
    <form className="form person-form" onSubmit={saving.submit} aria-busy={saving.busy} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <NameFields names={values.names} onChange={(names) => set({ names })} error={errors.names} />

      <fieldset className="form-group">
        <legend className="form-group-title">{t.personalTitle}</legend>
        {/* Not the date field: often only the month or the year of birth is known. */}
        <TextField
          label={t.birthDate}
          hint={t.birthDateHint}
          value={values.birthDate}
          onChange={(birthDate) => set({ birthDate })}
          error={errors.birthDate ?? null}
          inputMode="numeric"
          maxLength={10}
          autoComplete="off"
          inputClassName="input-date"
        />
        {afterBirthDate ? afterBirthDate(values, form.clear) : null}
        <ChoiceGroup legend={t.gender} options={genderOptions} inline value={values.gender} onChange={(gender) => set({ gender })} />
        <OriginFields values={values} onChange={set} errors={errors} />
      </fieldset>

      <fieldset className="form-group">
        <legend className="form-group-title">{t.contactTitle}</legend>
        <div className="field-pair">
          <TextField label={t.phone} type="tel" value={values.phone} onChange={(phone) => set({ phone })} maxLength={50} autoComplete="off" />
          <TextField
            label={t.email}
            type="email"
            value={values.email}
            onChange={(email) => set({ email })}
            error={errors.email ?? null}
            maxLength={200}
            autoComplete="off"
          />
        </div>
        <div className="field-pair">
          <TextField label={t.address} value={values.address} onChange={(address) => set({ address })} maxLength={300} autoComplete="off" />
          <TextField label={t.municipality} value={values.municipality} onChange={(municipality) => set({ municipality })} maxLength={100} autoComplete="off" />
        </div>
        <div className="field-pair">
          <SelectField
            label={t.accommodationType}
            value={values.accommodationType}
            options={accommodationOptions}
            placeholder={t.notKnown}
            onChange={(accommodationType) => set({ accommodationType })}
          />
          <TextField
            label={t.accommodationName}
            hint={t.accommodationNameHint}
            value={values.accommodationName}
            onChange={(accommodationName) => set({ accommodationName })}
            maxLength={200}
            autoComplete="off"
          />
        </div>
      </fieldset>

      <fieldset className="form-group">
        <legend className="form-group-title">{t.residenceTitle}</legend>
        <SelectField
          label={t.residenceStatus}
          value={values.residenceStatus}
          options={residenceOptions}
          placeholder={t.notKnown}
          onChange={(residenceStatus) => set({ residenceStatus })}
        />
        <TextField
          label={t.residenceParagraph}
          hint={t.residenceParagraphHint}
          value={values.residenceParagraph}
          onChange={(residenceParagraph) => set({ residenceParagraph })}
          maxLength={100}
          autoComplete="off"
        />
        <DateField label={t.residenceValidUntil} value={values.residenceValidUntil} onChange={(residenceValidUntil) => set({ residenceValidUntil })} />
      </fieldset>

      <Checkbox label={t.incomplete} checked={values.incomplete} onChange={(incomplete) => set({ incomplete })} />
      <ErrorMessage message={saving.error} />
      <SubmitRow label={submitLabel} busy={saving.busy} busyLabel={cases.intake.busy}>
        {actions ? actions(form.clear) : null}
      </SubmitRow>
    </form>
  );
}
