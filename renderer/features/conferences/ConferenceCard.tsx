/** One case conference: date, client present, participants, agenda, results, agreed actions; "Bearbeiten" and its earlier versions. */
import type { ConferenceBefore } from '../../../electron/contract/areas/caseCorrections';
import type { CaseConferenceView } from '../../../electron/contract/areas/network';
import { corrections } from '../../i18n/corrections';
import { germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import { Button } from '../../ui/Button';
import { VersionHistory } from '../../ui/VersionHistory';
import { Detail } from '../../ui/sectionParts';

const t = network.conferences;

/** What an earlier version said, in the card's own words. */
function EarlierConference({ before }: { before: ConferenceBefore }) {
  return (
    <dl className="network-details">
      <Detail term={t.dateLabel}>{germanDay(before.date)}</Detail>
      <Detail term={t.clientPresent}>{before.clientPresent ? network.common.yes : network.common.no}</Detail>
      <Detail term={t.participants}>
        {before.participants.map((p) => (p.contactPerson ? `${p.organisation}, ${p.contactPerson}` : p.organisation)).join('; ')}
      </Detail>
      <Detail term={t.agenda}>{before.agenda}</Detail>
      <Detail term={t.results}>{before.results}</Detail>
    </dl>
  );
}

export function ConferenceCard({ conference, onEdit, reloadKey }: { conference: CaseConferenceView; onEdit?: () => void; reloadKey?: number }) {
  const headingId = `conference-${conference.id}`;
  const day = germanDay(conference.date);
  return (
    <article className="network-record" aria-labelledby={headingId}>
      <div className="network-record-head">
        <h4 id={headingId}>{t.heading(day)}</h4>
        {onEdit ? (
          <Button variant="secondary" aria-label={corrections.conference.editLabel(day)} onClick={onEdit}>
            {corrections.conference.edit}
          </Button>
        ) : null}
      </div>
      <dl className="network-details">
        <Detail term={t.clientPresent}>{conference.clientPresent ? network.common.yes : network.common.no}</Detail>
        <Detail term={t.participants}>
          <ul className="network-inline-list">
            {conference.participants.map((p) => (
              <li key={p.partnerId}>{t.participantItem(p.organisation, p.legalAreaLabel, p.contactPerson)}</li>
            ))}
          </ul>
        </Detail>
        <Detail term={t.agenda}>{conference.agenda}</Detail>
        <Detail term={t.results}>{conference.results}</Detail>
        <Detail term={t.actions}>
          {conference.actions.length > 0 ? (
            <ul className="network-inline-list">
              {conference.actions.map((a) => (
                <li key={a.id}>{network.contacts.followUpItem(a.title, germanDay(a.dueDate), a.doneAt ? germanDay(a.doneAt) : null)}</li>
              ))}
            </ul>
          ) : null}
        </Detail>
      </dl>
      <p className="network-meta">{network.common.by(conference.recordedBy)}</p>
      <VersionHistory
        kind="case_conference"
        recordId={conference.id}
        reloadKey={reloadKey}
        render={(before) => <EarlierConference before={before as unknown as ConferenceBefore} />}
      />
    </article>
  );
}
