/**
 * Moving a referral on (`referrals.setStatus`): only the statuses the main process allows next,
 * an optional note and outcome, and for abgelehnt/abgebrochen the gap in the help system.
 */
import { useState, type FormEvent } from 'react';
import type { NetworkLabels, ReferralStatus, ReferralView, StructuralGap } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { network } from '../../i18n/network';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';

const t = network.referralStatus;
const FAILED: readonly ReferralStatus[] = ['abgelehnt', 'abgebrochen'];
const NO_GAP = 'keine_angabe';
type GapChoice = StructuralGap | typeof NO_GAP;

export interface ReferralStatusFormProps {
  referral: ReferralView;
  labels: NetworkLabels;
  onSaved: (referral: ReferralView) => void;
  onCancel: () => void;
}

export function ReferralStatusForm({ referral, labels, onSaved, onCancel }: ReferralStatusFormProps) {
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState(referral.outcome ?? '');
  const [gap, setGap] = useState<GapChoice>(NO_GAP);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The form says "failed" only for the statuses the contract names; the main process checks it again.
  const failed = status !== '' && FAILED.includes(status);
  const problem = status === '' ? t.statusMissing : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || status === '') return;
    setBusy(true);
    setError(null);
    const result = await call('referrals.setStatus', {
      id: referral.id,
      status,
      note: note.trim() === '' ? null : note.trim(),
      ...(outcome.trim() !== (referral.outcome ?? '') ? { outcome: outcome.trim() === '' ? null : outcome.trim() } : {}),
      ...(failed ? { structuralGap: gap === NO_GAP ? null : gap } : {}),
    });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  }

  return (
    <form className="form network-form" onSubmit={submit} aria-label={t.formLabel(referral.partnerName)} aria-busy={busy} noValidate>
      <ChoiceGroup<ReferralStatus> legend={t.statusLegend} options={referral.nextStatuses} value={status} onChange={setStatus} />
      {failed ? (
        <ChoiceGroup<GapChoice>
          legend={t.gapLabel}
          hint={t.gapHint}
          options={[...labels.structuralGaps, { value: NO_GAP, label: t.gapNone }]}
          value={gap}
          onChange={setGap}
        />
      ) : null}
      <TextArea label={t.noteLabel} value={note} onChange={setNote} maxLength={2000} rows={2} />
      <TextArea label={t.outcomeLabel} hint={t.outcomeHint} value={outcome} onChange={setOutcome} maxLength={5000} rows={2} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={onCancel} cancelLabel={network.common.cancel} />
    </form>
  );
}
