/**
 * The anonymised statistic in Chromium, on quarters: a case manager with demo data sees the
 * newest closed quarter first, names her unit, looks at the running quarter (marked vorläufig,
 * not exportable, and why), publishes the closed quarter once after a confirmation (the page
 * then shows it published with its checksum; every later export is the same document), and is
 * warned before switching the perturbation off. Then, with the store locked, a coordinator opens
 * the Bezirksansicht from the unlock screen: the demo file is refused, the quarters of two other
 * units (made by the real statistics service) merge, compared with their previous quarter, and
 * the report is saved as Excel file and PDF. axe-core checks every screen; screenshots are for
 * looking at.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { districtCellText, type DistrictCountTable } from '../../electron/contract/areas/district';
import { statisticsDocument, type CountTableDoc } from '../../electron/contract/statisticsDocument';
import type { Services } from '../../electron/services';
import { DEMO_SETTING } from '../../electron/services/seed';
import { writeSetting } from '../../db/queries/settings';
import { bridge, e2eNow, E2E_TODAY, expectNoAxeViolations, screenshot, useChromium, setUpStore } from './harness';

// The stores are seeded before Chromium starts: no test waits on a slow fixture with a browser open.
let services: Services;
let units: { services: Services; name: string }[];
beforeAll(async () => {
  services = await seededStore(30);
  units = [
    { services: await unitStore(20, 'KIM DRK Beckum', 'DRK'), name: 'KIM DRK Beckum' },
    { services: await unitStore(45, 'KIM Caritas Oelde', 'Caritas'), name: 'KIM Caritas Oelde' },
  ];
}, 180_000);
const chromium = useChromium();

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const h2 = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

/** E2E_TODAY is 23.11.2026: 2026-Q4 runs, 2026-Q3 is the newest closed quarter. */
const RUNNING = '2026-Q4';
const CLOSED = '2026-Q3';
const BEFORE = '2026-Q2';
const TODAY_GERMAN = E2E_TODAY.split('-').reverse().join('.');

/**
 * A screenshot and axe. The preview's tables are checked whole where they first appear (and with
 * the badges of a running quarter); a step that changes only one part of the page has axe look at
 * that part: axe over every table takes several seconds each time.
 */
async function look(page: Page, name: string, changed: string[] = []): Promise<void> {
  await screenshot(page, `statistik-${name}`);
  await expectNoAxeViolations(page, name, changed);
}

/** A store set up and filled with demo data. */
async function seededStore(cases: number): Promise<Services> {
  const services = await setUpStore();
  await services.demo.load({ cases });
  return services;
}

/**
 * Another unit's store: seeded like the first, then standing in for a unit with real data (the
 * district view refuses documents of demo stores), so its quarters can be merged.
 */
async function unitStore(cases: number, name: string, traeger: string): Promise<Services> {
  const services = await seededStore(cases);
  writeSetting(services.store.session().db, DEMO_SETTING, false, e2eNow());
  services.statistics.updateSettings({ unitName: name, traeger, municipality: name.split(' ').at(-1)! });
  return services;
}

async function jsonExport(services: Services, period: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const made = await services.statistics.export({ period, format: 'json' });
  return { name: made.fileName, mimeType: 'application/json', buffer: Buffer.from(made.bytes) };
}

async function download(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  return { fileName: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

describe('the statistic and the Bezirksansicht in Chromium', () => {
  it('previews quarters, publishes a closed one once, then merges units without unlocking', { timeout: 240_000 }, async () => {
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    await bridge(page, services);
    await page.goto(chromium.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });

    // 1. The preview of a unit that has not named itself yet: the newest closed quarter first.
    await page.keyboard.press('Alt+4');
    await h1(page, 'Statistik').waitFor();
    await h2(page, 'Überblick').waitFor({ timeout: 30_000 });
    const picker = page.getByLabel('Quartal', { exact: true });
    expect(await picker.inputValue()).toBe(CLOSED);
    const options = await picker.locator('option').evaluateAll((all) => all.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.every(([value]) => /^\d{4}-Q[1-4]$/.test(value!))).toBe(true);
    expect(options.map(([value]) => value)).toEqual(
      options
        .map(([value]) => value)
        .sort()
        .reverse(),
    );
    expect(options.slice(0, 2)).toEqual([
      [RUNNING, '4. Quartal 2026 – läuft noch (vorläufig)'],
      [CLOSED, '3. Quartal 2026 – bereit zum Export'],
    ]);
    await page.getByText('Vor dem Export fehlt noch etwas').waitFor();
    await page.getByText('Beispieldaten – die Bezirksansicht nimmt diese Datei nicht an').waitFor();
    expect(await button(page, 'Als JSON-Datei speichern').isDisabled()).toBe(true);
    await look(page, '01-vorschau-ohne-namen');

    // 2. The settings: the unit's name, Träger and municipality; the perturbation is on.
    await page.getByRole('link', { name: 'Zu den Einstellungen der Statistik' }).first().click();
    await expect.poll(() => focused(page)).toBe('Einstellungen der Statistik');
    const settings = page.getByRole('region', { name: 'Einstellungen der Statistik' });
    expect(await settings.getByRole('radio', { name: 'Eingeschaltet (empfohlen)' }).isChecked()).toBe(true);
    await settings.getByLabel('Name der Stelle', { exact: true }).fill('KIM Stadt Ahlen');
    await settings.getByLabel('Träger (optional)', { exact: true }).fill('Stadt Ahlen');
    await settings.getByLabel('Gemeinde (optional)', { exact: true }).fill('Ahlen');
    await settings.getByLabel('Name der Stelle', { exact: true }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Die Einstellungen der Statistik sind gespeichert' }).waitFor();
    await page.getByText('Vor dem Export fehlt noch etwas').waitFor({ state: 'detached' });
    expect(services.statistics.settings().unit.name).toBe('KIM Stadt Ahlen');
    await look(page, '02-einstellungen-gespeichert', ['.stats-settings']);

    // 3. The running quarter, by keyboard: vorläufig, why it cannot be exported yet, no export.
    await picker.focus();
    await page.keyboard.press('ArrowUp');
    expect(await picker.inputValue()).toBe(RUNNING);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Überblick');
    await page.getByText('Vorläufiger Stand: Das 4. Quartal 2026 läuft noch bis 31.12.2026.').waitFor();
    await page.getByText(/^Exportieren können Sie dieses Quartal ab dem 01\.01\.2027\. Jedes Quartal wird genau einmal veröffentlicht/).waitFor();
    expect(await page.locator('.stats-table-block .stats-badge').count()).toBe(await page.locator('.stats-table-block').count());
    for (const name of ['Als Excel-Datei speichern', 'Als JSON-Datei speichern']) expect(await button(page, name).isDisabled()).toBe(true);
    await page.getByText('Dieses Quartal läuft noch. Speichern können Sie es ab dem 01.01.2027, wenn es abgeschlossen ist.').waitFor();
    await expect(services.statistics.export({ period: RUNNING, format: 'json' })).rejects.toMatchObject({ code: 'PERIOD_RUNNING' });
    await look(page, '03-vorlaeufig');

    // 4. The closed quarter as it leaves the device: sections, tables, charts, what is withheld.
    await picker.selectOption(CLOSED);
    await button(page, 'Vorschau anzeigen').click();
    await page.getByText(/^3\. Quartal 2026 ist abgeschlossen\./).waitFor();
    const preview = services.statistics.preview({ period: CLOSED });
    expect(preview.state).toBe('bereit');
    for (const section of ['Fälle', 'Kontakte', 'Assessments, Ziele und Vereinbarungen', 'Vermittlungen und Lücken im System', 'Fallabschlüsse']) {
      await h2(page, section).waitFor();
    }
    expect(await page.locator('.stats-table-block').count()).toBe(preview.document.tables.length);
    expect(await page.getByRole('img', { name: /^Balkendiagramm: / }).count()).toBeGreaterThanOrEqual(3);
    const withheld = preview.suppressed.reduce((sum, s) => sum + s.small + s.protecting + s.measures, 0);
    if (withheld > 0) {
      await page.getByText(/^Verborgen in diesem Quartal: .* in \d+ Tabellen?\.$/).waitFor();
      expect(await page.locator('.stats-hidden').count()).toBeGreaterThan(0);
    }
    const active = preview.document.tables.find((t): t is CountTableDoc => t.kind === 'counts' && t.id === 'faelle-laufend-zielgruppe')!;
    const lastRow = page.getByRole('table', { name: active.title, exact: true }).getByRole('row').last();
    expect(await lastRow.textContent()).toBe(`Insgesamt${active.total === null ? '•verborgen' : active.total.toLocaleString('de-DE')}`);
    await screenshot(page, 'statistik-04-vorschau');

    // 5. The first export asks; cancelled, nothing is published.
    await button(page, 'Als JSON-Datei speichern').click();
    const question = page.getByRole('group', { name: '3. Quartal 2026 jetzt veröffentlichen?' });
    await question.waitFor();
    await look(page, '05-festschreiben-fragen', ['.stats-export']);
    await button(question, 'Abbrechen').click();
    await question.waitFor({ state: 'detached' });
    expect(services.statistics.preview({ period: CLOSED }).state).toBe('bereit');

    // Confirmed: the JSON file the schema accepts; the quarter is published, with its checksum.
    await button(page, 'Als JSON-Datei speichern').click();
    const json = await download(page, 'Festschreiben und als JSON-Datei speichern');
    expect(json.fileName).toBe(`kim-statistik_kim-stadt-ahlen_${CLOSED}.json`);
    const exported = statisticsDocument.parse(JSON.parse(json.bytes.toString('utf8')));
    expect(exported.unit.name).toBe('KIM Stadt Ahlen');
    expect(exported.period.label).toBe(CLOSED);
    expect(exported.demo).toBe(true);
    expect(exported.tables.map((t) => t.id)).toEqual(preview.document.tables.map((t) => t.id));
    await page
      .getByRole('status')
      .filter({ hasText: `Die Datei „${json.fileName}“ wird gespeichert. Der Export ist im Protokoll der Fallakte vermerkt.` })
      .waitFor();
    await page.getByText(`Veröffentlicht am ${TODAY_GERMAN}`, { exact: true }).waitFor();
    const sha256 = crypto.createHash('sha256').update(json.bytes).digest('hex');
    await page.getByText(`${sha256.slice(0, 8)} ${sha256.slice(8, 16)} …`).waitFor();
    expect(await picker.locator('option', { hasText: `3. Quartal 2026 – veröffentlicht am ${TODAY_GERMAN}` }).count()).toBe(1);

    // Later exports repeat the document, without asking: the Excel file, and the JSON byte for byte.
    const xlsx = await download(page, 'Als Excel-Datei speichern');
    expect(xlsx.fileName).toBe(`kim-statistik_kim-stadt-ahlen_${CLOSED}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const again = await download(page, 'Als JSON-Datei speichern');
    expect(again.bytes.equals(json.bytes)).toBe(true);
    await look(page, '06-veroeffentlicht', ['.stats-export', '.stats-period', '[aria-labelledby="statistik-ueberblick"]']);

    // 6. Switching the perturbation off warns and asks; kept on, nothing changes.
    await settings.getByRole('radio', { name: 'Ausgeschaltet' }).check();
    await settings.getByText('Ohne Überlagerung ist der Schutz schwächer').waitFor();
    await button(settings, 'Einstellungen speichern').click();
    const ask = settings.getByRole('group', { name: 'Überlagerung wirklich ausschalten?' });
    await ask.waitFor();
    await look(page, '07-ueberlagerung-fragen', ['.stats-settings']);
    await button(ask, 'Eingeschaltet lassen').click();
    expect(await settings.getByRole('radio', { name: 'Eingeschaltet (empfohlen)' }).isChecked()).toBe(true);
    expect(services.statistics.settings().perturbation).toBe(true);

    // 7. The Bezirksansicht inside the app, reached from the Statistik page.
    await button(page, 'Bezirksansicht öffnen').click();
    await h1(page, 'Bezirksansicht').waitFor();
    await button(page, 'Zurück zur Statistik').click();
    await h1(page, 'Statistik').waitFor();

    // Two more units with their closed quarter and the one before, made by the real statistics service.
    const current = await Promise.all(units.map((u) => jsonExport(u.services, CLOSED)));
    const before = await Promise.all(units.map((u) => jsonExport(u.services, BEFORE)));
    const demoFile = { name: json.fileName, mimeType: 'application/json', buffer: json.bytes };
    const asText = (files: typeof current) => files.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
    const refused = services.district.merge({ files: asText([demoFile, ...current]) });
    expect(refused.problems.map((p) => p.file)).toEqual([json.fileName]);
    const expected = services.district.merge({ files: asText(current), previous: asText(before), districtName: 'Kreis Warendorf' });
    expect(expected.problems).toEqual([]);

    // 8. Locked, the coordinator opens the Bezirksansicht from the unlock screen.
    await page.getByRole('button', { name: /^Sperren/ }).click();
    await h1(page, 'Fallakte entsperren').waitFor();
    expect(services.store.status().state).toBe('locked');
    await button(page, 'Bezirksansicht öffnen (ohne Fallakte)').click();
    await h1(page, 'Bezirksansicht').waitFor();
    await page.getByText('Die Fallakte bleibt dabei gesperrt.', { exact: false }).waitFor();
    await look(page, '08-bezirk-leer');

    // The demo unit's file is refused with its German reason.
    await page.getByLabel('Statistik-Dateien des Zeitraums (JSON)', { exact: true }).setInputFiles([demoFile, ...current]);
    await page.getByText(/^Ausgewählt \(3\)/).waitFor();
    await button(page, 'Zusammenführen').click();
    await h2(page, 'Diese Dateien können nicht zusammengeführt werden').waitFor();
    await page.getByRole('listitem').filter({ hasText: json.fileName }).filter({ hasText: refused.problems[0]!.message }).waitFor();
    await look(page, '09-bezirk-demo-abgelehnt');

    // Two units and their previous quarter merge.
    await page.getByLabel('Statistik-Dateien des Zeitraums (JSON)', { exact: true }).setInputFiles(current);
    await page.getByLabel('Dateien des vorherigen Zeitraums zum Vergleich (optional)', { exact: true }).setInputFiles(before);
    await page.getByLabel('Name des Kreises (optional)', { exact: true }).fill('Kreis Warendorf');
    await page
      .getByText(/^Ausgewählt \(2\)/)
      .first()
      .waitFor();
    await button(page, 'Zusammenführen').click();
    await h2(page, 'Überblick').waitFor();
    await page.getByText(`Kreis Warendorf: ${expected.report!.period.title}`).waitFor();
    const unitRows = page.getByRole('table', { name: '2 beteiligte Stellen' }).getByRole('row');
    expect(await unitRows.count()).toBe(3);
    for (const { name } of units) await unitRows.filter({ hasText: name }).waitFor();
    await page.getByText(`Verglichen mit: ${expected.report!.previous!.period.title} (2 Stellen).`).waitFor();

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
    await look(page, '10-bezirk-zusammengefuehrt');

    // 9. The report for the committee.
    const pdf = await download(page, 'Bericht als PDF');
    expect(pdf.fileName).toBe(`KIM-Kreisbericht_Kreis-Warendorf_${CLOSED}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const report = await download(page, 'Bericht als Excel-Datei');
    expect(report.fileName).toBe(`KIM-Kreisbericht_Kreis-Warendorf_${CLOSED}.xlsx`);
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
