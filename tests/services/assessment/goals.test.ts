import { describe, expect, it } from 'vitest';
import type { StepInput } from '../../../electron/contract/areas/assessment';
import { recentAudit } from '../../../db/queries/audit';
import { closeCase, codeOf, deactivateLifeArea, insertCase, insertPartner, storeAt } from './fixtures';

async function setUp() {
  const services = await storeAt('2026-11-21T10:00:00');
  const { caseId } = insertCase(services, { phase: 'zielvereinbarung' });
  const partnerId = insertPartner(services, 'Jobcenter Kreis Warendorf');
  return { services, caseId, partnerId };
}

describe('goals', () => {
  it('creates a goal in a life area with steps: who (client, case management, a named partner) and by when, future dates allowed', async () => {
    const { services, caseId, partnerId } = await setUp();
    const goal = services.goals.create({
      caseId,
      lifeAreaId: 'arbeit',
      title: 'Eine Arbeit finden',
      steps: [
        { description: 'Lebenslauf schreiben', responsible: 'klient', dueDate: '2027-01-15' },
        { description: 'Termin beim Jobcenter vereinbaren', responsible: 'case_management' },
        { description: 'Beratung zur Arbeitssuche', responsible: 'partner', partnerId, dueDate: '2027-02-01' },
      ],
    });
    expect(goal).toMatchObject({
      caseId,
      lifeAreaId: 'arbeit',
      lifeAreaName: 'Ausbildung/Arbeit',
      title: 'Eine Arbeit finden',
      status: 'offen',
      statusLabel: 'offen',
    });
    expect(goal.steps.map((s) => [s.description, s.responsible, s.responsibleLabel, s.partnerName, s.dueDate, s.doneAt, s.sortOrder])).toEqual([
      ['Lebenslauf schreiben', 'klient', 'Klient:in', null, '2027-01-15', null, 0],
      ['Termin beim Jobcenter vereinbaren', 'case_management', 'Case Management', null, null, null, 1],
      ['Beratung zur Arbeitssuche', 'partner', 'Netzwerkpartner', 'Jobcenter Kreis Warendorf', '2027-02-01', null, 2],
    ]);
    const audit = recentAudit(services.store.session().db, 4).reverse();
    expect(audit.map((a) => [a.action, a.entity])).toEqual([
      ['goal.created', 'goal'],
      ['goal_step.added', 'goal_step'],
      ['goal_step.added', 'goal_step'],
      ['goal_step.added', 'goal_step'],
    ]);
    expect(audit[0]?.entityId).toBe(goal.id);
    expect(JSON.stringify(audit)).not.toContain('Arbeit finden');
  });

  it('updates title and status, adds, changes, completes and reopens steps, each audited', async () => {
    const { services, caseId, partnerId } = await setUp();
    const goal = services.goals.create({ caseId, lifeAreaId: 'sprache', title: 'Deutsch lernen' });
    expect(goal.steps).toEqual([]);
    const updated = services.goals.update({ goalId: goal.id, title: 'Deutsch B1 lernen', status: 'in_arbeit' });
    expect(updated).toMatchObject({ title: 'Deutsch B1 lernen', status: 'in_arbeit', statusLabel: 'in Arbeit' });
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'goal.updated', entityId: goal.id });

    const withStep = services.goals.addStep({ goalId: goal.id, description: 'Anmeldung Sprachkurs', responsible: 'partner', partnerId, dueDate: '2026-12-01' });
    const stepId = withStep.steps[0]!.id;
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'goal_step.added', entityId: stepId });

    const second = services.goals.addStep({ goalId: goal.id, description: 'Kurs besuchen', responsible: 'klient' });
    expect(second.steps.map((s) => s.sortOrder)).toEqual([0, 1]);

    // Who changes from the partner to the client: the partner goes with it.
    const changed = services.goals.updateStep({ stepId, responsible: 'klient', dueDate: null, description: 'Selbst anmelden' });
    expect(changed.steps[0]).toMatchObject({ description: 'Selbst anmelden', responsible: 'klient', partnerId: null, partnerName: null, dueDate: null });
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'goal_step.updated', entityId: stepId });

    expect(services.goals.completeStep({ stepId, doneAt: '2026-11-21' }).steps[0]?.doneAt).toBe('2026-11-21');
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'goal_step.completed', entityId: stepId });
    expect(services.goals.completeStep({ stepId, doneAt: null }).steps[0]?.doneAt).toBeNull();
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'goal_step.reopened', entityId: stepId });

    const listed = services.goals.list(caseId);
    expect(listed.map((g) => [g.id, g.steps.length])).toEqual([[goal.id, 2]]);
  });

  it('names a partner exactly when a partner does the step (STEP_PARTNER_REQUIRED, STEP_PARTNER_NOT_EXPECTED, PARTNER_NOT_FOUND)', async () => {
    const { services, caseId, partnerId } = await setUp();
    const create = (step: StepInput) => () => services.goals.create({ caseId, lifeAreaId: 'wohnen', title: 'Wohnung', steps: [step] });
    expect(await codeOf(create({ description: 'Wohnung suchen', responsible: 'partner' }))).toBe('STEP_PARTNER_REQUIRED');
    expect(await codeOf(create({ description: 'Wohnung suchen', responsible: 'klient', partnerId }))).toBe('STEP_PARTNER_NOT_EXPECTED');
    expect(await codeOf(create({ description: 'Wohnung suchen', responsible: 'partner', partnerId: 'niemand' }))).toBe('PARTNER_NOT_FOUND');
    expect(services.goals.list(caseId)).toEqual([]);

    const goal = services.goals.create({ caseId, lifeAreaId: 'wohnen', title: 'Wohnung', steps: [{ description: 'Suchen', responsible: 'klient' }] });
    const stepId = goal.steps[0]!.id;
    expect(await codeOf(() => services.goals.addStep({ goalId: goal.id, description: 'X', responsible: 'partner' }))).toBe('STEP_PARTNER_REQUIRED');
    expect(await codeOf(() => services.goals.updateStep({ stepId, responsible: 'partner' }))).toBe('STEP_PARTNER_REQUIRED');
    expect(await codeOf(() => services.goals.updateStep({ stepId, partnerId }))).toBe('STEP_PARTNER_NOT_EXPECTED');
    expect(services.goals.updateStep({ stepId, responsible: 'partner', partnerId }).steps[0]?.partnerName).toBe('Jobcenter Kreis Warendorf');
    // Only the description changes: the partner stays.
    expect(services.goals.updateStep({ stepId, description: 'Gemeinsam suchen' }).steps[0]).toMatchObject({ partnerId, description: 'Gemeinsam suchen' });
  });

  it('refuses unknown or unused life areas, unknown goals and steps, and a done date in the future', async () => {
    const { services, caseId } = await setUp();
    deactivateLifeArea(services, 'teilhabe');
    expect(await codeOf(() => services.goals.create({ caseId, lifeAreaId: 'mond', title: 'X' }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(await codeOf(() => services.goals.create({ caseId, lifeAreaId: 'teilhabe', title: 'X' }))).toBe('LIFE_AREA_INACTIVE');
    expect(await codeOf(() => services.goals.create({ caseId: 'nichts', lifeAreaId: 'wohnen', title: 'X' }))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(() => services.goals.update({ goalId: 'nichts', status: 'erreicht' }))).toBe('GOAL_NOT_FOUND');
    expect(await codeOf(() => services.goals.addStep({ goalId: 'nichts', description: 'X', responsible: 'klient' }))).toBe('GOAL_NOT_FOUND');
    expect(await codeOf(() => services.goals.updateStep({ stepId: 'nichts', description: 'X' }))).toBe('STEP_NOT_FOUND');
    expect(await codeOf(() => services.goals.completeStep({ stepId: 'nichts', doneAt: '2026-11-01' }))).toBe('STEP_NOT_FOUND');
    expect(await codeOf(() => services.goals.list('nichts'))).toBe('CASE_NOT_FOUND');

    const goal = services.goals.create({ caseId, lifeAreaId: 'wohnen', title: 'Wohnung', steps: [{ description: 'Suchen', responsible: 'klient' }] });
    expect(await codeOf(() => services.goals.completeStep({ stepId: goal.steps[0]!.id, doneAt: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(services.goals.list(caseId)[0]?.steps[0]?.doneAt).toBeNull();
  });

  it('changes nothing on a closed case (CASE_CLOSED), which can still be read', async () => {
    const { services, caseId } = await setUp();
    const goal = services.goals.create({ caseId, lifeAreaId: 'wohnen', title: 'Wohnung', steps: [{ description: 'Suchen', responsible: 'klient' }] });
    const stepId = goal.steps[0]!.id;
    closeCase(services, caseId);
    expect(await codeOf(() => services.goals.create({ caseId, lifeAreaId: 'wohnen', title: 'X' }))).toBe('CASE_CLOSED');
    expect(await codeOf(() => services.goals.update({ goalId: goal.id, status: 'erreicht' }))).toBe('CASE_CLOSED');
    expect(await codeOf(() => services.goals.addStep({ goalId: goal.id, description: 'X', responsible: 'klient' }))).toBe('CASE_CLOSED');
    expect(await codeOf(() => services.goals.updateStep({ stepId, description: 'X' }))).toBe('CASE_CLOSED');
    expect(await codeOf(() => services.goals.completeStep({ stepId, doneAt: '2026-11-01' }))).toBe('CASE_CLOSED');
    expect(services.goals.list(caseId)).toEqual([goal]);
  });
});
