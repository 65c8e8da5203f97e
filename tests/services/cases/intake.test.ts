import { describe, expect, it, vi } from 'vitest';
import { caseEvents, caseNumberSequences, caseTargetGroups, cases, consents, intakeTargetGroups, intakes } from '../../../db/schema';
import type { IntakeInput } from '../../../electron/contract/areas/cases';
import { caseStore, codeOf, type CaseStore } from './helpers';

const counts = (s: CaseStore) => ({
  intakes: s.db().select().from(intakes).all().length,
  cases: s.db().select().from(cases).all().length,
  consents: s.db().select().from(consents).all().length,
  events: s.db().select().from(caseEvents).all().length,
  sequences: s.db().select().from(caseNumberSequences).all(),
});

describe('intake (Zugangssteuerung and Erstberatung)', () => {
  it('records short advice without a case, with the target groups that apply', async () => {
    const s = await caseStore();
    const p = s.person();
    const group = s.targetGroups.create({ name: 'Zugewanderte aus Osteuropa', validFrom: '2021-01-01' });
    const mark = s.auditMark();
    const result = s.intakes.record({ personId: p.id, date: '2026-03-10', accessRoute: 'unterkunft', targetGroupIds: [group.id], decision: 'kurzberatung' });
    expect(result).toEqual({ intakeId: expect.any(String), caseId: null, caseNumber: null });
    expect(s.db().select().from(intakeTargetGroups).all()).toEqual([{ intakeId: result.intakeId, targetGroupId: group.id }]);
    expect(counts(s)).toMatchObject({ cases: 0, consents: 0, sequences: [] });
    expect(s.auditSince(mark)).toEqual([{ action: 'intake.recorded', entity: 'intake', entityId: result.intakeId, actor: 'Test Beraterin' }]);
  });

  it('a referral elsewhere names where to (REFERRED_TO_REQUIRED)', async () => {
    const s = await caseStore();
    const p = s.person();
    const base: IntakeInput = { personId: p.id, date: '2026-03-10', accessRoute: 'jobcenter', targetGroupIds: [], decision: 'weiterverwiesen' };
    expect(codeOf(() => s.intakes.record(base))).toBe('REFERRED_TO_REQUIRED');
    expect(codeOf(() => s.intakes.record({ ...base, referredTo: '' }))).toBe('REFERRED_TO_REQUIRED');
    s.intakes.record({ ...base, referredTo: 'Migrationsberatung für Erwachsene (MBE)' });
    expect(s.persons.get(p.id).intakes[0]).toMatchObject({ decision: 'weiterverwiesen', referredTo: 'Migrationsberatung für Erwachsene (MBE)' });
  });

  it('opens a case only with consent (CONSENT_REQUIRED), and then writes nothing', async () => {
    const s = await caseStore();
    const p = s.person();
    const before = counts(s);
    expect(codeOf(() => s.openCase({ personId: p.id, consent: null }))).toBe('CONSENT_REQUIRED');
    expect(codeOf(() => s.openCase({ personId: p.id, consent: undefined }))).toBe('CONSENT_REQUIRED');
    expect(counts(s)).toEqual(before);
  });

  it('opens a case in one step: intake, consent, number, target groups, events, phase assessment, audit', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const p = s.person();
    const location = s.locations.create({ name: 'Rathaus Hilden', kind: 'rathaus', municipality: 'Hilden' });
    const umf = s.targetGroups.create({ name: 'UMF', validFrom: '2021-01-01' });
    const over27 = s.targetGroups.create({ name: 'Duldung/Gestattung über 27', validFrom: '2021-01-01' });
    const mark = s.auditMark();
    const result = s.intakes.record({
      personId: p.id,
      date: '2026-03-09',
      accessRoute: 'abh',
      targetGroupIds: [umf.id, over27.id, umf.id],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-03-09', form: 'schriftlich' },
      locationId: location.id,
      traeger: 'Diakonie',
    });
    expect(result.caseNumber).toBe('2026-0001');
    const caseId = result.caseId!;

    const row = s.db().select().from(cases).all()[0];
    expect(row).toMatchObject({
      id: caseId,
      personId: p.id,
      phase: 'assessment',
      openedAt: '2026-03-09',
      caseManager: 'Test Beraterin',
      locationId: location.id,
      traeger: 'Diakonie',
      closedAt: null,
    });
    expect(
      s
        .db()
        .select()
        .from(caseTargetGroups)
        .all()
        .map((t) => t.targetGroupId)
        .sort(),
    ).toEqual([umf.id, over27.id].sort());
    expect(s.db().select().from(consents).all()).toEqual([
      expect.objectContaining({ personId: p.id, caseId, givenAt: '2026-03-09', form: 'schriftlich', recordedBy: 'Test Beraterin', revokedAt: null }),
    ]);
    expect(s.db().select().from(intakes).all()[0]).toMatchObject({ caseId, decision: 'fall_eroeffnet', recordedBy: 'Test Beraterin' });
    expect(
      s
        .db()
        .select()
        .from(caseEvents)
        .all()
        .map((e) => [e.kind, e.phase]),
    ).toEqual([
      ['eroeffnet', 'erstberatung'],
      ['phase', 'assessment'],
    ]);
    expect(s.auditSince(mark).map((a) => [a.action, a.entity])).toEqual([
      ['case.opened', 'case'],
      ['case.phase_changed', 'case'],
      ['intake.recorded', 'intake'],
      ['consent.recorded', 'consent'],
    ]);

    const view = s.cases.get(caseId);
    expect(view.targetGroups.map((g) => g.name)).toEqual(['UMF', 'Duldung/Gestattung über 27']);
    expect(view.consent).toEqual({ givenAt: '2026-03-09', form: 'schriftlich', recordedBy: 'Test Beraterin', revokedAt: null, printout: null });
    expect(view.location).toEqual({ id: location.id, name: 'Rathaus Hilden', municipality: 'Hilden' });
  });

  it('a case manager other than the user can be named', async () => {
    const s = await caseStore();
    const { caseId } = s.openCase({ caseManager: 'Jonas Berger' });
    expect(s.cases.get(caseId!).caseManager).toBe('Jonas Berger');
  });

  it('numbers cases per year of opening: 2026-0001, 2026-0002, a new year restarts at 0001', async () => {
    const s = await caseStore('2026-12-30T10:00:00');
    expect(s.openCase().caseNumber).toBe('2026-0001');
    expect(s.openCase().caseNumber).toBe('2026-0002');
    s.setNow('2027-01-04T09:00:00');
    expect(s.openCase().caseNumber).toBe('2027-0001');
    // Entered late: opened (intake date) in the old year, so it takes the old year's next number.
    expect(s.openCase({ date: '2026-12-31' }).caseNumber).toBe('2026-0003');
    expect(s.openCase().caseNumber).toBe('2027-0002');
    const numbers = s.cases.list({}).map((c) => c.caseNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.sort()).toEqual(['2026-0001', '2026-0002', '2026-0003', '2027-0001', '2027-0002']);
  });

  it('is all or nothing: a failure while opening leaves no intake, case, consent or used number', async () => {
    const s = await caseStore();
    s.openCase();
    const before = counts(s);
    const audit = s.store.audit.bind(s.store);
    const spy = vi.spyOn(s.store, 'audit').mockImplementation((action, entity, entityId) => {
      if (action === 'consent.recorded') throw new Error('disk full');
      audit(action, entity, entityId);
    });
    expect(() => s.openCase()).toThrow('disk full');
    spy.mockRestore();
    expect(counts(s)).toEqual(before);
    expect(s.openCase().caseNumber).toBe('2026-0002');
  });

  it('refuses dates in the future: intake and consent (DATE_IN_FUTURE)', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const p = s.person();
    expect(codeOf(() => s.openCase({ personId: p.id, date: '2026-03-11' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.openCase({ personId: p.id, date: '2026-03-10', consent: { givenAt: '2026-03-11', form: 'muendlich' } }))).toBe('DATE_IN_FUTURE');
    expect(s.openCase({ personId: p.id, date: '2026-03-10' }).caseNumber).toBe('2026-0001');
  });

  it('target groups must exist and be valid on the intake date (TARGET_GROUP_NOT_FOUND / _NOT_VALID)', async () => {
    const s = await caseStore('2026-06-10T10:00:00');
    const p = s.person();
    const g = s.targetGroups.create({ name: 'Geduldete über 27', validFrom: '2026-02-01', validUntil: '2026-05-31' });
    const record = (date: string, targetGroupIds: string[]) =>
      s.intakes.record({ personId: p.id, date, accessRoute: 'sprechstunde', targetGroupIds, decision: 'kurzberatung' });
    expect(codeOf(() => record('2026-03-01', ['gibt-es-nicht']))).toBe('TARGET_GROUP_NOT_FOUND');
    expect(codeOf(() => record('2026-01-31', [g.id]))).toBe('TARGET_GROUP_NOT_VALID');
    expect(codeOf(() => record('2026-06-01', [g.id]))).toBe('TARGET_GROUP_NOT_VALID');
    expect(codeOf(() => s.openCase({ personId: p.id, date: '2026-06-10', targetGroupIds: [g.id] }))).toBe('TARGET_GROUP_NOT_VALID');
    expect(record('2026-02-01', [g.id]).intakeId).toBeTruthy();
    expect(record('2026-05-31', [g.id]).intakeId).toBeTruthy();
    expect(s.db().select().from(intakes).all()).toHaveLength(2);
  });

  it('refuses unknown people, a second open case, and unknown or unused locations', async () => {
    const s = await caseStore();
    expect(codeOf(() => s.openCase({ personId: 'niemand' }))).toBe('PERSON_NOT_FOUND');
    const p = s.person();
    const first = s.openCase({ personId: p.id });
    expect(codeOf(() => s.openCase({ personId: p.id }))).toBe('PERSON_HAS_OPEN_CASE');
    // Short advice for someone with an open case is still recorded.
    expect(
      s.intakes.record({ personId: p.id, date: '2026-03-10', accessRoute: 'sprechstunde', targetGroupIds: [], decision: 'kurzberatung' }).caseId,
    ).toBeNull();
    s.cases.close({ caseId: first.caseId!, reason: 'wegzug' });
    expect(s.openCase({ personId: p.id }).caseNumber).toBe('2026-0002');

    const gu = s.locations.create({ name: 'GU', kind: 'gu', municipality: 'Hilden' });
    s.locations.deactivate({ locationId: gu.id });
    expect(codeOf(() => s.openCase({ locationId: 'kein-ort' }))).toBe('LOCATION_NOT_FOUND');
    expect(codeOf(() => s.openCase({ locationId: gu.id }))).toBe('LOCATION_INACTIVE');
  });
});
