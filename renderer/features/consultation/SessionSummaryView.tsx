/**
 * The summary after "Sprechstunde beenden": the numbers (contacts, new people, Kurzberatungen by
 * topic, follow-ups, still waiting, minutes), the contacts with a button to their case, the new
 * people with "Angaben vervollständigen", and "Neue Sprechstunde beginnen".
 */
import type { SessionSummary } from '../../../electron/contract/areas/consultation';
import { sessionSummaryCounts } from '../../../electron/contract/sessionSummaryCounts';
import { consultation } from '../../i18n/consultation';
import { clearNotice } from '../../state/session';
import { Button } from '../../ui/Button';
import { openCase, openRoute } from '../frame/navigation';
import { beginAnother } from './consultationStore';
import { clock, localDate } from './time';
import { ConsultationSummaryPdfButton } from '../../ui/SavePdfButton';

const t = consultation.summary;

function Counts({ summary }: { summary: SessionSummary }) {
  const rows = sessionSummaryCounts(summary);
  return (
    <section className="panel" aria-labelledby="consultation-counts">
      <h2 id="consultation-counts">{t.countsTitle}</h2>
      <dl className="consultation-counts">
        {rows.map(([label, n]) => (
          <div key={label} className="consultation-count">
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {summary.shortAdvice.byTopic.length > 0 ? (
        <table className="consultation-table">
          <caption>{t.byTopicCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colTopic}</th>
              <th scope="col">{t.colCount}</th>
            </tr>
          </thead>
          <tbody>
            {summary.shortAdvice.byTopic.map((row) => (
              <tr key={row.lifeAreaName}>
                <th scope="row">{row.lifeAreaName}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function go(action: () => void) {
  clearNotice();
  action();
}

function ContactsTable({ summary }: { summary: SessionSummary }) {
  return (
    <section className="panel" aria-labelledby="consultation-contacts">
      <h2 id="consultation-contacts">{t.contactsTitle}</h2>
      {summary.contacts.length === 0 ? (
        <p>{t.noContacts}</p>
      ) : (
        <table className="consultation-table">
          <caption className="sr-only">{t.contactsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colTime}</th>
              <th scope="col">{t.colPerson}</th>
              <th scope="col">{t.colCase}</th>
              <th scope="col">{t.colTopics}</th>
              <th scope="col">{t.colFollowUps}</th>
            </tr>
          </thead>
          <tbody>
            {summary.contacts.map((line) => (
              <tr key={line.contactId}>
                <td>{clock(line.at)}</td>
                <th scope="row">{line.personName}</th>
                <td>
                  {line.caseId && line.caseNumber ? (
                    <Button variant="link" onClick={() => go(() => openCase(line.caseId!, 'contacts'))} aria-label={t.openCase(line.caseNumber)}>
                      {line.caseNumber}
                    </Button>
                  ) : (
                    t.none
                  )}
                </td>
                <td>{line.topics.length ? line.topics.join(', ') : t.none}</td>
                <td>{line.followUps}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function NewPersons({ summary }: { summary: SessionSummary }) {
  return (
    <section className="panel" aria-labelledby="consultation-new-persons">
      <h2 id="consultation-new-persons">{t.newPersonsTitle}</h2>
      {summary.newPersons.length === 0 ? (
        <p>{t.noNewPersons}</p>
      ) : (
        <ul className="consultation-new-persons">
          {summary.newPersons.map((person) => (
            <li key={person.personId}>
              <span className="consultation-hit-name">{person.displayName}</span>
              {person.incomplete ? <span className="consultation-badge">{t.incomplete}</span> : null}
              <Button
                variant="link"
                onClick={() => go(() => openRoute({ page: 'cases', view: 'person', personId: person.personId }))}
                aria-label={`${person.incomplete ? t.complete : t.openPerson}: ${person.displayName}`}
              >
                {person.incomplete ? t.complete : t.openPerson}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SessionSummaryView({ summary }: { summary: SessionSummary }) {
  const { session } = summary;
  const place = session.municipality ? `${session.locationName} (${session.municipality})` : session.locationName;
  return (
    <>
      <p className="lead">{t.when(place, localDate(session.startedAt), clock(session.startedAt), clock(session.endedAt ?? session.startedAt))}</p>
      <ConsultationSummaryPdfButton sessionId={session.id} />
      <Counts summary={summary} />
      <ContactsTable summary={summary} />
      <NewPersons summary={summary} />
      <div className="consultation-again">
        <Button variant="primary" onClick={beginAnother}>
          {t.again}
        </Button>
      </div>
    </>
  );
}
