import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { closeCase, codeOf, deactivateLifeArea, entry, insertCase, storeAt } from './fixtures';

describe('re-assessment: starting from the last one', () => {
  it('returns the last assessment as the template (life areas still in use), or NO_PREVIOUS_ASSESSMENT', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services);
    expect(await codeOf(() => services.reassessments.template(caseId))).toBe('NO_PREVIOUS_ASSESSMENT');
    expect(await codeOf(() => services.reassessments.template('nichts'))).toBe('CASE_NOT_FOUND');
    services.assessments.create({ caseId, date: '2026-03-01', entries: [entry('wohnen', 1)] });
    const last = services.assessments.create({ caseId, date: '2026-09-01', entries: [entry('wohnen', 2, { needs: 'Wohnung' }), entry('teilhabe', 4)] });
    deactivateLifeArea(services, 'teilhabe');
    const template = services.reassessments.template(caseId);
    expect(template.previousAssessmentId).toBe(last.id);
    expect(template.previousDate).toBe('2026-09-01');
    expect(template.entries).toEqual([expect.objectContaining({ lifeAreaId: 'wohnen', situation: 2, needs: 'Wohnung' })]);
  });
});

describe('re-assessment: what changed', () => {
  it('compares per life area: better, worse, same situation with other changes, unchanged, newly and no longer assessed', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services);
    const first = services.assessments.create({
      caseId,
      date: '2026-05-01',
      entries: [
        entry('wohnen', 2, { needs: 'Wohnung', urgency: 'hoch' }),
        entry('sprache', 3, { needs: 'Kurs' }),
        entry('arbeit', 3, { responsibleService: 'sgb2' }),
        entry('gesundheit', 4),
        entry('familie', 3),
      ],
    });
    const second = services.assessments.create({
      caseId,
      date: '2026-11-01',
      entries: [
        entry('wohnen', 4, { needs: 'Möbel', urgency: 'niedrig' }),
        entry('sprache', 2, { needs: 'Kurs' }),
        entry('arbeit', 3, { responsibleService: 'sgb3' }),
        entry('gesundheit', 4),
        entry('teilhabe', 3),
      ],
    });
    const comparison = services.reassessments.compare(second.id);
    expect(comparison.previous.id).toBe(first.id);
    expect(comparison.current.id).toBe(second.id);
    const byArea = Object.fromEntries(comparison.areas.map((a) => [a.lifeAreaId, a]));
    expect(comparison.areas.map((a) => a.lifeAreaId)).toEqual(['wohnen', 'gesundheit', 'sprache', 'arbeit', 'familie', 'teilhabe']);
    expect(byArea.wohnen).toMatchObject({
      changed: true,
      situationDirection: 'better',
      changeLabel: 'besser',
      changedFields: ['situation', 'needs', 'urgency'],
      previous: { situation: 2, needs: 'Wohnung', urgency: 'hoch' },
      current: { situation: 4, needs: 'Möbel', urgency: 'niedrig' },
    });
    expect(byArea.sprache).toMatchObject({ changed: true, situationDirection: 'worse', changeLabel: 'schlechter', changedFields: ['situation'] });
    expect(byArea.arbeit).toMatchObject({
      changed: true,
      situationDirection: 'same',
      changeLabel: 'verändert',
      changedFields: ['responsibleService'],
      previous: { responsibleServiceLabel: 'SGB II – Jobcenter' },
      current: { responsibleServiceLabel: 'SGB III – Agentur für Arbeit' },
    });
    expect(byArea.gesundheit).toMatchObject({ changed: false, situationDirection: 'same', changeLabel: 'unverändert', changedFields: [] });
    expect(byArea.familie).toMatchObject({ changed: true, situationDirection: null, changeLabel: 'nicht mehr bewertet', current: null });
    expect(byArea.teilhabe).toMatchObject({ changed: true, situationDirection: null, changeLabel: 'neu bewertet', previous: null });
  });

  it('a first assessment has nothing to compare with (NO_PREVIOUS_ASSESSMENT); unknown ones ASSESSMENT_NOT_FOUND', async () => {
    const services = await storeAt();
    const { caseId } = insertCase(services);
    const first = services.assessments.create({ caseId, date: '2026-05-01', entries: [entry('wohnen', 2)] });
    expect(await codeOf(() => services.reassessments.compare(first.id))).toBe('NO_PREVIOUS_ASSESSMENT');
    expect(await codeOf(() => services.reassessments.compare('nichts'))).toBe('ASSESSMENT_NOT_FOUND');
  });
});

describe('re-assessment: due and overdue', () => {
  // Today is 2026-11-21; the default cadence is 6 months.
  async function withCases() {
    const services = await storeAt('2026-11-21T10:00:00');
    const assessed = (date: string, options: Parameters<typeof insertCase>[1] = {}) => {
      const created = insertCase(services, options);
      services.assessments.create({ caseId: created.caseId, date, entries: [entry('wohnen', 3)] });
      return created;
    };
    return {
      services,
      dueToday: assessed('2026-05-21'),
      dueTomorrow: assessed('2026-05-22'),
      overdueByADay: assessed('2026-05-20'),
      ownCadenceDueToday: assessed('2026-08-21', { reassessmentMonths: 3 }),
      notYet: assessed('2026-11-01'),
      neverAssessed: insertCase(services),
      closed: (() => {
        const c = assessed('2025-01-10');
        closeCase(services, c.caseId);
        return c;
      })(),
    };
  }

  it('lists overdue cases and those due within the days asked for, with the boundaries exact', async () => {
    const { services, dueToday, dueTomorrow, overdueByADay, ownCadenceDueToday } = await withCases();
    const today = services.reassessments.due(0);
    expect(today.map((d) => [d.caseId, d.dueDate, d.overdue, d.daysUntilDue])).toEqual([
      [overdueByADay.caseId, '2026-11-20', true, -1],
      [dueToday.caseId, '2026-11-21', false, 0],
      [ownCadenceDueToday.caseId, '2026-11-21', false, 0],
    ]);
    expect(today[0]).toMatchObject({
      caseNumber: overdueByADay.caseNumber,
      clientName: 'Haddad, Amina',
      caseManager: 'Test Beraterin',
      lastAssessmentDate: '2026-05-20',
      months: 6,
    });
    expect(today[2]?.months).toBe(3);

    const tomorrow = services.reassessments.due(1);
    expect(tomorrow.map((d) => d.caseId)).toEqual([overdueByADay.caseId, dueToday.caseId, ownCadenceDueToday.caseId, dueTomorrow.caseId]);
    expect(tomorrow[3]).toMatchObject({ dueDate: '2026-11-22', overdue: false, daysUntilDue: 1 });
  });

  it("follows the setting; a case's own cadence overrides it", async () => {
    const { services, ownCadenceDueToday } = await withCases();
    services.settings.update({ reassessmentMonths: 12 });
    expect(services.reassessments.due(0).map((d) => d.caseId)).toEqual([ownCadenceDueToday.caseId]);
  });

  it('shows the status of one case and lets the case have its own cadence, or none again', async () => {
    const { services, dueTomorrow, neverAssessed } = await withCases();
    expect(services.reassessments.status(dueTomorrow.caseId)).toEqual({
      caseId: dueTomorrow.caseId,
      caseMonths: null,
      months: 6,
      lastAssessmentDate: '2026-05-22',
      dueDate: '2026-11-22',
      overdue: false,
    });
    expect(services.reassessments.setCadence(dueTomorrow.caseId, 3)).toMatchObject({ caseMonths: 3, months: 3, dueDate: '2026-08-22', overdue: true });
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({
      action: 'case.reassessment_cadence_changed',
      entity: 'case',
      entityId: dueTomorrow.caseId,
    });
    expect(services.reassessments.due(0).map((d) => d.caseId)).toContain(dueTomorrow.caseId);
    expect(services.reassessments.setCadence(dueTomorrow.caseId, null)).toMatchObject({ caseMonths: null, months: 6, dueDate: '2026-11-22' });
    expect(services.reassessments.status(neverAssessed.caseId)).toMatchObject({ lastAssessmentDate: null, dueDate: null, overdue: false });
  });

  it('setting the cadence needs an open case (CASE_CLOSED, CASE_NOT_FOUND)', async () => {
    const { services, closed } = await withCases();
    expect(await codeOf(() => services.reassessments.setCadence(closed.caseId, 3))).toBe('CASE_CLOSED');
    expect(await codeOf(() => services.reassessments.setCadence('nichts', 3))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(() => services.reassessments.status('nichts'))).toBe('CASE_NOT_FOUND');
    expect(services.reassessments.status(closed.caseId).caseMonths).toBeNull();
  });
});
