/**
 * Residence status and municipality are counted as they held on the quarter's last day, from the
 * person's dated history: a later change never rewrites a closed quarter. The raw case tables are
 * built straight from the indicator functions, with the record keys off (counts are exact).
 */
import { describe, expect, it } from 'vitest';
import { caseAttributesAsOf, personAttributesAsOf, personHistoryOf } from '../../../db/queries/personHistory';
import { noRecordKeys } from '../../../electron/services/statistics/cellKey';
import { caseStates, caseTables } from '../../../electron/services/statistics/indicators/cases';
import { dayAfter, startOfDayInstant, type IndicatorInput } from '../../../electron/services/statistics/indicators/input';
import type { RawCountTable } from '../../../electron/services/statistics/tally';
import { clockedStore, openCase } from './helpers';

type Store = Awaited<ReturnType<typeof clockedStore>>;

const QUARTERS = {
  '2026-Q1': { from: '2026-01-01', to: '2026-03-31' },
  '2026-Q2': { from: '2026-04-01', to: '2026-06-30' },
} as const;

/** The raw case tables of a closed quarter, keyed by table id. */
function caseCounts(s: Store, label: keyof typeof QUARTERS): Map<string, RawCountTable> {
  const { from, to } = QUARTERS[label];
  const input: IndicatorInput = {
    db: s.store.session().db,
    period: { label, from, to } as IndicatorInput['period'],
    asOf: to,
    fromInstant: startOfDayInstant(from),
    endInstant: startOfDayInstant(dayAfter(to)),
    keyOf: noRecordKeys,
    reassessmentMonths: 6,
    unitMunicipality: null,
  };
  return new Map(caseTables(input, caseStates(input)).map((t) => [t.id, t as RawCountTable]));
}

/** The non-zero rows of a one-column count table. */
function counted(tables: Map<string, RawCountTable>, id: string): Record<string, number> {
  const table = tables.get(id);
  if (!table) throw new Error(`no table ${id}`);
  return Object.fromEntries(table.rows.map((row, i) => [row.key, table.counts[i]![0]!]).filter(([, n]) => n !== 0));
}

async function storeWithLocations(day: string): Promise<Store> {
  const s = await clockedStore(day);
  s.locations.create({ name: 'GU Waldweg', kind: 'gu', municipality: 'Nordheim' });
  s.locations.create({ name: 'Rathaus Südwalde', kind: 'rathaus', municipality: 'Südwalde' });
  return s;
}

const person = { birthDate: '1990-05-01', gender: 'weiblich' as const, nationalities: ['SY'], languages: ['ar'] };

describe('residence status and municipality as of the quarter’s end', () => {
  it('counts a status changed after the quarter with the old status there and the new one in the next quarter', async () => {
    const s = await storeWithLocations('2026-01-01');
    const a = openCase(s, '2026-02-01', { ...person, municipality: 'Nordheim', residenceStatus: 'duldung' });
    // Changed on the quarter's last day: that day's value is the one at the end of Q1.
    const b = openCase(s, '2026-02-02', { ...person, municipality: 'Nordheim', residenceStatus: 'gestattung' });
    s.at('2026-03-31');
    s.persons.update({ personId: b.personId, residenceStatus: 'duldung' });
    s.at('2026-04-15');
    s.persons.update({ personId: a.personId, residenceStatus: 'aufenthaltserlaubnis' });
    s.at('2026-08-01');

    const q1 = caseCounts(s, '2026-Q1');
    expect(counted(q1, 'faelle-laufend-aufenthaltsstatus')).toEqual({ duldung: 2 });
    expect(counted(q1, 'faelle-neu-aufenthaltsstatus')).toEqual({ duldung: 2 });
    const q2 = caseCounts(s, '2026-Q2');
    expect(counted(q2, 'faelle-laufend-aufenthaltsstatus')).toEqual({ duldung: 1, aufenthaltserlaubnis: 1 });
    // Today's columns hold the new status; the closed quarter does not follow them.
    expect(s.persons.get(a.personId).residenceStatus).toBe('aufenthaltserlaubnis');
  });

  it('counts a move after the quarter in the old municipality there and the new one in the next quarter', async () => {
    const s = await storeWithLocations('2026-01-01');
    const a = openCase(s, '2026-01-10', { ...person, municipality: 'Nordheim', residenceStatus: 'duldung' });
    s.at('2026-04-01');
    s.persons.update({ personId: a.personId, municipality: 'Südwalde' });
    s.at('2026-05-01');
    // A move to a place without a location: "Andere Gemeinde" from then on.
    s.persons.update({ personId: a.personId, municipality: 'Irgendwo' });
    s.at('2026-07-20');

    expect(counted(caseCounts(s, '2026-Q1'), 'faelle-laufend-gemeinde')).toEqual({ 'gemeinde-nordheim': 1 });
    expect(counted(caseCounts(s, '2026-Q2'), 'faelle-laufend-gemeinde')).toEqual({ 'andere-gemeinde': 1 });
  });

  it('uses the earliest recorded value for a case opened back-dated before the person was entered', async () => {
    const s = await storeWithLocations('2026-05-20');
    // Entered in May; the intake that opened the case is dated in March.
    const p = s.persons.create({
      names: [{ familyName: 'Späterfasst', givenNames: 'Nora' }],
      ...person,
      municipality: 'Südwalde',
      residenceStatus: 'gestattung',
    });
    s.intakes.record({
      personId: p.id,
      date: '2026-03-10',
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-03-10', form: 'schriftlich' },
    });
    s.at('2026-06-10');
    s.persons.update({ personId: p.id, residenceStatus: 'duldung', municipality: 'Nordheim' });
    s.at('2026-08-01');

    const q1 = caseCounts(s, '2026-Q1');
    expect(counted(q1, 'faelle-neu-aufenthaltsstatus')).toEqual({ gestattung: 1 });
    expect(counted(q1, 'faelle-neu-gemeinde')).toEqual({ 'gemeinde-suedwalde': 1 });
    const q2 = caseCounts(s, '2026-Q2');
    expect(counted(q2, 'faelle-laufend-aufenthaltsstatus')).toEqual({ duldung: 1 });
    expect(counted(q2, 'faelle-laufend-gemeinde')).toEqual({ 'gemeinde-nordheim': 1 });
  });

  it('takes the age band on the quarter’s last day', async () => {
    const s = await storeWithLocations('2026-01-01');
    // 17 on 31.03.2026, 18 on 30.06.2026.
    openCase(s, '2026-01-05', { ...person, birthDate: '2008-04-15' });
    s.at('2026-07-10');
    expect(counted(caseCounts(s, '2026-Q1'), 'faelle-laufend-altersgruppe')).toEqual({ '0-17': 1 });
    expect(counted(caseCounts(s, '2026-Q2'), 'faelle-laufend-altersgruppe')).toEqual({ '18-26': 1 });
  });

  it('keeps the tables’ ids and timing, and names the day the values hold', async () => {
    const s = await storeWithLocations('2026-01-01');
    openCase(s, '2026-01-05', person);
    s.at('2026-04-10');
    const q1 = caseCounts(s, '2026-Q1');
    for (const state of ['neu', 'laufend', 'abgeschlossen']) {
      expect(q1.get(`faelle-${state}-aufenthaltsstatus`)?.rowTitle).toBe('Aufenthaltsstatus am Ende des Zeitraums');
      expect(q1.get(`faelle-${state}-gemeinde`)?.rowTitle).toBe('Gemeinde am Ende des Zeitraums');
      expect(q1.get(`faelle-${state}-gemeinde`)?.timing).toBe(state === 'laufend' ? 'stichtag' : 'zeitraum');
    }
    // Unknown values stay unknown (recorded as null on creation).
    expect(counted(q1, 'faelle-neu-aufenthaltsstatus')).toEqual({ unbekannt: 1 });
    expect(counted(q1, 'faelle-neu-gemeinde')).toEqual({ unbekannt: 1 });
  });
});

describe('the history the person services write', () => {
  it('records both values on creation and only real changes afterwards, dated the local day', async () => {
    const s = await clockedStore('2026-03-01');
    const p = s.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], municipality: 'Nordheim', residenceStatus: 'duldung' });
    const history = () => personHistoryOf(s.store.session().db, p.id).map((r) => [r.attribute, r.value, r.validFrom]);
    expect(history()).toEqual([
      ['residence_status', 'duldung', '2026-03-01'],
      ['municipality', 'Nordheim', '2026-03-01'],
    ]);

    s.at('2026-03-05');
    s.persons.update({ personId: p.id, municipality: 'Nordheim', residenceStatus: 'duldung' });
    s.persons.update({ personId: p.id, phone: '0171 1', names: [{ familyName: 'Haddad', givenNames: 'Amira Sara' }] });
    expect(history()).toHaveLength(2);

    s.persons.update({ personId: p.id, residenceStatus: null });
    s.at('2026-03-07');
    s.persons.update({ personId: p.id, municipality: 'Südwalde', residenceStatus: null });
    expect(history()).toEqual([
      ['residence_status', 'duldung', '2026-03-01'],
      ['municipality', 'Nordheim', '2026-03-01'],
      ['residence_status', null, '2026-03-05'],
      ['municipality', 'Südwalde', '2026-03-07'],
    ]);
  });

  it('dates a change by the local day, not the UTC day', async () => {
    // 00:30 local time on 01.04.2026 (in a zone east of UTC still 31.03 in UTC).
    const s = await clockedStore('2026-03-01');
    const p = s.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], residenceStatus: 'duldung' });
    s.clock.now = new Date(2026, 3, 1, 0, 30);
    s.persons.update({ personId: p.id, residenceStatus: 'gestattung' });
    expect(personHistoryOf(s.store.session().db, p.id).at(-1)?.validFrom).toBe('2026-04-01');
  });

  it('answers for a day with the latest value from on or before it, the last recorded on a tie', async () => {
    const s = await clockedStore('2026-03-01');
    const p = s.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], residenceStatus: 'gestattung', municipality: 'Nordheim' });
    // Corrected on the same day it was entered: the correction holds for that day and before.
    s.persons.update({ personId: p.id, residenceStatus: 'duldung' });
    s.at('2026-05-01');
    s.persons.update({ personId: p.id, residenceStatus: 'aufenthaltserlaubnis' });
    const asOf = (day: string) => personAttributesAsOf(s.store.session().db, day).get(p.id);
    expect(asOf('2026-01-15')).toEqual({ residenceStatus: 'duldung', municipality: 'Nordheim' });
    expect(asOf('2026-03-01')).toEqual({ residenceStatus: 'duldung', municipality: 'Nordheim' });
    expect(asOf('2026-04-30')).toEqual({ residenceStatus: 'duldung', municipality: 'Nordheim' });
    expect(asOf('2026-05-01')).toEqual({ residenceStatus: 'aufenthaltserlaubnis', municipality: 'Nordheim' });
  });

  it('goes with the person when the person is removed', async () => {
    const s = await clockedStore('2026-03-01');
    const p = s.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], residenceStatus: 'duldung' });
    const { sqlite, db } = s.store.session();
    expect(personHistoryOf(db, p.id)).toHaveLength(2);
    sqlite.prepare('DELETE FROM persons WHERE id = ?').run(p.id);
    expect(sqlite.prepare('SELECT count(*) FROM person_attribute_history WHERE person_id = ?').pluck().get(p.id)).toBe(0);
  });
});

describe('reading the values of thousands of people', () => {
  it('is one pass over the history, not a query per person', async () => {
    const s = await clockedStore('2026-01-02');
    const { sqlite, db } = s.store.session();
    const persons = 3000;
    sqlite.transaction(() => {
      const insertPerson = sqlite.prepare(
        "INSERT INTO persons (id, created_at, updated_at) VALUES (?, '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')",
      );
      const insertCase = sqlite.prepare(
        "INSERT INTO cases (id, person_id, case_number, case_manager, phase, opened_at, created_at) VALUES (?, ?, ?, 'A', 'erstberatung', '2026-01-05', '2026-01-05T10:00:00.000Z')",
      );
      const insertHistory = sqlite.prepare(
        'INSERT INTO person_attribute_history (id, person_id, attribute, value, valid_from, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (let i = 0; i < persons; i++) {
        insertPerson.run(`p${i}`);
        insertCase.run(`c${i}`, `p${i}`, `2026-${String(i).padStart(5, '0')}`);
        insertHistory.run(`h${i}-s1`, `p${i}`, 'residence_status', 'gestattung', '2026-01-01', '2026-01-01T10:00:00.000Z');
        insertHistory.run(`h${i}-m1`, `p${i}`, 'municipality', 'Nordheim', '2026-01-01', '2026-01-01T10:00:00.000Z');
        if (i % 2 === 0) insertHistory.run(`h${i}-s2`, `p${i}`, 'residence_status', 'duldung', '2026-04-10', '2026-04-10T10:00:00.000Z');
      }
    })();
    const started = performance.now();
    const q1 = caseAttributesAsOf(db, '2026-03-31');
    const q2 = caseAttributesAsOf(db, '2026-06-30');
    const elapsed = performance.now() - started;
    expect(q1.size).toBe(persons);
    expect([...q1.values()].filter((v) => v.residenceStatus === 'duldung')).toHaveLength(0);
    expect([...q2.values()].filter((v) => v.residenceStatus === 'duldung')).toHaveLength(persons / 2);
    // Generous for a shared machine; a query per person would be far slower.
    expect(elapsed).toBeLessThan(2_000);
  });
});
