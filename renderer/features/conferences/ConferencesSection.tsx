/** The case section "Fallkonferenzen": the case's conferences, "Fallkonferenz erfassen" and "Bearbeiten" on each. */
import { useEffect, useId, useState } from 'react';
import { corrections } from '../../i18n/corrections';
import { network } from '../../i18n/network';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import type { CaseSectionProps } from '../case/sectionProps';
import { ClosedNote, OpenerButton, useDisclosure } from '../../ui/sectionParts';
import { useCall } from '../../state/useLoad';
import { ConferenceCard } from './ConferenceCard';
import { useHasDraft } from '../../ui/useFormDraft';
import { ConferenceForm, conferenceDraftKey, newConferenceDraftKey } from './ConferenceForm';
import './conferences.css';

const t = network.conferences;

/** Opens a conference's correction at once when a draft of it is stored (after a lock, a crash, a change of screen). */
function OpenOnDraft({ draftKey, onOpen }: { draftKey: string; onOpen: () => void }) {
  const hasDraft = useHasDraft(draftKey);
  useEffect(() => {
    if (hasDraft) onOpen();
  }, [hasDraft]);
  return null;
}

export function ConferencesSection({ caseId, closed, onChanged }: CaseSectionProps) {
  const titleId = useId();
  const listId = useId();
  const partners = useCall('partners.list', {});
  const conferences = useCall('caseConferences.listForCase', { caseId });
  const adding = useDisclosure();
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // Counts the corrections, so the cards load their earlier versions again.
  const [corrected, setCorrected] = useState(0);
  // A conference begun before a lock, a crash or a change of screen: its form opens with the draft.
  const hasDraft = useHasDraft(newConferenceDraftKey(caseId));
  useEffect(() => {
    if (hasDraft && !closed) adding.show();
  }, [hasDraft, closed]);
  const activePartners = (partners.data ?? []).filter((p) => p.active);
  const newestFirst = conferences.data ? [...conferences.data].sort((a, b) => b.date.localeCompare(a.date)) : null;

  return (
    <section className="network-section" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {t.title}
      </h2>
      {closed ? <ClosedNote /> : null}
      <ErrorMessage message={partners.error} />
      {!closed && partners.data && editing === null ? (
        adding.open ? (
          <ConferenceForm
            caseId={caseId}
            partners={activePartners}
            onCancel={adding.hide}
            onSaved={() => {
              setNotice(t.saved);
              adding.hide();
              conferences.reload();
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

      <section className="network-part" aria-labelledby={listId}>
        <h3 id={listId} tabIndex={-1}>
          {t.listTitle}
        </h3>
        <ErrorMessage message={conferences.error} />
        {newestFirst === null && !conferences.error ? <p className="network-meta">{network.common.loading}</p> : null}
        {newestFirst && newestFirst.length === 0 ? <p>{t.empty}</p> : null}
        {newestFirst && newestFirst.length > 0 ? (
          <ul className="network-records">
            {newestFirst.map((conference) =>
              editing === conference.id && partners.data ? (
                <li key={conference.id}>
                  <ConferenceForm
                    caseId={caseId}
                    partners={activePartners}
                    conference={conference}
                    onCancel={() => setEditing(null)}
                    onSaved={() => {
                      setNotice(corrections.conference.saved);
                      setEditing(null);
                      setCorrected((n) => n + 1);
                      conferences.reload();
                      onChanged();
                    }}
                  />
                </li>
              ) : (
                <li key={conference.id}>
                  {closed ? null : <OpenOnDraft draftKey={conferenceDraftKey(conference.id)} onOpen={() => setEditing(conference.id)} />}
                  <ConferenceCard
                    conference={conference}
                    reloadKey={corrected}
                    onEdit={closed || adding.open || editing !== null ? undefined : () => setEditing(conference.id)}
                  />
                </li>
              ),
            )}
          </ul>
        ) : null}
      </section>
    </section>
  );
}
