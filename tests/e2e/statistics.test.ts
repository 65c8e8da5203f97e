/**
 * The anonymised statistic in Chromium: a case manager with demo data names her unit, looks at
 * the preview (tables, charts, what was hidden) and saves the JSON and Excel files; then, with the
 * store locked, a coordinator opens the Bezirksansicht from the unlock screen, imports the exports
 * of three units (made by the real statistics service on three seeded stores) together with those
 * of the previous period, sees a refused duplicate, the merged tables, charts and the comparison,
 * and saves the report as Excel file and PDF. axe-core checks every screen; screenshots are for
 * looking at.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { districtCellText, type DistrictCountTable } from '../../electron/contract/areas/district';
import { statisticsDocument, type CountTableDoc } from '../../electron/contract/statisticsDocument';
import type { Services } from '../../electron/services';
import { bridge, expectNoAxeViolations, realServices, screenshot, useChromium } from './harness';
import { GOOD_PASSPHRASE } from '../fixtures/tempStore';

const chromium = useChromium();

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const h2 = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

async function look(page: Page, name: string): Promise<void> {
  await screenshot(page, `statistik-${name}`);
  await expectNoAxeViolations(page, name);
}

/** A store set up and filled with demo data. */
async function seededStore(cases: number): Promise<Services> {
  const services = realServices();
  const { recoveryKey } = await services.store.create({ userName: 'Anna Beispiel', passphrase: GOOD_PASSPHRASE });
  const g = recoveryKey.split('-');
  services.store.confirmRecoveryKey({
    answers: [
      { group: 1, value: g[0]! },
      { group: 2, value: g[1]! },
    ],
  });
  await services.demo.load({ cases });
  return services;
}

/** The period before: 2026-Q3 → 2026-Q2, 2026-H1 → 2025-H2, 2026 → 2025. */
function previousPeriod(label: string): string {
  const year = Number(label.slice(0, 4));
  const part = label.slice(5);
  if (part === '') return String(year - 1);
  const n = Number(part.slice(1));
  const count = part.startsWith('H') ? 2 : 4;
  return n > 1 ? `${year}-${part[0]}${n - 1}` : `${year - 1}-${part[0]}${count}`;
}

async function jsonExport(services: Services, period: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const made = await services.statistics.export({ period, format: 'json' });
  return { name: made.fileName, mimeType: 'application/json', buffer: Buffer.from(made.bytes) };
}

async function download(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  return { fileName: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

describe('the statistic and the Bezirksansicht in Chromium', () => {
  it('previews and exports a unit’s statistic, then merges three units without unlocking', { timeout: 300_000 }, async () => {
    const services = await seededStore(30);
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    await bridge(page, services);
    await page.goto(chromium.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });

    // 1. The preview of a unit that has not named itself yet.
    await page.keyboard.press('Alt+4');
    await h1(page, 'Statistik').waitFor();
    await h2(page, 'Überblick').waitFor({ timeout: 30_000 });
    const started = await page.getByLabel('Zeitraum', { exact: true }).inputValue();
    expect(started).toMatch(/^\d{4}(-H[12]|-Q[1-4])?$/);
    await page.getByText('Vor dem Export fehlt noch etwas').waitFor();
    expect(await button(page, 'Als JSON-Datei speichern').isDisabled()).toBe(true);
    await look(page, '01-vorschau-ohne-namen');

    // 2. The settings: the unit's name, Träger and municipality.
    await page.getByRole('link', { name: 'Zu den Einstellungen der Statistik' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Einstellungen der Statistik');
    const settings = page.getByRole('region', { name: 'Einstellungen der Statistik' });
    await settings.getByLabel('Name der Stelle', { exact: true }).fill('KIM Stadt Ahlen');
    await settings.getByLabel('Träger (freiwillig)', { exact: true }).fill('Stadt Ahlen');
    await settings.getByLabel('Gemeinde (freiwillig)', { exact: true }).fill('Ahlen');
    await settings.getByLabel('Name der Stelle', { exact: true }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Die Einstellungen der Statistik sind gespeichert' }).waitFor();
    await page.getByText('Vor dem Export fehlt noch etwas').waitFor({ state: 'detached' });
    expect(services.statistics.settings().unit.name).toBe('KIM Stadt Ahlen');
    await look(page, '02-einstellungen-gespeichert');

    // Another period: the year so far (the first choice), by keyboard.
    const period = (await page.getByLabel('Zeitraum', { exact: true }).locator('option').first().getAttribute('value'))!;
    expect(period).toMatch(/^\d{4}$/);
    await page.getByLabel('Zeitraum', { exact: true }).selectOption(period);
    await button(page, 'Vorschau anzeigen').press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Überblick');
    await page.getByText(/^Stand: .*Dieser Zeitraum läuft noch/).waitFor();

    // 3. The preview as it leaves the device: sections, tables, charts, what was hidden.
    const preview = services.statistics.preview({ period });
    for (const section of ['Fälle', 'Kontakte', 'Assessments, Ziele und Vereinbarungen', 'Vermittlungen und Lücken im System', 'Fallabschlüsse']) {
      await h2(page, section).waitFor();
    }
    expect(await page.locator('table.stats-table').count()).toBe(preview.document.tables.length);
    const charts = page.getByRole('img', { name: /^Balkendiagramm: / });
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    const hidden = preview.suppressed.reduce((sum, s) => sum + s.cells, 0);
    if (hidden > 0) {
      await page.getByText(new RegExp(`^Insgesamt (sind ${hidden} Angaben|ist 1 Angabe) in (\\d+ Tabellen|1 Tabelle) verborgen:$`)).waitFor();
      expect(await page.locator('.stats-hidden').count()).toBeGreaterThan(0);
    }
    const active = preview.document.tables.find((t): t is CountTableDoc => t.kind === 'counts' && t.id === 'faelle-laufend-zielgruppe')!;
    const lastRow = page.getByRole('table', { name: active.title, exact: true }).getByRole('row').last();
    expect(await lastRow.textContent()).toBe(`Insgesamt${active.total === null ? '•verborgen' : active.total.toLocaleString('de-DE')}`);
    await screenshot(page, 'statistik-03-vorschau');

    // 4. The exports: a JSON file the schema accepts, an Excel file; both recorded.
    const json = await download(page, 'Als JSON-Datei speichern');
    expect(json.fileName).toBe(`kim-statistik_kim-stadt-ahlen_${period}.json`);
    const exported = statisticsDocument.parse(JSON.parse(json.bytes.toString('utf8')));
    expect(exported.unit.name).toBe('KIM Stadt Ahlen');
    expect(exported.period.label).toBe(period);
    expect(exported.tables.map((t) => t.id)).toEqual(preview.document.tables.map((t) => t.id));
    await page
      .getByRole('status')
      .filter({ hasText: `Die Datei „${json.fileName}“ wird gespeichert. Der Export ist im Protokoll der Fallakte vermerkt.` })
      .waitFor();
    const xlsx = await download(page, 'Als Excel-Datei speichern');
    expect(xlsx.fileName).toBe(`kim-statistik_kim-stadt-ahlen_${period}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await look(page, '04-exportiert');

    // 5. The Bezirksansicht inside the app, reached from the Statistik page.
    await button(page, 'Bezirksansicht öffnen').click();
    await h1(page, 'Bezirksansicht').waitFor();
    await button(page, 'Zurück zur Statistik').click();
    await h1(page, 'Statistik').waitFor();

    // Two more units, and the previous period of all three, made by the real statistics service.
    const previous = previousPeriod(period);
    const units = [{ services, name: 'KIM Stadt Ahlen' }];
    for (const [cases, name, traeger] of [
      [20, 'KIM DRK Beckum', 'DRK'],
      [45, 'KIM Caritas Oelde', 'Caritas'],
    ] as const) {
      const other = await seededStore(cases);
      other.statistics.updateSettings({ unitName: name, traeger, municipality: name.split(' ').at(-1)! });
      units.push({ services: other, name });
    }
    const current = [
      { name: json.fileName, mimeType: 'application/json', buffer: json.bytes },
      ...(await Promise.all(units.slice(1).map((u) => jsonExport(u.services, period)))),
    ];
    const before = await Promise.all(units.map((u) => jsonExport(u.services, previous)));
    const expected = services.district.merge({
      files: current.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })),
      previous: before.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })),
      districtName: 'Kreis Warendorf',
    });
    expect(expected.problems).toEqual([]);

    // 6. Locked, the coordinator opens the Bezirksansicht from the unlock screen.
    await page.getByRole('button', { name: /^Sperren/ }).click();
    await h1(page, 'Fallakte entsperren').waitFor();
    expect(services.store.status().state).toBe('locked');
    await button(page, 'Bezirksansicht öffnen (ohne Fallakte)').click();
    await h1(page, 'Bezirksansicht').waitFor();
    await page.getByText('Die Fallakte bleibt dabei gesperrt.', { exact: false }).waitFor();
    await look(page, '05-bezirk-leer');

    // A duplicate is refused with a German message per file.
    await page.getByLabel('Statistik-Dateien des Zeitraums (JSON)', { exact: true }).setInputFiles([...current, { ...current[0]!, name: 'kopie.json' }]);
    await page.getByText(/^Ausgewählt \(4\)/).waitFor();
    await button(page, 'Zusammenführen').click();
    await h2(page, 'Diese Dateien können nicht zusammengeführt werden').waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: /^kopie\.json \(Zeitraum\): Diese Datei ist inhaltsgleich mit/ })
      .waitFor();
    await look(page, '06-bezirk-doppelte-datei');

    // Three units and the previous period merge.
    await page.getByLabel('Statistik-Dateien des Zeitraums (JSON)', { exact: true }).setInputFiles(current);
    await page.getByLabel('Dateien des vorherigen Zeitraums zum Vergleich (freiwillig)', { exact: true }).setInputFiles(before);
    await page.getByLabel('Name des Kreises (freiwillig)', { exact: true }).fill('Kreis Warendorf');
    await page
      .getByText(/^Ausgewählt \(3\)/)
      .first()
      .waitFor();
    await button(page, 'Zusammenführen').click();
    await h2(page, 'Überblick').waitFor();
    await page.getByText(`Kreis Warendorf: ${expected.report!.period.title}`).waitFor();
    const unitRows = page.getByRole('table', { name: '3 beteiligte Stellen' }).getByRole('row');
    expect(await unitRows.count()).toBe(4);
    for (const { name } of units) await unitRows.filter({ hasText: name }).waitFor();
    await page.getByText(`Verglichen mit: ${expected.report!.previous!.period.title} (3 Stellen).`).waitFor();

    // The merged tables show exactly the merge's numbers, lower bounds as "≥".
    const merged = expected.report!.tables.find((t): t is DistrictCountTable => t.kind === 'counts' && t.id === 'faelle-laufend-zielgruppe')!;
    const mergedRows = page.getByRole('table', { name: merged.title, exact: true }).getByRole('row');
    for (const [i, row] of merged.rows.entries()) {
      const cell = merged.cells[i]![0]!;
      const spoken = cell.value === null ? 'nicht bekannt' : cell.lowerBound ? `mindestens ${cell.value.toLocaleString('de-DE')}` : '';
      expect(
        `${row.label}: ${await mergedRows
          .nth(i + 1)
          .locator('td')
          .first()
          .textContent()}`,
      ).toBe(`${row.label}: ${districtCellText(cell)}${spoken}`);
    }
    const bounds = expected
      .report!.tables.filter((t) => t.kind === 'counts')
      .flatMap((t) => [...t.cells.flat(), t.total])
      .filter((c) => c.lowerBound && c.value !== null);
    if (bounds.length > 0) expect(await page.locator('.district-bound').count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /^Balkendiagramm: / }).count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('table', { name: `Vergleich mit ${expected.report!.previous!.period.title} (Summen der Zeilen)` }).count()).toBeGreaterThan(0);
    await look(page, '07-bezirk-zusammengefuehrt');

    // 7. The report for the committee.
    const pdf = await download(page, 'Bericht als PDF');
    expect(pdf.fileName).toBe(`KIM-Kreisbericht_Kreis-Warendorf_${period}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const report = await download(page, 'Bericht als Excel-Datei');
    expect(report.fileName).toBe(`KIM-Kreisbericht_Kreis-Warendorf_${period}.xlsx`);
    expect(report.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page
      .getByRole('status')
      .filter({ hasText: `Der Bericht „${report.fileName}“ wird gespeichert.` })
      .waitFor();

    // All the while the case store stayed locked; back to the unlock screen.
    expect(services.store.status().state).toBe('locked');
    await button(page, 'Zurück zum Entsperren').click();
    await h1(page, 'Fallakte entsperren').waitFor();
    await context.close();
  });
});
