/**
 * The case section "Kontakte": the open Wiedervorlagen, "Kontakt erfassen" and every contact of
 * the case, newest first; each can be corrected in place ("Bearbeiten"). A new contact starts
 * with the person's interpreter and its language.
 */
import { useEffect, useId, useState } from 'react';
import type { LifeAreaView, LocationView } from '../../../electron/contract/areas/cases';
import type { ContactView, NetworkLabels } from '../../../electron/contract/areas/network';
import { languageName } from '../../../electron/contract/languages';
import { contactTexts } from '../../i18n/contacts';
import { network } from '../../i18n/network';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import type { CaseSectionProps } from '../case/sectionProps';
import { ClosedNote, OpenerButton, useDisclosure } from '../../ui/sectionParts';
import { useCall } from '../../state/useLoad';
import { ContactCard } from './ContactCard';
import { ContactForm, contactDraftKey, newContactDraftKey } from './ContactForm';
import { useHasDraft } from '../../ui/useFormDraft';
import { FollowUpsPanel } from './FollowUpsPanel';

const t = network.contacts;

export function ContactsSection({ caseId, personId, closed, onChanged }: CaseSectionProps) {
  const titleId = useId();
  const listId = useId();
  const labels = useCall('network.labels', {});
  const locations = useCall('locations.list', {});
  const lifeAreas = useCall('lifeAreas.list', {});
  const contacts = useCall('contacts.listForCase', { caseId });
  const followUps = useCall('followUps.listOpenForCase', { caseId });
  const theCase = useCall('cases.get', { caseId });
  const adding = useDisclosure();
  const [notice, setNotice] = useState<string | null>(null);
  // A contact begun before a lock, a crash or a change of screen: its form opens with the draft.
  const hasDraft = useHasDraft(newContactDraftKey(caseId));
  useEffect(() => {
    if (hasDraft && !closed) adding.show();
  }, [hasDraft, closed]);

  const activeLocations = (locations.data ?? []).filter((l) => l.active);
  const activeLifeAreas = (lifeAreas.data ?? []).filter((a) => a.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const newestFirst = contacts.data ? [...contacts.data].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)) : null;
  // The form waits for the person's interpreter (it is read when the form starts); without the case, it starts without.
  const ready = labels.data !== null && locations.data !== null && lifeAreas.data !== null && (theCase.data !== null || theCase.error !== null);
  const person = theCase.data?.person;
  const interpreterDefault = person
    ? { needed: person.interpreterNeeded, language: person.interpreterLanguage ? languageName(person.interpreterLanguage) : null }
    : undefined;

  function followUpsChanged() {
    followUps.reload();
    contacts.reload();
    onChanged();
  }

  return (
    <section className="network-section" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {t.title}
      </h2>
      {closed ? <ClosedNote /> : null}
      <ErrorMessage message={labels.error ?? locations.error ?? lifeAreas.error} />
      {!closed && ready && labels.data ? (
        adding.open ? (
          <ContactForm
            caseId={caseId}
            personId={personId}
            labels={labels.data}
            locations={activeLocations}
            lifeAreas={activeLifeAreas}
            interpreterDefault={interpreterDefault}
            onCancel={adding.hide}
            onSaved={() => {
              setNotice(t.saved);
              adding.hide();
              contacts.reload();
              followUps.reload();
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

      <FollowUpsPanel caseId={caseId} personId={personId} closed={closed} followUps={followUps.data} loadError={followUps.error} onChanged={followUpsChanged} />

      <section className="network-part" aria-labelledby={listId}>
        <h3 id={listId} tabIndex={-1}>
          {t.listTitle}
        </h3>
        <ErrorMessage message={contacts.error} />
        {newestFirst === null && !contacts.error ? <p className="network-meta">{network.common.loading}</p> : null}
        {newestFirst && newestFirst.length === 0 ? <p>{t.empty}</p> : null}
        {newestFirst && newestFirst.length > 0 ? (
          <ul className="network-records">
            {newestFirst.map((contact) => (
              <li key={contact.id}>
                {!closed && ready && labels.data ? (
                  <EditableContact
                    contact={contact}
                    caseId={caseId}
                    personId={personId}
                    labels={labels.data}
                    locations={activeLocations}
                    lifeAreas={activeLifeAreas}
                    onSaved={() => {
                      setNotice(contactTexts.edit.saved);
                      contacts.reload();
                      onChanged();
                    }}
                  />
                ) : (
                  <ContactCard contact={contact} />
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </section>
  );
}

interface EditableContactProps {
  contact: ContactView;
  caseId: string;
  personId: string;
  labels: NetworkLabels;
  locations: LocationView[];
  lifeAreas: LifeAreaView[];
  onSaved: () => void;
}

/** A contact's card, or in its place the form that corrects it (opened at once when a draft of the correction is stored). */
function EditableContact({ contact, caseId, personId, labels, locations, lifeAreas, onSaved }: EditableContactProps) {
  const editing = useDisclosure();
  const hasDraft = useHasDraft(contactDraftKey(contact.id));
  useEffect(() => {
    if (hasDraft) editing.show();
  }, [hasDraft]);
  // A location the contact names stays selectable in its correction, even after it was deactivated.
  const withOwn =
    contact.locationId && !locations.some((l) => l.id === contact.locationId) && contact.locationName
      ? [...locations, { id: contact.locationId, name: contact.locationName, kind: 'sonstiges' as const, municipality: '', active: false }]
      : locations;
  if (!editing.open) return <ContactCard contact={contact} editing={editing} />;
  return (
    <ContactForm
      contact={contact}
      caseId={caseId}
      personId={personId}
      labels={labels}
      locations={withOwn}
      lifeAreas={lifeAreas}
      onCancel={editing.hide}
      onSaved={() => {
        editing.hide();
        onSaved();
      }}
    />
  );
}
