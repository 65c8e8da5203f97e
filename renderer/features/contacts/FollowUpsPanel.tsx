/** The case's open Wiedervorlagen (`followUps.listOpenForCase`): mark one done or postpone it, add one. */
import { useEffect, useId, useState } from 'react';
import type { FollowUpView } from '../../../electron/contract/areas/network';
import { germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { FollowUpActions } from '../../ui/FollowUpActions';
import { OpenerButton, useDisclosure } from '../../ui/sectionParts';
import { useHasDraft } from '../../ui/useFormDraft';
import { FollowUpForm, newFollowUpDraftKey } from './FollowUpForm';

const t = network.followUps;

export interface FollowUpsPanelProps {
  caseId: string;
  personId: string;
  closed: boolean;
  followUps: FollowUpView[] | null;
  loadError: string | null;
  /** After a follow-up was added, marked done or postponed. */
  onChanged: () => void;
}

export function FollowUpsPanel({ caseId, personId, closed, followUps, loadError, onChanged }: FollowUpsPanelProps) {
  const headingId = useId();
  const adding = useDisclosure();
  // A Wiedervorlage begun before a lock or a change of screen: its form opens with the draft.
  const hasDraft = useHasDraft(newFollowUpDraftKey(caseId));
  useEffect(() => {
    if (hasDraft && !closed) adding.show();
  }, [hasDraft, closed]);
  const [notice, setNotice] = useState<string | null>(null);
  const today = clock.today();

  function changed(message: string) {
    setNotice(message);
    document.getElementById(headingId)?.focus();
    onChanged();
  }

  return (
    <section className="network-part" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t.title}
      </h3>
      <ErrorMessage message={loadError} />
      {followUps && followUps.length === 0 ? <p>{t.empty}</p> : null}
      {followUps && followUps.length > 0 ? (
        <div className="network-table-wrap">
          <table className="network-table">
            <thead>
              <tr>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.item}</th>
                <th scope="col">{t.source}</th>
                {closed ? null : <th scope="col">{t.action}</th>}
              </tr>
            </thead>
            <tbody>
              {followUps.map((f) => (
                <tr key={f.id}>
                  <td>
                    {germanDay(f.dueDate)}
                    {f.dueDate < today ? <span className="network-overdue"> ({t.overdue})</span> : null}
                  </td>
                  <th scope="row">{f.title}</th>
                  <td>{f.sourceLabel}</td>
                  {closed ? null : (
                    <td>
                      <FollowUpActions followUp={f} onChanged={changed} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {closed ? null : adding.open ? (
        <FollowUpForm
          caseId={caseId}
          personId={personId}
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
