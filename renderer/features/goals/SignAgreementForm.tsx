/** "Unterschrift erfassen": the day client and case manager signed one version ('agreement.sign'). */
import { useState, type FormEvent } from 'react';
import type { AgreementSummary } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import * as clock from '../../state/clock';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';

const t = ta.agreements;

export interface SignAgreementFormProps {
  agreement: AgreementSummary;
  onSigned: () => void;
  onCancel: () => void;
}

export function SignAgreementForm({ agreement, onSigned, onCancel }: SignAgreementFormProps) {
  const today = clock.today();
  const [signedAt, setSignedAt] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || signedAt === '') return;
    setBusy(true);
    setError(null);
    const result = await call('agreement.sign', { agreementId: agreement.id, signedAt });
    setBusy(false);
    if (result.ok) onSigned();
    else setError(result.error.message);
  }

  return (
    <form className="form as-sign-form" onSubmit={submit} aria-busy={busy} noValidate>
      <fieldset className="as-step-fieldset">
        <legend className="as-step-legend">{t.signLegend(agreement.version)}</legend>
        <TextField label={t.signDate} type="date" max={today} required value={signedAt} onChange={setSignedAt} inputClassName="as-input-date" autoFocus />
      </fieldset>
      <ErrorMessage message={error} />
      <SubmitRow
        label={t.signSubmit}
        busy={busy}
        busyLabel={ta.common.busy}
        problem={signedAt === '' ? ta.assessment.problems.date : null}
        onCancel={onCancel}
        cancelLabel={ta.common.cancel}
      />
    </form>
  );
}
