/**
 * "Unterschrift erfassen": the day client and case manager signed the printed version
 * ('agreement.sign'), and on which printout (print, then sign): the version's printouts, newest
 * first, the only one preselected. A version the app never printed is signed without one (a plain
 * hint says so). Comes after "Zum Unterschreiben drucken"; kept as a draft while typed.
 */
import { useEffect, useRef } from 'react';
import type { AgreementSummary } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { goalTexts } from '../../i18n/goals';
import { printoutTexts } from '../../i18n/printouts';
import * as clock from '../../state/clock';
import { useCall } from '../../state/useLoad';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { chosenPrintout, PrintoutChoice } from '../../ui/PrintoutChoice';

const t = ta.agreements;
const p = printoutTexts.agreement;

export const signDraftKey = (agreementId: string) => `agreementSign:${agreementId}`;

export interface SignAgreementFormProps {
  agreement: AgreementSummary;
  onSigned: () => void;
  onCancel: () => void;
}

export function SignAgreementForm({ agreement, onSigned, onCancel }: SignAgreementFormProps) {
  const form = useFormDraft(signDraftKey(agreement.id), { signedAt: clock.today(), printoutId: '' }, { caseId: agreement.caseId });
  const { signedAt } = form.values;
  const printouts = useCall('printouts.list', { agreementId: agreement.id, document: 'zielvereinbarung' });
  const printoutId = chosenPrintout(printouts.data, form.values.printoutId ?? '');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const problem =
    signedAt === ''
      ? ta.assessment.problems.date
      : printouts.loading && !printouts.data
        ? printoutTexts.loading
        : printouts.data && printouts.data.length > 0 && printoutId === ''
          ? p.problem
          : null;
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('agreement.sign', { agreementId: agreement.id, signedAt, ...(printoutId ? { printoutId } : {}) })),
    () => {
      form.clear();
      onSigned();
    },
  );

  return (
    <form className="form as-sign-form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <fieldset className="as-step-fieldset">
        <legend className="as-step-legend">{t.signLegend(agreement.version)}</legend>
        <p className="as-sign-hint">{goalTexts.agreements.signFirstPrint}</p>
        <DateField label={t.signDate} required value={signedAt} onChange={(v) => form.set('signedAt', v)} inputRef={field} />
        {printouts.data && printouts.data.length === 0 ? <p className="field-hint">{p.none}</p> : null}
        {printouts.data ? (
          <PrintoutChoice printouts={printouts.data} legend={p.legend} hint={p.hint} value={printoutId} onChange={(v) => form.set('printoutId', v)} />
        ) : null}
      </fieldset>
      <ErrorMessage message={printouts.error ?? error} />
      <SubmitRow
        label={t.signSubmit}
        busy={busy}
        busyLabel={ta.common.busy}
        problem={problem}
        onCancel={() => {
          form.clear();
          onCancel();
        }}
        cancelLabel={ta.common.cancel}
      />
    </form>
  );
}
