import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mergeDistrict, type ParsedExport } from '../../../electron/services/statistics/districtMerge';
import { districtReportToXlsx, documentToXlsx, sheetNamer } from '../../../electron/services/statistics/xlsx';
import { germanDay } from '../../../electron/contract/dayText';
import { tempDir } from '../../fixtures/tempStore';
import { countTable, measureTable, sampleDistrict, statisticsDoc } from '../../fixtures/statisticsDocuments';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Every row of a sheet as an array of its values (index 0 = column A). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
const textOf = (sheet: ExcelJS.Worksheet) =>
  rowsOf(sheet)
    .flat()
    .filter((v) => v !== null && v !== undefined)
    .join('\n');
const rowStarting = (sheet: ExcelJS.Worksheet, label: string) => rowsOf(sheet).find((r) => r[0] === label);

const unitDoc = statisticsDoc({
  unitName: 'Caritas Beratung Oststadt',
  k: 5,
  maxDeviation: 2,
  tables: [
    countTable({
      id: 'faelle.geschlecht_alter',
      title: 'Aktive Fälle am Ende des Zeitraums nach Altersgruppe und Geschlecht',
      rowTitle: 'Altersgruppe',
      rows: ['jung', 'mittel', 'alt'],
      columns: ['weiblich', 'maennlich'],
      labels: { maennlich: 'männlich' },
      cells: [
        [12, 2],
        [30, 26],
        [9, 11],
      ],
    }),
    countTable({
      id: 'faelle.zugang',
      title: 'Aktive Fälle am Ende des Zeitraums nach Zugangsweg',
      rows: ['sprechstunde', 'abh'],
      columns: ['anzahl'],
      cells: [[40], [22]],
    }),
    measureTable('zyklus.mediane', [
      { key: 'tage', label: 'Tage bis zum Assessment (Median)', value: 17 },
      { key: 'tage-zv', label: 'Tage bis zur Zielvereinbarung (Median)', value: null },
    ]),
  ],
});

describe('sheet names', () => {
  it('are at most 31 characters, unique regardless of case, without characters Excel refuses', () => {
    const name = sheetNamer();
    const names = [
      name('Angaben'),
      name('Laufende Fälle am Ende des Zeitraums nach Wohngemeinde (ohne Umzüge)'),
      name('Laufende Fälle am Ende des Zeitraums nach Wohngemeinde'),
      name('Abgeschlossene Fälle nach Aufenthaltsstatus'),
      name('Aktive Fälle am Ende des Zeitraums nach Altersgruppe und Geschlecht'),
      name('ANGABEN'),
      name('Kontakte [GU/Rathaus]: Anzahl?'),
      name('History'),
      name(''),
    ];
    expect(names).toEqual([
      'Angaben',
      'Laufende Fälle – Wohngemeinde',
      'Laufende Fälle – Wohngemein (2)',
      'Abgeschlos. – Aufenthaltsstatus',
      'Aktive Fälle am Ende des Zeitr…',
      'ANGABEN (2)',
      'Kontakte GU Rathaus Anzahl',
      'History (2)',
      'Tabelle',
    ]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});

describe("documentToXlsx (a unit's export)", () => {
  it('has "Angaben" first, then one sheet per table with German titles', async () => {
    const workbook = await read(await documentToXlsx(unitDoc));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(['Angaben', 'Aktive Fälle am Ende des Zeitr…', 'Aktive Fälle – Zugangsweg', 'Kennzahlen zyklus.mediane']);
    const about = workbook.getWorksheet('Angaben')!;
    const text = textOf(about);
    for (const expected of [
      'Caritas Beratung Oststadt',
      unitDoc.unit.id,
      '3. Quartal 2026 (01.07.2026 bis 30.09.2026)',
      'Schwelle k',
      'Zahlen von 1 bis 4 werden nicht veröffentlicht',
      'Cell-Key-Verfahren: Jede Zahl ist um höchstens 2 verändert',
      'KIM Fallakte 0.1.0',
      'kim-fallakte-statistik, Version 2',
      '05.10.2026. Das Quartal ist damit festgeschrieben',
      'Mediane nur, wenn sie auf mindestens 10 Fällen beruhen',
      'So lesen Sie „•“',
    ]) {
      expect(text).toContain(expected);
    }
    // the table of contents names each sheet with its full title
    expect(rowStarting(about, 'Aktive Fälle – Zugangsweg')).toEqual(['Aktive Fälle – Zugangsweg', 'Aktive Fälle am Ende des Zeitraums nach Zugangsweg']);
  });

  it('writes numbers as numbers, suppressed cells as "•", totals, and the legend', async () => {
    const workbook = await read(await documentToXlsx(unitDoc));
    const sheet = workbook.worksheets[1]!;
    expect(sheet.getCell('A1').value).toBe('Aktive Fälle am Ende des Zeitraums nach Altersgruppe und Geschlecht');
    expect(rowStarting(sheet, 'Altersgruppe')).toEqual(['Altersgruppe', 'Weiblich', 'männlich', 'Summe']);
    const table = unitDoc.tables[0]!;
    if (table.kind !== 'counts') throw new Error('counts expected');
    const shown = (v: number | null) => v ?? '•';
    expect(rowStarting(sheet, 'Jung')).toEqual(['Jung', ...table.cells[0]!.map(shown), shown(table.rowTotals![0]!)]);
    expect(rowStarting(sheet, 'Jung')).toContain('•'); // 2 is below k
    expect(rowStarting(sheet, 'Mittel')).toEqual(['Mittel', ...table.cells[1]!.map(shown), shown(table.rowTotals![1]!)]);
    expect(rowStarting(sheet, 'Mittel')!.filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
    expect(textOf(sheet)).toContain('Im Quartal (Halbjahre und Jahre sind die Summe ihrer Quartale)');
    expect(rowStarting(sheet, 'Summe')).toEqual(['Summe', ...table.columnTotals.map(shown), shown(table.total)]);
    expect(textOf(sheet)).toMatch(/„•“: nicht veröffentlicht\. Die Zahl lag zwischen 1 und 4/);

    const single = workbook.worksheets[2]!;
    expect(rowStarting(single, 'Merkmal')).toEqual(['Merkmal', 'Anzahl']);
    expect(rowStarting(single, 'Summe')).toEqual(['Summe', 62]);

    const measures = workbook.worksheets[3]!;
    expect(rowStarting(measures, 'Tage bis zum Assessment (Median)')).toEqual(['Tage bis zum Assessment (Median)', 17, 'Tage']);
    expect(rowStarting(measures, 'Tage bis zur Zielvereinbarung (Median)')).toEqual(['Tage bis zur Zielvereinbarung (Median)', '•', 'Tage']);
    expect(textOf(measures)).toContain('weil der Median auf weniger als 10 Fällen beruht');
  });
});

describe('districtReportToXlsx (the merged district)', () => {
  const current = sampleDistrict('2026-Q3');
  const previous = sampleDistrict('2026-Q2');
  const parsed = (docs: typeof current.docs, prefix: string): ParsedExport[] => docs.map((document, i) => ({ name: `${prefix}-${i + 1}.json`, document }));
  const report = mergeDistrict(parsed(current.docs, 'q3'), parsed(previous.docs, 'q2'), { districtName: 'Kreis Musterland', createdOn: '2026-10-12' });

  it('has "Angaben", the totals per unit, and one sheet per table', async () => {
    const workbook = await read(await districtReportToXlsx(report));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Angaben', 'Summen je Stelle', 'Aktive Fälle nach Altersgruppe…', 'Kontakte nach Ort', 'Mediane']);
    const about = textOf(workbook.getWorksheet('Angaben')!);
    for (const expected of [
      'Kommunales Integrationsmanagement – Kreis Musterland',
      '3. Quartal 2026 (01.07.2026 bis 30.09.2026)',
      '2. Quartal 2026 (01.04.2026 bis 30.06.2026), 3 Stellen',
      '„≥ 37“: mindestens 37.',
      '„•“: nicht bekannt.',
      'DRK Kreisverband, Beratung Nordstadt',
      'q3-2.json',
      '12.10.2026',
    ]) {
      expect(about).toContain(expected);
    }
  });

  it('shows exact sums as numbers and lower bounds as "≥ n" text, with the comparison and the legend', async () => {
    const workbook = await read(await districtReportToXlsx(report));
    const sheet = workbook.getWorksheet('Aktive Fälle nach Altersgruppe…')!;
    const table = report.tables[0]!;
    if (table.kind !== 'counts') throw new Error('counts expected');
    const rows = rowsOf(sheet);
    const first = rows.find((r) => r[0] === '0–17 Jahre')!;
    const expected = [...table.cells[0]!, table.rowTotals![0]!].map((c) => (c.lowerBound ? (c.value === null ? '•' : `≥ ${c.value}`) : c.value));
    expect(first).toEqual(['0–17 Jahre', ...expected]);
    expect(rows.flat()).toContainEqual(expect.stringMatching(/^≥ \d+$/));
    expect(typeof rowStarting(sheet, 'Summe')![3]).toBe('number');
    // the comparison block: now, then, change
    const compareAt = rows.findIndex((r) => r[0] === 'Vergleich mit 2. Quartal 2026');
    expect(compareAt).toBeGreaterThan(0);
    expect(rows[compareAt + 1]).toEqual(['Altersgruppe', '3. Quartal 2026', '2. Quartal 2026', 'Veränderung']);
    expect(rows.slice(compareAt).find((r) => r[0] === 'Summe')).toEqual(['Summe', table.total.value, table.total.previous!.value, table.total.change]);
    expect(textOf(sheet)).toContain('„≥ 37“: mindestens 37.');
  });

  it("lists each unit's totals and its medians by unit and quarter", async () => {
    const workbook = await read(await districtReportToXlsx(report));
    const perUnit = workbook.getWorksheet('Summen je Stelle')!;
    expect(rowStarting(perUnit, 'Tabelle')).toEqual([
      'Tabelle',
      'Gezählt',
      'KI Kreis Musterland',
      'DRK Kreisverband, Beratung Nordstadt',
      'Diakonie Südtal',
      'Kreis',
    ]);
    expect(rowStarting(perUnit, 'Kontakte nach Ort')).toEqual(['Kontakte nach Ort', 'Kontakte', 217, 139, 87, 443]);
    const measures = rowsOf(workbook.getWorksheet('Mediane')!);
    expect(measures.find((r) => r[0] === 'Tage vom Erstkontakt bis zum Assessment (Median)' && r[1] === 'Diakonie Südtal')).toEqual([
      'Tage vom Erstkontakt bis zum Assessment (Median)',
      'Diakonie Südtal',
      'Tage',
      '•',
    ]);
  });

  it('builds a half-year from two quarters: medians per quarter, deliveries and a missing quarter per unit, lower bounds per unit', async () => {
    const q1 = sampleDistrict('2026-Q1').docs;
    const q2 = sampleDistrict('2026-Q2').docs.slice(0, 2); // the third unit did not deliver its 2nd quarter
    const half = mergeDistrict([...parsed(q1, 'q1'), ...parsed(q2, 'q2')], [], { period: '2026-H1', createdOn: '2026-07-20' });
    const workbook = await read(await districtReportToXlsx(half));
    const about = textOf(workbook.getWorksheet('Angaben')!);
    expect(about).toContain('1. Halbjahr 2026 (01.01.2026 bis 30.06.2026)');
    expect(about).toContain('dem 1. und 2. Quartal 2026: Zahlen im Zeitraum als Summe der Quartale');
    const units = rowsOf(workbook.getWorksheet('Angaben')!);
    expect(units.find((r) => r[0] === 'Diakonie Südtal')?.slice(5, 7)).toEqual([`1. Quartal 2026 (${germanDay(q1[2]!.createdOn)})`, '2. Quartal 2026']);
    expect(units.find((r) => r[0] === 'KI Kreis Musterland')?.[6]).toBe('–');

    const measures = rowsOf(workbook.getWorksheet('Mediane')!);
    expect(measures.find((r) => r[0] === 'Tage vom Erstkontakt bis zum Abschluss (Median)' && r[1] === 'Diakonie Südtal')).toEqual([
      'Tage vom Erstkontakt bis zum Abschluss (Median)',
      'Diakonie Südtal',
      'Tage',
      143,
      '–',
    ]);
    const perUnit = workbook.getWorksheet('Summen je Stelle')!;
    // Contacts add up over the quarters; the unit without its 2nd quarter gives a lower bound.
    expect(rowStarting(perUnit, 'Kontakte nach Ort')).toEqual(['Kontakte nach Ort', 'Kontakte', 434, 278, '≥ 87', '≥ 799']);
  });
});

// CI installs LibreOffice (.ci/run) and must run this; elsewhere it runs when LibreOffice is there.
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasSoffice && !process.env.CI)('LibreOffice', () => {
  it('opens both workbooks and converts them', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const report = mergeDistrict(sampleDistrict().docs.map((document, i) => ({ name: `s${i}.json`, document })));
    fs.writeFileSync(path.join(dir, 'kreis.xlsx'), await districtReportToXlsx(report));
    fs.writeFileSync(path.join(dir, 'stelle.xlsx'), await documentToXlsx(unitDoc));
    // A profile of its own, so a LibreOffice the user has open is not disturbed.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const files = ['kreis.xlsx', 'stelle.xlsx'].map((file) => path.join(dir, file));
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'csv', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 170_000 });
    // CSV holds the first sheet: "Angaben".
    expect(fs.readFileSync(path.join(dir, 'kreis.csv'), 'utf8')).toContain('Kommunales Integrationsmanagement');
    expect(fs.readFileSync(path.join(dir, 'stelle.csv'), 'utf8')).toContain('Caritas Beratung Oststadt');
  });
});
