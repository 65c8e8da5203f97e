/** Revoking a release from a date on (`releases.revoke`). */
import { useId, useState, type FormEvent } from 'react';
import type { ReleaseView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { FormHeading } from '../../ui/sectionParts';

const t = network.releases;

export interface RevokeReleaseFormProps {
  release: ReleaseView;
  onSaved: (release: ReleaseView) => void;
  onCancel: () => void;
}

export function RevokeReleaseForm({ release, onSaved, onCancel }: RevokeReleaseFormProps) {
  const headingId = useId();
  const [revokedAt, setRevokedAt] = useState(clock.today());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = isIsoDate(revokedAt) ? null : network.common.missingDate;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem) return;
    setBusy(true);
    setError(null);
    const result = await call('releases.revoke', { id: release.id, revokedAt });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  }

  return (
    <div className="network-form">
      <FormHeading level={4} id={headingId}>
        {t.revokeTitle(release.partnerName)}
      </FormHeading>
      <form className="form" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <TextField label={t.revokedAtLabel} hint={t.revokeHint} type="date" value={revokedAt} onChange={setRevokedAt} max={clock.today()} required />
        <ErrorMessage message={error} />
        <SubmitRow
          label={t.revokeSubmit}
          busy={busy}
          busyLabel={network.common.busy}
          problem={problem}
          onCancel={onCancel}
          cancelLabel={network.common.cancel}
        />
      </form>
    </div>
  );
}
