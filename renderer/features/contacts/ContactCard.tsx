/**
 * One logged contact: when, how long, where, what kind, topics, interpreter, note, follow-ups.
 * A corrected contact says so and keeps its earlier versions, folded, below it; "Bearbeiten"
 * (not for a closed case) opens the correction.
 */
import type { ContactBefore } from '../../../electron/contract/areas/monitoringCorrections';
import type { ContactView } from '../../../electron/contract/areas/network';
import { contactTexts } from '../../i18n/contacts';
import { germanDateTime, germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import { Detail, OpenerButton, type DisclosureState } from '../../ui/sectionParts';
import { VersionHistory } from '../../ui/VersionHistory';

const t = network.contacts;

/** What a contact said (now or in an earlier version), as the card lists it. */
function ContactDetails({ contact }: { contact: Omit<ContactBefore, 'at'> }) {
  const place = contact.locationName ? `${contact.placeLabel}: ${contact.locationName}` : contact.placeLabel;
  return (
    <>
      <Detail term={t.duration}>{t.durationValue(contact.durationMinutes)}</Detail>
      <Detail term={t.place}>{place}</Detail>
      <Detail term={t.type}>{contact.typeLabel}</Detail>
      <Detail term={t.topics}>{contact.topics.length > 0 ? contact.topics.map((topic) => topic.name).join(', ') : null}</Detail>
      <Detail term={t.interpreter}>{contact.interpreterUsed ? t.interpreterWith(contact.interpreterLanguage) : network.common.no}</Detail>
      <Detail term={t.note}>{contact.note}</Detail>
    </>
  );
}

/** `editing`: the disclosure of the correction form ("Bearbeiten", focus comes back to it); none for a closed case. */
export function ContactCard({ contact, editing }: { contact: ContactView; editing?: DisclosureState }) {
  const headingId = `contact-${contact.id}`;
  const when = germanDateTime(contact.at);
  return (
    <article className="network-record" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.heading(when, contact.typeLabel)}</h4>
      {contact.versions > 0 ? <p className="network-meta contact-corrected">{contactTexts.edit.corrected(contact.versions)}</p> : null}
      <dl className="network-details">
        <ContactDetails contact={contact} />
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
      {editing ? (
        <div className="network-actions">
          <OpenerButton disclosure={editing} label={contactTexts.edit.open} ariaLabel={contactTexts.edit.openLabel(when)} />
        </div>
      ) : null}
      <VersionHistory
        kind="contact"
        recordId={contact.id}
        reloadKey={contact.versions}
        render={(before) => {
          const earlier = before as unknown as ContactBefore;
          return (
            <dl className="network-details">
              <Detail term={contactTexts.before.at}>{germanDateTime(earlier.at)}</Detail>
              <ContactDetails contact={earlier} />
            </dl>
          );
        }}
      />
    </article>
  );
}
