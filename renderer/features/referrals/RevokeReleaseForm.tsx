/** Revoking a release from a date on (`releases.revoke`); the date typed is kept as a draft until saved. */
import { useId } from 'react';
import type { ReleaseView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { FormHeading } from '../../ui/sectionParts';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';

const t = network.releases;

export interface RevokeReleaseFormProps {
  release: ReleaseView;
  onSaved: (release: ReleaseView) => void;
  onCancel: () => void;
}

export function RevokeReleaseForm({ release, onSaved, onCancel }: RevokeReleaseFormProps) {
  const headingId = useId();
  const draft = useFormDraft(`releaseRevoke:${release.id}`, { revokedAt: clock.today() }, { personId: release.personId });
  const { revokedAt } = draft.values;
  const problem = isIsoDate(revokedAt) ? null : network.common.missingDate;
  const { busy, error, submit } = useSubmit(
    () => (problem ? null : call('releases.revoke', { id: release.id, revokedAt })),
    (revoked) => {
      draft.clear();
      onSaved(revoked);
    },
  );
  function cancel() {
    draft.clear();
    onCancel();
  }

  return (
    <div className="network-form">
      <FormHeading level={4} id={headingId}>
        {t.revokeTitle(release.partnerName)}
      </FormHeading>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <DateField label={t.revokedAtLabel} hint={t.revokeHint} value={revokedAt} onChange={(v) => draft.set('revokedAt', v)} required />
        <ErrorMessage message={error} />
        <SubmitRow label={t.revokeSubmit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={cancel} cancelLabel={network.common.cancel} />
      </form>
    </div>
  );
}
