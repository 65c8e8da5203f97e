/**
 * The case section "Vermittlungen": the person's releases from professional secrecy and the
 * case's referrals with their status history, with forms to record, refer and move on.
 */
import { useEffect, useId, useState } from 'react';
import type { ReferralView } from '../../../electron/contract/areas/network';
import { network } from '../../i18n/network';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import type { CaseSectionProps } from '../case/sectionProps';
import { ReferralCard } from './ReferralCard';
import { newReferralDraftKey, ReferralForm } from './ReferralForm';
import { useHasDraft } from '../../ui/useFormDraft';
import { ReleasesPanel } from './ReleasesPanel';
import { ClosedNote, OpenerButton, useDisclosure } from '../../ui/sectionParts';
import { useCall } from '../../state/useLoad';

const t = network.referrals;

export function ReferralsSection({ caseId, personId, closed, onChanged }: CaseSectionProps) {
  const titleId = useId();
  const listId = useId();
  const labels = useCall('network.labels', {});
  const partners = useCall('partners.list', {});
  const lifeAreas = useCall('lifeAreas.list', {});
  const releases = useCall('releases.listForPerson', { personId });
  const referrals = useCall('referrals.listForCase', { caseId });
  const adding = useDisclosure();
  const [shown, setShown] = useState<ReferralView[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // A referral begun before a lock or a change of screen: its form opens again with the draft.
  const hasDraft = useHasDraft(newReferralDraftKey(caseId));
  useEffect(() => {
    if (hasDraft && !closed) adding.show();
  }, [hasDraft, closed]);

  // The list on screen: the loaded one, with a just-saved status already in place.
  useEffect(() => setShown(referrals.data), [referrals.data]);

  const activePartners = (partners.data ?? []).filter((p) => p.active);
  const activeLifeAreas = (lifeAreas.data ?? []).filter((a) => a.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const loadError = labels.error ?? partners.error ?? lifeAreas.error;
  const ready = labels.data !== null && partners.data !== null && lifeAreas.data !== null;

  function releasesChanged() {
    releases.reload();
    onChanged();
  }

  return (
    <section className="network-section" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {t.title}
      </h2>
      {closed ? <ClosedNote /> : null}
      <ErrorMessage message={loadError} />
      {labels.data ? (
        <ReleasesPanel
          personId={personId}
          closed={closed}
          releases={releases.data}
          loadError={releases.error}
          partners={activePartners}
          labels={labels.data}
          onChanged={releasesChanged}
        />
      ) : null}

      <section className="network-part" aria-labelledby={listId}>
        <h3 id={listId} tabIndex={-1}>
          {t.listTitle}
        </h3>
        <ErrorMessage message={referrals.error} />
        {!closed && ready && labels.data ? (
          adding.open ? (
            <ReferralForm
              caseId={caseId}
              personId={personId}
              labels={labels.data}
              partners={activePartners}
              lifeAreas={activeLifeAreas}
              releases={releases.data ?? []}
              onCancel={adding.hide}
              onReleaseSaved={releasesChanged}
              onSaved={() => {
                setNotice(t.saved);
                adding.hide();
                referrals.reload();
                onChanged();
              }}
            />
          ) : (
            <div className="network-actions">
              <OpenerButton disclosure={adding} label={t.add} />
            </div>
          )
        ) : null}
        <StatusMessage>{notice}</StatusMessage>
        {shown === null && !referrals.error ? <p className="network-meta">{network.common.loading}</p> : null}
        {shown && shown.length === 0 ? <p>{t.empty}</p> : null}
        {shown && shown.length > 0 && labels.data ? (
          <ul className="network-records">
            {shown.map((referral) => (
              <li key={referral.id}>
                <ReferralCard
                  referral={referral}
                  labels={labels.data!}
                  closed={closed}
                  onStatusSaved={(updated) => {
                    setShown((list) => (list ?? []).map((r) => (r.id === updated.id ? updated : r)));
                    setNotice(network.referralStatus.saved);
                    referrals.reload();
                    onChanged();
                  }}
                />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </section>
  );
}
