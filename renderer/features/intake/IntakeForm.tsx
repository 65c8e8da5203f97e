/**
 * Step 2 of the intake: date, access route, target groups, decision; for a new case the consent
 * (without it no case can be opened), the place and the Träger.
 */
import { useState, type FormEvent } from 'react';
import type { Input } from '../../../electron/contract';
import type { AccessRoute, ConsentForm, IntakeDecision } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases, labels } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { optionsOf } from '../cases/format';
import * as clock from '../../state/clock';
import { Checkbox, LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { openCase } from '../frame/navigation';

const t = cases.intake;
const routeOptions = optionsOf(labels.accessRoutes);
const decisionOptions = optionsOf(labels.decisions);
const consentFormOptions = optionsOf(labels.consentForms);

export interface ChosenPerson {
  id: string;
  displayName: string;
  openCase: { id: string; caseNumber: string } | null;
}

function ConsentFields(props: {
  given: boolean;
  setGiven: (v: boolean) => void;
  date: string;
  setDate: (v: string) => void;
  form: ConsentForm;
  setForm: (v: ConsentForm) => void;
}) {
  return (
    <fieldset className="form-group">
      <legend className="form-group-title">{t.consentTitle}</legend>
      <p className="notice notice-info">{t.consentRule}</p>
      <Checkbox label={t.consentGiven} checked={props.given} onChange={props.setGiven} />
      {props.given ? (
        <>
          <TextField label={t.consentDateLabel} type="date" value={props.date} onChange={props.setDate} max={clock.today()} />
          <ChoiceGroup legend={t.consentFormLabel} options={consentFormOptions} inline value={props.form} onChange={props.setForm} />
        </>
      ) : null}
    </fieldset>
  );
}

export function IntakeForm({ person, onSaved }: { person: ChosenPerson; onSaved: (decision: IntakeDecision) => void }) {
  const [date, setDate] = useState(clock.today());
  const [accessRoute, setAccessRoute] = useState<AccessRoute | ''>('');
  const [targetGroupIds, setTargetGroupIds] = useState<string[]>([]);
  const [decision, setDecision] = useState<IntakeDecision | ''>('');
  const [referredTo, setReferredTo] = useState('');
  const [consentGiven, setConsentGiven] = useState(false);
  const [consentDate, setConsentDate] = useState(clock.today());
  const [consentForm, setConsentForm] = useState<ConsentForm>('schriftlich');
  const [locationId, setLocationId] = useState('');
  const [traeger, setTraeger] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const groups = useLoad(() => call('targetGroups.list', {}), []);
  const locations = useLoad(() => call('locations.list', {}), []);
  const validGroups = (groups.data ?? []).filter((g) => g.validToday).map((g) => ({ value: g.id, label: g.name }));
  const opensCase = decision === 'fall_eroeffnet';

  const problem = !date ? t.missingDate : !accessRoute ? t.missingRoute : !decision ? t.missingDecision : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !accessRoute || !decision || !date) return;
    const input: Input<'intakes.record'> = { personId: person.id, date, accessRoute, targetGroupIds, decision };
    if (decision === 'weiterverwiesen') input.referredTo = referredTo.trim() || null;
    if (opensCase) {
      input.consent = consentGiven ? { givenAt: consentDate, form: consentForm } : null;
      input.locationId = locationId || null;
      input.traeger = traeger.trim() || null;
    }
    setError(null);
    setBusy(true);
    const result = await call('intakes.record', input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value.caseId) openCase(result.value.caseId);
    else onSaved(decision);
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField label={t.dateLabel} type="date" value={date} onChange={setDate} max={clock.today()} />
      <SelectField
        label={t.accessRouteLabel}
        hint={t.accessRouteHint}
        value={accessRoute}
        options={routeOptions}
        placeholder={t.pleaseChoose}
        onChange={setAccessRoute}
      />
      <LoadFailure message={groups.error} />
      {groups.data && validGroups.length === 0 ? <p className="field-hint">{t.noTargetGroups}</p> : null}
      {validGroups.length > 0 ? (
        <ChoiceGroup
          legend={t.targetGroupsLabel}
          hint={t.targetGroupsHint}
          options={validGroups}
          multiple
          value={targetGroupIds}
          onChange={setTargetGroupIds}
        />
      ) : null}
      <ChoiceGroup legend={t.decisionLabel} options={decisionOptions} value={decision} onChange={setDecision} />
      {decision === 'weiterverwiesen' ? (
        <TextField label={t.referredToLabel} hint={t.referredToHint} value={referredTo} onChange={setReferredTo} maxLength={200} autoComplete="off" />
      ) : null}
      {opensCase && person.openCase ? (
        <div className="notice notice-warning">
          <p>{t.hasOpenCase(person.openCase.caseNumber)}</p>
          <Button onClick={() => person.openCase && openCase(person.openCase.id)}>{t.toOpenCase}</Button>
        </div>
      ) : null}
      {opensCase ? (
        <>
          <ConsentFields
            given={consentGiven}
            setGiven={setConsentGiven}
            date={consentDate}
            setDate={setConsentDate}
            form={consentForm}
            setForm={setConsentForm}
          />
          <LoadFailure message={locations.error} />
          <SelectField
            label={t.locationLabel}
            value={locationId}
            options={(locations.data ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.municipality})` }))}
            placeholder={t.noLocation}
            onChange={setLocationId}
          />
          <TextField label={t.traegerLabel} hint={t.traegerHint} value={traeger} onChange={setTraeger} maxLength={200} />
        </>
      ) : null}
      <ErrorMessage message={error} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={t.busy} problem={problem} />
    </form>
  );
}
