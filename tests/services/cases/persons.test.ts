import { describe, expect, it } from 'vitest';
import { caseStore, codeOf } from './helpers';

describe('people', () => {
  it('records a person with several spellings, one primary, and audits it without content', async () => {
    const s = await caseStore();
    const mark = s.auditMark();
    const p = s.persons.create({
      names: [
        { familyName: 'Hadad', givenNames: 'Amira', note: 'Pass' },
        { familyName: 'Haddad', givenNames: 'Amira', primary: true },
        { familyName: 'حداد', givenNames: 'أميرة' },
      ],
      birthDate: '1994',
      gender: 'weiblich',
      nationalities: ['SY'],
      languages: ['ar', 'ku'],
      interpreterNeeded: true,
      phone: '0170 1234567',
      email: 'amira@example.org',
      address: 'Am Markt 1, 40721 Hilden',
      municipality: 'Hilden',
      accommodationType: 'gu',
      accommodationName: 'GU Hochdahler Straße',
      residenceStatus: 'aufenthaltserlaubnis',
      residenceParagraph: '§ 25 Abs. 2 AufenthG',
      residenceValidUntil: '2027-05-31',
    });
    expect(p.displayName).toBe('Haddad, Amira');
    expect(p.names.map((n) => [n.familyName, n.primary])).toEqual([
      ['Haddad', true],
      ['Hadad', false],
      ['حداد', false],
    ]);
    expect(p.names[1]?.note).toBe('Pass');
    expect(p).toMatchObject({
      birthDate: '1994',
      nationalities: ['SY'],
      languages: ['ar', 'ku'],
      interpreterNeeded: true,
      accommodationType: 'gu',
      residenceValidUntil: '2027-05-31',
      household: null,
      cases: [],
      intakes: [],
      incomplete: false,
    });
    expect(s.persons.get(p.id)).toEqual(p);
    const audit = s.auditSince(mark);
    expect(audit).toEqual([{ action: 'person.created', entity: 'person', entityId: p.id, actor: 'Test Beraterin' }]);
    expect(JSON.stringify(audit)).not.toContain('Haddad');
  });

  it('makes the first spelling primary when none is marked; a quick registration can stay incomplete', async () => {
    const s = await caseStore();
    const p = s.persons.create({
      names: [
        { familyName: 'Nowak', givenNames: '' },
        { familyName: 'Nowakowa', givenNames: '' },
      ],
      incomplete: true,
    });
    expect(p.displayName).toBe('Nowak');
    expect(p.names.filter((n) => n.primary)).toHaveLength(1);
    expect(p.incomplete).toBe(true);
    expect(p.gender).toBe('unbekannt');
  });

  it('accepts a birth date of year, month or day, but none in the future (DATE_IN_FUTURE)', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    for (const birthDate of ['2026', '2026-03', '2026-03-10', '1988-02-29']) {
      expect(s.person({ birthDate }).birthDate).toBe(birthDate);
    }
    for (const birthDate of ['2027', '2026-04', '2026-03-11']) {
      expect(codeOf(() => s.person({ birthDate }))).toBe('DATE_IN_FUTURE');
    }
    const p = s.person();
    expect(codeOf(() => s.persons.update({ personId: p.id, birthDate: '2030' }))).toBe('DATE_IN_FUTURE');
    // A residence permit is valid into the future.
    expect(s.persons.update({ personId: p.id, residenceValidUntil: '2029-12-31' }).residenceValidUntil).toBe('2029-12-31');
  });

  it('changes only the fields given, replaces the spellings, clears with null and audits', async () => {
    const s = await caseStore();
    const p = s.person({ phone: '0170 1', municipality: 'Hilden' });
    s.setNow('2026-03-11T09:00:00');
    const mark = s.auditMark();
    const updated = s.persons.update({
      personId: p.id,
      phone: null,
      languages: ['fa'],
      names: [
        { familyName: 'Rahimi', givenNames: 'Sara' },
        { familyName: 'Rahimi', givenNames: 'Sarah', primary: true },
      ],
    });
    expect(updated).toMatchObject({ phone: null, municipality: 'Hilden', languages: ['fa'], displayName: 'Rahimi, Sarah' });
    expect(updated.names).toHaveLength(2);
    expect(updated.updatedAt > p.updatedAt).toBe(true);
    expect(s.auditSince(mark)).toEqual([expect.objectContaining({ action: 'person.updated', entityId: p.id })]);
    expect(codeOf(() => s.persons.update({ personId: 'niemand', phone: '1' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.persons.get('niemand'))).toBe('PERSON_NOT_FOUND');
  });

  it('keeps the interpreter language with the need and forgets it when no interpreter is needed any more', async () => {
    const s = await caseStore();
    const p = s.persons.create({
      names: [{ familyName: 'Rahimi', givenNames: 'Farid' }],
      languages: ['prs', 'fa'],
      interpreterNeeded: true,
      interpreterLanguage: 'prs',
    });
    expect(p).toMatchObject({ languages: ['prs', 'fa'], interpreterNeeded: true, interpreterLanguage: 'prs' });
    expect(s.persons.update({ personId: p.id, phone: '0171 1' }).interpreterLanguage).toBe('prs');
    expect(s.persons.update({ personId: p.id, interpreterLanguage: 'kmr' }).interpreterLanguage).toBe('kmr');
    expect(s.persons.update({ personId: p.id, interpreterNeeded: false, interpreterLanguage: 'kmr' })).toMatchObject({
      interpreterNeeded: false,
      interpreterLanguage: null,
    });
  });

  it('lists everyone by primary family name, German order, with the open case', async () => {
    const s = await caseStore();
    const zahn = s.person({ names: [{ familyName: 'Zahn', givenNames: 'Lea' }] });
    s.person({ names: [{ familyName: 'Özdemir', givenNames: 'Can' }] });
    s.person({
      names: [
        { familyName: 'Abdi', givenNames: 'Omar' },
        { familyName: 'Yilmaz', givenNames: 'Omar', primary: true },
      ],
    });
    s.person({ names: [{ familyName: 'Ahmadi', givenNames: 'Reza' }] });
    const opened = s.openCase({ personId: zahn.id });
    const list = s.persons.list();
    expect(list.map((p) => p.displayName)).toEqual(['Ahmadi, Reza', 'Özdemir, Can', 'Yilmaz, Omar', 'Zahn, Lea']);
    expect(list[3]?.openCase).toEqual({ id: opened.caseId, caseNumber: opened.caseNumber });
    expect(list[0]?.openCase).toBeNull();
  });

  it('shows the cases and intakes of a person', async () => {
    const s = await caseStore();
    const p = s.person();
    s.intakes.record({ personId: p.id, date: '2026-03-01', accessRoute: 'abh', targetGroupIds: [], decision: 'kurzberatung' });
    const opened = s.openCase({ personId: p.id, date: '2026-03-09' });
    const detail = s.persons.get(p.id);
    expect(detail.cases).toEqual([{ id: opened.caseId, caseNumber: '2026-0001', phase: 'assessment', openedAt: '2026-03-09', closedAt: null }]);
    expect(detail.intakes.map((i) => [i.date, i.decision, i.caseId])).toEqual([
      ['2026-03-01', 'kurzberatung', null],
      ['2026-03-09', 'fall_eroeffnet', opened.caseId],
    ]);
  });
});

describe('households', () => {
  it('links people into one household with roles, shows the members, and dissolves a household of one', async () => {
    const s = await caseStore();
    const mother = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
    const son = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Karim' }] });
    const father = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Samir' }] });

    const mark = s.auditMark();
    const linked = s.households.link({ personId: son.id, withPersonId: mother.id, role: 'kind' });
    expect(linked.household).toMatchObject({ role: 'kind', members: [{ personId: mother.id, displayName: 'Haddad, Amira', role: 'bezugsperson' }] });
    expect(s.auditSince(mark).map((a) => [a.action, a.entityId])).toEqual([
      ['person.household_linked', mother.id],
      ['person.household_linked', son.id],
    ]);

    s.households.link({ personId: father.id, withPersonId: son.id, role: 'partner' });
    const motherView = s.persons.get(mother.id);
    expect(motherView.household?.members.map((m) => [m.displayName, m.role])).toEqual([
      ['Haddad, Karim', 'kind'],
      ['Haddad, Samir', 'partner'],
    ]);
    const householdId = motherView.household?.id;
    expect(s.persons.get(father.id).household?.id).toBe(householdId);

    // A role can be changed by linking again; the other's role too.
    const relinked = s.households.link({ personId: father.id, withPersonId: mother.id, role: 'elternteil', withPersonRole: 'partner' });
    expect(relinked.household?.role).toBe('elternteil');
    expect(s.persons.get(mother.id).household?.role).toBe('partner');

    s.households.unlink({ personId: son.id });
    expect(s.persons.get(son.id).household).toBeNull();
    expect(s.persons.get(mother.id).household?.members.map((m) => m.personId)).toEqual([father.id]);

    const unlinkMark = s.auditMark();
    s.households.unlink({ personId: mother.id });
    expect(s.persons.get(father.id).household).toBeNull();
    expect(s.auditSince(unlinkMark).map((a) => [a.action, a.entityId])).toEqual([
      ['person.household_unlinked', mother.id],
      ['person.household_unlinked', father.id],
    ]);
  });

  it('moving to another household leaves the old one, which dissolves when one is left', async () => {
    const s = await caseStore();
    const a = s.person();
    const b = s.person();
    const c = s.person();
    s.households.link({ personId: a.id, withPersonId: b.id, role: 'partner' });
    s.households.link({ personId: a.id, withPersonId: c.id, role: 'geschwister' });
    expect(s.persons.get(b.id).household).toBeNull();
    expect(s.persons.get(c.id).household?.members.map((m) => m.personId)).toEqual([a.id]);
  });

  it('refuses a household with oneself, unknown people, and unlinking who lives in none', async () => {
    const s = await caseStore();
    const a = s.person();
    expect(codeOf(() => s.households.link({ personId: a.id, withPersonId: a.id, role: 'kind' }))).toBe('HOUSEHOLD_SAME_PERSON');
    expect(codeOf(() => s.households.link({ personId: a.id, withPersonId: 'niemand', role: 'kind' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.households.unlink({ personId: a.id }))).toBe('NOT_IN_HOUSEHOLD');
    expect(codeOf(() => s.households.unlink({ personId: 'niemand' }))).toBe('PERSON_NOT_FOUND');
  });
});
