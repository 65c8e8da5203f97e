/**
 * Restriction of processing (Art. 18 DSGVO): recorded and lifted with its rules; while it holds the
 * case is read only — also through the services that change a case or its person without the gate
 * requireOpenCase — and erasure on request stays possible.
 */
import { describe, expect, it } from 'vitest';
import { caseStore, codeOf, type CaseStore } from '../cases/helpers';

async function restrictedSetup(start = '2026-03-10T10:00:00') {
  const s = await caseStore(start);
  const opened = s.openCase({ date: '2026-03-01' });
  const caseId = opened.caseId as string;
  const personId = s.cases.get(caseId).person.id;
  return { ...s, caseId, personId, caseNumber: opened.caseNumber as string };
}

const restrict = (s: CaseStore, caseId: string, since = '2026-03-09') => s.restrictions.restrict({ caseId, since, reason: 'Richtigkeit der Daten bestritten' });

describe('restricting and lifting', () => {
  it('records the restriction with date, reason and who, and audits it', async () => {
    const s = await restrictedSetup();
    const mark = s.auditMark();
    const result = restrict(s, s.caseId);
    expect(result.current).toMatchObject({ since: '2026-03-09', reason: 'Richtigkeit der Daten bestritten', recordedBy: 'Test Beraterin', liftedAt: null });
    expect(result.history).toHaveLength(1);
    expect(s.auditSince(mark)).toEqual([{ action: 'case.restricted', entity: 'case', entityId: s.caseId, actor: 'Test Beraterin' }]);
  });

  it('refuses a date after today, a date before the case was opened, a second restriction and an unknown case', async () => {
    const s = await restrictedSetup();
    expect(codeOf(() => restrict(s, s.caseId, '2026-03-11'))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => restrict(s, s.caseId, '2026-02-28'))).toBe('RESTRICTION_BEFORE_OPENED');
    restrict(s, s.caseId, '2026-03-10');
    expect(codeOf(() => restrict(s, s.caseId))).toBe('CASE_RESTRICTED');
    expect(codeOf(() => restrict(s, 'kein-fall'))).toBe('CASE_NOT_FOUND');
  });

  it('lifts with a date not before the start and not after today; the history stays; lifting twice is refused', async () => {
    const s = await restrictedSetup();
    restrict(s, s.caseId, '2026-03-05');
    expect(codeOf(() => s.restrictions.lift({ caseId: s.caseId, liftedAt: '2026-03-04' }))).toBe('RESTRICTION_LIFT_BEFORE_SINCE');
    expect(codeOf(() => s.restrictions.lift({ caseId: s.caseId, liftedAt: '2026-03-11' }))).toBe('DATE_IN_FUTURE');
    const mark = s.auditMark();
    const lifted = s.restrictions.lift({ caseId: s.caseId, liftedAt: '2026-03-10' });
    expect(lifted.current).toBeNull();
    expect(lifted.history).toEqual([expect.objectContaining({ since: '2026-03-05', liftedAt: '2026-03-10', liftedBy: 'Test Beraterin' })]);
    expect(s.auditSince(mark).map((a) => a.action)).toEqual(['case.restriction_lifted']);
    expect(codeOf(() => s.restrictions.lift({ caseId: s.caseId, liftedAt: '2026-03-10' }))).toBe('RESTRICTION_NOT_IN_FORCE');
    // A new restriction after the lifted one: both stay in the history.
    restrict(s, s.caseId, '2026-03-10');
    expect(s.restrictions.ofCase({ caseId: s.caseId }).history).toHaveLength(2);
    const titles = s.cases.timeline(s.caseId).map((i) => i.title);
    expect(titles.filter((t) => t === 'Verarbeitung eingeschränkt: Richtigkeit der Daten bestritten')).toHaveLength(2);
    expect(titles).toContain('Einschränkung der Verarbeitung aufgehoben');
  });

  it('a closed case can be restricted too (e.g. kept for a legal claim instead of erased)', async () => {
    const s = await restrictedSetup();
    s.cases.close({ caseId: s.caseId, reason: 'ziele_erreicht' });
    expect(restrict(s, s.caseId).current).not.toBeNull();
  });
});

describe('a restricted case is read only', () => {
  it('refuses changes through the gate (update, close, follow-ups)', async () => {
    const s = await restrictedSetup();
    const followUp = s.followUps.create({ caseId: s.caseId, dueDate: '2026-03-20', title: 'Nachfragen' });
    restrict(s, s.caseId);
    expect(codeOf(() => s.cases.update({ caseId: s.caseId, traeger: 'Diakonie' }))).toBe('CASE_RESTRICTED');
    expect(codeOf(() => s.cases.close({ caseId: s.caseId, reason: 'ziele_erreicht' }))).toBe('CASE_RESTRICTED');
    expect(codeOf(() => s.followUps.create({ caseId: s.caseId, dueDate: '2026-03-20', title: 'x' }))).toBe('CASE_RESTRICTED');
    expect(codeOf(() => s.followUps.markDone({ id: followUp.id }))).toBe('CASE_RESTRICTED');
  });

  it('refuses reopening a closed restricted case', async () => {
    const s = await restrictedSetup();
    s.cases.close({ caseId: s.caseId, reason: 'ziele_erreicht' });
    restrict(s, s.caseId);
    expect(codeOf(() => s.cases.reopen({ caseId: s.caseId, reason: 'Neue Anfrage' }))).toBe('CASE_RESTRICTED');
    s.restrictions.lift({ caseId: s.caseId, liftedAt: '2026-03-10' });
    expect(s.cases.reopen({ caseId: s.caseId, reason: 'Neue Anfrage' }).open).toBe(true);
  });

  it('refuses changes to the person: their data, household links, releases, contacts without a case, a new intake', async () => {
    const s = await restrictedSetup();
    const other = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Samir' }] });
    const third = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Lina' }] });
    s.households.link({ personId: other.id, withPersonId: third.id, role: 'partner' });
    const partner = s.partners.create({ organisation: 'Jobcenter', legalArea: 'sgb2' });
    restrict(s, s.caseId);
    expect(codeOf(() => s.persons.update({ personId: s.personId, phone: '0151 000' }))).toBe('PERSON_RESTRICTED');
    expect(codeOf(() => s.households.link({ personId: s.personId, withPersonId: other.id, role: 'partner' }))).toBe('PERSON_RESTRICTED');
    expect(codeOf(() => s.households.link({ personId: other.id, withPersonId: s.personId, role: 'kind' }))).toBe('PERSON_RESTRICTED');
    expect(
      codeOf(() =>
        s.releases.create({ personId: s.personId, partnerId: partner.id, givenAt: '2026-03-09', scope: 'Arbeit', dataKinds: ['anlass'], form: 'schriftlich' }),
      ),
    ).toBe('PERSON_RESTRICTED');
    expect(
      codeOf(() =>
        s.contacts.create({
          personId: s.personId,
          at: '2026-03-10T09:00:00',
          durationMinutes: 30,
          place: 'buero',
          type: 'beratung',
          topics: [],
          interpreterUsed: false,
        }),
      ),
    ).toBe('PERSON_RESTRICTED');
    expect(
      codeOf(() => s.intakes.record({ personId: s.personId, date: '2026-03-10', accessRoute: 'sprechstunde', targetGroupIds: [], decision: 'kurzberatung' })),
    ).toBe('PERSON_RESTRICTED');
    // Others stay free to change.
    expect(s.persons.update({ personId: other.id, phone: '0151 111' }).phone).toBe('0151 111');
  });

  it('a household member leaving does not change a restricted member: they stay a household of one', async () => {
    const s = await restrictedSetup();
    const other = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Samir' }] });
    s.households.link({ personId: other.id, withPersonId: s.personId, role: 'partner' });
    restrict(s, s.caseId);
    s.households.unlink({ personId: other.id });
    expect(s.persons.get(s.personId).household).not.toBeNull();
    expect(s.persons.get(other.id).household).toBeNull();
  });

  it('erasure on request (Art. 17) stays possible, open and restricted', async () => {
    const s = await restrictedSetup();
    restrict(s, s.caseId);
    const result = s.erasure.erase({ caseId: s.caseId, confirmCaseNumber: s.caseNumber, reason: 'Antrag auf Löschung' });
    expect(result.caseNumbers).toEqual([s.caseNumber]);
    expect(codeOf(() => s.restrictions.ofCase({ caseId: s.caseId }))).toBe('CASE_NOT_FOUND');
  });
});
