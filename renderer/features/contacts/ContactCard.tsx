/** One logged contact: when, how long, where, what kind, topics, interpreter, note, follow-ups. */
import type { ContactView } from '../../../electron/contract/areas/network';
import { germanDateTime, germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import { Detail } from '../../ui/sectionParts';

const t = network.contacts;

export function ContactCard({ contact }: { contact: ContactView }) {
  const headingId = `contact-${contact.id}`;
  const place = contact.locationName ? `${contact.placeLabel}: ${contact.locationName}` : contact.placeLabel;
  return (
    <article className="network-record" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.heading(germanDateTime(contact.at), contact.typeLabel)}</h4>
      <dl className="network-details">
        <Detail term={t.duration}>{t.durationValue(contact.durationMinutes)}</Detail>
        <Detail term={t.place}>{place}</Detail>
        <Detail term={t.type}>{contact.typeLabel}</Detail>
        <Detail term={t.topics}>{contact.topics.length > 0 ? contact.topics.map((topic) => topic.name).join(', ') : null}</Detail>
        <Detail term={t.interpreter}>{contact.interpreterUsed ? t.interpreterWith(contact.interpreterLanguage) : network.common.no}</Detail>
        <Detail term={t.note}>{contact.note}</Detail>
        <Detail term={t.followUps}>
          {contact.followUps.length > 0 ? (
            <ul className="network-inline-list">
              {contact.followUps.map((f) => (
                <li key={f.id}>{t.followUpItem(f.title, germanDay(f.dueDate), f.doneAt ? germanDay(f.doneAt) : null)}</li>
              ))}
            </ul>
          ) : null}
        </Detail>
      </dl>
      <p className="network-meta">{network.common.by(contact.recordedBy)}</p>
    </article>
  );
}
