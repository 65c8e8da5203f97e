/** A Sprechstunde recorded afterwards from paper notes (issue 12): its own start, contacts dated inside it, its own end. */
import { describe, expect, it } from 'vitest';
import { codeOf, networkStore } from '../network/fixtures';

// The clock stands at 21.11.2026 10:00 UTC; the hour on paper was the day before, 14:00–16:00.
const START = '2026-11-20T14:00:00.000Z';
const END = '2026-11-20T16:00:00.000Z';

async function setup() {
  const s = await networkStore();
  const locationId = s.addLocation();
  const { sessions, shortAdvice } = s.consultation;
  const personId = s.addPerson();
  const caseId = s.addCase(personId);
  return { ...s, locationId, sessions, shortAdvice, personId, caseId };
}

describe('a Sprechstunde recorded afterwards', () => {
  it('starts in the past, takes contacts and short advice at their own times, ends at its end time; audited as recorded afterwards', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const session = s.sessions.start({ locationId: s.locationId, startedAt: START });
    expect(session).toMatchObject({ startedAt: START, endedAt: null, afterwards: true });
    expect(s.sessions.current()).toEqual(session);
    const contact = s.sessions.logContact({
      sessionId: session.id,
      personId: s.personId,
      at: '2026-11-20T14:20:00Z',
      durationMinutes: 25,
      topics: ['wohnen'],
      interpreterUsed: false,
    });
    expect(contact).toMatchObject({ at: '2026-11-20T14:20:00.000Z', caseId: s.caseId, place: 'sprechstunde', locationId: s.locationId });
    const advice = s.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: null, interpreterUsed: false, at: '2026-11-20T15:10:00Z' });
    expect(advice.at).toBe('2026-11-20T15:10:00.000Z');
    const summary = s.sessions.end({ sessionId: session.id, endedAt: END });
    expect(summary.session).toMatchObject({ startedAt: START, endedAt: END, afterwards: true });
    expect(summary.contacts.map((c) => c.at)).toEqual(['2026-11-20T14:20:00.000Z']);
    expect(summary.shortAdvice.total).toBe(1);
    expect(s.sessions.current()).toBeNull();
    expect(s.auditSince(mark).map((e) => e.action)).toEqual([
      'consultation_session.recorded_afterwards',
      'contact.created',
      'consultation_session.contact_logged',
      'short_advice.recorded',
      'consultation_session.ended',
    ]);
  });

  it('refuses a start that is not in the past, and contacts before the start or in the future', async () => {
    const s = await setup();
    expect(codeOf(() => s.sessions.start({ locationId: s.locationId, startedAt: '2026-11-21T10:00:00Z' }))).toBe('SESSION_START_NOT_PAST');
    expect(codeOf(() => s.sessions.start({ locationId: s.locationId, startedAt: '2026-11-21T12:00:00Z' }))).toBe('SESSION_START_NOT_PAST');
    const session = s.sessions.start({ locationId: s.locationId, startedAt: START });
    const log = (at: string) =>
      s.sessions.logContact({ sessionId: session.id, personId: s.personId, at, durationMinutes: 15, topics: [], interpreterUsed: false });
    expect(codeOf(() => log('2026-11-20T13:59:00Z'))).toBe('CONTACT_OUTSIDE_SESSION');
    expect(codeOf(() => log('2026-11-21T10:01:00Z'))).toBe('DATE_IN_FUTURE');
    expect(
      codeOf(() => s.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: null, interpreterUsed: false, at: '2026-11-19T15:00:00Z' })),
    ).toBe('CONTACT_OUTSIDE_SESSION');
    expect(s.sessions.summary({ sessionId: session.id }).contacts).toEqual([]);
    expect(log(START).at).toBe(START);
  });

  it('ends only after its start and its last contact, not in the future; nothing changes when refused', async () => {
    const s = await setup();
    const session = s.sessions.start({ locationId: s.locationId, startedAt: START });
    s.sessions.logContact({ sessionId: session.id, personId: s.personId, at: '2026-11-20T15:30:00Z', durationMinutes: 15, topics: [], interpreterUsed: false });
    expect(codeOf(() => s.sessions.end({ sessionId: session.id, endedAt: START }))).toBe('SESSION_END_BEFORE_START');
    expect(codeOf(() => s.sessions.end({ sessionId: session.id, endedAt: '2026-11-20T13:00:00Z' }))).toBe('SESSION_END_BEFORE_START');
    expect(codeOf(() => s.sessions.end({ sessionId: session.id, endedAt: '2026-11-20T15:00:00Z' }))).toBe('SESSION_END_BEFORE_CONTACT');
    expect(codeOf(() => s.sessions.end({ sessionId: session.id, endedAt: '2026-11-21T11:00:00Z' }))).toBe('DATE_IN_FUTURE');
    expect(s.sessions.current()?.id).toBe(session.id);
    expect(s.sessions.end({ sessionId: session.id, endedAt: '2026-11-20T15:30:00Z' }).session.endedAt).toBe('2026-11-20T15:30:00.000Z');
  });

  it('a live hour is not "afterwards", and one left running can be ended with its real end time', async () => {
    const s = await setup();
    const live = s.sessions.start({ locationId: s.locationId });
    expect(live.afterwards).toBe(false);
    s.clock.set('2026-11-22T08:00:00Z');
    expect(s.sessions.end({ sessionId: live.id, endedAt: '2026-11-21T12:00:00Z' }).session).toMatchObject({
      endedAt: '2026-11-21T12:00:00.000Z',
      afterwards: false,
    });
  });
});
