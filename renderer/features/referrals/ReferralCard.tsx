/** One referral: partner, legal area, life area, reason, date, status with history, outcome, gap; and its status change. */
import { useEffect, useRef, useState } from 'react';
import type { NetworkLabels, ReferralView } from '../../../electron/contract/areas/network';
import { germanDateTime, germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import { ReferralStatusForm } from './ReferralStatusForm';
import { Detail } from '../../ui/sectionParts';

const t = network.referrals;

export interface ReferralCardProps {
  referral: ReferralView;
  labels: NetworkLabels;
  closed: boolean;
  onStatusSaved: (referral: ReferralView) => void;
}

export function ReferralCard({ referral, labels, closed, onStatusSaved }: ReferralCardProps) {
  const [changing, setChanging] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const formWrap = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasChanging = useRef(false);

  // Focus: into the form when it opens; back to the button (or the heading, when the referral has ended) when it closes.
  useEffect(() => {
    if (changing) formWrap.current?.querySelector<HTMLInputElement>('input')?.focus();
    else if (wasChanging.current) (opener.current ?? heading.current)?.focus();
    wasChanging.current = changing;
  }, [changing]);

  const headingId = `referral-${referral.id}`;
  const canChange = !closed && referral.nextStatuses.length > 0;

  return (
    <article className="network-record" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1} ref={heading}>
        {referral.partnerName}
      </h4>
      <dl className="network-details">
        <Detail term={t.legalArea}>{referral.legalAreaLabel}</Detail>
        <Detail term={t.lifeArea}>{referral.lifeAreaName}</Detail>
        <Detail term={t.reason}>{referral.reason}</Detail>
        <Detail term={t.date}>{germanDay(referral.date)}</Detail>
        <Detail term={t.status}>{referral.statusLabel}</Detail>
        <Detail term={t.dataTransfer}>{referral.dataTransfer ? t.dataTransferYes : t.dataTransferNo}</Detail>
        <Detail term={t.outcome}>{referral.outcome}</Detail>
        <Detail term={t.structuralGap}>{referral.structuralGapLabel}</Detail>
        <Detail term={t.history}>
          {referral.history.length > 0 ? (
            <ol className="network-inline-list">
              {referral.history.map((h, i) => (
                <li key={`${h.at}-${i}`}>
                  {t.historyEntry(germanDateTime(h.at), h.statusLabel)}
                  {h.note ? ` – ${h.note}` : ''} <span className="network-meta">({network.common.by(h.by)})</span>
                </li>
              ))}
            </ol>
          ) : null}
        </Detail>
      </dl>
      {canChange ? (
        changing ? (
          <div ref={formWrap}>
            <ReferralStatusForm
              referral={referral}
              labels={labels}
              onCancel={() => setChanging(false)}
              onSaved={(updated) => {
                setChanging(false);
                onStatusSaved(updated);
              }}
            />
          </div>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            ref={opener}
            aria-label={network.referralStatus.openLabel(referral.partnerName)}
            onClick={() => setChanging(true)}
          >
            {network.referralStatus.open}
          </button>
        )
      ) : referral.nextStatuses.length === 0 ? (
        <p className="network-meta">{t.finalNote}</p>
      ) : null}
    </article>
  );
}
