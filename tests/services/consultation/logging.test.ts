import { describe, expect, it } from 'vitest';
import { codeOf, networkStore } from '../network/fixtures';

async function setup() {
  const s = await networkStore();
  const locationId = s.addLocation();
  const { sessions, queue, shortAdvice } = s.consultation;
  const session = sessions.start({ locationId });
  const personId = s.addPerson();
  const caseId = s.addCase(personId);
  const log = (over: Partial<Parameters<typeof sessions.logContact>[0]> = {}) =>
    sessions.logContact({ sessionId: session.id, personId, durationMinutes: 15, topics: ['wohnen'], interpreterUsed: false, ...over });
  return { ...s, locationId, session, personId, caseId, sessions, queue, shortAdvice, log };
}

describe('sessions.logContact', () => {
  it('logs now at the session’s location, place Sprechstunde, type Beratung, in the open case; audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const c = s.log({ followUp: { dueDate: '2027-01-15', title: 'Bescheid mitbringen' }, interpreterUsed: true, interpreterLanguage: 'Arabisch' });
    expect(c).toMatchObject({
      personId: s.personId,
      caseId: s.caseId,
      at: '2026-11-21T10:00:00.000Z',
      durationMinutes: 15,
      place: 'sprechstunde',
      locationId: s.locationId,
      locationName: 'GU Talstraße',
      type: 'beratung',
      topics: [{ id: 'wohnen', name: 'Wohnen' }],
      interpreterLanguage: 'Arabisch',
      followUps: [{ dueDate: '2027-01-15', title: 'Bescheid mitbringen' }],
    });
    expect(s.auditSince(mark)).toEqual([
      { action: 'contact.created', entity: 'contact', entityId: c.id, actor: 'Test Beraterin' },
      { action: 'follow_up.created', entity: 'follow_up', entityId: c.followUps[0]?.id, actor: 'Test Beraterin' },
      { action: 'consultation_session.contact_logged', entity: 'contact', entityId: c.id, actor: 'Test Beraterin' },
    ]);
    expect(s.sessions.summary({ sessionId: s.session.id }).contacts.map((l) => l.contactId)).toEqual([c.id]);
    expect(s.log({ type: 'begleitung', topics: ['wohnen', 'wohnen'] }).type).toBe('begleitung');
  });

  it('caseId null: no case; a person without an open case: no case; a closed case is not chosen', async () => {
    const s = await setup();
    expect(s.log({ caseId: null }).caseId).toBeNull();
    const other = s.addPerson({ familyName: 'Rahimi', givenNames: 'Farid' });
    expect(s.log({ personId: other }).caseId).toBeNull();
    const closed = s.addCase(other);
    s.closeCase(closed);
    expect(s.log({ personId: other }).caseId).toBeNull();
    expect(codeOf(() => s.log({ personId: other, followUp: { dueDate: '2027-01-15', title: 'Anrufen' } }))).toBe('FOLLOW_UP_NEEDS_CASE');
  });

  it('the contact service’s rules hold: case checks, person, topics', async () => {
    const s = await setup();
    const other = s.addPerson({ familyName: 'Rahimi', givenNames: 'Farid' });
    const closed = s.addCase(other);
    s.closeCase(closed);
    expect(codeOf(() => s.log({ personId: other, caseId: closed }))).toBe('CASE_CLOSED');
    expect(codeOf(() => s.log({ personId: other, caseId: s.caseId }))).toBe('CASE_PERSON_MISMATCH');
    expect(codeOf(() => s.log({ caseId: 'gibt-es-nicht' }))).toBe('CASE_NOT_FOUND');
    expect(codeOf(() => s.log({ personId: 'niemand' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.log({ topics: ['mondfahrt'] }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(codeOf(() => s.log({ sessionId: 'keine' }))).toBe('SESSION_NOT_FOUND');
    expect(s.sessions.summary({ sessionId: s.session.id }).contacts).toEqual([]);
  });

  it('the queue entry leaves the queue with the contact, in one transaction', async () => {
    const s = await setup();
    const [first] = s.queue.add({ sessionId: s.session.id, label: 'Nr. 1', personId: s.personId });
    s.queue.add({ sessionId: s.session.id, label: 'Nr. 2' });
    expect(codeOf(() => s.log({ queueEntryId: first!.id, topics: ['mondfahrt'] }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(
      s.queue.list({ sessionId: s.session.id }).map((e) => e.label),
      'nothing changed',
    ).toEqual(['Nr. 1', 'Nr. 2']);
    const mark = s.auditMark();
    const c = s.log({ queueEntryId: first!.id });
    expect(s.queue.list({ sessionId: s.session.id }).map((e) => e.label)).toEqual(['Nr. 2']);
    expect(s.auditSince(mark).map((e) => [e.action, e.entityId])).toEqual([
      ['contact.created', c.id],
      ['consultation_session.contact_logged', c.id],
      ['queue_entry.removed', first!.id],
    ]);
    expect(codeOf(() => s.log({ queueEntryId: first!.id }))).toBe('QUEUE_ENTRY_NOT_FOUND');
  });

  it('an entry from an ended hour is gone with it; the new hour’s queue is untouched', async () => {
    const s = await setup();
    const [entry] = s.queue.add({ sessionId: s.session.id, label: 'Nr. 1' });
    s.sessions.end({ sessionId: s.session.id });
    const next = s.sessions.start({ locationId: s.locationId });
    const kept = s.queue.add({ sessionId: next.id, label: 'Nr. 7' });
    expect(codeOf(() => s.log({ sessionId: next.id, queueEntryId: entry!.id }))).toBe('QUEUE_ENTRY_NOT_FOUND');
    expect(s.queue.list({ sessionId: next.id })).toEqual(kept);
  });
});

describe('sessions.registerPerson', () => {
  it('creates an incomplete person with one primary name, linked to the session; audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const p = s.sessions.registerPerson({
      sessionId: s.session.id,
      familyName: 'Nouri',
      givenNames: 'Sara',
      birthDate: '1991-04',
      gender: 'weiblich',
      languages: ['fa', 'en'],
      interpreterNeeded: true,
      interpreterLanguage: 'fa',
    });
    expect(p).toMatchObject({
      displayName: 'Nouri, Sara',
      names: [{ familyName: 'Nouri', givenNames: 'Sara', primary: true, note: null }],
      birthDate: '1991-04',
      gender: 'weiblich',
      languages: ['fa', 'en'],
      interpreterNeeded: true,
      interpreterLanguage: 'fa',
      incomplete: true,
      cases: [],
    });
    expect(s.auditSince(mark)).toEqual([
      { action: 'person.created', entity: 'person', entityId: p.id, actor: 'Test Beraterin' },
      { action: 'consultation_session.person_registered', entity: 'person', entityId: p.id, actor: 'Test Beraterin' },
    ]);
    expect(s.sessions.summary({ sessionId: s.session.id }).newPersons).toEqual([{ personId: p.id, displayName: 'Nouri, Sara', incomplete: true }]);
    const minimal = s.sessions.registerPerson({ sessionId: s.session.id, familyName: 'Karimi', givenNames: '' });
    expect(minimal).toMatchObject({ displayName: 'Karimi', birthDate: null, gender: 'unbekannt', incomplete: true });
    // No interpreter needed: no interpreter language either.
    const without = s.sessions.registerPerson({
      sessionId: s.session.id,
      familyName: 'Rahimi',
      givenNames: '',
      interpreterNeeded: false,
      interpreterLanguage: 'fa',
    });
    expect(without).toMatchObject({ interpreterNeeded: false, interpreterLanguage: null });
  });

  it('refuses a birth date in the future and leaves nothing behind', async () => {
    const s = await setup();
    const before = s.persons.list().length;
    expect(codeOf(() => s.sessions.registerPerson({ sessionId: s.session.id, familyName: 'Nouri', givenNames: 'Sara', birthDate: '2026-12' }))).toBe(
      'DATE_IN_FUTURE',
    );
    expect(s.persons.list()).toHaveLength(before);
    expect(codeOf(() => s.sessions.registerPerson({ sessionId: 'keine', familyName: 'Nouri', givenNames: 'Sara' }))).toBe('SESSION_NOT_FOUND');
  });

  it('the queue entry gets the person and stays in the queue (still being seen)', async () => {
    const s = await setup();
    const [entry] = s.queue.add({ sessionId: s.session.id, label: 'Sara' });
    expect(codeOf(() => s.sessions.registerPerson({ sessionId: s.session.id, familyName: 'Nouri', givenNames: 'Sara', queueEntryId: 'weg' }))).toBe(
      'QUEUE_ENTRY_NOT_FOUND',
    );
    const mark = s.auditMark();
    const p = s.sessions.registerPerson({ sessionId: s.session.id, familyName: 'Nouri', givenNames: 'Sara', queueEntryId: entry!.id });
    expect(s.queue.list({ sessionId: s.session.id })).toEqual([{ ...entry, personId: p.id, personName: 'Nouri, Sara' }]);
    expect(s.auditSince(mark).map((e) => [e.action, e.entityId])).toEqual([
      ['person.created', p.id],
      ['consultation_session.person_registered', p.id],
      ['queue_entry.person_set', entry!.id],
    ]);
  });
});
