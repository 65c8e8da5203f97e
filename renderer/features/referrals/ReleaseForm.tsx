/**
 * "Schweigepflichtentbindung erfassen": partner, date given, scope, form, optional valid-until
 * (`releases.create`). Used on its own and, prefilled with the partner, when a referral needs one.
 */
import { useId, useState, type FormEvent } from 'react';
import type { NetworkLabels, PartnerView, ReleaseForm as ReleaseFormValue, ReleaseView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { FormHeading } from '../../ui/sectionParts';

const t = network.releases;

export interface ReleaseFormProps {
  personId: string;
  partners: PartnerView[];
  labels: NetworkLabels;
  /** Prefilled partner (from a referral that needs the release). */
  partnerId?: string;
  headingLevel?: 3 | 4;
  onSaved: (release: ReleaseView) => void;
  onCancel: () => void;
}

export function ReleaseForm({ personId, partners, labels, partnerId: initialPartner = '', headingLevel = 4, onSaved, onCancel }: ReleaseFormProps) {
  const headingId = useId();
  const [partnerId, setPartnerId] = useState(initialPartner);
  const [givenAt, setGivenAt] = useState(clock.today());
  const [scope, setScope] = useState('');
  const [form, setForm] = useState<ReleaseFormValue | ''>('');
  const [validUntil, setValidUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const partnerName = partners.find((p) => p.id === initialPartner)?.organisation;
  const problem =
    partnerId === ''
      ? t.problems.partner
      : !isIsoDate(givenAt)
        ? t.problems.date
        : scope.trim() === ''
          ? t.problems.scope
          : form === ''
            ? t.problems.form
            : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem || form === '') return;
    setBusy(true);
    setError(null);
    const result = await call('releases.create', {
      personId,
      partnerId,
      givenAt,
      scope: scope.trim(),
      form,
      validUntil: isIsoDate(validUntil) ? validUntil : null,
    });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  }

  return (
    <div className="network-form">
      <FormHeading level={headingLevel} id={headingId}>
        {partnerName ? t.formTitleFor(partnerName) : t.formTitle}
      </FormHeading>
      <form className="form" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <SelectField
          label={t.partnerLabel}
          value={partnerId}
          onChange={setPartnerId}
          placeholder={t.partnerPlaceholder}
          options={partners.map((p) => ({ value: p.id, label: p.organisation }))}
          required
        />
        <TextField label={t.givenLabel} type="date" value={givenAt} onChange={setGivenAt} max={clock.today()} required />
        <TextArea label={t.scopeLabel} hint={t.scopeHint} value={scope} onChange={setScope} maxLength={2000} />
        <ChoiceGroup legend={t.formLabel} options={labels.releaseForms} value={form} onChange={setForm} inline />
        <TextField label={t.validUntilLabel} hint={t.validUntilHint} type="date" value={validUntil} onChange={setValidUntil} />
        <ErrorMessage message={error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={onCancel} cancelLabel={network.common.cancel} />
      </form>
    </div>
  );
}
