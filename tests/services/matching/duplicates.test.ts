import { describe, expect, it } from 'vitest';
import { caseStore, type CaseStore } from '../cases/helpers';

async function storeWithPeople() {
  const s = await caseStore();
  const add = (names: [string, string][], birthDate: string | null = null) =>
    s.persons.create({ names: names.map(([familyName, givenNames]) => ({ familyName, givenNames })), birthDate }).id;
  const people = {
    amira: add(
      [
        ['Haddad', 'Amira'],
        ['حداد', 'أميرة'],
      ],
      '1994-06-12',
    ),
    olena: add(
      [
        ['Шевченко', 'Олена'],
        ['Shevchenko', 'Olena'],
      ],
      '1988',
    ),
    hueseyin: add([['Yılmaz', 'Hüseyin']], null),
    hassan: add([['Yılmaz', 'Hassan']], '1980'),
    karim: add([['Saleh', 'Karim']], '2000'),
  };
  return { s, people };
}

const check = (s: CaseStore, names: [string, string][], birthDate?: string | null, excludePersonId?: string) =>
  s.matching.likelyDuplicates({
    names: names.map(([familyName, givenNames]) => ({ familyName, givenNames })),
    ...(birthDate !== undefined ? { birthDate } : {}),
    ...(excludePersonId ? { excludePersonId } : {}),
  });

describe('likely duplicates', () => {
  it('warns strongly for the same name or a spelling variant with the same date or year of birth', async () => {
    const { s, people } = await storeWithPeople();
    expect(check(s, [['Haddad', 'Amira']], '1994-06-12')).toEqual([
      {
        personId: people.amira,
        displayName: 'Haddad, Amira',
        birthDate: '1994-06-12',
        openCaseId: null,
        openCaseNumber: null,
        likelihood: 'hoch',
        reasons: ['Gleicher Name: Haddad, Amira', 'Gleiches Geburtsdatum: 12.06.1994'],
        restricted: false,
      },
    ]);
    const [olena] = check(s, [['Schewtschenko', 'Elena']], '1988-02-14');
    expect(olena).toMatchObject({ personId: people.olena, likelihood: 'mittel' }); // Elena / Olena differ by more than spelling
    const [variant] = check(s, [['Schewtschenko', 'Olena']], '1988-02-14');
    expect(variant).toMatchObject({
      personId: people.olena,
      likelihood: 'hoch',
      reasons: ['Andere Schreibweise desselben Namens: Шевченко, Олена', 'Gleiches Geburtsjahr: 1988'],
    });
  });

  it('rules out a different year of birth, but not an unknown one', async () => {
    const { s, people } = await storeWithPeople();
    expect(check(s, [['Haddad', 'Amira']], '1995')).toEqual([]);
    const [unknown] = check(s, [['Yilmaz', 'Huseyin']], '1975-01-01');
    expect(unknown).toMatchObject({
      personId: people.hueseyin,
      likelihood: 'mittel',
      reasons: ['Gleicher Name: Yılmaz, Hüseyin', 'Bei dieser Person ist kein Geburtsdatum erfasst'],
    });
    const withoutDate = check(s, [['Haddad', 'Amira']]);
    expect(withoutDate.map((d) => [d.personId, d.likelihood, d.reasons[1]])).toEqual([
      [people.amira, 'mittel', 'Kein Geburtsdatum angegeben; erfasst ist 12.06.1994'],
    ]);
  });

  it('finds typing errors, swapped names and other spellings; different names are no duplicates', async () => {
    const { s, people } = await storeWithPeople();
    expect(check(s, [['Shevchneko', 'Olena']], '1988-02-14')[0]).toMatchObject({
      personId: people.olena,
      likelihood: 'mittel',
      reasons: ['Ähnlicher Name, vielleicht ein Tippfehler: Шевченко, Олена', 'Gleiches Geburtsjahr: 1988'],
    });
    expect(check(s, [['Amira', 'Haddad']], '1994')[0]).toMatchObject({
      personId: people.amira,
      likelihood: 'mittel',
      reasons: ['Vor- und Familienname vertauscht: Haddad, Amira', 'Gleiches Geburtsjahr: 1994'],
    });
    // a new person with a passport spelling and an Arabic one: any of them may match
    expect(
      check(
        s,
        [
          ['Hadaad', 'Amiera'],
          ['حداد', 'أميرة'],
        ],
        null,
      ).map((d) => d.personId),
    ).toEqual([people.amira]);
    expect(check(s, [['Yilmaz', 'Hussein']]).map((d) => d.personId)).toEqual([people.hueseyin]);
    expect(check(s, [['Yilmaz', 'Hasan']]).map((d) => d.personId)).toEqual([people.hassan]);
    expect(check(s, [['Saleh', 'Karimi']], '2000').map((d) => d.personId)).toEqual([people.karim]); // decided: could be a typo
    expect(check(s, [['Haddad', 'Samira']], '1994')).toEqual([]);
    expect(check(s, [['Darwish', 'Amira']], '1994')).toEqual([]);
  });

  it('compares only the family name when a given name is missing, and can leave out the person being edited', async () => {
    const { s, people } = await storeWithPeople();
    const [familyOnly] = check(s, [['Haddad', '']], '1994');
    expect(familyOnly).toMatchObject({ personId: people.amira, likelihood: 'mittel' });
    expect(familyOnly?.reasons[0]).toBe('Gleicher Name: Haddad, Amira (nur der Familienname wurde verglichen)');
    expect(check(s, [['Haddad', 'Amira']], '1994', people.amira)).toEqual([]);
  });

  it('ranks strong warnings first and shows the open case', async () => {
    const { s, people } = await storeWithPeople();
    const opened = s.openCase({ personId: people.hueseyin });
    const other = s.persons.create({ names: [{ familyName: 'Yilmaz', givenNames: 'Huseyn' }], birthDate: '1975' }).id;
    const found = check(s, [['Yılmaz', 'Hüseyin']], '1975');
    expect(found.map((d) => [d.personId, d.likelihood])).toEqual([
      [other, 'hoch'],
      [people.hueseyin, 'mittel'],
    ]);
    expect(found[1]).toMatchObject({ openCaseId: opened.caseId, openCaseNumber: opened.caseNumber });
  });
});
