import { describe, expect, it } from 'vitest';
import { caseStore, type CaseStore } from '../cases/helpers';
import { recentAudit } from '../../../db/queries/audit';
import { GOOD_PASSPHRASE } from '../../fixtures/tempStore';

/** A small register of people with several spellings; returns their ids by a short label. */
function register(s: CaseStore) {
  const add = (names: [string, string][], birthDate: string | null = null) =>
    s.persons.create({ names: names.map(([familyName, givenNames]) => ({ familyName, givenNames })), birthDate }).id;
  return {
    mohammedPrimary: add([['Haddad', 'Mohammed']], '1991-04-03'),
    mohammedVariant: add(
      [
        ['Khoury', 'Muhammad'],
        ['Khouri', 'Mohammed'],
      ],
      '1985',
    ),
    mohamad: add([['Saleh', 'Mohamad']], '1979-11'),
    mahmoud: add([['Darwish', 'Mahmoud']], '1991'),
    olena: add(
      [
        ['Шевченко', 'Олена'],
        ['Shevchenko', 'Olena'],
      ],
      '1988-02-14',
    ),
    yilmaz: add([['Yılmaz', 'Ayşe']], null),
    hueseyin: add([['Demir', 'Hüseyin']], '1970'),
    hassan: add([['Demir', 'Hassan']], '1972'),
    alina: add([['Petrova', 'Alina']], '2001'),
    ali: add([['Rahimi', 'Ali']], '1999'),
  };
}

const ids = (hits: { personId: string }[]) => hits.map((h) => h.personId);

describe('finding a person', () => {
  it('finds people by any spelling, across scripts and without diacritics', async () => {
    const s = await caseStore();
    const p = register(s);
    expect(ids(s.matching.find({ query: 'Schewtschenko' }))).toEqual([p.olena]);
    expect(ids(s.matching.find({ query: 'Elena Shevchenko' }))).toEqual([p.olena]);
    expect(ids(s.matching.find({ query: 'Yilmaz Ayse' }))).toEqual([p.yilmaz]);
    expect(ids(s.matching.find({ query: 'huseyin' }))).toEqual([p.hueseyin]);
    expect(ids(s.matching.find({ query: 'Hussein Demir' }))).toEqual([p.hueseyin]);
    const hit = s.matching.find({ query: 'Olena' })[0];
    // Олена written in Latin letters is the primary spelling itself, not another one
    expect(hit).toMatchObject({ displayName: 'Шевченко, Олена', matchedSpelling: null, matchedBy: ['name'], birthDate: '1988-02-14' });
  });

  it('ranks the exact primary spelling first, then other spellings, then variants; a near name is not found', async () => {
    const s = await caseStore();
    const p = register(s);
    const hits = s.matching.find({ query: 'Mohammed' });
    expect(ids(hits)).toEqual([p.mohammedPrimary, p.mohammedVariant, p.mohamad]);
    expect(hits[0]?.score).toBe(1);
    expect(hits[0]?.matchedSpelling).toBeNull();
    expect(hits[1]?.matchedSpelling).toBe('Khouri, Mohammed');
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
    expect(ids(hits)).not.toContain(p.mahmoud);
    expect(ids(s.matching.find({ query: 'Hassan' }))).toEqual([p.hassan]);
  });

  it('finds while typing: beginnings of words first, typing errors after', async () => {
    const s = await caseStore();
    const p = register(s);
    expect(ids(s.matching.find({ query: 'Ali' }))).toEqual([p.ali, p.alina]);
    expect(ids(s.matching.find({ query: 'Schewt' }))).toEqual([p.olena]);
    expect(ids(s.matching.find({ query: 'Had' }))).toEqual([p.mohammedPrimary]);
    expect(ids(s.matching.find({ query: 'Shevchneko' }))).toEqual([p.olena]); // letters swapped
    expect(ids(s.matching.find({ query: 'Darwsh' }))).toEqual([p.mahmoud]); // a letter missing
    expect(ids(s.matching.find({ query: 'addad' }))).toEqual([p.mohammedPrimary]); // a part of the name
    expect(s.matching.find({ query: 'Zzyzx' })).toEqual([]);
    expect(s.matching.find({ query: '  ' })).toEqual([]);
  });

  it('finds by date of birth, in German or ISO writing, and by year', async () => {
    const s = await caseStore();
    const p = register(s);
    // the exact day first, then a person of whom only the year is known
    expect(ids(s.matching.find({ query: '03.04.1991' }))).toEqual([p.mohammedPrimary, p.mahmoud]);
    expect(ids(s.matching.find({ query: '1991-04-03' }))).toEqual([p.mohammedPrimary, p.mahmoud]);
    expect(ids(s.matching.find({ query: '04.1991' }))).toEqual([p.mohammedPrimary, p.mahmoud]);
    expect(ids(s.matching.find({ query: '1991' })).sort()).toEqual([p.mohammedPrimary, p.mahmoud].sort());
    expect(ids(s.matching.find({ query: '3.4.1991' }))).toEqual([p.mohammedPrimary, p.mahmoud]);
    expect(s.matching.find({ query: '04.04.1991' }).map((h) => h.personId)).toEqual([p.mahmoud]);
    expect(ids(s.matching.find({ query: 'Mohamed 1991' }))).toEqual([p.mohammedPrimary]);
    expect(s.matching.find({ query: '1991' })[0]?.matchedBy).toEqual(['birthDate']);
  });

  it('finds by case number, whole or in part, and shows the open case', async () => {
    const s = await caseStore();
    const p = register(s);
    const opened = s.openCase({ personId: p.olena });
    const number = opened.caseNumber ?? '';
    const hits = s.matching.find({ query: number });
    expect(ids(hits)).toEqual([p.olena]);
    expect(hits[0]).toMatchObject({ openCaseId: opened.caseId, openCaseNumber: number, matchedBy: ['caseNumber'], score: 1 });
    expect(ids(s.matching.find({ query: number.slice(-4) }))).toEqual([p.olena]);
    expect(ids(s.matching.find({ query: `Olena ${number}` }))).toEqual([p.olena]);
    expect(s.matching.find({ query: `Hassan ${number}` })).toEqual([]);
  });

  it('sees people created or renamed since the last search', async () => {
    const s = await caseStore();
    const p = register(s);
    expect(s.matching.find({ query: 'Kowalski' })).toEqual([]);
    const created = s.persons.create({ names: [{ familyName: 'Kowalski', givenNames: 'Jan' }] }).id;
    expect(ids(s.matching.find({ query: 'Kowalski' }))).toEqual([created]);
    s.persons.update({ personId: p.ali, names: [{ familyName: 'Kowalsky', givenNames: 'Ali' }] });
    expect(ids(s.matching.find({ query: 'Kowalski' }))).toEqual([created, p.ali]);
    expect(s.matching.find({ query: 'Rahimi' })).toEqual([]);
  });

  it('respects the limit, reads only, and needs an unlocked store', async () => {
    const s = await caseStore();
    register(s);
    const before = recentAudit(s.db(), 1000).length;
    expect(s.matching.find({ query: 'a', limit: 3 })).toHaveLength(3);
    expect(recentAudit(s.db(), 1000).length).toBe(before);
    s.store.lock('manual');
    expect(() => s.matching.find({ query: 'Haddad' })).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect(() => s.matching.likelyDuplicates({ names: [{ familyName: 'Haddad', givenNames: '' }] })).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    await s.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(s.matching.find({ query: 'Haddad' })).toHaveLength(1);
  });
});
