/** Correcting a contact and postponing a Wiedervorlage (issue 12): the same checks as recording, the earlier version kept, audited. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { codeOf, networkStore } from './fixtures';

async function setup() {
  const s = await networkStore();
  const personId = s.addPerson();
  const caseId = s.addCase(personId);
  const locationId = s.addLocation();
  const contact = s.contacts.create({
    personId,
    caseId,
    at: '2026-11-20T09:30:00Z',
    durationMinutes: 20,
    place: 'sprechstunde',
    locationId,
    type: 'beratung',
    topics: ['wohnen'],
    interpreterUsed: true,
    interpreterLanguage: 'Arabisch',
    note: 'Wohnungssuche besprochen',
    followUps: [{ dueDate: '2026-11-25', title: 'Mietvertrag prüfen' }],
  });
  const fields = {
    id: contact.id,
    at: '2026-11-20T08:45:00Z',
    durationMinutes: 45,
    place: 'telefon' as const,
    locationId: null,
    type: 'telefonat' as const,
    topics: ['aufenthalt', 'wohnen'],
    interpreterUsed: false,
    interpreterLanguage: 'Arabisch',
    note: 'Am Telefon, nicht in der Sprechstunde',
  };
  return { ...s, personId, caseId, locationId, contact, fields };
}

describe('correcting a contact', () => {
  it('changes every field of the form, keeps the earlier version and the Wiedervorlagen, audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const updated = s.contacts.update(s.fields);
    expect(updated).toMatchObject({
      id: s.contact.id,
      personId: s.personId,
      caseId: s.caseId,
      at: '2026-11-20T08:45:00.000Z',
      durationMinutes: 45,
      place: 'telefon',
      locationId: null,
      type: 'telefonat',
      topics: [
        { id: 'aufenthalt', name: 'Aufenthalt/Recht' },
        { id: 'wohnen', name: 'Wohnen' },
      ],
      // No interpreter: the language typed before goes with it.
      interpreterUsed: false,
      interpreterLanguage: null,
      note: 'Am Telefon, nicht in der Sprechstunde',
      versions: 1,
    });
    expect(updated.followUps.map((f) => f.title)).toEqual(['Mietvertrag prüfen']);
    expect(s.contact.versions).toBe(0);
    expect(s.contacts.listForCase({ caseId: s.caseId })).toEqual([updated]);
    expect(s.auditSince(mark)).toEqual([{ action: 'contact.updated', entity: 'contact', entityId: s.contact.id, actor: 'Test Beraterin' }]);
    expect(s.versions.list({ kind: 'contact', recordId: s.contact.id })).toEqual([
      {
        version: 1,
        changedAt: '2026-11-21T10:00:00.000Z',
        changedBy: 'Test Beraterin',
        before: {
          at: '2026-11-20T09:30:00.000Z',
          durationMinutes: 20,
          place: 'sprechstunde',
          placeLabel: 'Sprechstunde',
          locationId: s.locationId,
          locationName: 'GU Talstraße',
          type: 'beratung',
          typeLabel: 'Beratung',
          topics: [{ id: 'wohnen', name: 'Wohnen' }],
          interpreterUsed: true,
          interpreterLanguage: 'Arabisch',
          note: 'Wohnungssuche besprochen',
        },
      },
    ]);
    // A second correction is version 2; the first stays as it was.
    s.clock.advance(60_000);
    const again = s.contacts.update({ ...s.fields, note: null });
    expect(again.versions).toBe(2);
    expect(s.versions.list({ kind: 'contact', recordId: s.contact.id }).map((v) => [v.version, v.before.note])).toEqual([
      [1, 'Wohnungssuche besprochen'],
      [2, 'Am Telefon, nicht in der Sprechstunde'],
    ]);
  });

  it('refuses what recording refuses, and changes nothing then', async () => {
    const s = await setup();
    const mark = s.auditMark();
    expect(codeOf(() => s.contacts.update({ ...s.fields, at: '2026-11-21T10:01:00Z' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.contacts.update({ ...s.fields, place: 'sprechstunde', locationId: null }))).toBe('LOCATION_REQUIRED');
    expect(codeOf(() => s.contacts.update({ ...s.fields, place: 'sprechstunde', locationId: 'nirgends' }))).toBe('LOCATION_NOT_FOUND');
    expect(codeOf(() => s.contacts.update({ ...s.fields, topics: ['gibt-es-nicht'] }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(codeOf(() => s.contacts.update({ ...s.fields, id: 'keiner' }))).toBe('CONTACT_NOT_FOUND');
    s.closeCase(s.caseId);
    expect(codeOf(() => s.contacts.update(s.fields))).toBe('CASE_CLOSED');
    expect(s.auditSince(mark)).toEqual([]);
    expect(s.versions.list({ kind: 'contact', recordId: s.contact.id })).toEqual([]);
    expect(s.contacts.listForCase({ caseId: s.caseId })).toEqual([s.contact]);
  });

  it('corrects a contact without a case', async () => {
    const s = await setup();
    const { id: _id, ...rest } = s.fields;
    const loose = s.contacts.create({ ...rest, personId: s.personId, caseId: null });
    const corrected = s.contacts.update({ ...s.fields, id: loose.id, durationMinutes: 10 });
    expect(corrected).toMatchObject({ caseId: null, durationMinutes: 10, versions: 1 });
  });

  it('answers over IPC with the CASE_READ_ONLY codes of its contract', async () => {
    const s = await setup();
    s.closeCase(s.caseId);
    const result = await dispatch(createHandlers(s), 'contacts.update', s.fields);
    expect(result).toMatchObject({ ok: false, error: { code: 'CASE_CLOSED' } });
  });
});

describe('postponing a Wiedervorlage', () => {
  it('moves the due date, keeps the earlier one, audited; an overdue one may move to today', async () => {
    const s = await setup();
    const followUp = s.followUps.create({ caseId: s.caseId, dueDate: '2026-11-18', title: 'Bescheid nachfragen' });
    const mark = s.auditMark();
    const moved = s.followUps.postpone({ followUpId: followUp.id, dueDate: '2026-11-21' });
    expect(moved).toMatchObject({ id: followUp.id, dueDate: '2026-11-21', title: 'Bescheid nachfragen', doneAt: null });
    expect(s.followUps.listOpenForCase({ caseId: s.caseId }).find((f) => f.id === followUp.id)?.dueDate).toBe('2026-11-21');
    s.followUps.postpone({ followUpId: followUp.id, dueDate: '2026-12-02' });
    expect(s.followUps.listDue({ until: '2026-11-30' }).map((f) => f.id)).not.toContain(followUp.id);
    expect(s.auditSince(mark).map((e) => [e.action, e.entityId])).toEqual([
      ['follow_up.postponed', followUp.id],
      ['follow_up.postponed', followUp.id],
    ]);
    expect(s.versions.list({ kind: 'follow_up', recordId: followUp.id }).map((v) => [v.version, v.before])).toEqual([
      [1, { dueDate: '2026-11-18', title: 'Bescheid nachfragen' }],
      [2, { dueDate: '2026-11-21', title: 'Bescheid nachfragen' }],
    ]);
  });

  it('refuses a day in the past, the same day, a done one and a closed case', async () => {
    const s = await setup();
    const followUp = s.followUps.create({ caseId: s.caseId, dueDate: '2026-11-25', title: 'Bescheid nachfragen' });
    const mark = s.auditMark();
    expect(codeOf(() => s.followUps.postpone({ followUpId: followUp.id, dueDate: '2026-11-20' }))).toBe('FOLLOW_UP_DATE_IN_PAST');
    expect(codeOf(() => s.followUps.postpone({ followUpId: followUp.id, dueDate: '2026-11-25' }))).toBe('FOLLOW_UP_SAME_DATE');
    expect(codeOf(() => s.followUps.postpone({ followUpId: 'keine', dueDate: '2026-11-30' }))).toBe('FOLLOW_UP_NOT_FOUND');
    const done = s.followUps.create({ caseId: s.caseId, dueDate: '2026-11-22', title: 'Erledigt' });
    s.followUps.markDone({ id: done.id });
    expect(codeOf(() => s.followUps.postpone({ followUpId: done.id, dueDate: '2026-11-30' }))).toBe('FOLLOW_UP_ALREADY_DONE');
    s.closeCase(s.caseId);
    expect(codeOf(() => s.followUps.postpone({ followUpId: followUp.id, dueDate: '2026-11-30' }))).toBe('CASE_CLOSED');
    expect(s.auditSince(mark).map((e) => e.action)).toEqual(['follow_up.created', 'follow_up.done']);
    expect(s.versions.list({ kind: 'follow_up', recordId: followUp.id })).toEqual([]);
  });
});
