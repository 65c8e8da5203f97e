import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtReportToPdf } from '../../../electron/services/statistics/districtPdf';
import { districtReportToXlsx } from '../../../electron/services/statistics/xlsx';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import { buildRoster } from '../../../electron/services/statistics/rosterBuild';
import { keyFileOf, unitWithCases, type UnitStore } from './rosterFixtures';
import type { DistrictCountTable, DistrictInput, DistrictMeasureTable, DistrictReport } from '../../../electron/contract/areas/district';
import { SUPERVISION_TABLES } from '../../../electron/contract/districtAggregation';
import { districtMerge } from '../../../electron/services/district';
import { asFile, sampleDistrict } from '../../fixtures/statisticsDocuments';
import {
  FIXTURE_LAYOUT,
  fixtureDistrict,
  fixtureRoster,
  fixtureUnits,
  maskedBodyOf,
  maskedFileOf,
  measuresOf,
  randomUnitTables,
  signedFile,
  type UnitTables,
} from '../../fixtures/maskedExports';
import { seeded } from '../../fixtures/seeded';

const NOW = new Date(2026, 10, 3, 9, 0);
const merge = (input: DistrictInput) => districtMerge(input, NOW);
const countTables = (report: DistrictReport) => report.tables.filter((t): t is DistrictCountTable => t.kind === 'counts');

/** The exact district count of a cell: the sum of the units' tables (over the quarters given). */
function exactSum(tables: readonly UnitTables[], id: string, i: number, j: number): number {
  return tables.reduce((sum, t) => sum + t.get(id)![i]![j]!, 0);
}

describe('merging masked exports', () => {
  it('sums the vectors to the exact district counts and protects them once, at district level', () => {
    const district = fixtureDistrict(4, ['2026-Q3'], 21);
    const { report, problems } = merge({ files: district.files });
    expect(problems).toEqual([]);
    const unitTables = district.tables.get('2026-Q3')!;
    let published = 0;
    let hidden = 0;
    for (const table of countTables(report!)) {
      const isHours = table.id.includes('stunden');
      table.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          expect(cell.lowerBound).toBe(false);
          const exact = exactSum(unitTables, table.id, i, j);
          if (cell.value === null) {
            hidden += 1;
            return;
          }
          published += 1;
          expect(cell.value, `${table.id} ${i} ${j}`).toBe(isHours ? Math.round(exact / 60) : exact);
          if (!isHours) expect(cell.value === 0 || cell.value >= 5).toBe(true);
        }),
      );
    }
    expect(published).toBeGreaterThan(5);
    expect(hidden).toBeGreaterThan(0);
    expect(report!.aggregation).toMatchObject({ rosters: [{ quarter: '2026-Q3', version: 1, code: expect.any(String) }], threshold: 5, perturbation: null });
    expect(report!.aggregation!.entries).toBeGreaterThan(report!.aggregation!.hidden);
    expect(report!.districtName).toBe('Kreis Musterland');
    expect(merge({ files: district.files, districtName: 'Kreis X' }).report!.districtName).toBe('Kreis X');
    expect(report!.units.map((u) => u.name)).toEqual(['Stelle A', 'Stelle B', 'Stelle C', 'Stelle D']);
    expect(report!.units[0]).toMatchObject({ threshold: 5, perturbation: null, missingQuarters: [], deliveries: [{ quarter: '2026-Q3' }] });
    expect(report!.notes[0]).toContain(
      'genauen Summen der verdeckten Exporte von 4 Stellen, einmal auf Ebene des Kreises geschützt (k = 5; Überlagerung ausgeschaltet)',
    );
    expect(report!.notes[1]).toContain('Version 1');
  });

  it('the same files give the same report; perturbation moves published counts by at most 2 and never into 1..k−1', () => {
    const district = fixtureDistrict(3, ['2026-Q3'], 5, { perturbation: true, threshold: 4 });
    const a = merge({ files: district.files }).report!;
    const b = merge({ files: [...district.files].reverse() }).report!;
    expect(JSON.stringify(b.tables)).toBe(JSON.stringify(a.tables));
    expect(a.aggregation!.perturbation).toBe(2);
    let moved = 0;
    for (const table of countTables(a).filter((t) => !t.id.includes('stunden'))) {
      table.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (cell.value === null) return;
          const exact = exactSum(district.tables.get('2026-Q3')!, table.id, i, j);
          expect(Math.abs(cell.value - exact)).toBeLessThanOrEqual(2);
          expect(cell.value === 0 || cell.value >= 4).toBe(true);
          if (cell.value !== exact) moved += 1;
        }),
      );
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('unit totals only for the supervision tables, as the lower end of the unit’s band; medians per unit and quarter', () => {
    const random = seeded(3);
    const units = fixtureUnits(3, 9);
    const roster = fixtureRoster(units);
    const tables = units.map(() => randomUnitTables(random, 40));
    const files = units.map((u, i) => ({ name: `${u.name}.json`, text: maskedFileOf(u, roster, '2026-Q3', tables[i]!, { measures: measuresOf(random) }) }));
    const report = merge({ files }).report!;
    for (const table of countTables(report)) {
      if (!(SUPERVISION_TABLES as readonly string[]).includes(table.id)) {
        expect(table.unitTotals, table.id).toEqual([]);
        continue;
      }
      expect(table.unitTotals.map((u) => u.unitId)).toEqual(units.map((u) => u.id));
      table.unitTotals.forEach((entry, i) => {
        const own = tables[i]!.get(table.id)!
          .flat()
          .reduce((a, b) => a + b, 0);
        expect(entry.lowerBound).toBe(true);
        expect(entry.total).toBe(own >= 10 ? Math.floor(own / 10) * 10 : null);
      });
    }
    const medians = report.tables.find((t): t is DistrictMeasureTable => t.kind === 'measures')!;
    expect(medians.rows[0]!.values.map((v) => v.unitId)).toEqual(units.map((u) => u.id));
    expect(medians.rows[0]!.values.every((v) => v.quarter === '2026-Q3')).toBe(true);
  });

  it('names every unit whose export is missing, and shows nothing', () => {
    const district = fixtureDistrict(4, ['2026-Q3'], 2);
    const { report, problems } = merge({ files: district.files.filter((_, i) => i !== 1 && i !== 3) });
    expect(report).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Von „Stelle B“ fehlt der Export für das 3. Quartal 2026'),
      expect.stringContaining('Von „Stelle D“ fehlt der Export'),
    ]);
    expect(problems[0]!.message).toContain('ohne ihn lassen sich die verdeckten Zahlen nicht zusammenzählen');
  });

  it('builds a half-year from complete quarters: periods summed, the state on the last day from the last quarter', () => {
    const district = fixtureDistrict(3, ['2026-Q1', '2026-Q2'], 8);
    const { report, problems } = merge({ files: district.files });
    expect(problems).toEqual([]);
    expect(report!.period.label).toBe('2026-H1');
    const q1 = district.tables.get('2026-Q1')!;
    const q2 = district.tables.get('2026-Q2')!;
    const check = (id: string, expected: (i: number) => number) => {
      const table = countTables(report!).find((t) => t.id === id)!;
      table.cells.forEach((row, i) => {
        if (row[0]!.value !== null) expect(row[0]!.value, `${id} ${i}`).toBe(expected(i));
      });
      if (table.total.value !== null) expect(table.total.value).toBe(table.rows.reduce((s, _, i) => s + expected(i), 0));
      return table;
    };
    const neu = check('faelle-neu-altersgruppe', (i) => exactSum(q1, 'faelle-neu-altersgruppe', i, 0) + exactSum(q2, 'faelle-neu-altersgruppe', i, 0));
    const laufend = check('faelle-laufend-altersgruppe', (i) => exactSum(q2, 'faelle-laufend-altersgruppe', i, 0));
    expect([neu.total.value, laufend.total.value]).not.toEqual([null, null]);
    expect(report!.aggregation!.rosters.map((r) => r.quarter)).toEqual(['2026-Q1', '2026-Q2']);
    expect(report!.notes.some((n) => n.includes('aus dem 1. und 2. Quartal 2026 zusammengesetzt'))).toBe(true);

    // A half-year without one of its quarters is refused.
    const chosen = merge({ files: district.files.filter((f) => f.name.includes('Q2')), period: '2026-H1' });
    expect(chosen.report).toBeNull();
    expect(chosen.problems[0]!.message).toContain('fehlen alle Exporte für das 1. Quartal 2026');
  });

  it('a half-year over two roster versions: a unit joined and a municipality was added in the second quarter', () => {
    const random = seeded(77);
    const units = fixtureUnits(4, 77);
    const placesId = 'faelle-neu-gemeinde';
    const fewer = FIXTURE_LAYOUT.map((t) => (t.id === placesId ? { ...t, rows: t.rows.slice(0, 3) } : t));
    const v1 = fixtureRoster(units.slice(0, 3), { layout: fewer, threshold: 3 });
    const v2 = fixtureRoster(units, { version: 2, threshold: 3 });
    // In the first quarter nobody lived in the fourth municipality yet (a unit cannot export counts its roster lacks).
    const q1 = units.slice(0, 3).map(() => randomUnitTables(random, 30));
    for (const tables of q1) {
      const grid = tables.get(placesId)!;
      grid[0]![0]! += grid[3]![0]!;
      grid[3]![0] = 0;
    }
    const q2 = units.map(() => randomUnitTables(random, 30));
    const files = [
      ...units.slice(0, 3).map((u, i) => ({ name: `${u.name}-q1.json`, text: maskedFileOf(u, v1, '2026-Q1', q1[i]!) })),
      ...units.map((u, i) => ({ name: `${u.name}-q2.json`, text: maskedFileOf(u, v2, '2026-Q2', q2[i]!) })),
    ];
    const { report, problems } = merge({ files });
    expect(problems).toEqual([]);
    expect(report!.aggregation!.rosters.map((r) => r.version)).toEqual([1, 2]);
    expect(report!.notes[1]).toContain('in den Versionen 1 (1. Quartal 2026), 2 (2. Quartal 2026)');
    expect(report!.units.map((u) => u.deliveries.map((d) => d.quarter))).toEqual([
      ['2026-Q1', '2026-Q2'],
      ['2026-Q1', '2026-Q2'],
      ['2026-Q1', '2026-Q2'],
      ['2026-Q2'],
    ]);
    const places = countTables(report!).find((t) => t.id === placesId)!;
    expect(places.rows.map((r) => r.key)).toEqual(FIXTURE_LAYOUT.find((t) => t.id === placesId)!.rows.map((r) => r.key));
    // Rows of both versions: both quarters; the row only in version 2: its second quarter alone.
    const expected = places.rows.map((_, i) => (i < 3 ? exactSum(q1, placesId, i, 0) : 0) + exactSum(q2, placesId, i, 0));
    places.cells.forEach((row, i) => {
      if (row[0]!.value !== null) expect(row[0]!.value, `row ${i}`).toBe(expected[i]);
    });
    if (places.total.value !== null) expect(places.total.value).toBe(expected.reduce((a, b) => a + b, 0));
    expect(places.cells.some((row) => row[0]!.value !== null) || places.total.value !== null).toBe(true);
  });

  it('tables whose linked totals disagree are left out with a note, never published', () => {
    const random = seeded(5);
    const units = fixtureUnits(3, 5);
    const roster = fixtureRoster(units, { threshold: 3 });
    const tables = units.map(() => randomUnitTables(random, 30));
    tables[1]!.get('faelle-neu-gemeinde')![0]![0]! += 4;
    const files = units.map((u, i) => ({ name: `${u.name}.json`, text: maskedFileOf(u, roster, '2026-Q3', tables[i]!) }));
    const { report, problems } = merge({ files });
    expect(problems).toEqual([]);
    const ids = report!.tables.map((t) => t.id);
    expect(ids).not.toContain('faelle-neu-gemeinde');
    expect(ids).not.toContain('faelle-neu-altersgruppe');
    expect(ids).toContain('kontakte-art-ort');
    expect(report!.notes.find((n) => n.startsWith('Nicht im Bericht'))).toContain(
      '„Neu aufgenommene Fälle nach Altersgruppe“, „Neu aufgenommene Fälle nach Wohngemeinde“',
    );
  });

  it('compares with a previous period through the same machinery', () => {
    const now = fixtureDistrict(3, ['2026-Q3'], 4, { threshold: 3 });
    const before = fixtureDistrict(3, ['2026-Q2'], 4, { threshold: 3 });
    const { report, problems } = merge({ files: now.files, previous: before.files });
    expect(problems).toEqual([]);
    expect(report!.previous!.period.label).toBe('2026-Q2');
    const table = countTables(report!).find((t) => t.id === 'kontakte-art-ort')!;
    const exactBefore = exactSum(before.tables.get('2026-Q2')!, 'kontakte-art-ort', 0, 0);
    const cell = table.cells[0]![0]!;
    if (cell.previous!.value !== null) expect(cell.previous!.value).toBe(exactBefore);
    if (cell.value !== null && cell.previous!.value !== null) expect(cell.change).toBe(cell.value - cell.previous!.value);
    expect(table.total.previous).not.toBeNull();

    // The previous files are checked like the current ones.
    const bad = merge({ files: now.files, previous: before.files.slice(1) });
    expect(bad.problems).toEqual([
      expect.objectContaining({ role: 'previous', message: expect.stringContaining('Von „Stelle A“ fehlt der Export für das 2. Quartal 2026') }),
    ]);
  });
});

describe('refusing bad masked files, nothing merged', () => {
  const district = fixtureDistrict(3, ['2026-Q3'], 11);
  const [a, b, c] = district.units as [
    ReturnType<typeof fixtureUnits>[number],
    ReturnType<typeof fixtureUnits>[number],
    ReturnType<typeof fixtureUnits>[number],
  ];
  const tables = district.tables.get('2026-Q3')!;
  const only = (files: { name: string; text: string }[], name: string, period?: string) => {
    const { report, problems } = merge({ files, ...(period ? { period } : {}) });
    expect(report).toBeNull();
    const mine = problems.filter((p) => p.file === name);
    expect(mine, JSON.stringify(problems)).toHaveLength(1);
    return mine[0]!.message;
  };
  const replace = (index: number, file: { name: string; text: string }) => district.files.map((f, i) => (i === index ? file : f));

  it('a changed file, or a unit whose key changed: the signature fails, both possibilities said', () => {
    const body = maskedBodyOf(b, district.roster, '2026-Q3', tables[1]!);
    const signed = JSON.parse(signedFile(body, b.signing.privateKey));
    signed.body.vector[0] = (signed.body.vector[0] + 1) % 2 ** 32;
    const tampered = only(replace(1, { name: 'b.json', text: JSON.stringify(signed) }), 'b.json');
    expect(tampered).toContain('Entweder wurde die Datei nach dem Export verändert, oder die Stelle hat inzwischen einen neuen Schlüssel');
    const newKey = fixtureUnits(1, 99)[0]!.signing.privateKey;
    expect(only(replace(1, { name: 'b.json', text: signedFile(body, newKey) }), 'b.json')).toContain('„Stelle B“');
  });

  it('demo data', () => {
    const text = maskedFileOf(c, district.roster, '2026-Q3', tables[2]!, { demo: true });
    expect(only(replace(2, { name: 'c.json', text }), 'c.json')).toContain('Demodaten');
  });

  it('a foreign roster, and mixed versions (saying which)', () => {
    const foreign = fixtureRoster(district.units, { rosterId: '0b4a2c9e-1d3f-4e5a-8b6c-7d8e9f0a1b2c', district: 'Kreis Anderswo' });
    const other = only(replace(0, { name: 'a.json', text: maskedFileOf(a, foreign, '2026-Q3', tables[0]!) }), 'a.json');
    expect(other).toContain('anderen Bezirksliste erstellt (Kreis Anderswo, Version 1');
    const v2 = fixtureRoster(district.units, { version: 2 });
    const mixed = only(replace(0, { name: 'a.json', text: maskedFileOf(a, v2, '2026-Q3', tables[0]!) }), 'a.json');
    expect(mixed).toContain('mit Version 2 der Bezirksliste erstellt, die übrigen Exporte für das 3. Quartal 2026 mit Version 1');
  });

  it('a file against a list that applies only from a later quarter (no sound unit makes one)', () => {
    const later = fixtureRoster(district.units, { version: 2, validFrom: '2026-Q4' });
    const message = only(replace(0, { name: 'a.json', text: maskedFileOf(a, later, '2026-Q3', tables[0]!) }), 'a.json');
    expect(message).toBe(
      'Dieser Export für das 3. Quartal 2026 wurde mit Version 2 der Bezirksliste erstellt, die erst ab dem 4. Quartal 2026 gilt. So einen Export erstellt die KIM Fallakte nicht; die Datei wird nicht übernommen. Bitte fragen Sie bei „Stelle A“ nach, wie die Datei entstanden ist, und lassen Sie sich den Export des Quartals schicken, den die Fallakte der Stelle gespeichert hat.',
    );
    // All units against it: each file refused, nothing summed.
    const all = district.units.map((u, i) => ({ name: `${u.name}.json`, text: maskedFileOf(u, later, '2026-Q3', tables[i]!) }));
    const { report, problems } = merge({ files: all });
    expect(report).toBeNull();
    expect(problems.map((p) => p.file)).toEqual(all.map((f) => f.name));
    expect(problems.every((p) => p.message.includes('die erst ab dem 4. Quartal 2026 gilt'))).toBe(true);
    // The same quarter as the first one of the list is fine.
    const from = fixtureRoster(district.units, { validFrom: '2026-Q3' });
    const sound = district.units.map((u, i) => ({ name: `${u.name}.json`, text: maskedFileOf(u, from, '2026-Q3', tables[i]!) }));
    expect(merge({ files: sound }).problems).toEqual([]);
  });

  it('a unit not on its roster', () => {
    const stranger = fixtureUnits(4, 11)[3]!;
    const text = signedFile(maskedBodyOf({ ...stranger }, fixtureRoster([a, b, c, stranger]), '2026-Q3', tables[0]!), stranger.signing.privateKey);
    const body = JSON.parse(text).body;
    body.roster = district.roster;
    const file = { name: 'd.json', text: signedFile(body, stranger.signing.privateKey) };
    expect(only([...district.files, file], 'd.json')).toContain('steht nicht auf der Bezirksliste');
  });

  it('the same unit twice for a quarter', () => {
    const again = { name: 'a-nochmal.json', text: maskedFileOf(a, district.roster, '2026-Q3', tables[1]!) };
    expect(only([...district.files, again], 'a-nochmal.json')).toContain('gibt es für das 3. Quartal 2026 schon den Export');
  });

  it('outside the chosen period', () => {
    const late = { name: 'a-q4.json', text: maskedFileOf(a, district.roster, '2026-Q4', tables[0]!) };
    expect(only([...district.files, late], 'a-q4.json', '2026-Q3')).toContain('Dieser Export gilt für das 4. Quartal 2026, gewählt ist 3. Quartal 2026');
  });

  it('a vector that does not fit the layout', () => {
    const body = maskedBodyOf(a, district.roster, '2026-Q3', tables[0]!);
    body.vector = body.vector.slice(1);
    expect(only(replace(0, { name: 'a.json', text: signedFile(body, a.signing.privateKey) }), 'a.json')).toContain('statt');
  });

  it('unreadable files and files of another format', () => {
    expect(only([...district.files, { name: 'x.json', text: 'kein JSON' }], 'x.json')).toContain('keine lesbare JSON-Datei');
    const wrong = JSON.parse(district.files[0]!.text);
    delete wrong.body.threshold;
    expect(only([...district.files.slice(1), { name: 'a.json', text: JSON.stringify(wrong) }], 'a.json')).toContain(
      'kein Statistik-Export mit verdeckten Zahlen',
    );
  });

  it('plain and masked exports together: refused, each file named', () => {
    const plain = sampleDistrict('2026-Q3').docs.map((d, i) => asFile(d, `plain-${i}.json`));
    const { report, problems } = merge({ files: [...district.files, ...plain] });
    expect(report).toBeNull();
    expect(problems.map((p) => p.file).sort()).toEqual([...district.files, ...plain].map((f) => f.name).sort());
    expect(problems[0]!.message).toContain('Beide Arten lassen sich nicht zusammenzählen');
  });
});

describe('three real stores: key files, roster, masked exports, merge', () => {
  let stores: UnitStore[];
  let report: DistrictReport;
  const exact = new Map<string, number>();

  beforeAll(async () => {
    stores = [
      await unitWithCases('KIM Stelle Nord', 'Nordheim', 14, 0),
      await unitWithCases('KIM Stelle Mitte', 'Mittelstadt', 9, 100),
      await unitWithCases('KIM Stelle Süd', 'Südwalde', 6, 200),
    ];
    const keyFiles = stores.map((s, i) => ({ name: `schluessel-${i}.json`, text: JSON.stringify(keyFileOf(s)) }));
    const built = buildRoster({ keyFiles, district: 'Kreis Musterland', threshold: 3, perturbation: false }, NOW);
    expect(built.problems).toEqual([]);
    const rosterText = new TextDecoder().decode(built.roster!.bytes);
    for (const s of stores) s.statistics.importRoster({ text: rosterText });
    const files = [];
    for (const [i, s] of stores.entries()) {
      files.push({ name: `stelle-${i}.json`, text: new TextDecoder().decode((await s.statistics.export({ period: '2026-Q3', format: 'json' })).bytes) });
      for (const table of rawIndicators(prepareStatistics({ store: s.store, now: () => s.clock.now }, '2026-Q3').input)) {
        if (table.kind !== 'counts') continue;
        table.rows.forEach((row, r) =>
          table.columns.forEach((column, c) => {
            const key = `${table.id}|${row.key}|${column.key}`;
            exact.set(key, (exact.get(key) ?? 0) + table.counts[r]![c]!);
          }),
        );
      }
    }
    const merged = merge({ files });
    expect(merged.problems).toEqual([]);
    report = merged.report!;
  }, 120_000);

  it('every published district count is the sum of the units’ raw counts, and none is 1..k−1', () => {
    expect(report.aggregation).toMatchObject({ threshold: 3, perturbation: null });
    expect(report.units.map((u) => u.name)).toEqual(['KIM Stelle Nord', 'KIM Stelle Mitte', 'KIM Stelle Süd']);
    let compared = 0;
    for (const table of countTables(report).filter((t) => !t.id.includes('stunden'))) {
      table.rows.forEach((row, r) =>
        table.columns.forEach((column, c) => {
          const cell = table.cells[r]![c]!;
          if (cell.value === null) return;
          const key = `${table.id}|${row.key}|${column.key}`;
          expect(cell.value, key).toBe(exact.get(key) ?? 0);
          expect(cell.value === 0 || cell.value >= 3, key).toBe(true);
          if (cell.value > 0) compared += 1;
        }),
      );
    }
    expect(compared).toBeGreaterThan(10);
    const place = countTables(report).find((t) => t.id === 'faelle-neu-gemeinde')!;
    expect(place.total.value).toBe(14 + 9 + 6);
  });
});

describe('the documents of a report from masked exports', () => {
  const district = fixtureDistrict(4, ['2026-Q3'], 12, { threshold: 3, perturbation: true });
  const report = () => merge({ files: district.files }).report!;

  it('the PDF says how the district protected the figures and what "•" means; no "≥" legend of the plain merge', async () => {
    const r = report();
    const { text } = await extractText(await getDocumentProxy(await districtReportToPdf(r)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Schutz des Kreisberichts');
    expect(flat).toContain(`Zahlen von 1 bis 2 sind verborgen (k = 3)`);
    expect(flat).toContain(`Verborgen: ${r.aggregation!.hidden} von ${r.aggregation!.entries} Angaben`);
    expect(flat).toContain('Überlagerung: Jede Zahl weicht absichtlich um bis zu ± 2 ab');
    expect(flat).toContain('für den Kreis verborgen');
    expect(flat).not.toContain('Mindestens eine Stelle hat ihren Anteil geheim gehalten');
  });

  it('the workbook: protection and legend on "Angaben", the units’ bands only for the supervision tables', async () => {
    const r = report();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await districtReportToXlsx(r)) as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const lines: string[] = [];
      workbook.getWorksheet(name)!.eachRow((row) =>
        lines.push(
          (row.values as unknown[])
            .slice(1)
            .map((v) => String(v ?? ''))
            .join(' | '),
        ),
      );
      return lines;
    };
    const about = rows('Angaben').join('\n');
    expect(about).toContain(`Verborgen: ${r.aggregation!.hidden} von ${r.aggregation!.entries} Angaben`);
    expect(about).toContain('kim-fallakte-statistik-verdeckt, Version 1');
    const bands = rows('Summen je Stelle');
    expect(bands[0]).toBe('Summen je Stelle (in Stufen)');
    const listed = bands.filter((line) => / \| (Fälle|Kontakte|Beratungen) \| /.test(line)).map((line) => line.split(' | ')[0]);
    const supervised = r.tables.filter((t) => t.kind === 'counts' && t.unitTotals.length > 0).map((t) => t.title);
    expect(listed).toEqual(supervised);
    expect(listed).not.toContain('Neu aufgenommene Fälle nach Wohngemeinde');
    expect(bands.some((line) => line.includes('unter 10'))).toBe(true);
  });
});
