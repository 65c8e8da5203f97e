import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { locations, lifeAreas } from '../../../db/schema';
import { NOW, codeOf, networkStore } from '../network/fixtures';

async function setup() {
  const s = await networkStore();
  const locationId = s.addLocation();
  const { sessions, queue, shortAdvice } = s.consultation;
  return { ...s, locationId, sessions, queue, shortAdvice };
}

describe('consultation hour: start, current, end', () => {
  it('starts now at an active location, is the current one, audited', async () => {
    const s = await setup();
    expect(s.sessions.current()).toBeNull();
    const mark = s.auditMark();
    const session = s.sessions.start({ locationId: s.locationId });
    expect(session).toEqual({
      id: session.id,
      locationId: s.locationId,
      locationName: 'GU Talstraße',
      locationKind: 'gu',
      municipality: 'Musterstadt',
      startedAt: new Date(NOW).toISOString(),
      endedAt: null,
      afterwards: false,
    });
    expect(s.sessions.current()).toEqual(session);
    expect(s.auditSince(mark)).toEqual([
      { action: 'consultation_session.started', entity: 'consultation_session', entityId: session.id, actor: 'Test Beraterin' },
    ]);
  });

  it('refuses a second hour while one runs, and an unknown or inactive location', async () => {
    const s = await setup();
    expect(codeOf(() => s.sessions.start({ locationId: 'nirgendwo' }))).toBe('LOCATION_NOT_FOUND');
    const other = s.addLocation('Rathaus');
    s.db.update(locations).set({ active: false }).where(eq(locations.id, other)).run();
    expect(codeOf(() => s.sessions.start({ locationId: other }))).toBe('LOCATION_INACTIVE');
    const first = s.sessions.start({ locationId: s.locationId });
    expect(codeOf(() => s.sessions.start({ locationId: s.locationId }))).toBe('SESSION_ALREADY_RUNNING');
    s.sessions.end({ sessionId: first.id });
    expect(s.sessions.start({ locationId: s.locationId }).id).not.toBe(first.id);
  });

  it('ends now: the summary keeps how many still waited, the queue is emptied; nothing more is recorded', async () => {
    const s = await setup();
    const session = s.sessions.start({ locationId: s.locationId });
    s.queue.add({ sessionId: session.id, label: 'Nr. 1' });
    s.queue.add({ sessionId: session.id, label: 'Nr. 2' });
    s.clock.advance(90 * 60_000);
    const mark = s.auditMark();
    const summary = s.sessions.end({ sessionId: session.id });
    expect(summary.session.endedAt).toBe('2026-11-21T11:30:00.000Z');
    expect(summary.stillWaiting).toBe(2);
    expect(s.queue.list({ sessionId: session.id })).toEqual([]);
    expect(s.sessions.summary({ sessionId: session.id }).stillWaiting).toBe(2);
    expect(s.sessions.current()).toBeNull();
    expect(s.auditSince(mark)).toEqual([
      { action: 'consultation_session.ended', entity: 'consultation_session', entityId: session.id, actor: 'Test Beraterin' },
    ]);
    expect(codeOf(() => s.sessions.end({ sessionId: session.id }))).toBe('SESSION_ENDED');
    expect(codeOf(() => s.queue.add({ sessionId: session.id, label: 'Nr. 3' }))).toBe('SESSION_ENDED');
    expect(codeOf(() => s.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: null, interpreterUsed: false }))).toBe('SESSION_ENDED');
    const personId = s.addPerson();
    expect(codeOf(() => s.sessions.logContact({ sessionId: session.id, personId, durationMinutes: 15, topics: [], interpreterUsed: false }))).toBe(
      'SESSION_ENDED',
    );
    expect(codeOf(() => s.sessions.registerPerson({ sessionId: session.id, familyName: 'Haddad', givenNames: '' }))).toBe('SESSION_ENDED');
    expect(codeOf(() => s.sessions.end({ sessionId: 'gibt-es-nicht' }))).toBe('SESSION_NOT_FOUND');
    expect(codeOf(() => s.sessions.summary({ sessionId: 'gibt-es-nicht' }))).toBe('SESSION_NOT_FOUND');
  });

  it('summary: contacts with names, case numbers, topics and follow-ups; new people; short advice by topic; minutes', async () => {
    const s = await setup();
    const session = s.sessions.start({ locationId: s.locationId });
    const withCase = s.addPerson({ familyName: 'Haddad', givenNames: 'Amina' });
    const caseId = s.addCase(withCase);
    const withoutCase = s.addPerson({ familyName: 'Rahimi', givenNames: 'Farid' });
    s.clock.advance(60_000);
    s.sessions.logContact({
      sessionId: session.id,
      personId: withCase,
      durationMinutes: 20,
      topics: ['wohnen', 'aufenthalt'],
      interpreterUsed: false,
      followUp: { dueDate: '2026-12-01', title: 'Mietvertrag ansehen' },
    });
    s.clock.advance(60_000);
    s.sessions.logContact({ sessionId: session.id, personId: withoutCase, durationMinutes: 10, topics: [], interpreterUsed: true });
    const registered = s.sessions.registerPerson({ sessionId: session.id, familyName: 'Nouri', givenNames: 'Sara' });
    s.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: 'ar', interpreterUsed: true });
    s.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'aufenthalt', language: null, interpreterUsed: false });
    s.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'aufenthalt', language: 'fa', interpreterUsed: false });
    s.queue.add({ sessionId: session.id, label: 'Nr. 4' });

    const summary = s.sessions.summary({ sessionId: session.id });
    expect(summary.contacts).toEqual([
      {
        contactId: expect.any(String),
        at: '2026-11-21T10:01:00.000Z',
        personId: withCase,
        personName: 'Haddad, Amina',
        caseId,
        caseNumber: '2026-0001',
        topics: ['Aufenthalt/Recht', 'Wohnen'],
        followUps: 1,
      },
      {
        contactId: expect.any(String),
        at: '2026-11-21T10:02:00.000Z',
        personId: withoutCase,
        personName: 'Rahimi, Farid',
        caseId: null,
        caseNumber: null,
        topics: [],
        followUps: 0,
      },
    ]);
    expect(summary.newPersons).toEqual([{ personId: registered.id, displayName: 'Nouri, Sara', incomplete: true }]);
    expect(summary.shortAdvice).toEqual({
      total: 3,
      byTopic: [
        { lifeAreaName: 'Aufenthalt/Recht', count: 2 },
        { lifeAreaName: 'Wohnen', count: 1 },
      ],
    });
    expect(summary.followUpsCreated).toBe(1);
    expect(summary.stillWaiting).toBe(1);
    expect(summary.totalMinutes).toBe(30);
    s.persons.update({ personId: registered.id, incomplete: false });
    expect(s.sessions.summary({ sessionId: session.id }).newPersons[0]?.incomplete, 'the flag as it is now').toBe(false);
  });

  it('a deactivated life area is not offered for short advice', async () => {
    const s = await setup();
    const session = s.sessions.start({ locationId: s.locationId });
    s.db.update(lifeAreas).set({ active: false }).where(eq(lifeAreas.id, 'wohnen')).run();
    expect(codeOf(() => s.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: null, interpreterUsed: false }))).toBe(
      'LIFE_AREA_NOT_FOUND',
    );
  });
});
