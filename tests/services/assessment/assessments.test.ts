import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { assessmentEntries, assessments } from '../../../db/schema';
import { closeCase, codeOf, deactivateLifeArea, entry, insertCase, phaseOf, storeAt } from './fixtures';

describe('assessment scale', () => {
  it('gives every step of the situation scale a German meaning, the lists their labels, and the active life areas in order', async () => {
    const services = await storeAt();
    deactivateLifeArea(services, 'teilhabe');
    const scale = services.assessments.scale();
    expect(scale.situations.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.situations[0]).toEqual({ value: 1, label: 'akute Krise', meaning: 'akute Krise – sofortiger Handlungsbedarf' });
    expect(scale.situations[4]?.meaning).toBe('stabil und selbstständig');
    expect(scale.urgencies.map((u) => u.value)).toEqual(['niedrig', 'mittel', 'hoch']);
    expect(scale.responsibleServices).toContainEqual({ value: 'sgb2', label: 'SGB II – Jobcenter' });
    expect(scale.responsibleServices).toContainEqual({ value: 'sgb8', label: 'SGB VIII – Jugendamt' });
    expect(scale.goalStatuses).toContainEqual({ value: 'teilweise_erreicht', label: 'teilweise erreicht' });
    expect(scale.stepResponsibles.map((s) => s.value)).toEqual(['klient', 'case_management', 'partner']);
    expect(scale.lifeAreas[0]).toEqual({ id: 'aufenthalt', name: 'Aufenthalt/Recht' });
    expect(scale.lifeAreas.map((a) => a.id)).not.toContain('teilhabe');
    expect(scale.lifeAreas).toHaveLength(8);
  });
});

describe('assessment: create', () => {
  it('saves a dated first assessment with its entries, moves the case to the Zielvereinbarung and audits both', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services);
    const saved = services.assessments.create({
      caseId,
      date: '2026-11-21',
      entries: [entry('wohnen', 2, { needs: 'Eigene Wohnung', resources: '  ', urgency: 'hoch', responsibleService: 'sgb12' })],
    });
    expect(saved).toMatchObject({
      caseId,
      kind: 'erst',
      kindLabel: 'Assessment',
      date: '2026-11-21',
      previousId: null,
      recordedBy: 'Test Beraterin',
      entryCount: 1,
    });
    expect(saved.entries).toEqual([
      {
        lifeAreaId: 'wohnen',
        lifeAreaName: 'Wohnen',
        situation: 2,
        situationLabel: 'erhebliche Probleme',
        resources: null,
        needs: 'Eigene Wohnung',
        urgency: 'hoch',
        urgencyLabel: 'hoch',
        responsibleService: 'sgb12',
        responsibleServiceLabel: 'SGB XII – Sozialamt',
      },
    ]);
    expect(phaseOf(services, caseId)).toBe('zielvereinbarung');
    const audit = recentAudit(services.store.session().db, 2);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['case.phase_changed', 'case', caseId],
      ['assessment.created', 'assessment', saved.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Eigene Wohnung');
  });

  it('a second assessment is a new re-assessment; the first stays exactly as it was, and the database refuses to change it', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services);
    const first = services.assessments.create({ caseId, date: '2026-05-01', entries: [entry('wohnen', 2), entry('sprache', 1, { needs: 'Kurs' })] });
    const before = services.assessments.get(first.id);
    const second = services.assessments.create({ caseId, date: '2026-11-01', entries: [entry('wohnen', 4), entry('sprache', 3, { needs: 'B1' })] });
    expect(second).toMatchObject({ kind: 're', kindLabel: 'Re-Assessment', previousId: first.id });
    expect(services.assessments.get(first.id)).toEqual(before);
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'reassessment.created', entityId: second.id });

    const { db } = services.store.session();
    expect(() => db.update(assessmentEntries).set({ situation: 5 }).where(eq(assessmentEntries.assessmentId, first.id)).run()).toThrow(/never overwritten/);
    expect(() => db.delete(assessments).where(eq(assessments.id, first.id)).run()).toThrow(/never overwritten/);
    expect(services.assessments.list(caseId).map((a) => [a.id, a.kind, a.entryCount])).toEqual([
      [second.id, 're', 2],
      [first.id, 'erst', 2],
    ]);
  });

  it('never moves the case back: a re-assessment in the Leistungssteuerung leaves the phase alone', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services, { phase: 'leistungssteuerung' });
    services.assessments.create({ caseId, date: '2026-11-01', entries: [entry('wohnen', 3)] });
    expect(phaseOf(services, caseId)).toBe('leistungssteuerung');
    expect(recentAudit(services.store.session().db, 5).map((a) => a.action)).not.toContain('case.phase_changed');
  });

  it('accepts today and refuses tomorrow (DATE_IN_FUTURE)', async () => {
    const services = await storeAt('2026-11-21T23:30:00');
    const { caseId } = insertCase(services);
    expect(await codeOf(() => services.assessments.create({ caseId, date: '2026-11-22', entries: [entry('wohnen', 3)] }))).toBe('DATE_IN_FUTURE');
    expect(services.assessments.create({ caseId, date: '2026-11-21', entries: [entry('wohnen', 3)] }).date).toBe('2026-11-21');
  });

  it('refuses with a typed error and stores nothing: unknown or closed case, no entry, unknown, unused or repeated life area, date before the last one', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services);
    const closed = insertCase(services);
    closeCase(services, closed.caseId);
    deactivateLifeArea(services, 'teilhabe');
    const create = (input: Partial<Parameters<typeof services.assessments.create>[0]>) => () =>
      services.assessments.create({ caseId, date: '2026-10-01', entries: [entry('wohnen', 3)], ...input });

    expect(await codeOf(create({ caseId: 'kein-fall' }))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(create({ caseId: closed.caseId }))).toBe('CASE_CLOSED');
    expect(await codeOf(create({ entries: [] }))).toBe('ASSESSMENT_WITHOUT_ENTRIES');
    expect(await codeOf(create({ entries: [entry('mond', 3)] }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(await codeOf(create({ entries: [entry('teilhabe', 3)] }))).toBe('LIFE_AREA_INACTIVE');
    expect(await codeOf(create({ entries: [entry('wohnen', 3), entry('sprache', 2), entry('wohnen', 4)] }))).toBe('LIFE_AREA_TWICE');
    expect(services.assessments.list(caseId)).toEqual([]);
    expect(phaseOf(services, caseId)).toBe('assessment');

    create({})();
    expect(await codeOf(create({ date: '2026-09-30' }))).toBe('ASSESSMENT_BEFORE_PREVIOUS');
    expect(create({ date: '2026-10-01' })().kind).toBe('re');
    expect(services.assessments.list(caseId)).toHaveLength(2);
  });

  it('reads: ASSESSMENT_NOT_FOUND and CASE_NOT_FOUND; a closed case can still be read', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services);
    const saved = services.assessments.create({ caseId, date: '2026-10-01', entries: [entry('wohnen', 3)] });
    closeCase(services, caseId);
    expect(services.assessments.get(saved.id).entries).toHaveLength(1);
    expect(services.assessments.list(caseId)).toHaveLength(1);
    expect(await codeOf(() => services.assessments.get('nichts'))).toBe('ASSESSMENT_NOT_FOUND');
    expect(await codeOf(() => services.assessments.list('nichts'))).toBe('CASE_NOT_FOUND');
  });
});
