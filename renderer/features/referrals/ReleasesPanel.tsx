/**
 * The person's releases from professional secrecy: table (partner with the scope and the kinds of
 * data beneath, given on and in which form, valid until, state, actions), "Schweigepflichtentbindung
 * erfassen", revoking one, and the referral sheet (Übergabebogen) a valid one allows. Five columns, not seven, so the table fits the case frame at 1280×800 and
 * still at 900×600 without a sideways scroll that hid "Stand" and "Widerrufen".
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { NetworkLabels, PartnerView, ReleaseView } from '../../../electron/contract/areas/network';
import { germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import { releaseTable } from '../../i18n/releases';
import { printoutTexts } from '../../i18n/printouts';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { newReleaseDraftKey, ReleaseForm } from './ReleaseForm';
import { useHasDraft } from '../../ui/useFormDraft';
import { RevokeReleaseForm } from './RevokeReleaseForm';
import './referrals.css';
import { OpenerButton, useDisclosure } from '../../ui/sectionParts';
import { ReferralSheetPdfButton } from '../../ui/SavePdfButton';

const t = network.releases;

export interface ReleasesPanelProps {
  personId: string;
  closed: boolean;
  releases: ReleaseView[] | null;
  loadError: string | null;
  partners: PartnerView[];
  labels: NetworkLabels;
  onChanged: () => void;
}

function stateText(release: ReleaseView): string {
  return release.revokedAt ? t.revokedOn(germanDay(release.revokedAt)) : release.stateLabel;
}

export function ReleasesPanel({ personId, closed, releases, loadError, partners, labels, onChanged }: ReleasesPanelProps) {
  const headingId = useId();
  const adding = useDisclosure();
  const [revoking, setRevoking] = useState<ReleaseView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const revokeButtons = useRef(new Map<string, HTMLButtonElement>());
  /** Where focus goes when the revoke form closes: the row's button (cancelled) or the heading (saved). */
  const returnFocus = useRef<{ releaseId: string | null } | null>(null);

  useEffect(() => {
    if (revoking !== null || returnFocus.current === null) return;
    const { releaseId } = returnFocus.current;
    returnFocus.current = null;
    const button = releaseId === null ? undefined : revokeButtons.current.get(releaseId);
    (button ?? document.getElementById(headingId))?.focus();
  }, [revoking, headingId]);

  function closeRevoke(saved: boolean) {
    returnFocus.current = { releaseId: saved ? null : (revoking?.id ?? null) };
    setRevoking(null);
  }

  // A release begun before a lock or a change of screen: its form opens again with the draft.
  const hasDraft = useHasDraft(newReleaseDraftKey(personId));
  useEffect(() => {
    if (hasDraft && !closed) adding.show();
  }, [hasDraft, closed]);

  // Withdrawing a release is the person's right at any time (Art. 7 Abs. 3 DSGVO): also for a closed or restricted case.
  const canRevoke = (r: ReleaseView) => r.revokedAt === null && r.state === 'gueltig';

  return (
    <section className="network-part" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t.title}
      </h3>
      <p className="network-meta">{t.intro}</p>
      <ErrorMessage message={loadError} />
      {releases && releases.length === 0 ? <p>{t.empty}</p> : null}
      {releases && releases.length > 0 ? (
        <div className="network-table-wrap">
          <table className="network-table releases-table">
            <caption className="sr-only">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{releaseTable.partnerAndScope}</th>
                <th scope="col">{releaseTable.given}</th>
                <th scope="col">{t.validUntil}</th>
                <th scope="col">{t.state}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <span className="releases-partner">{r.partnerName}</span>
                    <span className="releases-scope">{r.scope}</span>
                    <span className="releases-scope">{t.kinds(r.dataKindLabels.join(', '))}</span>
                  </th>
                  <td>
                    <span className="releases-day">{germanDay(r.givenAt)}</span>
                    <span className="releases-form">{releaseTable.givenIn(r.formLabel)}</span>
                    {r.printout ? <span className="releases-form">{printoutTexts.signedOn(r.printout.code)}</span> : null}
                  </td>
                  <td className="releases-day">{r.validUntil ? germanDay(r.validUntil) : t.unlimited}</td>
                  <td className="releases-state">
                    <span className={r.state === 'gueltig' ? 'network-state-ok' : undefined}>{stateText(r)}</span>
                    {canRevoke(r) ? (
                      <button
                        type="button"
                        className="button button-quiet"
                        aria-label={t.revokeLabel(r.partnerName)}
                        ref={(el) => {
                          if (el) revokeButtons.current.set(r.id, el);
                          else revokeButtons.current.delete(r.id);
                        }}
                        onClick={() => {
                          setNotice(null);
                          setRevoking(r);
                        }}
                      >
                        {t.revoke}
                      </button>
                    ) : null}
                    {!closed && canRevoke(r) ? <ReferralSheetPdfButton personId={personId} partnerId={r.partnerId} partnerName={r.partnerName} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {revoking ? (
        <RevokeReleaseForm
          key={revoking.id}
          release={revoking}
          onCancel={() => closeRevoke(false)}
          onSaved={() => {
            setNotice(t.revoked);
            closeRevoke(true);
            onChanged();
          }}
        />
      ) : null}
      {closed ? null : adding.open ? (
        <ReleaseForm
          personId={personId}
          partners={partners}
          labels={labels}
          onCancel={adding.hide}
          onSaved={() => {
            setNotice(t.saved);
            adding.hide();
            onChanged();
          }}
        />
      ) : (
        <div className="network-actions">
          <OpenerButton disclosure={adding} label={t.add} />
        </div>
      )}
      <StatusMessage>{notice}</StatusMessage>
    </section>
  );
}
