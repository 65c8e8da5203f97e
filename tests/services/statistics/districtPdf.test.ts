import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { DistrictCountTable } from '../../../electron/contract/areas/district';
import { mergeDistrict, type ParsedExport } from '../../../electron/services/statistics/districtMerge';
import { districtReportToPdf } from '../../../electron/services/statistics/districtPdf';
import { countTable, sampleDistrict, statisticsDoc } from '../../fixtures/statisticsDocuments';

async function pagesOf(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

const parsed = (docs: ReturnType<typeof sampleDistrict>['docs'], prefix: string): ParsedExport[] =>
  docs.map((document, i) => ({ name: `${prefix}-${i}.json`, document }));
const current = sampleDistrict('2026-Q3').docs;
const previous = sampleDistrict('2026-Q2', 2).docs;

describe('districtReportToPdf', () => {
  it('starts with a title page: district, period, units, date, how to read "≥" and "•"', async () => {
    const report = mergeDistrict(parsed(current, 'q3'), parsed(previous, 'q2'), { districtName: 'Kreis Musterland', createdOn: '2026-10-12' });
    const pages = await pagesOf(await districtReportToPdf(report));
    const title = pages[0]!;
    for (const expected of [
      'Kreis Musterland',
      'Statistik 3. Quartal 2026',
      'Zeitraum: 01.07.2026 bis 30.09.2026',
      'Verglichen mit: 2. Quartal 2026',
      'Erstellt am 12.10.2026',
      'Beteiligte Stellen (3)',
      'KI Kreis Musterland (Kreis Musterland, Musterstadt)',
      'DRK Kreisverband, Beratung Nordstadt (DRK, Nordstadt)',
      'Diakonie Südtal',
      'So lesen Sie diesen Bericht',
      'mindestens 37.',
      'nicht bekannt.',
      'Auf einen Blick',
      'Seite 1 von',
    ]) {
      expect(title).toContain(expected);
    }
    expect(title).toMatch(/≥ ?37/); // the sign itself is text, not a question mark
    expect(title).not.toContain('?');
  });

  it('shows each section with its tables, lower bounds and the comparison', async () => {
    const report = mergeDistrict(parsed(current, 'q3'), parsed(previous, 'q2'), { districtName: 'Kreis Musterland' });
    const pages = await pagesOf(await districtReportToPdf(report));
    const all = pages.join('\n');
    const table = report.tables[0] as DistrictCountTable;
    const cases = pages.slice(1).find((p) => p.includes('Aktive Fälle nach Altersgruppe und Geschlecht') && p.includes('Altersgruppe'))!;
    expect(cases).toMatch(/^Fälle /);
    expect(cases).toContain('65 Jahre und älter');
    expect(cases).toContain('Summe 2. Quartal 2026');
    expect(cases).toContain('Veränderung');
    const lowerBound = table.cells.flat().find((c) => c.lowerBound && c.value !== null)!;
    expect(cases).toMatch(new RegExp(`≥ ?${lowerBound.value}`));
    expect(cases).toContain(`Summe ${table.columnTotals.map((c) => c.value).join(' ')} ${table.total.value}`);
    expect(table.total.change).toBeLessThan(0);
    // The change prints with the real minus sign (U+2212), which the embedded font has.
    expect(cases).toContain(`${table.total.previous!.value!.toLocaleString('de-DE')} ${table.total.change!.toLocaleString('de-DE').replace('-', '\u2212')}`);
    expect(all).toContain('Kontakte nach Ort');
    expect(all).toContain('Gemeinschaftsunterkunft');
    // medians per unit and quarter, with their unit of measure
    expect(all).toContain('Mediane');
    expect(all).toContain('Kennzahl / Stelle 3. Quartal 2026');
    expect(all).toContain(
      'Tage vom Erstkontakt bis zum Assessment (Median) (Tage) KI Kreis Musterland 14 Tage DRK Kreisverband, Beratung Nordstadt 21 Tage Diakonie Südtal •',
    );
    expect(pages.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
  });

  it('a half-year names its quarters, what each unit delivered, and counts its tables by quarter sum or by the last day', async () => {
    const q1 = sampleDistrict('2026-Q1').docs;
    const q2 = sampleDistrict('2026-Q2', 2).docs;
    const report = mergeDistrict(parsed([...q1, q2[0]!, q2[1]!], 'h1'), [], { districtName: 'Kreis Musterland', createdOn: '2026-12-03' });
    const pages = await pagesOf(await districtReportToPdf(report));
    const title = pages[0]!;
    for (const expected of [
      'Statistik 1. Halbjahr 2026',
      'Zeitraum: 01.01.2026 bis 30.06.2026',
      'Zusammengesetzt aus dem 1. und 2. Quartal 2026',
      'KI Kreis Musterland (Kreis Musterland, Musterstadt) geliefert: 1. Quartal 2026, 2. Quartal 2026',
      'Diakonie Südtal (Diakonie, Südtal) geliefert: 1. Quartal 2026 · fehlt: 2. Quartal 2026 (ihre Summen sind Untergrenzen)',
      'Von „Diakonie Südtal“ fehlt der Export für das 2. Quartal 2026.',
    ]) {
      expect(title).toContain(expected);
    }
    expect(title).not.toContain('?');
    const all = pages.join('\n');
    expect(all).toContain('Gezählt: Fälle · Stand am 30.06.2026 (Stichtag)');
    expect(all).toContain('Gezählt: Kontakte · Summe der Quartale (1. Halbjahr 2026)');
    // contacts: 3 × the raw counts of each complete unit, and the third unit's Q1 → a lower bound
    const places = report.tables.find((t) => t.id === 'kontakte.ort') as DistrictCountTable;
    expect(places.total.lowerBound).toBe(true);
    expect(all).toMatch(new RegExp(`Summe ≥ ?${places.total.value!.toLocaleString('de-DE').replace('.', '\\.')}`));
    expect(all).toContain('Kennzahl / Stelle 1. Quartal 2026 2. Quartal 2026');
    expect(all).toContain('Diakonie Südtal 143 Tage –');
  });

  it('splits wide tables and long ones over pages, repeating their title', async () => {
    const columns = Array.from({ length: 14 }, (_, i) => `zg_${i + 1}`);
    const rows = Array.from({ length: 60 }, (_, i) => `kommune_${i + 1}`);
    const doc = statisticsDoc({
      tables: [
        countTable({ id: 'breit', title: 'Fälle nach Zielgruppe', rows: ['a', 'b'], columns, cells: [columns.map(() => 9), columns.map(() => 12)] }),
        countTable({ id: 'lang', title: 'Fälle nach Kommune', rows, columns: ['anzahl'], cells: rows.map(() => [6]) }),
      ],
    });
    const pages = await pagesOf(await districtReportToPdf(mergeDistrict([{ name: 'a.json', document: doc }])));
    const all = pages.join('\n');
    expect(all).toContain('Fälle nach Zielgruppe (weitere Spalten)');
    expect(all).toContain('Fälle nach Kommune (Fortsetzung)');
    expect(all).toContain('Zg 14');
    expect(all).toContain('Kommune 60');
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('carries no personal data in its metadata', async () => {
    const report = mergeDistrict(parsed(current, 'q3'));
    const pdf = await districtReportToPdf(report);
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Title).toBe('Kommunales Integrationsmanagement – Bericht aus den Stellen, 3. Quartal 2026');
    expect(info.Author).toBeUndefined();
  });
});
