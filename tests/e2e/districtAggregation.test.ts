/**
 * The district statistic with hidden counts in Chromium (issue 15). Three seeded units, each
 * with a copy of its store: the unit takes part with a roster, the copy publishes the same
 * quarter the old way, with its own protected tables (a quarter is published only once per
 * store, hence the copies).
 *
 * The first unit saves its key on the Statistik page; the Bezirksansicht builds the roster from
 * the three key files; the first unit checks and imports the roster on its Statistik page (the
 * others through the services) and exports the closed quarter masked (the Excel button is gone);
 * the Bezirksansicht merges the three masked files. The same quarter merged from the units' own
 * protected tables hides far more: both counts are printed, and the masked report must hide
 * less than half. The report is saved as PDF and Excel file (for looking at, see
 * test-results/district-aggregation), and every screen is photographed at 1280×800 and 900×600.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { DistrictReport } from '../../electron/contract/areas/district';
import { maskedExport } from '../../electron/contract/districtAggregation';
import type { Services } from '../../electron/services';
import { DEMO_SETTING, seedDemoData } from '../../electron/services/seed';
import { writeSetting } from '../../db/queries/settings';
import { GOOD_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import { bridge, e2eNow, expectNoAxeViolations, realServices, setUpStore, useChromium } from './harness';

const CLOSED = '2026-Q3';
const OUT = path.resolve('test-results/district-aggregation');
const SHOTS = path.resolve('test-results/screenshots');

interface Unit {
  name: string;
  /** Takes part with the roster. */
  masked: Services;
  /** The same data, publishing its own protected tables. */
  plain: Services;
}

/**
 * A unit's store, seeded with a fixed seed (real data from then on, named), and a copy of it
 * made while it is locked: the same cases in a second store.
 */
async function unitStores(seed: number, cases: number, name: string, traeger: string): Promise<{ masked: Services; plain: Services }> {
  const masked = await setUpStore();
  await seedDemoData({ store: masked.store, now: e2eNow }, { cases, seed });
  writeSetting(masked.store.session().db, DEMO_SETTING, false, e2eNow());
  masked.statistics.updateSettings({ unitName: name, traeger, municipality: name.split(' ').at(-1)! });
  masked.store.lock('manual');
  const copy = path.join(tempDir(), 'kim.db');
  const folder = path.dirname(masked.store.dbPath);
  for (const file of fs.readdirSync(folder)) fs.copyFileSync(path.join(folder, file), path.join(path.dirname(copy), file));
  await masked.store.unlock({ passphrase: GOOD_PASSPHRASE });
  const plain = realServices(copy);
  await plain.store.unlock({ passphrase: GOOD_PASSPHRASE });
  return { masked, plain };
}

/**
 * Cases per unit: the demo spreads them over three years, so a quarter holds about a tenth; with
 * fewer, even the district's totals of most tables are below k and both reports hide alike.
 */
const CASES = 120;

let units: Unit[];
beforeAll(async () => {
  const specs = [
    { seed: 11, name: 'KIM Stadt Ahlen', traeger: 'Stadt Ahlen' },
    { seed: 12, name: 'KIM DRK Beckum', traeger: 'DRK' },
    { seed: 13, name: 'KIM Caritas Oelde', traeger: 'Caritas' },
  ];
  units = await Promise.all(specs.map(async (s) => ({ name: s.name, ...(await unitStores(s.seed, CASES, s.name, s.traeger)) })));
  fs.mkdirSync(OUT, { recursive: true });
}, 180_000);
const chromium = useChromium();

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const h2 = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

async function download(page: Page, scope: Page | Locator, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(scope, name).click()]);
  return { fileName: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

/** A part of the page (or all of it) at both window sizes. */
async function shots(page: Page, name: string, part?: Locator): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1280, 800],
    [900, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    const file = path.join(SHOTS, `bezirk-verdeckt-${name}-${width}.png`);
    if (part) await part.screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Entries of the count tables a report does not give exactly ("•" and "≥ n"), of all or of one section. */
function hiddenEntries(report: DistrictReport, section?: string): { hidden: number; entries: number } {
  const cells = report.tables.flatMap((t) =>
    t.kind === 'counts' && (!section || t.section === section) ? [...t.cells.flat(), ...(t.rowTotals ?? []), ...t.columnTotals, t.total] : [],
  );
  return { hidden: cells.filter((c) => c.value === null || c.lowerBound).length, entries: cells.length };
}

const asFile = (file: { fileName: string; bytes: Uint8Array }) => ({ name: file.fileName, mimeType: 'application/json', buffer: Buffer.from(file.bytes) });

describe('the district statistic with hidden counts in Chromium', () => {
  it('builds the roster, exports masked, merges exact district totals and hides far less than the merge of protected tables', {
    timeout: 120_000,
  }, async () => {
    const [first, ...others] = units as [Unit, Unit, Unit];
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    await bridge(page, first.masked);
    await page.goto(chromium.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });

    // 1. The first unit's key on its Statistik page: the fingerprint to read out, the key file.
    await page.keyboard.press('Alt+4');
    await h1(page, 'Statistik').waitFor();
    const section = page.getByRole('region', { name: 'Kreisstatistik mit verdeckten Zahlen' });
    await section.getByRole('heading', { level: 3, name: 'Ihr Stellenschlüssel' }).waitFor({ timeout: 30_000 });
    const fingerprint = first.masked.statistics.unitKey().fingerprint;
    expect((await section.locator('.roster-fingerprint-big').textContent())!).toBe(fingerprint.replaceAll('-', ''));
    const firstKey = await download(page, section, 'Stellenschlüssel speichern');
    const keyFiles = [asFile(firstKey), ...others.map((u) => asFile(u.masked.statistics.exportUnitKey()))];

    // 2. The Bezirksansicht builds the roster from the three key files.
    await button(page, 'Bezirksansicht öffnen').click();
    await h1(page, 'Bezirksansicht').waitFor();
    const builder = page.getByRole('region', { name: 'Bezirksliste zusammenstellen' });
    await builder.getByLabel('Stellenschlüssel der Stellen (JSON)', { exact: true }).setInputFiles(keyFiles);
    await builder.getByText(/^Ausgewählt \(3\)/).waitFor();
    await builder.getByLabel('Name des Kreises', { exact: true }).fill('Kreis Warendorf');
    expect(await builder.getByLabel('Kleinste veröffentlichte Zahl im Kreisbericht (k)', { exact: true }).inputValue()).toBe('5');
    // A new list applies from the last closed quarter (the page's clock stands on 23.11.2026).
    expect(await builder.getByLabel('Gilt ab', { exact: true }).inputValue()).toBe(CLOSED);
    await button(builder, 'Bezirksliste zusammenstellen').click();
    const made = builder.getByRole('region', { name: 'Die neue Bezirksliste' });
    await made.waitFor();
    await made.getByText('3. Quartal 2026', { exact: true }).waitFor();
    const builtUnits = made.getByRole('table', { name: '3 Stellen auf der Liste' });
    for (const unit of units) {
      await builtUnits.getByRole('row').filter({ hasText: unit.name }).filter({ hasText: unit.masked.statistics.unitKey().fingerprint }).waitFor();
    }
    await expectNoAxeViolations(page, 'Bezirksliste', ['.district-roster']);
    await shots(page, 'bezirksliste', builder);
    const rosterFile = await download(page, made, 'Bezirksliste speichern');
    const rosterText = rosterFile.bytes.toString('utf8');
    expect(JSON.parse(rosterText).validFrom).toBe(CLOSED);

    // 3. The first unit checks the roster on its Statistik page, compares, imports it.
    await button(page, 'Zurück zur Statistik').click();
    await h1(page, 'Statistik').waitFor();
    await section.getByLabel('Bezirksliste einlesen', { exact: true }).setInputFiles([asFile(rosterFile)]);
    const checked = section.getByRole('region', { name: `Bezirksliste prüfen: ${rosterFile.fileName}` });
    await checked.waitFor();
    await checked.getByText(/^Das ist Ihre erste Bezirksliste\./).waitFor();
    await checked
      .getByRole('row')
      .filter({ hasText: `${first.name} Ihre Stelle` })
      .filter({ hasText: fingerprint })
      .waitFor();
    await expectNoAxeViolations(page, 'Bezirksliste prüfen', ['.stats-roster']);
    await shots(page, 'statistik-liste-geprueft', section);
    await button(checked, 'Bezirksliste übernehmen').click();
    await section.getByText('Die Bezirksliste „Kreis Warendorf“, Version 1, ist übernommen.').waitFor();
    await section.getByText('Übernommene Bezirksliste').waitFor();
    expect(first.masked.statistics.roster()?.district).toBe('Kreis Warendorf');

    // The closed quarter goes out masked, JSON only.
    const panel = page.getByRole('region', { name: 'Statistik speichern' });
    await panel.getByText(/^Wird mit verdeckten Zahlen exportiert, für die Bezirksliste „Kreis Warendorf“, Version 1/).waitFor();
    expect(await button(panel, 'Als Excel-Datei speichern').count()).toBe(0);
    await expectNoAxeViolations(page, 'Statistik mit Bezirksliste', ['.stats-roster', '.stats-export']);
    await shots(page, 'statistik-liste-uebernommen', section);
    await shots(page, 'statistik-export', panel);
    await button(panel, 'Als JSON-Datei speichern').click();
    const firstMasked = await download(page, panel, 'Festschreiben und als JSON-Datei speichern');
    const parsed = maskedExport.parse(JSON.parse(firstMasked.bytes.toString('utf8')));
    expect(parsed.body.period.label).toBe(CLOSED);
    expect(parsed.body.roster.district).toBe('Kreis Warendorf');

    // The other units import and export through the services.
    const maskedFiles = [asFile(firstMasked)];
    for (const unit of others) {
      expect(unit.masked.statistics.checkRoster({ text: rosterText }).change).toBe('neu');
      unit.masked.statistics.importRoster({ text: rosterText });
      maskedFiles.push(asFile(await unit.masked.statistics.export({ period: CLOSED, format: 'json' })));
    }

    // 4. The Bezirksansicht merges the three masked files.
    await button(page, 'Bezirksansicht öffnen').click();
    await h1(page, 'Bezirksansicht').waitFor();
    await page.getByLabel('Statistik-Dateien des Zeitraums (JSON)', { exact: true }).setInputFiles(maskedFiles);
    await page.getByLabel('Name des Kreises (optional)', { exact: true }).fill('Kreis Warendorf');
    await page
      .getByText(/^Ausgewählt \(3\)/)
      .first()
      .waitFor();
    await button(page, 'Zusammenführen').click();
    await h2(page, 'Überblick').waitFor();
    const overview = page.getByRole('region', { name: 'Überblick' });
    await overview.getByRole('heading', { level: 3, name: 'Schutz des Kreisberichts' }).waitFor();

    // The same through the services, and the plain merge of the copies' own protected tables.
    const asText = (files: typeof maskedFiles) => files.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
    const masked = first.masked.district.merge({ files: asText(maskedFiles), districtName: 'Kreis Warendorf' });
    expect(masked.problems).toEqual([]);
    const plainFiles = await Promise.all(units.map(async (u) => asFile(await u.plain.statistics.export({ period: CLOSED, format: 'json' }))));
    const plain = first.masked.district.merge({ files: asText(plainFiles), districtName: 'Kreis Warendorf' });
    expect(plain.problems).toEqual([]);
    expect(plain.report!.aggregation).toBeNull();
    // Both reports beside the files, for reading what each hides.
    fs.writeFileSync(path.join(OUT, 'kreisbericht-verdeckt.json'), JSON.stringify(masked.report, null, 1));
    fs.writeFileSync(path.join(OUT, 'kreisbericht-geschuetzte-tabellen.json'), JSON.stringify(plain.report, null, 1));
    const counts = (section?: string) => ({ masked: hiddenEntries(masked.report!, section), plain: hiddenEntries(plain.report!, section) });
    const all = counts();
    const cases = counts('faelle');
    const line = (c: typeof all) =>
      `mit verdeckten Zahlen ${c.masked.hidden} von ${c.masked.entries}, aus den geschützten Tabellen ${c.plain.hidden} von ${c.plain.entries}`;
    console.log(`Verborgene Angaben im Kreisbericht ${CLOSED} („•“ und „≥“): ${line(all)}; davon in den Tabellen der Fälle: ${line(cases)}`);
    // The case tables (the example: new cases by target group and municipality) hide less
    // than half. Over all tables the gain is smaller: referrals, gaps, short advice and goals by
    // outcome are sparse even for the whole district, so both reports hide much of them.
    expect(cases.masked.hidden).toBeLessThan(cases.plain.hidden / 2);
    expect(all.masked.hidden).toBeLessThan(all.plain.hidden);
    const { aggregation } = masked.report!;
    await overview
      .getByText(`Verborgen: ${aggregation!.hidden.toLocaleString('de-DE')} von ${aggregation!.entries.toLocaleString('de-DE')} Angaben.`)
      .waitFor();
    await overview.getByText(/^Bezirksliste für das 3\. Quartal 2026: Version 1 \(Code /).waitFor();
    for (const unit of units) await overview.getByRole('table', { name: '3 beteiligte Stellen' }).getByRole('row').filter({ hasText: unit.name }).waitFor();
    // A table as the page shows it: the numbers of the masked merge.
    const table = masked.report!.tables.find((t) => t.kind === 'counts' && t.id === 'faelle-neu-zielgruppe');
    if (table && table.kind === 'counts') {
      const shown = await page.getByRole('table', { name: table.title, exact: true }).getByRole('row').last().locator('td').last().textContent();
      expect(shown).toContain(table.total.value === null ? '•' : table.total.value.toLocaleString('de-DE'));
    }
    await expectNoAxeViolations(page, 'Kreisbericht', ['.page-district > .panel']);
    await shots(page, 'kreisbericht-ueberblick', overview);
    // Two tables as they read: new cases by target group, and contacts with the units' totals in bands.
    const block = (title: string) => page.locator('.stats-table-block').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
    for (const [name, id] of [
      ['tabelle-zielgruppe', 'faelle-neu-zielgruppe'],
      ['tabelle-kontakte', 'kontakte-art-ort'],
    ] as const) {
      const t = masked.report!.tables.find((x) => x.id === id);
      if (t) await shots(page, name, block(t.title));
    }

    // 5. The report for the committee, as PDF and Excel file.
    const pdf = await download(page, page, 'Bericht als PDF');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    fs.writeFileSync(path.join(OUT, 'kreisbericht.pdf'), pdf.bytes);
    const xlsx = await download(page, page, 'Bericht als Excel-Datei');
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    fs.writeFileSync(path.join(OUT, 'kreisbericht.xlsx'), xlsx.bytes);
    await context.close();
  });
});
