import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { agreements } from '../../../db/schema';
import { closeCase, codeOf, insertCase, insertPartner, phaseOf, storeAt } from './fixtures';

async function withGoals() {
  const services = await storeAt('2026-11-21T10:00:00');
  const { caseId } = insertCase(services, { phase: 'zielvereinbarung' });
  const partnerId = insertPartner(services, 'Sprachkursträger Ahlen');
  const housing = services.goals.create({
    caseId,
    lifeAreaId: 'wohnen',
    title: 'Eine eigene Wohnung finden',
    steps: [{ description: 'Wohnberechtigungsschein beantragen', responsible: 'klient', dueDate: '2026-12-15' }],
  });
  const language = services.goals.create({
    caseId,
    lifeAreaId: 'sprache',
    title: 'Deutsch B1',
    steps: [{ description: 'Kurs anmelden', responsible: 'partner', partnerId, dueDate: '2027-01-10' }],
  });
  const dropped = services.goals.create({ caseId, lifeAreaId: 'arbeit', title: 'Führerschein' });
  services.goals.update({ goalId: dropped.id, status: 'verworfen' });
  return { services, caseId, housing, language, dropped };
}

describe('agreements', () => {
  it('makes a dated snapshot of the current goals (not the discarded ones) with steps and names, version 1, audited', async () => {
    const { services, caseId, housing, language } = await withGoals();
    const agreement = services.agreements.create({ caseId, date: '2026-11-21' });
    expect(agreement).toMatchObject({ caseId, version: 1, date: '2026-11-21', signedAt: null, recordedBy: 'Test Beraterin', goalCount: 2, superseded: false });
    expect(agreement.snapshot.goals.map((g) => [g.goalId, g.lifeAreaName, g.title, g.status])).toEqual([
      [housing.id, 'Wohnen', 'Eine eigene Wohnung finden', 'offen'],
      [language.id, 'Sprache', 'Deutsch B1', 'offen'],
    ]);
    expect(agreement.snapshot.goals[1]?.steps).toEqual([
      {
        description: 'Kurs anmelden',
        descriptionTranslation: null,
        responsible: 'partner',
        partnerId: expect.any(String),
        partnerName: 'Sprachkursträger Ahlen',
        dueDate: '2027-01-10',
        doneAt: null,
      },
    ]);
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'agreement.created', entity: 'agreement', entityId: agreement.id });
    expect(phaseOf(services, caseId)).toBe('zielvereinbarung');
  });

  it('keeps the snapshot as agreed when goals change later; a new version counts up and supersedes the old one', async () => {
    const { services, caseId, housing } = await withGoals();
    const first = services.agreements.create({ caseId, date: '2026-11-01' });
    services.goals.update({ goalId: housing.id, title: 'Größere Wohnung finden' });
    expect(services.agreements.get(first.id).snapshot).toEqual(first.snapshot);
    const second = services.agreements.create({ caseId, date: '2026-11-21' });
    expect(second.version).toBe(2);
    expect(second.snapshot.goals[0]?.title).toBe('Größere Wohnung finden');
    expect(services.agreements.list(caseId).map((a) => [a.version, a.superseded])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(await codeOf(() => services.agreements.sign({ agreementId: first.id, signedAt: '2026-11-21' }))).toBe('AGREEMENT_SUPERSEDED');
    const { db } = services.store.session();
    expect(() =>
      db
        .update(agreements)
        .set({ snapshot: { goals: [] } })
        .where(eq(agreements.id, first.id))
        .run(),
    ).toThrow(/fixed/);
  });

  it('needs at least one goal that is not discarded (AGREEMENT_WITHOUT_GOALS)', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services, { phase: 'zielvereinbarung' });
    expect(await codeOf(() => services.agreements.create({ caseId, date: '2026-11-21' }))).toBe('AGREEMENT_WITHOUT_GOALS');
    const goal = services.goals.create({ caseId, lifeAreaId: 'wohnen', title: 'Wohnung' });
    services.goals.update({ goalId: goal.id, status: 'verworfen' });
    expect(await codeOf(() => services.agreements.create({ caseId, date: '2026-11-21' }))).toBe('AGREEMENT_WITHOUT_GOALS');
    expect(services.agreements.list(caseId)).toEqual([]);
  });

  it('is signed once, not in the future and not before its date; signing moves the case to the Leistungssteuerung', async () => {
    const { services, caseId } = await withGoals();
    const agreement = services.agreements.create({ caseId, date: '2026-11-20' });
    expect(await codeOf(() => services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(await codeOf(() => services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-19' }))).toBe('SIGNED_BEFORE_AGREEMENT');
    expect(phaseOf(services, caseId)).toBe('zielvereinbarung');

    const signed = services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21' });
    expect(signed).toMatchObject({ signedAt: '2026-11-21', version: 1 });
    expect(phaseOf(services, caseId)).toBe('leistungssteuerung');
    expect(recentAudit(services.store.session().db, 2).map((a) => [a.action, a.entityId])).toEqual([
      ['case.phase_changed', caseId],
      ['agreement.signed', agreement.id],
    ]);
    expect(await codeOf(() => services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21' }))).toBe('AGREEMENT_ALREADY_SIGNED');
    expect(services.agreements.get(agreement.id).signedAt).toBe('2026-11-21');
  });

  it('refuses unknown agreements and changes on closed cases; closed cases can still be read', async () => {
    const { services, caseId } = await withGoals();
    const agreement = services.agreements.create({ caseId, date: '2026-11-21' });
    expect(await codeOf(() => services.agreements.create({ caseId, date: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(await codeOf(() => services.agreements.create({ caseId: 'nichts', date: '2026-11-21' }))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(() => services.agreements.sign({ agreementId: 'nichts', signedAt: '2026-11-21' }))).toBe('AGREEMENT_NOT_FOUND');
    expect(await codeOf(() => services.agreements.get('nichts'))).toBe('AGREEMENT_NOT_FOUND');
    expect(await codeOf(() => services.agreements.pdf({ agreementId: 'nichts' }))).toBe('AGREEMENT_NOT_FOUND');
    expect(await codeOf(() => services.agreements.list('nichts'))).toBe('CASE_NOT_FOUND');
    closeCase(services, caseId);
    expect(await codeOf(() => services.agreements.create({ caseId, date: '2026-11-21' }))).toBe('CASE_CLOSED');
    expect(await codeOf(() => services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21' }))).toBe('CASE_CLOSED');
    expect(services.agreements.list(caseId)).toHaveLength(1);
    expect((await services.agreements.pdf({ agreementId: agreement.id })).bytes.length).toBeGreaterThan(1000);
  });
});
