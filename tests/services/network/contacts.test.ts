import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { NOW, codeOf, networkStore } from './fixtures';

async function setup() {
  const s = await networkStore();
  const personId = s.addPerson();
  const caseId = s.addCase(personId);
  const locationId = s.addLocation();
  const log = (over: Partial<Parameters<typeof s.contacts.create>[0]> = {}) =>
    s.contacts.create({
      personId,
      caseId,
      at: '2026-11-21T09:30:00Z',
      durationMinutes: 20,
      place: 'sprechstunde',
      locationId,
      type: 'beratung',
      topics: ['wohnen', 'aufenthalt'],
      interpreterUsed: true,
      interpreterLanguage: 'Arabisch',
      note: 'Wohnungssuche besprochen',
      ...over,
    });
  return { ...s, personId, caseId, locationId, log };
}

describe('contacts', () => {
  it('logs a contact with place, location, topics, interpreter and note; audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const c = s.log();
    expect(c).toMatchObject({
      personId: s.personId,
      caseId: s.caseId,
      at: '2026-11-21T09:30:00.000Z',
      durationMinutes: 20,
      place: 'sprechstunde',
      placeLabel: 'Sprechstunde',
      locationId: s.locationId,
      locationName: 'GU Talstraße',
      type: 'beratung',
      typeLabel: 'Beratung',
      topics: [
        { id: 'aufenthalt', name: 'Aufenthalt/Recht' },
        { id: 'wohnen', name: 'Wohnen' },
      ],
      interpreterUsed: true,
      interpreterLanguage: 'Arabisch',
      note: 'Wohnungssuche besprochen',
      followUps: [],
      recordedBy: 'Test Beraterin',
    });
    expect(s.auditSince(mark)).toEqual([{ action: 'contact.created', entity: 'contact', entityId: c.id, actor: 'Test Beraterin' }]);
    expect(s.contacts.listForCase({ caseId: s.caseId })).toEqual([c]);
  });

  it('refuses a contact in the future, accepts one right now', async () => {
    const s = await setup();
    expect(codeOf(() => s.log({ at: '2026-11-21T10:01:00Z' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.log({ at: '2026-11-22T08:00:00+01:00' }))).toBe('DATE_IN_FUTURE');
    expect(s.log({ at: '2026-11-21T10:00:00Z' }).at).toBe('2026-11-21T10:00:00.000Z');
    expect(s.log({ at: '2026-11-21T11:00:00+02:00' }).at).toBe('2026-11-21T09:00:00.000Z');
    const local = new Date(Date.parse(NOW) - 3_600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const typed = `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())}T${two(local.getHours())}:${two(local.getMinutes())}`;
    expect(s.log({ at: typed }).at, 'a time without offset is the device’s local time').toBe('2026-11-21T09:00:00.000Z');
  });

  it('needs the location for a consultation hour, and it must exist', async () => {
    const s = await setup();
    expect(codeOf(() => s.log({ locationId: null }))).toBe('LOCATION_REQUIRED');
    expect(codeOf(() => s.log({ locationId: 'nirgendwo' }))).toBe('LOCATION_NOT_FOUND');
    expect(s.log({ place: 'telefon', type: 'telefonat', locationId: null }).locationName).toBeNull();
    expect(s.log({ place: 'wohnung', type: 'hausbesuch', locationId: undefined }).placeLabel).toBe('Bei der Person zu Hause');
  });

  it('accepts no topics, refuses unknown ones; keeps no interpreter language without an interpreter', async () => {
    const s = await setup();
    expect(s.log({ topics: [] }).topics).toEqual([]);
    expect(codeOf(() => s.log({ topics: ['wohnen', 'mond'] }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(s.log({ interpreterUsed: false, interpreterLanguage: 'Arabisch' }).interpreterLanguage).toBeNull();
  });

  it('accepts durations from 1 to 600 minutes only (contract boundary)', async () => {
    const s = await setup();
    const handlers = createHandlers(s);
    const input = { personId: s.personId, at: '2026-11-21T09:00:00Z', place: 'telefon', type: 'telefonat', topics: [], interpreterUsed: false };
    for (const minutes of [1, 600]) {
      expect(await dispatch(handlers, 'contacts.create', { ...input, durationMinutes: minutes })).toMatchObject({
        ok: true,
        value: { durationMinutes: minutes },
      });
    }
    for (const minutes of [0, 601, -5, 30.5]) {
      expect(await dispatch(handlers, 'contacts.create', { ...input, durationMinutes: minutes })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(s.contacts.listForPerson({ personId: s.personId })).toHaveLength(2);
  });

  it('creates its follow-ups (future dates allowed) in the same transaction, source kontakt, audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const c = s.log({
      followUps: [
        { dueDate: '2026-12-15', title: 'Wohnungsangebot nachfragen' },
        { dueDate: '2026-11-25', title: 'Bescheid prüfen' },
      ],
    });
    expect(c.followUps.map((f) => [f.dueDate, f.title, f.source, f.sourceId, f.caseId])).toEqual([
      ['2026-11-25', 'Bescheid prüfen', 'kontakt', c.id, s.caseId],
      ['2026-12-15', 'Wohnungsangebot nachfragen', 'kontakt', c.id, s.caseId],
    ]);
    expect(s.followUps.listOpenForCase({ caseId: s.caseId }).map((f) => f.id)).toEqual(c.followUps.map((f) => f.id));
    expect(s.auditSince(mark).map((e) => [e.action, e.entityId])).toEqual([
      ['contact.created', c.id],
      ['follow_up.created', expect.any(String)],
      ['follow_up.created', expect.any(String)],
    ]);
  });

  it('logs a contact without a case, but then without follow-ups', async () => {
    const s = await setup();
    const c = s.log({ caseId: null });
    expect(c.caseId).toBeNull();
    expect(codeOf(() => s.log({ caseId: null, followUps: [{ dueDate: '2026-12-01', title: 'Anruf' }] }))).toBe('FOLLOW_UP_NEEDS_CASE');
    expect(s.contacts.listForCase({ caseId: s.caseId })).toEqual([]);
    expect(s.contacts.listForPerson({ personId: s.personId }).map((x) => x.id)).toEqual([c.id]);
  });

  it('refuses a closed case, another person’s case and unknown people; nothing is stored', async () => {
    const s = await setup();
    expect(codeOf(() => s.log({ caseId: s.addCase() }))).toBe('CASE_PERSON_MISMATCH');
    expect(codeOf(() => s.log({ personId: 'nobody' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.log({ caseId: 'nope' }))).toBe('CASE_NOT_FOUND');
    s.closeCase(s.caseId);
    expect(codeOf(() => s.log({ followUps: [{ dueDate: '2026-12-01', title: 'Anruf' }] }))).toBe('CASE_CLOSED');
    expect(s.contacts.listForPerson({ personId: s.personId })).toEqual([]);
    expect(s.followUps.listOpenForCase({ caseId: s.caseId })).toEqual([]);
    expect(codeOf(() => s.contacts.listForPerson({ personId: 'nobody' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.contacts.listForCase({ caseId: 'nope' }))).toBe('CASE_NOT_FOUND');
  });

  it('lists newest first', async () => {
    const s = await setup();
    const first = s.log({ at: '2026-11-01T09:00:00Z' });
    const second = s.log({ at: '2026-11-20T09:00:00Z' });
    expect(s.contacts.listForCase({ caseId: s.caseId }).map((c) => c.id)).toEqual([second.id, first.id]);
  });
});
