import { describe, expect, it } from 'vitest';
import { TODAY_KINDS } from '../../../electron/contract/areas/today';
import { newId } from '../../../electron/services/context';
import { followUps } from '../../../db/schema';
import { codeOf } from '../network/fixtures';
import { itemsOf, todayStore } from './fixtures';

describe('Heute: follow-ups', () => {
  it('lists open follow-ups due today or earlier, never tomorrow, done ones or closed cases', async () => {
    const s = await todayStore();
    const { caseId } = s.openCase();
    const add = (id: string, dueDate: string) => s.followUps.create({ caseId: id, dueDate, title: `Anruf ${dueDate}` });
    const overdue = add(caseId, '2026-11-20');
    const dueToday = add(caseId, '2026-11-21');
    add(caseId, '2026-11-22');
    s.followUps.markDone({ id: add(caseId, '2026-11-19').id });
    const closed = s.openCase().caseId;
    add(closed, '2026-11-18');
    s.closeCase(closed);

    expect(itemsOf(s, 'followUp')).toEqual([
      [overdue.id, '2026-11-20', true],
      [dueToday.id, '2026-11-21', false],
    ]);
    const first = s.today.items({}).groups[0]!.items[0]!;
    expect(first).toEqual({
      kind: 'followUp',
      id: overdue.id,
      title: 'Anruf 2026-11-20',
      caseId,
      caseNumber: '2026-0001',
      clientName: 'Haddad, Amina',
      dueDate: '2026-11-20',
      overdue: true,
      target: { caseId, section: 'contacts' },
    });
  });

  it('shows follow-ups from case conferences in their own group, opening the conferences', async () => {
    const s = await todayStore();
    const { caseId } = s.openCase();
    const id = newId();
    s.db
      .insert(followUps)
      .values({
        id,
        caseId,
        dueDate: '2026-11-21',
        title: 'Wohnungsamt anrufen',
        source: 'fallkonferenz',
        sourceId: 'conf-1',
        doneAt: null,
        createdAt: '2026-11-01T10:00:00Z',
      })
      .run();
    const overview = s.today.items({});
    expect(overview.groups.find((g) => g.kind === 'followUp')!.items).toEqual([]);
    const group = overview.groups.find((g) => g.kind === 'conferenceAction')!;
    expect(group.title).toBe('Aufgaben aus Fallkonferenzen');
    expect(group.items.map((i) => [i.id, i.target])).toEqual([[id, { caseId, section: 'conferences' }]]);
  });
});

describe('Heute: re-assessments', () => {
  it('lists open cases whose re-assessment is due today or overdue, not tomorrow, not closed cases', async () => {
    const s = await todayStore();
    const dueToday = s.openCase().caseId;
    s.addAssessment(dueToday, '2026-05-21');
    const overdue = s.openCase().caseId;
    s.addAssessment(overdue, '2026-05-20');
    const tomorrow = s.openCase().caseId;
    s.addAssessment(tomorrow, '2026-05-22');
    const closed = s.openCase().caseId;
    s.addAssessment(closed, '2026-01-02');
    s.closeCase(closed);
    s.openCase(); // never assessed: nothing to re-assess

    expect(itemsOf(s, 'reassessment')).toEqual([
      [overdue, '2026-11-20', true],
      [dueToday, '2026-11-21', false],
    ]);
    const item = s.today.items({}).groups.find((g) => g.kind === 'reassessment')!.items[1]!;
    expect(item).toMatchObject({
      title: 'Re-Assessment, das letzte war am 21.05.2026',
      clientName: 'Haddad, Amina',
      target: { caseId: dueToday, section: 'assessment' },
    });
    expect(itemsOf(s, 'reassessment', '2026-11-22').map(([id]) => id)).toEqual([overdue, dueToday, tomorrow]);
  });
});

describe('Heute: residence documents', () => {
  it('lists documents expiring up to exactly the horizon (8 weeks) and expired ones, once per person, only with an open case', async () => {
    const s = await todayStore();
    const atHorizon = s.openCase();
    s.setResidence(atHorizon.personId, '2027-01-16', '§ 25 Abs. 2 AufenthG');
    s.addCase(atHorizon.personId); // a second open case: still one item
    const dayAfter = s.openCase();
    s.setResidence(dayAfter.personId, '2027-01-17');
    const expired = s.openCase();
    s.setResidence(expired.personId, '2026-11-20');
    const closed = s.openCase();
    s.setResidence(closed.personId, '2026-12-01');
    s.closeCase(closed.caseId);
    s.setResidence(s.openCase().personId, null);

    expect(itemsOf(s, 'residence')).toEqual([
      [expired.personId, '2026-11-20', true],
      [atHorizon.personId, '2027-01-16', false],
    ]);
    const items = s.today.items({}).groups.find((g) => g.kind === 'residence')!.items;
    expect(items[0]).toMatchObject({ title: 'Aufenthaltsdokument ist abgelaufen', target: { caseId: expired.caseId, section: 'overview' } });
    expect(items[1]).toMatchObject({ title: 'Aufenthaltsdokument läuft ab (§ 25 Abs. 2 AufenthG)', caseNumber: '2026-0002' });
  });

  it('follows the configured horizon', async () => {
    const s = await todayStore();
    const inAWeek = s.openCase();
    s.setResidence(inAWeek.personId, '2026-11-28');
    const later = s.openCase();
    s.setResidence(later.personId, '2026-11-29');
    s.today.updateSettings({ residenceHorizonWeeks: 1 });
    expect(itemsOf(s, 'residence').map(([id]) => id)).toEqual([inAWeek.personId]);
  });
});

describe('Heute: referrals without feedback', () => {
  it('lists referrals waiting for an answer whose last status change is more than 14 days old', async () => {
    const s = await todayStore();
    const { caseId } = s.openCase();
    const fifteenDays = s.addReferral(caseId, 'vermittelt', '2026-11-06T09:00:00.000Z');
    s.addReferral(caseId, 'vorgeschlagen', '2026-11-07T09:00:00.000Z'); // exactly 14 days: not yet
    s.addReferral(caseId, 'termin_vereinbart', '2026-11-15T09:00:00.000Z', '2026-09-01T09:00:00.000Z'); // changed recently
    s.addReferral(caseId, 'angenommen', '2026-09-01T09:00:00.000Z'); // the partner answered
    s.addReferral(caseId, 'abgelehnt', '2026-09-01T09:00:00.000Z');
    const closed = s.openCase().caseId;
    s.addReferral(closed, 'vorgeschlagen', '2026-09-01T09:00:00.000Z');
    s.closeCase(closed);

    expect(itemsOf(s, 'referralFeedback')).toEqual([[fifteenDays, '2026-11-20', true]]);
    const item = s.today.items({}).groups.find((g) => g.kind === 'referralFeedback')!.items[0]!;
    expect(item).toMatchObject({
      title: 'Rückmeldung von Jobcenter Musterstadt fehlt (Vermittelt seit 06.11.2026)',
      target: { caseId, section: 'referrals' },
    });
  });

  it('follows the configured number of days', async () => {
    const s = await todayStore();
    const { caseId } = s.openCase();
    const eightDays = s.addReferral(caseId, 'vorgeschlagen', '2026-11-13T09:00:00.000Z');
    s.addReferral(caseId, 'vorgeschlagen', '2026-11-14T09:00:00.000Z');
    s.today.updateSettings({ referralFeedbackDays: 7 });
    expect(itemsOf(s, 'referralFeedback').map(([id]) => id)).toEqual([eightDays]);
  });
});

describe('Heute: agreement steps past their date', () => {
  it('lists steps not done, due before today, of goals still pursued in open cases', async () => {
    const s = await todayStore();
    const { caseId } = s.openCase();
    const goal = s.addGoal(caseId);
    const overdue = s.addStep(goal, '2026-11-20');
    s.addStep(goal, '2026-11-21'); // due today: not past its date
    s.addStep(goal, '2026-11-01', '2026-11-02T10:00:00Z'); // done
    s.addStep(goal, null);
    s.addStep(s.addGoal(caseId, 'erreicht'), '2026-10-01');
    s.addStep(s.addGoal(caseId, 'verworfen'), '2026-10-01');
    s.addStep(s.addGoal(caseId, 'teilweise_erreicht'), '2026-10-01');
    s.addStep(s.addGoal(caseId, 'nicht_erreicht'), '2026-10-01');
    const partly = s.addStep(s.addGoal(caseId, 'in_arbeit', 'Deutschkurs'), '2026-10-01', null, 'Anmelden');
    const closed = s.openCase().caseId;
    s.addStep(s.addGoal(closed), '2026-10-01');
    s.closeCase(closed);

    expect(itemsOf(s, 'goalStep')).toEqual([
      [partly, '2026-10-01', true],
      [overdue, '2026-11-20', true],
    ]);
    const item = s.today.items({}).groups.find((g) => g.kind === 'goalStep')!.items[0]!;
    expect(item).toMatchObject({ title: 'Anmelden (Ziel: Deutschkurs)', target: { caseId, section: 'goals' } });
  });
});

describe('Heute: overview and settings', () => {
  it('returns every group in a fixed order with German headings, the day and a total', async () => {
    const s = await todayStore();
    const { caseId } = s.openCase();
    s.followUps.create({ caseId, dueDate: '2026-11-21', title: 'Anruf' });
    const overview = s.today.items({});
    expect(overview.date).toBe('2026-11-21');
    expect(overview.groups.map((g) => g.kind)).toEqual([...TODAY_KINDS]);
    expect(overview.groups.map((g) => g.title)).toEqual([
      'Wiedervorlagen',
      'Aufgaben aus Fallkonferenzen',
      'Schritte der Zielvereinbarung über dem Termin',
      'Re-Assessments',
      'Vermittlungen ohne Rückmeldung',
      'Aufenthaltsdokumente, die ablaufen',
    ]);
    expect(overview.total).toBe(1);
    expect(overview.settings).toEqual({ residenceHorizonWeeks: 8, referralFeedbackDays: 14 });
  });

  it('looks at another day when asked, overdue measured against that day', async () => {
    const s = await todayStore();
    const { caseId } = s.openCase();
    const f = s.followUps.create({ caseId, dueDate: '2026-11-23', title: 'Anruf' });
    expect(itemsOf(s, 'followUp', '2026-11-22')).toEqual([]);
    expect(itemsOf(s, 'followUp', '2026-11-23')).toEqual([[f.id, '2026-11-23', false]]);
    expect(itemsOf(s, 'followUp', '2026-11-24')).toEqual([[f.id, '2026-11-23', true]]);
  });

  it('keeps the two horizons as settings, changes them one at a time, audited', async () => {
    const s = await todayStore();
    expect(s.today.settings()).toEqual({ residenceHorizonWeeks: 8, referralFeedbackDays: 14 });
    const mark = s.auditMark();
    expect(s.today.updateSettings({ referralFeedbackDays: 21 })).toEqual({ residenceHorizonWeeks: 8, referralFeedbackDays: 21 });
    expect(s.today.updateSettings({ residenceHorizonWeeks: 12 })).toEqual({ residenceHorizonWeeks: 12, referralFeedbackDays: 21 });
    expect(s.today.settings()).toEqual({ residenceHorizonWeeks: 12, referralFeedbackDays: 21 });
    expect(s.auditSince(mark)).toEqual([
      { action: 'settings.updated', entity: 'settings', entityId: null, actor: 'Test Beraterin' },
      { action: 'settings.updated', entity: 'settings', entityId: null, actor: 'Test Beraterin' },
    ]);
  });

  it('reads nothing while the store is locked', async () => {
    const s = await todayStore();
    s.store.lock('manual');
    expect(codeOf(() => s.today.items({}))).toBe('LOCKED');
    expect(codeOf(() => s.today.settings())).toBe('LOCKED');
    expect(codeOf(() => s.today.updateSettings({ referralFeedbackDays: 3 }))).toBe('LOCKED');
  });
});
