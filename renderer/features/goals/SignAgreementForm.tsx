/**
 * "Unterschrift erfassen": the day client and case manager signed the printed version
 * ('agreement.sign'). Comes after "Zum Unterschreiben drucken"; kept as a draft while typed.
 */
import { useEffect, useRef } from 'react';
import type { AgreementSummary } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { goalTexts } from '../../i18n/goals';
import * as clock from '../../state/clock';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';

const t = ta.agreements;

export const signDraftKey = (agreementId: string) => `agreementSign:${agreementId}`;

export interface SignAgreementFormProps {
  agreement: AgreementSummary;
  onSigned: () => void;
  onCancel: () => void;
}

export function SignAgreementForm({ agreement, onSigned, onCancel }: SignAgreementFormProps) {
  const form = useFormDraft(signDraftKey(agreement.id), { signedAt: clock.today() }, { caseId: agreement.caseId });
  const { signedAt } = form.values;
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const { busy, error, submit } = useSubmit(
    () => (signedAt === '' ? null : call('agreement.sign', { agreementId: agreement.id, signedAt })),
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
      </fieldset>
      <ErrorMessage message={error} />
      <SubmitRow
        label={t.signSubmit}
        busy={busy}
        busyLabel={ta.common.busy}
        problem={signedAt === '' ? ta.assessment.problems.date : null}
        onCancel={() => {
          form.clear();
          onCancel();
        }}
        cancelLabel={ta.common.cancel}
      />
    </form>
  );
}
