import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { caseEvents, goals } from '../../../db/schema';
import { caseStore, codeOf, type CaseStore } from './helpers';
import { addGoal } from './otherAreas';

const goalStatus = (s: CaseStore, id: string) => s.db().select({ status: goals.status }).from(goals).where(eq(goals.id, id)).get()?.status;

describe('changing a case', () => {
  it('changes case manager, location, Träger and the own re-assessment cadence, audited', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    const office = s.locations.create({ name: 'KI Büro', kind: 'buero', municipality: 'Mettmann' });
    const mark = s.auditMark();
    const view = s.cases.update({ caseId, caseManager: 'Jonas Berger', locationId: office.id, traeger: 'Caritas', reassessmentMonths: 3 });
    expect(view).toMatchObject({
      caseManager: 'Jonas Berger',
      location: { id: office.id },
      traeger: 'Caritas',
      reassessmentMonths: 3,
      ownReassessmentMonths: 3,
    });
    const back = s.cases.update({ caseId, reassessmentMonths: null, locationId: null });
    expect(back).toMatchObject({ reassessmentMonths: 6, ownReassessmentMonths: null, location: null, caseManager: 'Jonas Berger' });
    expect(s.auditSince(mark).map((a) => [a.action, a.entityId])).toEqual([
      ['case.updated', caseId],
      ['case.updated', caseId],
    ]);
    s.locations.deactivate({ locationId: office.id });
    expect(codeOf(() => s.cases.update({ caseId, locationId: office.id }))).toBe('LOCATION_INACTIVE');
    expect(codeOf(() => s.cases.update({ caseId, locationId: 'kein' }))).toBe('LOCATION_NOT_FOUND');
    expect(codeOf(() => s.cases.update({ caseId: 'kein', caseManager: 'X' }))).toBe('CASE_NOT_FOUND');
  });

  it('an update carrying only the case id changes nothing, audits nothing and answers with the case as it is', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    const before = s.cases.get(caseId);
    const mark = s.auditMark();
    expect(s.cases.update({ caseId })).toEqual(before);
    expect(s.auditSince(mark)).toEqual([]);
    // The checks still come first: an unknown or closed case is refused as with any change.
    expect(codeOf(() => s.cases.update({ caseId: 'kein' }))).toBe('CASE_NOT_FOUND');
    s.cases.close({ caseId, reason: 'kontaktabbruch' });
    expect(codeOf(() => s.cases.update({ caseId }))).toBe('CASE_CLOSED');
  });
});

describe('closing a case', () => {
  it('needs a reason (CLOSURE_REASON_REQUIRED)', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    expect(codeOf(() => s.cases.close({ caseId }))).toBe('CLOSURE_REASON_REQUIRED');
    expect(codeOf(() => s.cases.close({ caseId, reason: null }))).toBe('CLOSURE_REASON_REQUIRED');
    expect(s.cases.get(caseId).open).toBe(true);
    expect(codeOf(() => s.cases.close({ caseId: 'kein', reason: 'wegzug' }))).toBe('CASE_NOT_FOUND');
  });

  it('needs an outcome for every open goal (GOAL_OUTCOME_MISSING) and only for goals of this case', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    const other = s.openCase().caseId!;
    const open = addGoal(s, caseId, 'offen');
    const working = addGoal(s, caseId, 'in_arbeit');
    addGoal(s, caseId, 'erreicht');
    const foreign = addGoal(s, other, 'offen');

    expect(codeOf(() => s.cases.close({ caseId, reason: 'ziele_erreicht' }))).toBe('GOAL_OUTCOME_MISSING');
    expect(codeOf(() => s.cases.close({ caseId, reason: 'ziele_erreicht', goalOutcomes: [{ goalId: open, outcome: 'erreicht' }] }))).toBe(
      'GOAL_OUTCOME_MISSING',
    );
    expect(
      codeOf(() =>
        s.cases.close({
          caseId,
          reason: 'ziele_erreicht',
          goalOutcomes: [
            { goalId: open, outcome: 'erreicht' },
            { goalId: working, outcome: 'verworfen' },
            { goalId: foreign, outcome: 'erreicht' },
          ],
        }),
      ),
    ).toBe('GOAL_NOT_FOUND');
    expect([goalStatus(s, open), goalStatus(s, working), goalStatus(s, foreign)]).toEqual(['offen', 'in_arbeit', 'offen']);
    expect(s.cases.get(caseId).open).toBe(true);
  });

  it('closes: goal outcomes, phase abgeschlossen, date, reason and event in one step, audited', async () => {
    const s = await caseStore('2026-05-20T15:00:00');
    const caseId = s.openCase({ date: '2026-03-02' }).caseId!;
    const open = addGoal(s, caseId, 'offen');
    const working = addGoal(s, caseId, 'in_arbeit');
    const mark = s.auditMark();
    const view = s.cases.close({
      caseId,
      reason: 'regeldienst',
      goalOutcomes: [
        { goalId: open, outcome: 'teilweise_erreicht' },
        { goalId: working, outcome: 'nicht_erreicht' },
      ],
    });
    expect(view).toMatchObject({
      open: false,
      phase: 'abgeschlossen',
      phaseLabel: 'Abgeschlossen',
      closedAt: '2026-05-20',
      closureReason: 'regeldienst',
      closureReasonLabel: 'An einen Regeldienst übergeben',
      dueNext: [],
    });
    expect([goalStatus(s, open), goalStatus(s, working)]).toEqual(['teilweise_erreicht', 'nicht_erreicht']);
    const last = s.db().select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).all().at(-1);
    expect(last).toMatchObject({ kind: 'abgeschlossen', phase: 'abgeschlossen', reason: 'regeldienst', by: 'Test Beraterin' });
    expect(s.auditSince(mark).map((a) => [a.action, a.entityId])).toEqual([
      ['goal.outcome_recorded', open],
      ['goal.outcome_recorded', working],
      ['case.closed', caseId],
    ]);
  });

  it('a closed case is read-only (CASE_CLOSED) until it is reopened', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    s.cases.close({ caseId, reason: 'kontaktabbruch' });
    expect(codeOf(() => s.cases.update({ caseId, caseManager: 'Jonas Berger' }))).toBe('CASE_CLOSED');
    expect(codeOf(() => s.cases.close({ caseId, reason: 'wegzug' }))).toBe('CASE_CLOSED');
    expect(s.cases.get(caseId)).toMatchObject({ caseManager: 'Test Beraterin', closureReason: 'kontaktabbruch' });
    // Reading stays possible.
    expect(s.cases.timeline(caseId).length).toBeGreaterThan(0);
  });
});

describe('reopening a case', () => {
  it('needs a closed case (CASE_NOT_CLOSED) and a reason (REOPEN_REASON_REQUIRED)', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    expect(codeOf(() => s.cases.reopen({ caseId, reason: 'Rückkehr' }))).toBe('CASE_NOT_CLOSED');
    s.cases.close({ caseId, reason: 'wegzug' });
    expect(codeOf(() => s.cases.reopen({ caseId, reason: '   ' }))).toBe('REOPEN_REASON_REQUIRED');
    expect(codeOf(() => s.cases.reopen({ caseId: 'kein', reason: 'x' }))).toBe('CASE_NOT_FOUND');
    expect(s.cases.get(caseId).open).toBe(false);
  });

  it('goes back to monitoring, clears the closure on the case and keeps it in the history', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    s.cases.close({ caseId, reason: 'wegzug' });
    s.setNow('2026-04-01T09:00:00');
    const mark = s.auditMark();
    const view = s.cases.reopen({ caseId, reason: 'Familie ist zurückgezogen' });
    expect(view).toMatchObject({ open: true, phase: 'monitoring', closedAt: null, closureReason: null });
    expect(view.dueNext[0]?.title).toBe('Kontakt halten, Ziele und Vermittlungen begleiten');
    expect(s.auditSince(mark)).toEqual([expect.objectContaining({ action: 'case.reopened', entityId: caseId })]);
    const events = s.db().select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).all();
    expect(events.map((e) => [e.kind, e.phase, e.reason])).toEqual([
      ['eroeffnet', 'erstberatung', null],
      ['phase', 'assessment', null],
      ['abgeschlossen', 'abgeschlossen', 'wegzug'],
      ['wiedereroeffnet', 'monitoring', 'Familie ist zurückgezogen'],
    ]);
    // Changes are possible again.
    expect(s.cases.update({ caseId, traeger: 'DRK' }).traeger).toBe('DRK');
  });
});
