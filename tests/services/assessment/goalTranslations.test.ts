/**
 * Translations of goals and steps (migration 0019): the client-language text the case manager
 * writes beside the German one, stored, changed, cleared with null, untouched when not named,
 * carried into the snapshot of a new Zielvereinbarung; snapshots from before have none and still
 * read and print.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../pdf/readBack';
import { insertCase, storeAt } from './fixtures';

async function caseWithGoal() {
  const services = await storeAt('2026-11-21T10:00:00');
  const { caseId } = insertCase(services, { phase: 'zielvereinbarung' });
  const goal = services.goals.create({
    caseId,
    lifeAreaId: 'wohnen',
    title: 'Eine eigene Wohnung finden',
    titleTranslation: 'أن أجد شقة خاصة بي',
    steps: [
      { description: 'Wohnberechtigungsschein beantragen', descriptionTranslation: 'تقديم طلب شهادة السكن', responsible: 'klient' },
      { description: 'Besichtigung vereinbaren', responsible: 'case_management' },
    ],
  });
  return { services, caseId, goal };
}

describe('translations of goals and steps', () => {
  it('stores them with the goal and its steps; a step without one has null', async () => {
    const { services, caseId, goal } = await caseWithGoal();
    expect(goal.titleTranslation).toBe('أن أجد شقة خاصة بي');
    expect(goal.steps.map((s) => s.descriptionTranslation)).toEqual(['تقديم طلب شهادة السكن', null]);
    const [listed] = services.goals.list(caseId);
    expect(listed?.titleTranslation).toBe('أن أجد شقة خاصة بي');
    expect(listed?.steps.map((s) => s.descriptionTranslation)).toEqual(['تقديم طلب شهادة السكن', null]);
  });

  it('changes, keeps (when not named) and clears (null) the translation of a goal', async () => {
    const { services, goal } = await caseWithGoal();
    expect(services.goals.update({ goalId: goal.id, titleTranslation: 'شقة لي' }).titleTranslation).toBe('شقة لي');
    // A change of status or title leaves the translation as it is.
    const changed = services.goals.update({ goalId: goal.id, status: 'in_arbeit', title: 'Eine Wohnung finden' });
    expect(changed).toMatchObject({ title: 'Eine Wohnung finden', titleTranslation: 'شقة لي', status: 'in_arbeit' });
    expect(services.goals.update({ goalId: goal.id, titleTranslation: null }).titleTranslation).toBeNull();
  });

  it('adds a step with its translation, changes, keeps and clears it', async () => {
    const { services, goal } = await caseWithGoal();
    const added = services.goals.addStep({ goalId: goal.id, description: 'Mietvertrag lesen', descriptionTranslation: 'قراءة العقد', responsible: 'klient' });
    const step = added.steps.at(-1);
    expect(step?.descriptionTranslation).toBe('قراءة العقد');
    const stepId = step?.id ?? '';
    const changed = services.goals.updateStep({ stepId, descriptionTranslation: 'قراءة عقد الإيجار' });
    expect(changed.steps.find((s) => s.id === stepId)?.descriptionTranslation).toBe('قراءة عقد الإيجار');
    const kept = services.goals.updateStep({ stepId, description: 'Mietvertrag genau lesen', dueDate: '2026-12-01' });
    expect(kept.steps.find((s) => s.id === stepId)).toMatchObject({ description: 'Mietvertrag genau lesen', descriptionTranslation: 'قراءة عقد الإيجار' });
    const cleared = services.goals.updateStep({ stepId, descriptionTranslation: null });
    expect(cleared.steps.find((s) => s.id === stepId)?.descriptionTranslation).toBeNull();
  });

  it('goes into the snapshot of a new Zielvereinbarung, which keeps them when they change later', async () => {
    const { services, caseId, goal } = await caseWithGoal();
    const agreement = services.agreements.create({ caseId, date: '2026-11-21' });
    expect(agreement.snapshot.goals[0]).toMatchObject({ title: 'Eine eigene Wohnung finden', titleTranslation: 'أن أجد شقة خاصة بي' });
    expect(agreement.snapshot.goals[0]?.steps.map((s) => s.descriptionTranslation)).toEqual(['تقديم طلب شهادة السكن', null]);
    services.goals.update({ goalId: goal.id, titleTranslation: 'شيء آخر' });
    expect(services.agreements.get(agreement.id).snapshot.goals[0]?.titleTranslation).toBe('أن أجد شقة خاصة بي');
  });

  it('reads and prints a snapshot from before translations (no such fields)', async () => {
    const { services, caseId } = await caseWithGoal();
    const { sqlite } = services.store.session();
    const old = {
      goals: [
        {
          goalId: 'g-old',
          lifeAreaId: 'wohnen',
          lifeAreaName: 'Wohnen',
          title: 'Eine alte Vereinbarung',
          status: 'offen',
          steps: [{ description: 'Ein alter Schritt', responsible: 'klient', partnerId: null, partnerName: null, dueDate: null, doneAt: null }],
        },
      ],
    };
    sqlite
      .prepare(
        "INSERT INTO agreements (id, case_id, version, date, snapshot, signed_at, recorded_by, created_at) VALUES ('old', ?, 1, '2026-11-01', ?, NULL, 'Test Beraterin', '2026-11-01T09:00:00.000Z')",
      )
      .run(caseId, JSON.stringify(old));
    expect(services.agreements.get('old').snapshot).toEqual(old);
    for (const language of ['de', 'ar'] as const) {
      const { text } = await readText((await services.agreements.pdf({ agreementId: 'old', language })).bytes);
      expect(text).toContain('Ziel 1: Eine alte Vereinbarung');
      expect(text).toContain('Ein alter Schritt');
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('null');
    }
  });
});
