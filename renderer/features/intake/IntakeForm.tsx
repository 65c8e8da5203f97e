/**
 * Step 2 of the intake: date, access route, target groups, decision; for a new case the consent
 * (without it no case can be opened), the place and the Träger. Kept as a draft
 * (`intake:new:<personId>`) until it is saved.
 */
import type { Input } from '../../../electron/contract';
import type { AccessRoute, ConsentForm, IntakeDecision } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases, labels } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { optionsOf } from '../cases/format';
import * as clock from '../../state/clock';
import { Checkbox, LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { chosenPrintout, PrintoutChoice, useUnsignedPrintouts } from '../../ui/PrintoutChoice';
import { printoutTexts } from '../../i18n/printouts';
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
          <DateField label={t.consentDateLabel} value={props.date} onChange={props.setDate} />
          <ChoiceGroup legend={t.consentFormLabel} options={consentFormOptions} inline value={props.form} onChange={props.setForm} />
        </>
      ) : null}
    </fieldset>
  );
}

/** The key of the draft of a new intake of the person. */
export const intakeDraftKey = (personId: string) => `intake:new:${personId}`;

export function IntakeForm({ person, onSaved }: { person: ChosenPerson; onSaved: (decision: IntakeDecision) => void }) {
  const form = useFormDraft(
    intakeDraftKey(person.id),
    {
      date: clock.today(),
      accessRoute: '' as AccessRoute | '',
      targetGroupIds: [] as string[],
      decision: '' as IntakeDecision | '',
      referredTo: '',
      consentGiven: false,
      consentDate: clock.today(),
      consentForm: 'schriftlich' as ConsentForm,
      consentPrintoutId: '',
      locationId: '',
      traeger: '',
    },
    { personId: person.id },
  );
  const { date, accessRoute, targetGroupIds, decision, referredTo, consentGiven, consentDate, consentForm, locationId, traeger } = form.values;
  const set = form.set;

  const groups = useLoad(() => call('targetGroups.list', {}), []);
  const locations = useLoad(() => call('locations.list', {}), []);
  const validGroups = (groups.data ?? []).filter((g) => g.validToday).map((g) => ({ value: g.id, label: g.name }));
  const opensCase = decision === 'fall_eroeffnet';
  // Print, then sign: the Einwilligungen printed for the person that no consent names yet; a written consent was signed on one.
  const written = opensCase && consentGiven && consentForm === 'schriftlich';
  const printouts = useUnsignedPrintouts(written ? { personId: person.id, document: 'einwilligung' } : null);
  const unsigned = printouts.printouts;
  const consentPrintoutId = chosenPrintout(unsigned, form.values.consentPrintoutId ?? '');

  const problem =
    !date || (opensCase && consentGiven && !consentDate)
      ? t.missingDate
      : !accessRoute
        ? t.missingRoute
        : !decision
          ? t.missingDecision
          : written && unsigned && unsigned.length > 0 && consentPrintoutId === ''
            ? printoutTexts.consent.problem
            : null;

  const saving = useSubmit(
    () => {
      if (!accessRoute || !decision || !date) return null;
      const input: Input<'intakes.record'> = { personId: person.id, date, accessRoute, targetGroupIds, decision };
      if (decision === 'weiterverwiesen') input.referredTo = referredTo.trim() || null;
      if (opensCase) {
        input.consent = consentGiven
          ? { givenAt: consentDate, form: consentForm, ...(written && consentPrintoutId ? { printoutId: consentPrintoutId } : {}) }
          : null;
        input.locationId = locationId || null;
        input.traeger = traeger.trim() || null;
      }
      return call('intakes.record', input);
    },
    (result) => {
      form.clear();
      if (result.caseId) openCase(result.caseId);
      else if (decision) onSaved(decision);
    },
  );

  return (
    <form className="form" onSubmit={saving.submit} aria-busy={saving.busy} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <DateField label={t.dateLabel} value={date} onChange={(v) => set('date', v)} />
      <SelectField
        label={t.accessRouteLabel}
        hint={t.accessRouteHint}
        value={accessRoute}
        options={routeOptions}
        placeholder={t.pleaseChoose}
        onChange={(v) => set('accessRoute', v)}
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
          onChange={(v) => set('targetGroupIds', v)}
        />
      ) : null}
      <ChoiceGroup legend={t.decisionLabel} options={decisionOptions} value={decision} onChange={(v) => set('decision', v)} />
      {decision === 'weiterverwiesen' ? (
        <TextField
          label={t.referredToLabel}
          hint={t.referredToHint}
          value={referredTo}
          onChange={(v) => set('referredTo', v)}
          maxLength={200}
          autoComplete="off"
        />
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
            setGiven={(v) => set('consentGiven', v)}
            date={consentDate}
            setDate={(v) => set('consentDate', v)}
            form={consentForm}
            setForm={(v) => set('consentForm', v)}
          />
          {written && unsigned ? (
            <PrintoutChoice
              printouts={unsigned}
              legend={printoutTexts.consent.legend}
              hint={printoutTexts.consent.hint}
              value={consentPrintoutId}
              onChange={(v) => set('consentPrintoutId', v)}
            />
          ) : null}
          <LoadFailure message={printouts.error} />
          <LoadFailure message={locations.error} />
          <SelectField
            label={t.locationLabel}
            value={locationId}
            options={(locations.data ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.municipality})` }))}
            placeholder={t.noLocation}
            onChange={(v) => set('locationId', v)}
          />
          <TextField label={t.traegerLabel} hint={t.traegerHint} value={traeger} onChange={(v) => set('traeger', v)} maxLength={200} />
        </>
      ) : null}
      <ErrorMessage message={saving.error} />
      <SubmitRow label={t.submit} busy={saving.busy} busyLabel={t.busy} problem={problem} />
    </form>
  );
}
