/** One case conference: date, client present, participants, agenda, results, agreed actions. */
import type { CaseConferenceView } from '../../../electron/contract/areas/network';
import { germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import { Detail } from '../../ui/sectionParts';

const t = network.conferences;

export function ConferenceCard({ conference }: { conference: CaseConferenceView }) {
  const headingId = `conference-${conference.id}`;
  return (
    <article className="network-record" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.heading(germanDay(conference.date))}</h4>
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
    </article>
  );
}
