/** Corrections of a case (issue 12): target groups, a back-dated status change, a location back in use, the unit's case managers and Vertretung. */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { caseEvents } from '../../../db/schema';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import { statusMoment } from '../../../electron/services/cases/caseLifecycle';
import { caseStore, codeOf, type CaseStore } from './helpers';

const eventsOf = (s: CaseStore, caseId: string) =>
  s
    .db()
    .select({ kind: caseEvents.kind, at: caseEvents.at })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .all()
    .filter((e) => e.kind === 'abgeschlossen' || e.kind === 'wiedereroeffnet');

describe("correcting the case's target groups", () => {
  it('keeps the earlier list as a version, audits, and allows a group that applied during the case', async () => {
    const s = await caseStore('2026-11-20T10:00:00');
    const families = s.targetGroups.create({ name: 'Familien', validFrom: '2025-01-01' });
    const youth = s.targetGroups.create({ name: 'Junge Erwachsene', validFrom: '2025-01-01', validUntil: '2026-06-30' });
    const old = s.targetGroups.create({ name: 'Alt', validFrom: '2020-01-01', validUntil: '2025-12-31' });
    const later = s.targetGroups.create({ name: 'Ab 2027', validFrom: '2027-01-01' });
    const caseId = s.openCase({ date: '2026-03-01', targetGroupIds: [families.id] }).caseId!;
    const mark = s.auditMark();

    const view = s.cases.setTargetGroups({ caseId, targetGroupIds: [families.id, youth.id] });
    expect(view.targetGroups.map((g) => g.name)).toEqual(['Familien', 'Junge Erwachsene']);
    expect(s.auditSince(mark).map((a) => a.action)).toEqual(['case.target_groups_corrected']);
    expect(s.versions.list({ kind: 'case_target_groups', recordId: caseId })).toMatchObject([
      { version: 1, before: { targetGroups: [{ id: families.id, name: 'Familien' }] } },
    ]);
    // Ended before the case opened, or not yet in force: refused.
    expect(codeOf(() => s.cases.setTargetGroups({ caseId, targetGroupIds: [old.id] }))).toBe('TARGET_GROUP_NOT_VALID');
    expect(codeOf(() => s.cases.setTargetGroups({ caseId, targetGroupIds: [later.id] }))).toBe('TARGET_GROUP_NOT_VALID');
    expect(codeOf(() => s.cases.setTargetGroups({ caseId, targetGroupIds: ['keine'] }))).toBe('TARGET_GROUP_NOT_FOUND');
    // The same list again is no correction.
    const quiet = s.auditMark();
    s.cases.setTargetGroups({ caseId, targetGroupIds: [youth.id, families.id] });
    expect(s.auditSince(quiet)).toEqual([]);
    // Emptying the list is a correction too (version 2 keeps both).
    s.cases.setTargetGroups({ caseId, targetGroupIds: [] });
    expect(s.versions.list({ kind: 'case_target_groups', recordId: caseId })[1]?.before).toEqual({
      targetGroups: [
        { id: families.id, name: 'Familien' },
        { id: youth.id, name: 'Junge Erwachsene' },
      ],
    });
    s.cases.close({ caseId, reason: 'wegzug' });
    expect(codeOf(() => s.cases.setTargetGroups({ caseId, targetGroupIds: [families.id] }))).toBe('CASE_CLOSED');
  });
});

describe('a status change recorded afterwards (back-dated)', () => {
  it('closes on the day given, not before the opening nor the last closure or reopening', async () => {
    const s = await caseStore('2026-11-20T10:00:00');
    const caseId = s.openCase({ date: '2026-09-01' }).caseId!;
    expect(codeOf(() => s.cases.close({ caseId, reason: 'wegzug', date: '2026-08-31' }))).toBe('STATUS_DATE_BEFORE_OPENING');
    expect(codeOf(() => s.cases.close({ caseId, reason: 'wegzug', date: '2026-11-21' }))).toBe('DATE_IN_FUTURE');
    // Recorded today for 01.09.: the step into the assessment is stamped today, the closure may still be earlier.
    s.cases.close({ caseId, reason: 'wegzug', date: '2026-10-15' });
    s.cases.reopen({ caseId, reason: 'Zurückgekehrt', date: '2026-11-02' });
    // A second closure not before the reopening.
    expect(codeOf(() => s.cases.close({ caseId, reason: 'wegzug', date: '2026-11-01' }))).toBe('STATUS_DATE_BEFORE_PREVIOUS');
    expect(s.cases.close({ caseId, reason: 'wegzug', date: '2026-11-02' }).closedAt).toBe('2026-11-02');
    expect(eventsOf(s, caseId).map((e) => e.kind)).toEqual(['abgeschlossen', 'wiedereroeffnet', 'abgeschlossen']);
  });

  it('stamps the closure on its day, so the statistic counts it in that quarter', async () => {
    const s = await caseStore('2026-08-10T09:00:00');
    const caseId = s.openCase({ date: '2026-08-10' }).caseId!;
    s.setNow('2026-10-05T15:00:00');
    const view = s.cases.close({ caseId, reason: 'wegzug', date: '2026-09-25' });
    expect(view.closedAt).toBe('2026-09-25');
    const [closure] = eventsOf(s, caseId);
    expect(closure?.at).toBe(new Date(2026, 8, 25, 12).toISOString());

    const closedIn = (quarter: string) => {
      const table = rawIndicators(prepareStatistics(s.ctx, quarter).input).find((t) => t.id === 'faelle-abgeschlossen-geschlecht');
      if (table?.kind !== 'counts') throw new Error('no table');
      return table.counts.flat().reduce((a, b) => a + b, 0);
    };
    s.setNow('2027-01-10T10:00:00');
    expect(closedIn('2026-Q3')).toBe(1);
    expect(closedIn('2026-Q4')).toBe(0);

    // Reopened afterwards: not before the closure; the same day comes after it.
    expect(codeOf(() => s.cases.reopen({ caseId, reason: 'Zurückgezogen', date: '2026-09-24' }))).toBe('STATUS_DATE_BEFORE_PREVIOUS');
    s.cases.reopen({ caseId, reason: 'Zurückgezogen', date: '2026-09-25' });
    const [, reopening] = eventsOf(s, caseId);
    expect(Date.parse(reopening!.at)).toBeGreaterThan(Date.parse(closure!.at));
  });

  it('a same-day status change keeps the order of events; today is stamped now', () => {
    const now = new Date('2026-11-20T10:00:00');
    expect(statusMoment('2026-11-20', now, null)).toBe(now.toISOString());
    const previous = new Date(2026, 10, 18, 16).toISOString();
    expect(statusMoment('2026-11-18', now, previous)).toBe(new Date(Date.parse(previous) + 1).toISOString());
    expect(statusMoment('2026-11-19', now, previous)).toBe(new Date(2026, 10, 19, 12).toISOString());
  });
});

describe('a location back in use', () => {
  it('is offered again, audited once', async () => {
    const s = await caseStore();
    const office = s.locations.create({ name: 'KI Büro', kind: 'buero', municipality: 'Mettmann' });
    s.locations.deactivate({ locationId: office.id });
    const mark = s.auditMark();
    expect(s.locations.reactivate({ locationId: office.id }).active).toBe(true);
    expect(s.locations.list({}).map((l) => l.id)).toContain(office.id);
    s.locations.reactivate({ locationId: office.id });
    expect(s.auditSince(mark).map((a) => a.action)).toEqual(['location.reactivated']);
    expect(codeOf(() => s.locations.reactivate({ locationId: 'kein' }))).toBe('LOCATION_NOT_FOUND');
  });
});

describe("the unit's case managers and Vertretung", () => {
  it('lists the own user, adds, deactivates and reactivates colleagues, audited', async () => {
    const s = await caseStore();
    const own = s.store.actorName();
    expect(s.caseManagers.list()).toEqual([expect.objectContaining({ name: own, own: true, active: true, openCases: 0 })]);
    const mark = s.auditMark();
    const weber = s.caseManagers.add({ name: 'Jana Weber' });
    expect(codeOf(() => s.caseManagers.add({ name: 'jana weber' }))).toBe('CASE_MANAGER_EXISTS');
    s.caseManagers.deactivate({ id: weber.id });
    expect(s.caseManagers.list().map((m) => [m.name, m.active])).toEqual([
      [own, true],
      ['Jana Weber', false],
    ]);
    s.caseManagers.reactivate({ id: weber.id });
    expect(s.auditSince(mark).map((a) => a.action)).toEqual(['case_manager.added', 'case_manager.deactivated', 'case_manager.reactivated']);
    expect(codeOf(() => s.caseManagers.deactivate({ id: 'kein' }))).toBe('CASE_MANAGER_NOT_FOUND');
    // The case list's filter names the unit's case managers, also one without a case yet.
    expect(s.cases.listFilters().caseManagers).toEqual(expect.arrayContaining([own, 'Jana Weber']));
  });

  it('hands a case to a colleague: the name on the case, the earlier one kept, the list filter finds it', async () => {
    const s = await caseStore();
    const own = s.store.actorName();
    const caseId = s.openCase().caseId!;
    expect(s.cases.get(caseId).caseManager).toBe(own);
    const weber = s.caseManagers.add({ name: 'Jana Weber' });
    const mark = s.auditMark();
    expect(s.cases.assignCaseManager({ caseId, caseManagerId: weber.id }).caseManager).toBe('Jana Weber');
    expect(s.auditSince(mark).map((a) => [a.action, a.entityId])).toEqual([['case.case_manager_assigned', caseId]]);
    expect(s.versions.list({ kind: 'case_manager', recordId: caseId })).toMatchObject([{ version: 1, before: { caseManager: own } }]);
    expect(s.cases.list({ caseManager: 'Jana Weber' }).map((c) => c.id)).toEqual([caseId]);
    expect(s.cases.list({ caseManager: own })).toEqual([]);
    expect(s.caseManagers.list().find((m) => m.name === 'Jana Weber')?.openCases).toBe(1);
    // New cases stay the user's own.
    expect(s.cases.get(s.openCase().caseId!).caseManager).toBe(own);

    s.caseManagers.deactivate({ id: weber.id });
    const ownId = s.caseManagers.list().find((m) => m.own)!.id;
    s.cases.assignCaseManager({ caseId, caseManagerId: ownId });
    expect(codeOf(() => s.cases.assignCaseManager({ caseId, caseManagerId: weber.id }))).toBe('CASE_MANAGER_INACTIVE');
    expect(codeOf(() => s.cases.assignCaseManager({ caseId, caseManagerId: 'kein' }))).toBe('CASE_MANAGER_NOT_FOUND');
    s.cases.close({ caseId, reason: 'wegzug' });
    expect(codeOf(() => s.cases.assignCaseManager({ caseId, caseManagerId: ownId }))).toBe('CASE_CLOSED');
  });
});
