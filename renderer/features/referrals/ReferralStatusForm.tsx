/**
 * Moving a referral on (`referrals.setStatus`): only the statuses the main process allows next,
 * an optional note and outcome, and for abgelehnt/abgebrochen the gap in the help system. Kept
 * as a draft (`referralStatus:<referralId>`) until saved or cancelled.
 */
import type { NetworkLabels, ReferralStatus, ReferralView, StructuralGap } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { network } from '../../i18n/network';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';

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
  const draft = useFormDraft(
    `referralStatus:${referral.id}`,
    { status: '' as ReferralStatus | '', note: '', outcome: referral.outcome ?? '', gap: NO_GAP as GapChoice },
    { caseId: referral.caseId },
  );
  const { status, note, outcome, gap } = draft.values;

  // The form says "failed" only for the statuses the contract names; the main process checks it again.
  const failed = status !== '' && FAILED.includes(status);
  const problem = status === '' ? t.statusMissing : null;

  const { busy, error, submit } = useSubmit(
    () =>
      status === ''
        ? null
        : call('referrals.setStatus', {
            id: referral.id,
            status,
            note: note.trim() === '' ? null : note.trim(),
            ...(outcome.trim() !== (referral.outcome ?? '') ? { outcome: outcome.trim() === '' ? null : outcome.trim() } : {}),
            ...(failed ? { structuralGap: gap === NO_GAP ? null : gap } : {}),
          }),
    (saved) => {
      draft.clear();
      onSaved(saved);
    },
  );
  function cancel() {
    draft.clear();
    onCancel();
  }

  return (
    <form className="form network-form" onSubmit={(event) => void submit(event)} aria-label={t.formLabel(referral.partnerName)} aria-busy={busy} noValidate>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <ChoiceGroup<ReferralStatus> legend={t.statusLegend} options={referral.nextStatuses} value={status} onChange={(v) => draft.set('status', v)} />
      {failed ? (
        <ChoiceGroup<GapChoice>
          legend={t.gapLabel}
          hint={t.gapHint}
          options={[...labels.structuralGaps, { value: NO_GAP, label: t.gapNone }]}
          value={gap}
          onChange={(v) => draft.set('gap', v)}
        />
      ) : null}
      <TextArea label={t.noteLabel} value={note} onChange={(v) => draft.set('note', v)} maxLength={2000} rows={2} />
      <TextArea label={t.outcomeLabel} hint={t.outcomeHint} value={outcome} onChange={(v) => draft.set('outcome', v)} maxLength={5000} rows={2} />
      <ErrorMessage message={error} />
      <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={cancel} cancelLabel={network.common.cancel} />
    </form>
  );
}
