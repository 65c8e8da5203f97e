import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contacts } from '../../../db/schema';
import { caseStore } from '../cases/helpers';

async function searchStore() {
  const s = await caseStore('2026-11-21T10:00:00');
  const personWith = (givenNames: string, familyName: string) => s.person({ names: [{ givenNames, familyName }] }).id;
  const caseFor = (personId: string) => {
    const opened = s.openCase({ personId });
    if (!opened.caseId) throw new Error('no case');
    return { caseId: opened.caseId, caseNumber: opened.caseNumber ?? '' };
  };
  const note = (personId: string, caseId: string | null, text: string) =>
    s.contacts.create({
      personId,
      caseId,
      at: '2026-11-20T09:00:00.000Z',
      durationMinutes: 30,
      place: 'telefon',
      type: 'beratung',
      topics: [],
      interpreterUsed: false,
      note: text,
    }).id;
  const goal = (caseId: string, title: string) => s.goals.create({ caseId, lifeAreaId: 'wohnen', title }).id;
  const find = (query: string, limit?: number) => s.search.global({ query, ...(limit === undefined ? {} : { limit }) });
  const kinds = (query: string) => find(query).groups.map((g) => g.kind);
  const labels = (query: string, kind: string) =>
    find(query)
      .groups.find((g) => g.kind === kind)
      ?.hits.map((h) => h.label) ?? [];
  return { ...s, personWith, caseFor, note, goal, find, kinds, labels };
}

describe('search.global', () => {
  it('finds persons, cases, notes of contacts and goals, each in its own group with a German heading and where it leads', async () => {
    const s = await searchStore();
    const personId = s.personWith('Fatima', 'Haddad');
    const { caseId, caseNumber } = s.caseFor(personId);
    s.note(personId, caseId, 'Termin beim Jobcenter wegen Wohnung vereinbart');
    const goalId = s.goal(caseId, 'Eigene Wohnung finden');

    expect(s.find('Haddad').groups).toEqual([
      {
        kind: 'person',
        heading: 'Personen',
        total: 1,
        hits: [{ id: personId, label: 'Haddad, Fatima', detail: null, snippet: null, target: { view: 'person', personId } }],
      },
    ]);
    const byNumber = s.find(caseNumber).groups;
    expect(byNumber.map((g) => g.kind)).toEqual(['case']);
    expect(byNumber[0]?.hits[0]).toMatchObject({
      label: `Fall ${caseNumber}`,
      detail: 'Haddad, Fatima',
      target: { view: 'case', caseId, section: 'overview' },
    });

    const wohnung = s.find('Wohnung').groups;
    expect(wohnung.map((g) => g.heading).sort()).toEqual(['Notizen aus Kontakten', 'Ziele']);
    const goalHit = wohnung.find((g) => g.kind === 'goal')?.hits[0];
    expect(goalHit).toMatchObject({
      id: goalId,
      label: 'Eigene Wohnung finden',
      detail: `Fall ${caseNumber} · Haddad, Fatima`,
      target: { view: 'case', caseId, section: 'goals' },
    });
    const noteHit = wohnung.find((g) => g.kind === 'note')?.hits[0];
    expect(noteHit).toMatchObject({ label: 'Kontakt am 20.11.2026', target: { view: 'case', caseId, section: 'contacts' } });
    expect(noteHit?.snippet?.filter((p) => p.match).map((p) => p.text)).toEqual(['Wohnung']);
    expect(noteHit?.snippet?.map((p) => p.text).join('')).toBe('Termin beim Jobcenter wegen Wohnung vereinbart');
  });

  it('ranks a name above a note that mentions the name, and an exact word above a prefix', async () => {
    const s = await searchStore();
    const other = s.personWith('Leyla', 'Aydın');
    s.note(other, null, 'Kam mit ihrer Nachbarin Amani zur Sprechstunde');
    // Prefix-only matches stored first, so insertion order cannot explain the ranking.
    s.personWith('Amanilla', 'Berg');
    s.personWith('Amanis', 'Weber');
    s.personWith('Amani', 'Karimi');
    expect(s.kinds('Amani')).toEqual(['person', 'note']);
    expect(s.labels('Amani', 'person')[0]).toBe('Karimi, Amani');
    expect(s.labels('Amani', 'person')).toHaveLength(3);
    // A note without a case leads to the person.
    expect(s.find('Nachbarin').groups[0]?.hits[0]?.target).toEqual({ view: 'person', personId: other });
  });

  it('finds while typing (prefixes), ignoring case and diacritics, Turkish ı included', async () => {
    const s = await searchStore();
    s.personWith('Fatima', 'Yılmaz');
    s.personWith('Zoë', 'Müller');
    expect(s.labels('Fat', 'person')).toEqual(['Yılmaz, Fatima']);
    expect(s.labels('yilmaz', 'person')).toEqual(['Yılmaz, Fatima']);
    expect(s.labels('YIL', 'person')).toEqual(['Yılmaz, Fatima']);
    expect(s.labels('muller zoe', 'person')).toEqual(['Müller, Zoë']);
    expect(s.labels('fat yil', 'person')).toEqual(['Yılmaz, Fatima']);
    expect(s.find('Fatma').groups).toEqual([]);
  });

  it('treats quotes and search operators as plain text and never fails on them', async () => {
    const s = await searchStore();
    s.personWith('Fatima', 'Haddad');
    for (const query of [
      'AND OR "x\' NEAR(',
      '"',
      '*',
      '(',
      ')',
      'NOT',
      '-',
      '^Fat',
      'Fat*',
      '"Fatima"',
      'Haddad AND',
      'a:b',
      '{x}',
      '   ',
      "'",
      'NEAR(Fatima Haddad, 2)',
    ]) {
      expect(() => s.find(query), query).not.toThrow();
    }
    expect(s.find('   ').groups).toEqual([]);
    expect(s.labels('"Fatima"', 'person')).toEqual(['Haddad, Fatima']);
    expect(s.labels('Fatima OR Zzz', 'person')).toEqual([]);
  });

  it('takes control characters such as NUL for spaces between words (FTS5 would end its string there)', async () => {
    const s = await searchStore();
    const personId = s.personWith('Fatima', 'Haddad');
    s.caseFor(personId);
    expect(s.labels('Fatima\u0000Haddad', 'person')).toEqual(['Haddad, Fatima']);
    expect(s.labels('Fat\u0000', 'person')).toEqual(['Haddad, Fatima']);
    expect(s.find('\u0000').groups).toEqual([]);
    expect(s.find('\u0000\u0001\u001f\u007f').groups).toEqual([]);
    // The case list's text filter builds the same MATCH expression.
    expect(s.cases.list({ text: 'Haddad\u0000Fatima' }).map((c) => c.personId)).toEqual([personId]);
  });

  it('limits the hits per group and tells how many there are in all', async () => {
    const s = await searchStore();
    for (let i = 0; i < 7; i += 1) s.personWith(`Omar${i}`, 'Nasser');
    const [persons] = s.find('Nasser').groups;
    expect(persons?.total).toBe(7);
    expect(persons?.hits).toHaveLength(5);
    expect(s.find('Nasser', 2).groups[0]?.hits).toHaveLength(2);
    expect(s.find('Nasser', 50).groups[0]?.hits).toHaveLength(7);
  });

  it('stays current when names, notes and goals change and when records are deleted', async () => {
    const s = await searchStore();
    const personId = s.personWith('Fatima', 'Haddad');
    const { caseId } = s.caseFor(personId);
    const contactId = s.note(personId, caseId, 'Brief vom Ausländeramt besprochen');
    const goalId = s.goal(caseId, 'Deutschkurs B1 beginnen');

    s.persons.update({
      personId,
      names: [
        { familyName: 'Haddad-Said', givenNames: 'Fatima', primary: true },
        { familyName: 'حداد', givenNames: 'فاطمة' },
      ],
    });
    expect(s.labels('Said', 'person')).toEqual(['Haddad-Said, Fatima']);
    expect(s.find('حداد').groups[0]?.hits[0]?.detail).toBe('auch: حداد، فاطمة');
    expect(s.find('Haddad').groups.map((g) => g.hits.length)).toEqual([1]);

    s.goals.update({ goalId, title: 'Integrationskurs abschließen' });
    expect(s.kinds('Deutschkurs')).toEqual([]);
    expect(s.labels('Integrationskurs', 'goal')).toEqual(['Integrationskurs abschließen']);

    const db = s.db();
    db.update(contacts).set({ note: 'Antrag beim Jobcenter' }).where(eq(contacts.id, contactId)).run();
    expect(s.kinds('Ausländeramt')).toEqual([]);
    expect(s.kinds('Jobcenter')).toEqual(['note']);
    db.delete(contacts).where(eq(contacts.id, contactId)).run();
    expect(s.kinds('Jobcenter')).toEqual([]);
  });

  it('writes nothing to the audit log and answers LOCKED when the store is locked', async () => {
    const s = await searchStore();
    s.personWith('Fatima', 'Haddad');
    const mark = s.auditMark();
    s.find('Fatima');
    expect(s.auditSince(mark)).toEqual([]);
    s.store.lock('manual');
    expect(() => s.find('Fatima')).toThrow(expect.objectContaining({ code: 'LOCKED' }));
  });
});
