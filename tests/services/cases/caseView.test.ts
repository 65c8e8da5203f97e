import { describe, expect, it } from 'vitest';
import { advancePhase } from '../../../electron/services/context';
import { caseStore } from './helpers';
import { addAssessment, addFollowUp, addGoal, addStep } from './otherAreas';
import { labels } from '../../../renderer/i18n/cases';

describe('the case view', () => {
  it('shows what the case screen needs: person, number, phase, manager, location, target groups, consent', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const p = s.persons.create({
      names: [
        { familyName: 'Ahmadi', givenNames: 'Reza', primary: true },
        { familyName: 'Ahmady', givenNames: 'Reza', note: 'Aufenthaltstitel' },
      ],
      birthDate: '1999-07',
      languages: ['fa', 'de'],
      interpreterNeeded: true,
      residenceStatus: 'duldung',
      residenceValidUntil: '2026-09-30',
    });
    const gu = s.locations.create({ name: 'GU Hochdahler Straße', kind: 'gu', municipality: 'Hilden' });
    const group = s.targetGroups.create({ name: 'Geduldete mit Bleibeperspektive (§§ 25a/25b AufenthG)', validFrom: '2021-01-01' });
    const { caseId } = s.openCase({
      personId: p.id,
      locationId: gu.id,
      targetGroupIds: [group.id],
      traeger: 'Diakonie',
      consent: { givenAt: '2026-03-10', form: 'muendlich' },
    });
    const view = s.cases.get(caseId!);
    expect(view).toEqual({
      id: caseId,
      caseNumber: '2026-0001',
      phase: 'assessment',
      phaseLabel: 'Assessment',
      open: true,
      openedAt: '2026-03-10',
      closedAt: null,
      closureReason: null,
      closureReasonLabel: null,
      caseManager: 'Test Beraterin',
      location: { id: gu.id, name: 'GU Hochdahler Straße', municipality: 'Hilden' },
      traeger: 'Diakonie',
      reassessmentMonths: 6,
      ownReassessmentMonths: null,
      person: {
        id: p.id,
        displayName: 'Ahmadi, Reza',
        otherNames: [{ familyName: 'Ahmady', givenNames: 'Reza', primary: false, note: 'Aufenthaltstitel' }],
        birthDate: '1999-07',
        gender: 'unbekannt',
        nationalities: [],
        languages: ['fa', 'de'],
        interpreterNeeded: true,
        interpreterLanguage: null,
        residenceStatus: 'duldung',
        residenceParagraph: null,
        residenceValidUntil: '2026-09-30',
      },
      targetGroups: [{ id: group.id, name: 'Geduldete mit Bleibeperspektive (§§ 25a/25b AufenthG)' }],
      consent: { givenAt: '2026-03-10', form: 'muendlich', recordedBy: 'Test Beraterin', revokedAt: null, printout: null },
      restriction: null,
      handover: null,
      dueNext: [{ kind: 'zyklus', title: 'Assessment durchführen', dueDate: null, overdue: false, refId: null }],
    });
    expect(() => s.cases.get('kein')).toThrow(/gibt es nicht/);
  });

  it('names the next step of the cycle by phase', async () => {
    const s = await caseStore();
    const caseId = s.openCase().caseId!;
    const step = () => s.cases.get(caseId).dueNext[0]?.title;
    expect(step()).toBe('Assessment durchführen');
    advancePhase(s.ctx, caseId, 'zielvereinbarung');
    expect(step()).toBe('Zielvereinbarung erstellen und unterschreiben lassen');
    advancePhase(s.ctx, caseId, 'leistungssteuerung');
    expect(step()).toBe('Passende Hilfen vermitteln (Verweisberatung)');
    advancePhase(s.ctx, caseId, 'monitoring');
    expect(step()).toBe('Kontakt halten, Ziele und Vermittlungen begleiten');
  });

  it('lists follow-ups due within 7 days (and overdue ones), not later or done ones', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const caseId = s.openCase().caseId!;
    const overdue = addFollowUp(s, caseId, '2026-03-09', 'Duldung verlängern lassen');
    const todayDue = addFollowUp(s, caseId, '2026-03-10', 'Rückruf Schule');
    const inSeven = addFollowUp(s, caseId, '2026-03-17', 'Termin Jobcenter');
    addFollowUp(s, caseId, '2026-03-18', 'Zu spät für die Liste');
    addFollowUp(s, caseId, '2026-03-01', 'Erledigt', { doneAt: '2026-03-02T10:00:00.000Z' });
    const due = s.cases.get(caseId).dueNext.filter((d) => d.kind === 'wiedervorlage');
    expect(due).toEqual([
      { kind: 'wiedervorlage', title: 'Duldung verlängern lassen', dueDate: '2026-03-09', overdue: true, refId: overdue },
      { kind: 'wiedervorlage', title: 'Rückruf Schule', dueDate: '2026-03-10', overdue: false, refId: todayDue },
      { kind: 'wiedervorlage', title: 'Termin Jobcenter', dueDate: '2026-03-17', overdue: false, refId: inSeven },
    ]);
  });

  it('lists goal steps past their due date: not those due today, done, undated, or of settled goals', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const caseId = s.openCase().caseId!;
    const goal = addGoal(s, caseId, 'in_arbeit', 'Deutschkurs B1');
    const late = addStep(s, goal, '2026-03-09', null, 'Anmeldung VHS');
    addStep(s, goal, '2026-03-10');
    addStep(s, goal, '2026-03-01', '2026-03-02');
    addStep(s, goal, null);
    addStep(s, addGoal(s, caseId, 'erreicht'), '2026-02-01');
    const due = s.cases.get(caseId).dueNext.filter((d) => d.kind === 'schritt');
    expect(due).toEqual([{ kind: 'schritt', title: 'Anmeldung VHS (Ziel: Deutschkurs B1)', dueDate: '2026-03-09', overdue: true, refId: late }]);
  });

  it('puts the re-assessment at the last assessment plus the cadence: the setting, or the case own', async () => {
    const s = await caseStore('2026-07-14T10:00:00');
    const caseId = s.openCase({ date: '2026-01-10' }).caseId!;
    expect(s.cases.get(caseId).dueNext.some((d) => d.kind === 'reassessment')).toBe(false);
    addAssessment(s, caseId, '2026-01-15');
    const reassessment = () => s.cases.get(caseId).dueNext.find((d) => d.kind === 'reassessment');
    expect(reassessment()).toEqual({
      kind: 'reassessment',
      title: 'Lebenslage in allen Bereichen neu einschätzen',
      dueDate: '2026-07-15',
      overdue: false,
      refId: null,
    });
    s.setNow('2026-07-15T10:00:00');
    expect(reassessment()?.overdue).toBe(false);
    s.setNow('2026-07-16T10:00:00');
    expect(reassessment()).toMatchObject({ title: 'Lebenslage in allen Bereichen neu einschätzen', overdue: true });

    s.settings.update({ reassessmentMonths: 12 });
    expect(reassessment()).toMatchObject({ dueDate: '2027-01-15', overdue: false });
    s.cases.update({ caseId, reassessmentMonths: 3 });
    expect(reassessment()?.dueDate).toBe('2026-04-15');
    addAssessment(s, caseId, '2026-07-01', 're');
    expect(reassessment()?.dueDate).toBe('2026-10-01');
  });

  it('flags a residence document expiring within 8 weeks, and sorts everything dated by date after the cycle step', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const p = s.person({ residenceValidUntil: '2026-05-05' });
    const caseId = s.openCase({ personId: p.id }).caseId!;
    addFollowUp(s, caseId, '2026-03-12', 'Rückruf');
    const due = () => s.cases.get(caseId).dueNext;
    expect(due().map((d) => d.kind)).toEqual(['zyklus', 'wiedervorlage', 'aufenthalt']);
    expect(due()[2]).toMatchObject({
      dueDate: '2026-05-05',
      overdue: false,
      title: 'Verlängerung des Dokuments rechtzeitig beantragen',
    });
    s.persons.update({ personId: p.id, residenceValidUntil: '2026-05-06' });
    expect(due().map((d) => d.kind)).toEqual(['zyklus', 'wiedervorlage']);
    s.persons.update({ personId: p.id, residenceValidUntil: '2026-03-01' });
    expect(due().map((d) => d.kind)).toEqual(['zyklus', 'aufenthalt', 'wiedervorlage']);
    expect(due()[1]).toMatchObject({ overdue: true, title: 'Dokument abgelaufen: Verlängerung beantragen' });
    // The screen writes "Aufenthalt:" before the title, the date and "(überfällig)" after it: the title repeats neither.
    for (const item of due()) {
      expect(item.title.startsWith(labels.dueKinds[item.kind])).toBe(false);
      expect(item.title).not.toMatch(/überfällig|\d{2}\.\d{2}\.\d{4}/);
    }
  });
});

describe('the case list', () => {
  it('lists all cases with the person name, newest first, filtered by phase and open/closed', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const a = s.openCase({ personId: s.person({ names: [{ familyName: 'Ahmadi', givenNames: 'Reza' }] }).id, date: '2026-02-01' });
    const b = s.openCase({ personId: s.person({ names: [{ familyName: 'Nowak', givenNames: 'Ewa' }] }).id, date: '2026-03-01' });
    const c = s.openCase({ personId: s.person({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] }).id, date: '2026-03-05' });
    s.cases.close({ caseId: b.caseId!, reason: 'ausreise' });
    advancePhase(s.ctx, c.caseId!, 'monitoring');

    const all = s.cases.list({});
    expect(all.map((x) => [x.caseNumber, x.personName, x.phase, x.open])).toEqual([
      ['2026-0003', 'Haddad, Amira', 'monitoring', true],
      ['2026-0002', 'Nowak, Ewa', 'abgeschlossen', false],
      ['2026-0001', 'Ahmadi, Reza', 'assessment', true],
    ]);
    expect(all[1]).toMatchObject({ closedAt: '2026-03-10', phaseLabel: 'Abgeschlossen', caseManager: 'Test Beraterin', openedAt: '2026-03-01' });
    expect(s.cases.list({ status: 'offen' }).map((x) => x.id)).toEqual([c.caseId, a.caseId]);
    expect(s.cases.list({ status: 'abgeschlossen' }).map((x) => x.id)).toEqual([b.caseId]);
    expect(s.cases.list({ phase: 'assessment' }).map((x) => x.id)).toEqual([a.caseId]);
    expect(s.cases.list({ phase: 'assessment', status: 'abgeschlossen' })).toEqual([]);
  });
});
