/**
 * A restricted case (Art. 18 DSGVO) is left out: of the global search and the quick person search
 * (the duplicate check names only that a restricted record exists), of Heute and the case list's
 * due flags, and of the cases offered for erasure. The case list still shows it, marked.
 */
import { describe, expect, it } from 'vitest';
import { RESTRICTED_DUPLICATE_NAME } from '../../../electron/services/matching/duplicates';
import { caseStore } from '../cases/helpers';

async function twoCases() {
  const s = await caseStore('2026-03-10T10:00:00');
  const amira = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], birthDate: '1990-05-01', residenceValidUntil: '2026-03-20' });
  const olena = s.person({ names: [{ familyName: 'Petrenko', givenNames: 'Olena' }], birthDate: '1985-01-02', residenceValidUntil: '2026-03-20' });
  const a = s.openCase({ personId: amira.id, date: '2026-03-01' });
  const b = s.openCase({ personId: olena.id, date: '2026-03-01' });
  for (const c of [a, b]) s.followUps.create({ caseId: c.caseId as string, dueDate: '2026-03-10', title: 'Nachfragen Jobcenter' });
  const restrict = () => s.restrictions.restrict({ caseId: a.caseId as string, since: '2026-03-10', reason: 'Richtigkeit bestritten' });
  return { ...s, amira, olena, a: a.caseId as string, aNumber: a.caseNumber as string, b: b.caseId as string, restrict };
}

describe('left out of search', () => {
  it('the global search finds nothing of a restricted case or its person, and finds it again once lifted', async () => {
    const s = await twoCases();
    const labels = (q: string) => s.search.global({ query: q }).groups.flatMap((g) => g.hits.map((h) => h.label));
    expect(labels('Haddad')).toContain('Haddad, Amira');
    expect(labels(s.aNumber)).toContain(`Fall ${s.aNumber}`);
    s.restrict();
    expect(labels('Haddad')).toEqual([]);
    expect(labels(s.aNumber)).toEqual([]);
    expect(labels('Petrenko')).toContain('Petrenko, Olena');
    s.restrictions.lift({ caseId: s.a, liftedAt: '2026-03-10' });
    expect(labels('Haddad')).toContain('Haddad, Amira');
  });

  it('the quick person search leaves the person out; the duplicate check says only that a restricted record exists', async () => {
    const s = await twoCases();
    expect(s.matching.find({ query: 'Haddad' }).map((h) => h.personId)).toEqual([s.amira.id]);
    s.restrict();
    expect(s.matching.find({ query: 'Haddad' })).toEqual([]);
    expect(s.matching.find({ query: '01.05.1990' })).toEqual([]);
    const duplicates = s.matching.likelyDuplicates({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], birthDate: '1990-05-01' });
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ displayName: RESTRICTED_DUPLICATE_NAME, birthDate: null, openCaseId: null, openCaseNumber: null, restricted: true });
    // Nothing of the record is in what the duplicate check returns.
    expect(JSON.stringify(duplicates)).not.toMatch(/Haddad|Amira|1990|05\.1990|2026-0/);
  });
});

describe('left out of Heute and the case list’s due flags', () => {
  it('no follow-up or residence item of a restricted case on Heute', async () => {
    const s = await twoCases();
    const casesOnToday = () => new Set(s.today.items({}).groups.flatMap((g) => g.items.map((i) => `${g.kind}:${i.caseId}`)));
    expect(casesOnToday()).toEqual(new Set([`followUp:${s.a}`, `followUp:${s.b}`, `residence:${s.a}`, `residence:${s.b}`]));
    s.restrict();
    expect(casesOnToday()).toEqual(new Set([`followUp:${s.b}`, `residence:${s.b}`]));
  });

  it('the case list shows the restricted case, marked, with nothing due', async () => {
    const s = await twoCases();
    s.restrict();
    const list = s.cases.list({});
    const a = list.find((c) => c.id === s.a);
    const b = list.find((c) => c.id === s.b);
    expect(a).toMatchObject({ restricted: true, due: false, overdue: false, nextDueDate: null });
    expect(b).toMatchObject({ restricted: false, due: true, nextDueDate: '2026-03-10' });
    expect(s.cases.list({ due: 'faellig' }).map((c) => c.id)).toEqual([s.b]);
  });
});

describe('left out of the cases offered for erasure', () => {
  it('a restricted closed case past its period is not listed as due; erasing it with a reason stays possible', async () => {
    const s = await twoCases();
    s.cases.close({ caseId: s.a, reason: 'ziele_erreicht' });
    s.setNow('2037-02-01T10:00:00');
    expect(s.erasure.due({}).map((d) => d.caseId)).toEqual([s.a]);
    s.restrict();
    expect(s.erasure.due({})).toEqual([]);
    expect(s.erasure.erase({ caseId: s.a, confirmCaseNumber: s.aNumber, reason: 'Antrag der Person' }).caseNumbers).toEqual([s.aNumber]);
  });
});
