/** Registering or editing a person: names, personal data, contact and housing, residence. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { cases, labels } from '../../i18n/cases';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
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
  submitLabel: string;
  /** Saves the input; returns the German error to show, or null when it worked. */
  save: (input: PersonInput) => Promise<string | null>;
  children?: ReactNode;
}

export function PersonForm({ initial, submitLabel, save, children }: PersonFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PersonFormValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = toPersonInput(values);
    setErrors(checked.errors);
    if (!checked.input) {
      setError(t.fixFields);
      return;
    }
    setError(null);
    setBusy(true);
    const failure = await save(checked.input);
    setBusy(false);
    setError(failure);
  }

  return (
    <form className="form person-form" onSubmit={submit} aria-busy={busy} noValidate>
      <NameFields names={values.names} onChange={(names) => set({ names })} error={errors.names} />

      <fieldset className="form-group">
        <legend className="form-group-title">{t.personalTitle}</legend>
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
        <ChoiceGroup legend={t.gender} options={genderOptions} inline value={values.gender} onChange={(gender) => set({ gender })} />
        <OriginFields values={values} onChange={set} errors={errors} />
        <Checkbox label={t.interpreter} checked={values.interpreterNeeded} onChange={(interpreterNeeded) => set({ interpreterNeeded })} />
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
        <TextField
          label={t.residenceValidUntil}
          type="date"
          value={values.residenceValidUntil}
          onChange={(residenceValidUntil) => set({ residenceValidUntil })}
        />
      </fieldset>

      <Checkbox label={t.incomplete} checked={values.incomplete} onChange={(incomplete) => set({ incomplete })} />
      <ErrorMessage message={error} />
      <SubmitRow label={submitLabel} busy={busy} busyLabel={cases.intake.busy}>
        {children}
      </SubmitRow>
    </form>
  );
}
