/** Begleitendes Monitoring: every contact with a client, its topics and the follow-ups it sets. */
import { KimError } from '../../contract/errors';
import type { ContactView } from '../../contract/areas/network';
import { CONTACT_BEFORE_KEYS, type ContactBefore, type monitoringCorrectionMethods } from '../../contract/areas/monitoringCorrections';
import type { ParsedInputOf } from '../../contract/define';
import {
  contactVersionCounts,
  findContact,
  findLocation,
  insertContact,
  listContacts,
  topicsOf,
  updateContact,
  type ContactWithLocation,
} from '../../../db/queries/contacts';
import { followUpsFrom, insertFollowUps, type FollowUpRow } from '../../../db/queries/followUps';
import { existingLifeAreas } from '../../../db/queries/referrals';
import { actor, assertNotInFuture, db, newId, requireOpenCase, transaction, type ServiceContext } from '../context';
import { CONTACT_PLACE_LABELS, CONTACT_TYPE_LABELS } from './labels';
import { requireCasePerson } from './referrals';
import { requirePerson } from './releases';
import { requireUnrestrictedPerson } from '../restriction/restrictions';
import { requireNotHandedOver } from '../handover/gate';
import { followUpView, groupBy, textOrNull, type In } from './views';
import { keepVersion } from '../versions';

type UpdateInput = ParsedInputOf<(typeof monitoringCorrectionMethods)['contacts.update']>;

/** The columns the contact form fills, as stored: the same when recorded and when corrected. */
function recordedColumns(input: Omit<UpdateInput, 'id'>, locationId: string | null) {
  return {
    at: new Date(input.at).toISOString(),
    durationMinutes: input.durationMinutes,
    place: input.place,
    locationId,
    type: input.type,
    interpreterUsed: input.interpreterUsed,
    interpreterLanguage: input.interpreterUsed ? textOrNull(input.interpreterLanguage) : null,
    note: textOrNull(input.note),
  };
}

export function contactService(ctx: ServiceContext) {
  function views(rows: ContactWithLocation[]): ContactView[] {
    const ids = rows.map((r) => r.id);
    const topics = groupBy(topicsOf(db(ctx), ids), (t) => t.contactId);
    const followUps = groupBy(followUpsFrom(db(ctx), 'kontakt', ids), (f) => f.sourceId);
    const versions = contactVersionCounts(db(ctx), ids);
    return rows.map((row) => ({
      id: row.id,
      personId: row.personId,
      caseId: row.caseId,
      at: row.at,
      durationMinutes: row.durationMinutes,
      place: row.place,
      placeLabel: CONTACT_PLACE_LABELS[row.place],
      locationId: row.locationId,
      locationName: row.locationName,
      type: row.type,
      typeLabel: CONTACT_TYPE_LABELS[row.type],
      topics: (topics.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
      interpreterUsed: row.interpreterUsed,
      interpreterLanguage: row.interpreterLanguage,
      note: row.note,
      followUps: (followUps.get(row.id) ?? []).map(followUpView),
      recordedBy: row.recordedBy,
      versions: versions.get(row.id) ?? 0,
    }));
  }

  /** Where and with which topics a contact took place: the same rules for logging and correcting it. */
  function requireValidPlaceAndTopics(input: { place: ContactView['place']; locationId?: string | null; topics: readonly string[] }): string | null {
    const locationId = input.locationId ?? null;
    if (input.place === 'sprechstunde' && locationId === null) throw new KimError('LOCATION_REQUIRED');
    if (locationId !== null && !findLocation(db(ctx), locationId)) throw new KimError('LOCATION_NOT_FOUND');
    if (existingLifeAreas(db(ctx), input.topics).length !== input.topics.length) throw new KimError('LIFE_AREA_NOT_FOUND');
    return locationId;
  }

  return {
    /**
     * Logs a contact of a person, optionally within one of their open cases. The time must not
     * be in the future; a consultation hour needs its location; topics must be life areas.
     * Follow-up dates (which may lie ahead) are stored with it and need the case.
     */
    create(input: In<'contacts.create'>): ContactView {
      requirePerson(ctx, input.personId);
      requireUnrestrictedPerson(ctx, input.personId);
      requireNotHandedOver(ctx, input.personId);
      const caseId = input.caseId ?? null;
      if (caseId !== null) {
        requireOpenCase(ctx, caseId);
        if (requireCasePerson(ctx, caseId) !== input.personId) throw new KimError('CASE_PERSON_MISMATCH');
      }
      assertNotInFuture(input.at, ctx.now());
      const locationId = requireValidPlaceAndTopics(input);
      const followUps = input.followUps ?? [];
      if (followUps.length > 0 && caseId === null) throw new KimError('FOLLOW_UP_NEEDS_CASE');

      const id = newId();
      const createdAt = ctx.now().toISOString();
      const followUpRows: FollowUpRow[] =
        caseId === null
          ? []
          : followUps.map((f) => ({
              id: newId(),
              caseId,
              dueDate: f.dueDate,
              title: f.title,
              source: 'kontakt',
              sourceId: id,
              doneAt: null,
              createdAt,
            }));
      return transaction(ctx, () => {
        insertContact(
          db(ctx),
          {
            id,
            personId: input.personId,
            caseId,
            ...recordedColumns(input, locationId),
            recordedBy: actor(ctx),
            createdAt,
          },
          input.topics,
        );
        insertFollowUps(db(ctx), followUpRows);
        ctx.store.audit('contact.created', 'contact', id);
        for (const f of followUpRows) ctx.store.audit('follow_up.created', 'follow_up', f.id);
        const row = findContact(db(ctx), id);
        if (!row) throw new KimError('CONTACT_NOT_FOUND');
        return views([row])[0]!;
      });
    },

    /**
     * A correction of what was recorded: the same checks as create, for the contact's person and
     * case as they are (both stay); the earlier version is kept (versions.list, kind 'contact').
     * The Wiedervorlagen set with it are records of their own and stay.
     */
    update(input: UpdateInput): ContactView {
      const row = findContact(db(ctx), input.id);
      if (!row) throw new KimError('CONTACT_NOT_FOUND');
      requireUnrestrictedPerson(ctx, row.personId);
      requireNotHandedOver(ctx, row.personId);
      if (row.caseId !== null) requireOpenCase(ctx, row.caseId);
      assertNotInFuture(input.at, ctx.now());
      const locationId = requireValidPlaceAndTopics(input);
      const earlier = views([row])[0]!;
      const before = Object.fromEntries(CONTACT_BEFORE_KEYS.map((key) => [key, earlier[key]])) as ContactBefore;
      return transaction(ctx, () => {
        keepVersion(ctx, { kind: 'contact', recordId: row.id, personId: row.personId, caseId: row.caseId, before });
        updateContact(db(ctx), row.id, recordedColumns(input, locationId), input.topics);
        ctx.store.audit('contact.updated', 'contact', row.id);
        return views([findContact(db(ctx), row.id)!])[0]!;
      });
    },

    /** Newest first. */
    listForCase(input: In<'contacts.listForCase'>): ContactView[] {
      requireCasePerson(ctx, input.caseId);
      return views(listContacts(db(ctx), { caseId: input.caseId }));
    },

    /** All contacts of a person, with or without a case; newest first. */
    listForPerson(input: In<'contacts.listForPerson'>): ContactView[] {
      requirePerson(ctx, input.personId);
      return views(listContacts(db(ctx), { personId: input.personId }));
    },
  };
}
