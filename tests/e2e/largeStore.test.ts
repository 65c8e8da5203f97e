/**
 * 5,000 demo cases in Chromium: Heute, the case list and the search show the right things at that
 * scale and stay quick. How long each took is printed, not asserted (machines differ); the
 * screenshots are for looking at.
 *
 * The store is built once per run, started by the global setup while the other tests run
 * (tests/fixtures/largeStore.ts, cached under .tmp/large-store/); this test waits for it before
 * Chromium starts, and works on a copy. KIM_LARGE_CASES sets another number of cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Services } from '../../electron/services';
import { copyLargeStore, LARGE_STORE_CASES, largeStorePath, largeStoreReady } from '../fixtures/largeStore';
import { tempDir } from '../fixtures/tempStore';
import { bytesReadByUnlock } from '../fixtures/unlockReads';
import { bridge, realServices, screenshot, SCREENSHOTS, useChromium } from './harness';

const CASES = LARGE_STORE_CASES;

/** A copy of the cached store, unlocked, on the tests' clock (after the moment it was seeded at). */
async function openCopy(): Promise<Services> {
  const services = realServices(copyLargeStore(tempDir()));
  await services.store.unlock({ passphrase: largeStorePath().passphrase });
  return services;
}

// Registered before useChromium's: the store is ready before Chromium is launched.
beforeAll(() => largeStoreReady(), 20 * 60_000);
const chromium = useChromium();

const timings: string[] = [];
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "1.234" → 1234 */
const germanNumber = (text: string) => Number(text.replace(/\./g, ''));

async function viewportShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

describe(`a store with ${CASES} demo cases in Chromium`, () => {
  it('Heute, the case list and the search show the right things and stay quick', { timeout: 1_800_000 }, async () => {
    const services = await openCopy();
    const heute = services.today.items({});
    const allCases = services.cases.list({});
    expect(allCases.length).toBe(CASES);
    const biggest = [...heute.groups].sort((a, b) => b.items.length - a.items.length)[0]!;
    expect(biggest.items.length).toBeGreaterThan(25);

    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    await bridge(page, services);

    // Heute: every group with its count, long ones cut at 25 with "Alle N anzeigen".
    await timed('Heute (App start bis zur ersten Gruppe)', async () => {
      await page.goto(chromium.url());
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 60_000 });
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${escaped(biggest.title)}`) }).waitFor({ timeout: 60_000 });
    });
    await page.getByText(new RegExp(`· ${heute.total} Einträge sind fällig`)).waitFor();
    for (const group of heute.groups.filter((g) => g.items.length > 0)) {
      const region = page.getByRole('region', { name: new RegExp(`^${escaped(group.title)}`) });
      await expect.poll(() => region.getByRole('listitem').count()).toBe(Math.min(25, group.items.length));
      if (group.items.length > 25) await region.getByRole('button', { name: `Alle ${group.items.length} anzeigen` }).waitFor();
    }
    await viewportShot(page, 'large-01-heute');
    await page
      .getByRole('button', { name: /^Alle \d+ anzeigen$/ })
      .first()
      .scrollIntoViewIfNeeded();
    await viewportShot(page, 'large-01b-heute-gekappt');
    const biggestRegion = page.getByRole('region', { name: new RegExp(`^${escaped(biggest.title)}`) });
    await timed(`Heute: alle ${biggest.items.length} ${biggest.title} anzeigen`, async () => {
      await biggestRegion.getByRole('button', { name: `Alle ${biggest.items.length} anzeigen` }).click();
      await expect.poll(() => biggestRegion.getByRole('listitem').count()).toBe(biggest.items.length);
    });
    await viewportShot(page, 'large-02-heute-alle');

    // Fälle: the count of the open cases, and rows (the list keeps only those in view in the page).
    const count = await timed('Fälle (Alt+2 bis Anzahl und Zeilen)', async () => {
      await page.keyboard.press('Alt+2');
      await page.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
      const status = page.getByText(/^[\d.]+ Fälle, sortiert nach/);
      await status.waitFor({ timeout: 60_000 });
      await page.getByRole('row').nth(5).waitFor();
      return germanNumber(/^([\d.]+) Fälle/.exec((await status.textContent()) ?? '')![1]!);
    });
    // The list starts with the open cases (issue 12), not all of them.
    expect(count).toBe(allCases.filter((c) => c.open).length);
    const rows = await page.getByRole('row').count();
    expect(rows).toBeGreaterThan(5);
    timings.push(`Fälle: ${rows} Zeilen im DOM für ${count} Fälle`);
    await screenshot(page, 'large-03-faelle');

    // The list comes in windows (issue 13): End on the first row goes to the last open case, whose
    // window is asked for then; the rows in the page stay a handful.
    const open = services.cases.list({ status: 'offen' });
    await page.getByRole('button', { name: open[0]!.caseNumber, exact: true }).focus();
    await timed('Fälle: Ende (der letzte offene Fall)', async () => {
      await page.keyboard.press('End');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 30_000 }).toBe(open.at(-1)!.caseNumber);
    });
    expect(await page.getByRole('row').count()).toBeLessThan(60);
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(open[0]!.caseNumber);

    // Search: Strg+K, a family name; persons (and their cases) in groups.
    const family = allCases[Math.floor(allCases.length / 2)]!.personName.split(',')[0]!.trim();
    const expected = services.search.global({ query: family });
    const personGroup = expected.groups.find((g) => g.kind === 'person')!;
    expect(personGroup.total).toBeGreaterThan(1);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Suchen' });
    await dialog.getByRole('searchbox', { name: 'Suchbegriff' }).waitFor();
    await timed(`Suche „${family}“ (Tippen bis zu den Treffern)`, async () => {
      await dialog.getByRole('searchbox', { name: 'Suchbegriff' }).fill(family);
      await dialog.getByRole('heading', { level: 3, name: new RegExp(`^${escaped(personGroup.heading)}`) }).waitFor({ timeout: 30_000 });
    });
    for (const group of expected.groups) {
      await dialog.getByRole('heading', { level: 3, name: new RegExp(`^${escaped(group.heading)}`) }).waitFor();
    }
    await expect.poll(() => dialog.getByRole('button', { name: new RegExp(escaped(family)) }).count()).toBeGreaterThan(1);
    await screenshot(page, 'large-04-suche');

    // A word from notes and goals: hits of several kinds, grouped.
    const word = ['Antrag', 'Jobcenter', 'Sprachkurs']
      .map((w) => ({ w, groups: services.search.global({ query: w }).groups }))
      .sort((a, b) => b.groups.length - a.groups.length)[0]!;
    expect(word.groups.length).toBeGreaterThan(1);
    await timed(`Suche „${word.w}“ (${word.groups.map((g) => `${g.heading} ${g.total}`).join(', ')})`, async () => {
      await dialog.getByRole('searchbox', { name: 'Suchbegriff' }).fill(word.w);
      for (const group of word.groups)
        await dialog.getByRole('heading', { level: 3, name: new RegExp(`^${escaped(group.heading)}`) }).waitFor({ timeout: 30_000 });
    });
    await viewportShot(page, 'large-05-suche-gruppen');

    console.log(`[largeStore] ${CASES} Fälle, Heute ${heute.total} Einträge:\n  ${timings.join('\n  ')}`);
    await context.close();
  });
  it('unlock reads a bounded part of the store: about what a new, empty store needs, not its hundreds of MB', async () => {
    const copy = copyLargeStore(tempDir());
    const fresh = realServices();
    await fresh.store.create({ userName: 'Test Beraterin', passphrase: largeStorePath().passphrase });
    fresh.store.lock('manual');

    const readNew = bytesReadByUnlock(fresh.store.dbPath);
    const readLarge = bytesReadByUnlock(copy);
    const size = fs.statSync(copy).size;
    const figures = `Entsperren liest: neue Fallakte ${readNew} Bytes, ${CASES} Fälle (${size} Bytes) ${readLarge} Bytes`;
    console.log(`[largeStore] ${figures}`);
    expect(size).toBeGreaterThan(50 * 1024 * 1024);
    expect(readLarge, figures).toBeLessThan(2 * 1024 * 1024);
    expect(readLarge - readNew, figures).toBeLessThan(256 * 1024);
  });
});
