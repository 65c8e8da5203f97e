import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { CONSULTATION_LIMITS } from '../../../electron/contract/limits';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { shortAdvice as shortAdviceTable } from '../../../db/schema';
import { codeOf, networkStore } from '../network/fixtures';

async function setup() {
  const s = await networkStore();
  const locationId = s.addLocation();
  const { sessions, queue, shortAdvice } = s.consultation;
  const session = sessions.start({ locationId });
  return { ...s, locationId, session, sessions, queue, shortAdvice };
}

describe('queue', () => {
  it('lists who waits in order of arrival, with the name of a known person; audited', async () => {
    const s = await setup();
    const personId = s.addPerson({ familyName: 'Haddad', givenNames: 'Amina' });
    const mark = s.auditMark();
    s.queue.add({ sessionId: s.session.id, label: 'Nr. 1' });
    s.clock.advance(60_000);
    const list = s.queue.add({ sessionId: s.session.id, label: 'Frau Haddad', personId });
    expect(list).toEqual([
      { id: expect.any(String), label: 'Nr. 1', personId: null, personName: null, arrivedAt: '2026-11-21T10:00:00.000Z' },
      { id: expect.any(String), label: 'Frau Haddad', personId, personName: 'Haddad, Amina', arrivedAt: '2026-11-21T10:01:00.000Z' },
    ]);
    expect(s.queue.list({ sessionId: s.session.id })).toEqual(list);
    expect(s.auditSince(mark)).toEqual(list.map((e) => ({ action: 'queue_entry.added', entity: 'queue_entry', entityId: e.id, actor: 'Test Beraterin' })));
    const sameMinute = s.queue.add({ sessionId: s.session.id, label: 'Nr. 3' });
    expect(
      sameMinute.map((e) => e.label),
      'equal times keep the order of arrival',
    ).toEqual(['Nr. 1', 'Frau Haddad', 'Nr. 3']);
  });

  it('refuses an unknown person, an unknown session, and a full queue', async () => {
    const s = await setup();
    expect(codeOf(() => s.queue.add({ sessionId: s.session.id, label: 'Nr. 1', personId: 'niemand' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.queue.add({ sessionId: 'keine', label: 'Nr. 1' }))).toBe('SESSION_NOT_FOUND');
    expect(codeOf(() => s.queue.list({ sessionId: 'keine' }))).toBe('SESSION_NOT_FOUND');
    for (let i = 1; i <= CONSULTATION_LIMITS.queueSize; i++) s.queue.add({ sessionId: s.session.id, label: `Nr. ${i}` });
    expect(codeOf(() => s.queue.add({ sessionId: s.session.id, label: 'Nr. 101' }))).toBe('QUEUE_FULL');
    const first = s.queue.list({ sessionId: s.session.id })[0]!;
    s.queue.remove({ entryId: first.id });
    expect(s.queue.add({ sessionId: s.session.id, label: 'Nr. 101' })).toHaveLength(CONSULTATION_LIMITS.queueSize);
  });

  it('removes an entry (seen or gone), audited; an unknown entry is not found', async () => {
    const s = await setup();
    s.queue.add({ sessionId: s.session.id, label: 'Nr. 1' });
    const [a, b] = s.queue.add({ sessionId: s.session.id, label: 'Nr. 2' });
    const mark = s.auditMark();
    expect(s.queue.remove({ entryId: a!.id })).toEqual([b]);
    expect(s.auditSince(mark)).toEqual([{ action: 'queue_entry.removed', entity: 'queue_entry', entityId: a!.id, actor: 'Test Beraterin' }]);
    expect(codeOf(() => s.queue.remove({ entryId: a!.id }))).toBe('QUEUE_ENTRY_NOT_FOUND');
  });

  it('forgets the person of an entry when the person is deleted, keeps the entry', async () => {
    const s = await setup();
    const personId = s.addPerson();
    s.queue.add({ sessionId: s.session.id, label: 'Nr. 1', personId });
    s.store.session().sqlite.prepare('DELETE FROM person_names WHERE person_id = ?').run(personId);
    s.store.session().sqlite.prepare('DELETE FROM persons WHERE id = ?').run(personId);
    expect(s.queue.list({ sessionId: s.session.id })).toMatchObject([{ label: 'Nr. 1', personId: null, personName: null }]);
  });
});

describe('shortAdvice', () => {
  it('records topic, language and interpreter now, nothing about the person; audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const a = s.shortAdvice.record({ sessionId: s.session.id, lifeAreaId: 'wohnen', language: 'ar', interpreterUsed: true });
    expect(a).toEqual({ id: a.id, at: '2026-11-21T10:00:00.000Z', lifeAreaId: 'wohnen', lifeAreaName: 'Wohnen', language: 'ar', interpreterUsed: true });
    expect(s.auditSince(mark)).toEqual([{ action: 'short_advice.recorded', entity: 'short_advice', entityId: a.id, actor: 'Test Beraterin' }]);
    const stored = s.db.select().from(shortAdviceTable).where(eq(shortAdviceTable.id, a.id)).get();
    expect(Object.keys(stored ?? {}).sort()).toEqual(['at', 'createdAt', 'id', 'interpreterUsed', 'language', 'lifeAreaId', 'sessionId']);
  });

  it('German is stored as no language; lists the session’s advice in order', async () => {
    const s = await setup();
    s.shortAdvice.record({ sessionId: s.session.id, lifeAreaId: 'wohnen', language: 'de', interpreterUsed: false });
    s.clock.advance(60_000);
    s.shortAdvice.record({ sessionId: s.session.id, lifeAreaId: 'aufenthalt', language: null, interpreterUsed: false });
    s.clock.advance(60_000);
    s.shortAdvice.record({ sessionId: s.session.id, lifeAreaId: 'aufenthalt', language: 'uk', interpreterUsed: true });
    const list = s.shortAdvice.listForSession({ sessionId: s.session.id });
    expect(list.map((a) => [a.lifeAreaName, a.language, a.at])).toEqual([
      ['Wohnen', null, '2026-11-21T10:00:00.000Z'],
      ['Aufenthalt/Recht', null, '2026-11-21T10:01:00.000Z'],
      ['Aufenthalt/Recht', 'uk', '2026-11-21T10:02:00.000Z'],
    ]);
    expect(codeOf(() => s.shortAdvice.listForSession({ sessionId: 'keine' }))).toBe('SESSION_NOT_FOUND');
  });

  it('refuses an unknown topic or session; the queue entry leaves the queue', async () => {
    const s = await setup();
    expect(codeOf(() => s.shortAdvice.record({ sessionId: s.session.id, lifeAreaId: 'mondfahrt', language: null, interpreterUsed: false }))).toBe(
      'LIFE_AREA_NOT_FOUND',
    );
    expect(codeOf(() => s.shortAdvice.record({ sessionId: 'keine', lifeAreaId: 'wohnen', language: null, interpreterUsed: false }))).toBe('SESSION_NOT_FOUND');
    const [entry] = s.queue.add({ sessionId: s.session.id, label: 'Nr. 1' });
    expect(
      codeOf(() => s.shortAdvice.record({ sessionId: s.session.id, lifeAreaId: 'wohnen', language: null, interpreterUsed: false, queueEntryId: 'weg' })),
    ).toBe('QUEUE_ENTRY_NOT_FOUND');
    expect(s.shortAdvice.listForSession({ sessionId: s.session.id }), 'nothing recorded').toEqual([]);
    const mark = s.auditMark();
    const a = s.shortAdvice.record({ sessionId: s.session.id, lifeAreaId: 'wohnen', language: null, interpreterUsed: false, queueEntryId: entry!.id });
    expect(s.queue.list({ sessionId: s.session.id })).toEqual([]);
    expect(s.auditSince(mark).map((e) => [e.action, e.entityId])).toEqual([
      ['short_advice.recorded', a.id],
      ['queue_entry.removed', entry!.id],
    ]);
  });
});

describe('through the IPC boundary', () => {
  it('runs an hour end to end and answers LOCKED while locked', async () => {
    const s = await setup();
    const handlers = createHandlers(s);
    const call = (method: string, input: unknown) => dispatch(handlers, method, input);
    const personId = s.addPerson();
    const current = await call('sessions.current', {});
    expect(current).toMatchObject({ ok: true, value: { id: s.session.id } });
    const queued = await call('queue.add', { sessionId: s.session.id, label: '  Nr. 1  ' });
    expect(queued).toMatchObject({ ok: true, value: [{ label: 'Nr. 1' }] });
    expect(await call('sessions.logContact', { sessionId: s.session.id, personId, durationMinutes: 15, topics: [], interpreterUsed: false })).toMatchObject({
      ok: true,
    });
    expect(await call('sessions.end', { sessionId: s.session.id })).toMatchObject({ ok: true, value: { stillWaiting: 1, totalMinutes: 15 } });
    s.store.lock('manual');
    expect(await call('sessions.current', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
