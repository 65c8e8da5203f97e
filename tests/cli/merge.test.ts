import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/tempStore';
import { asFormatOne, sampleDistrict } from '../fixtures/statisticsDocuments';
import { kim } from './helpers';
import type { DistrictReport } from '../../electron/contract/areas/district';
import { fixtureDistrict } from '../fixtures/maskedExports';

/** A folder with three exports of 2026-Q3 and three of 2026-Q2. */
function exportsFolder() {
  const dir = tempDir();
  sampleDistrict('2026-Q3').docs.forEach((doc, i) => fs.writeFileSync(path.join(dir, `stelle-${i + 1}.json`), JSON.stringify(doc)));
  sampleDistrict('2026-Q2', 2).docs.forEach((doc, i) => fs.writeFileSync(path.join(dir, `vorher-${i + 1}.json`), JSON.stringify(doc)));
  return dir;
}
const current = ['stelle-1.json', 'stelle-2.json', 'stelle-3.json'];

describe('kim merge', () => {
  it('writes the district report as PDF, without a store or a passphrase', async () => {
    const dir = exportsFolder();
    const run = await kim(['merge', ...current, '--out', 'kreis.pdf', '--district', 'Kreis Musterland'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.asked).toEqual([]);
    expect(run.stdout).toContain(`Der Kreisbericht für 3. Quartal 2026 ist geschrieben: ${path.join(dir, 'kreis.pdf')}`);
    expect(run.stdout).toContain('3 Stellen: KI Kreis Musterland, DRK Kreisverband, Beratung Nordstadt, Diakonie Südtal');
    const pdf = new Uint8Array(fs.readFileSync(path.join(dir, 'kreis.pdf')));
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text).toContain('Kreis Musterland');
    expect(text).toContain('Statistik 3. Quartal 2026');
    // only the report was added; no store was created
    expect(fs.readdirSync(dir).sort()).toEqual(['kreis.pdf', ...current, 'vorher-1.json', 'vorher-2.json', 'vorher-3.json'].sort());
  });

  it('writes XLSX with a comparison given by --previous (repeated)', async () => {
    const dir = exportsFolder();
    const run = await kim(
      ['merge', ...current, '--previous', 'vorher-1.json', '--previous', 'vorher-2.json', '--previous', 'vorher-3.json', '--out', 'bericht.xlsx'],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Verglichen mit 2. Quartal 2026 (3 Stellen)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(path.join(dir, 'bericht.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toContain('Summen je Stelle');
    let comparison = false;
    workbook.worksheets[2]!.eachRow((row) => {
      if (row.getCell(1).value === 'Vergleich mit 2. Quartal 2026') comparison = true;
    });
    expect(comparison).toBe(true);
  });

  it('refuses bad exports, naming each file and what is wrong, and writes nothing', async () => {
    const dir = exportsFolder();
    fs.writeFileSync(path.join(dir, 'notiz.json'), 'kein JSON');
    const run = await kim(['merge', ...current, 'stelle-1.json', 'notiz.json', 'vorher-1.json', '--out', 'kreis.pdf'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Der Bericht wurde nicht erstellt');
    expect(run.stderr).toMatch(/stelle-1\.json: Diese Datei ist inhaltsgleich mit „stelle-1\.json“/);
    expect(run.stderr).toMatch(/notiz\.json: Die Datei ist keine lesbare JSON-Datei/);
    expect(run.stderr).toMatch(
      /vorher-1\.json: Dieser Export gilt für das 2\. Quartal 2026, die übrigen für 3\. Quartal 2026\. .*Um Quartale zu einem Halbjahr oder Jahr zusammenzufassen/,
    );
    expect(fs.existsSync(path.join(dir, 'kreis.pdf'))).toBe(false);
  });

  it('builds the half-year from the quarters given, and says which unit missed one', async () => {
    const dir = exportsFolder();
    // vorher-* are 2026-Q2; with Q1 of the first two units the files make up the 1st half-year
    sampleDistrict('2026-Q1')
      .docs.slice(0, 2)
      .forEach((doc, i) => fs.writeFileSync(path.join(dir, `q1-${i + 1}.json`), JSON.stringify(doc)));
    const run = await kim(['merge', 'q1-1.json', 'q1-2.json', 'vorher-1.json', 'vorher-2.json', 'vorher-3.json', '--out', 'h1.pdf'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Der Kreisbericht für 1. Halbjahr 2026 ist geschrieben: ${path.join(dir, 'h1.pdf')}`);
    expect(run.stdout).toContain('Zusammengesetzt aus dem 1. und 2. Quartal 2026');
    expect(run.stdout).toContain('Hinweis: Von „Diakonie Südtal“ fehlt der Export für das 1. Quartal 2026.');
    const pdf = new Uint8Array(fs.readFileSync(path.join(dir, 'h1.pdf')));
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text).toContain('Statistik 1. Halbjahr 2026');
  });

  it('refuses format 1 and demo exports with their reasons', async () => {
    const dir = exportsFolder();
    const [first, second] = sampleDistrict('2026-Q3').docs;
    fs.writeFileSync(path.join(dir, 'alt.json'), JSON.stringify(asFormatOne(first!, { label: '2026-H1', kind: 'halbjahr' })));
    fs.writeFileSync(path.join(dir, 'demo.json'), JSON.stringify({ ...second!, demo: true }));
    const run = await kim(['merge', 'stelle-3.json', 'alt.json', 'demo.json', '--out', 'kreis.pdf'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/alt\.json: Diese Datei hat das Format 1 einer früheren Version der KIM Fallakte\. Die Statistik wurde seitdem neu gestaltet/);
    expect(run.stderr).toContain(
      'demo.json: Diese Datei wurde aus einer Fallakte mit Demodaten erstellt. Demodaten dürfen nicht in die Statistik des Kreises.',
    );
    expect(fs.existsSync(path.join(dir, 'kreis.pdf'))).toBe(false);
  });

  it('reports a comparison period that is not earlier', async () => {
    const dir = exportsFolder();
    const run = await kim(['merge', 'vorher-1.json', '--previous', 'stelle-1.json', '--out', 'kreis.xlsx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stelle-1.json (Vergleichszeitraum): Der Vergleichszeitraum 3. Quartal 2026 liegt nicht vor 2. Quartal 2026.');
  });

  it('explains wrong calls in German (exit code 2)', async () => {
    const dir = exportsFolder();
    const cases: [string[], RegExp][] = [
      [['merge', '--out', 'kreis.pdf'], /nennen Sie die JSON-Exporte/],
      [['merge', ...current], /mit --out an/],
      [['merge', ...current, '--out', 'kreis.docx'], /auf \.xlsx, \.pdf oder \.json enden/],
      [['merge', ...current, '--out', 'fehlt/kreis.pdf'], /Den Ordner für --out gibt es nicht/],
      [['merge', ...current, '--out', 'stelle-1.json'], /zugleich ein Export, der gelesen wird/],
      [['merge', ...current, '--out', 'kreis.pdf', '--district', ' '], /--district braucht den Namen/],
      [['merge', ...current, '--out', 'kreis.pdf', '--db', 'x.db'], /--db gibt es nur bei/],
      [['verify', 'stelle-1.json'], /nimmt keine weiteren Argumente an/],
    ];
    for (const [argv, message] of cases) {
      const run = await kim(argv, { cwd: dir });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(message);
    }
    const missing = await kim(['merge', 'gibtsnicht.json', '--out', 'kreis.pdf'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Die Datei gibt es nicht: ${path.join(dir, 'gibtsnicht.json')}`);
  });

  it('writes the report as JSON (--out .json): the protected figures as the screens see them', async () => {
    const dir = exportsFolder();
    const run = await kim(['merge', ...current, '--out', 'kreis.json', '--district', 'Kreis Musterland'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'kreis.json'), 'utf8')) as DistrictReport;
    expect(report).toMatchObject({ districtName: 'Kreis Musterland', aggregation: null, period: { label: '2026-Q3' } });
    expect(report.units).toHaveLength(3);
  });
});

describe('kim merge with masked exports (Kreissumme)', () => {
  function maskedFolder() {
    const dir = tempDir();
    const district = fixtureDistrict(3, ['2026-Q3'], 31, { threshold: 4 });
    for (const file of district.files) fs.writeFileSync(path.join(dir, file.name), file.text);
    return { dir, names: district.files.map((f) => f.name), district };
  }

  it('sums the masked exports and writes only the district-protected report, as JSON, PDF and XLSX', async () => {
    const { dir, names, district } = maskedFolder();
    const run = await kim(['merge', ...names, '--out', 'kreis.json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Der Kreisbericht für 3. Quartal 2026 ist geschrieben');
    expect(run.stdout).toMatch(
      /Aus verdeckten Zahlen \(Bezirksliste Version 1\): genaue Summen, auf Ebene des Kreises geschützt \(k = 4; Überlagerung ausgeschaltet\); verborgen sind \d+ von \d+ Einträgen/,
    );
    const text = fs.readFileSync(path.join(dir, 'kreis.json'), 'utf8');
    const report = JSON.parse(text) as DistrictReport;
    expect(report.aggregation).toMatchObject({ threshold: 4, perturbation: null });
    expect(report.districtName).toBe('Kreis Musterland');
    // No file's vector, signature or key travels into the report.
    for (const file of district.files) expect(text).not.toContain(JSON.parse(file.text).signature);
    for (const unit of district.roster.units) expect(text).not.toContain(unit.keys.agreement);
    for (const out of ['kreis.pdf', 'kreis.xlsx']) {
      const written = await kim(['merge', ...names, '--out', out], { cwd: dir });
      expect(written.code, written.stderr).toBe(0);
      expect(fs.statSync(path.join(dir, out)).size).toBeGreaterThan(3_000);
    }
  });

  it('names the unit whose export is missing, and writes nothing', async () => {
    const { dir, names } = maskedFolder();
    const run = await kim(['merge', names[0]!, names[2]!, '--out', 'kreis.pdf'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Der Bericht wurde nicht erstellt');
    expect(run.stderr).toContain('Von „Stelle B“ fehlt der Export für das 3. Quartal 2026');
    expect(fs.existsSync(path.join(dir, 'kreis.pdf'))).toBe(false);
  });
});
