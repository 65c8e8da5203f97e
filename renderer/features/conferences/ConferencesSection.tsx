/** The case section "Fallkonferenzen": the case's conferences, "Fallkonferenz erfassen" and "Bearbeiten" on each. */
import { useId, useState } from 'react';
import { corrections } from '../../i18n/corrections';
import { network } from '../../i18n/network';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import type { CaseSectionProps } from '../case/sectionProps';
import { ClosedNote, OpenerButton, useDisclosure } from '../../ui/sectionParts';
import { useCall } from '../../state/useLoad';
import { ConferenceCard } from './ConferenceCard';
import { ConferenceForm } from './ConferenceForm';
import './conferences.css';

const t = network.conferences;

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
