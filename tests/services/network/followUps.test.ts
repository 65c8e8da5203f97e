import { describe, expect, it } from 'vitest';
import { codeOf, networkStore } from './fixtures';

async function setup() {
  const s = await networkStore();
  const personId = s.addPerson({ givenNames: 'Yonas', familyName: 'Tesfaye' });
  const caseId = s.addCase(personId);
  return { ...s, personId, caseId };
}

describe('follow-ups', () => {
  it('creates one by hand (due date may be in the future) and marks it done, audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const f = s.followUps.create({ caseId: s.caseId, dueDate: '2027-01-15', title: 'Duldung läuft ab: ABH anrufen' });
    expect(f).toMatchObject({ caseId: s.caseId, dueDate: '2027-01-15', source: 'manuell', sourceLabel: 'Von Hand angelegt', sourceId: null, doneAt: null });
    expect(s.followUps.listOpenForCase({ caseId: s.caseId }).map((x) => x.id)).toEqual([f.id]);
    const done = s.followUps.markDone({ id: f.id });
    expect(done.doneAt).toBe('2026-11-21T10:00:00.000Z');
    expect(s.followUps.listOpenForCase({ caseId: s.caseId })).toEqual([]);
    expect(codeOf(() => s.followUps.markDone({ id: f.id }))).toBe('FOLLOW_UP_ALREADY_DONE');
    expect(codeOf(() => s.followUps.markDone({ id: 'nope' }))).toBe('FOLLOW_UP_NOT_FOUND');
    expect(s.auditSince(mark)).toEqual([
      { action: 'follow_up.created', entity: 'follow_up', entityId: f.id, actor: 'Test Beraterin' },
      { action: 'follow_up.done', entity: 'follow_up', entityId: f.id, actor: 'Test Beraterin' },
    ]);
  });

  it('refuses changes on a closed or unknown case', async () => {
    const s = await setup();
    const f = s.followUps.create({ caseId: s.caseId, dueDate: '2026-12-01', title: 'Anruf' });
    expect(codeOf(() => s.followUps.create({ caseId: 'nope', dueDate: '2026-12-01', title: 'Anruf' }))).toBe('CASE_NOT_FOUND');
    expect(codeOf(() => s.followUps.listOpenForCase({ caseId: 'nope' }))).toBe('CASE_NOT_FOUND');
    s.closeCase(s.caseId);
    expect(codeOf(() => s.followUps.create({ caseId: s.caseId, dueDate: '2026-12-01', title: 'Anruf' }))).toBe('CASE_CLOSED');
    expect(codeOf(() => s.followUps.markDone({ id: f.id }))).toBe('CASE_CLOSED');
  });

  it('lists those due up to and including a date, earliest first, with case number, name and overdue flag', async () => {
    const s = await setup();
    const add = (caseId: string, dueDate: string, title = dueDate) => s.followUps.create({ caseId, dueDate, title });
    const overdue = add(s.caseId, '2026-11-20');
    const dueToday = add(s.caseId, '2026-11-21');
    const atLimit = add(s.caseId, '2026-11-28');
    add(s.caseId, '2026-11-29');
    s.followUps.markDone({ id: add(s.caseId, '2026-11-10').id });
    const namelessCase = s.addCase(s.addPerson(null));
    const nameless = add(namelessCase, '2026-11-22');
    const closedCase = s.addCase();
    add(closedCase, '2026-11-21');
    s.closeCase(closedCase);

    const due = s.followUps.listDue({ until: '2026-11-28' });
    expect(due.map((d) => d.id)).toEqual([overdue.id, dueToday.id, nameless.id, atLimit.id]);
    expect(due[0]).toMatchObject({ caseNumber: '2026-0001', personId: s.personId, personName: 'Tesfaye, Yonas', overdue: true });
    expect(due[1]).toMatchObject({ overdue: false, personName: 'Tesfaye, Yonas' });
    expect(due[2]).toMatchObject({ caseNumber: '2026-0002', personName: null });
    expect(s.followUps.listDue({ until: '2026-11-20' }).map((d) => d.id)).toEqual([overdue.id]);
    expect(s.followUps.listDue({ until: '2026-11-19' })).toEqual([]);
  });
});
