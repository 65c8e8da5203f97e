/**
 * 5,000 demo cases in Chromium: Heute, the case list and the search show the right things at that
 * scale and stay quick. How long each took is printed, not asserted (machines differ); the
 * screenshots are for looking at.
 *
 * The store is built once and kept under .tmp/large-store/, named by what it depends on (number of
 * cases, seed, migrations, the demo's code); each run works on a copy. KIM_LARGE_CASES sets
 * another number of cases.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createServices, type Services } from '../../electron/services';
import { seedDemoData } from '../../electron/services/seed';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, tempDir } from '../fixtures/tempStore';
import { bridge, screenshot, SCREENSHOTS, useChromium } from './harness';

const CASES = Number(process.env.KIM_LARGE_CASES ?? 5000);
const SEED = 1;
const CACHE = path.resolve('.tmp/large-store');
const SEED_CODE = path.resolve('electron/services/seed');

/** What the stored demo data depends on: when any of it changes, the store is built anew. */
function cacheKey(): string {
  const hash = crypto.createHash('sha256').update(`cases ${CASES}, seed ${SEED}\n`);
  for (const dir of [MIGRATIONS, SEED_CODE]) {
    for (const file of fs.readdirSync(dir).filter((f) => /\.(sql|ts)$/.test(f)).sort()) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const FILES = ['kim.db', 'kim.db.keys'];

/** The store with the demo cases: from the cache, or built now (several minutes for 5,000 cases). */
async function cachedStore(): Promise<string> {
  const dir = path.join(CACHE, cacheKey());
  if (FILES.every((f) => fs.existsSync(path.join(dir, f)))) return dir;
  fs.rmSync(CACHE, { recursive: true, force: true }); // older versions: only the current one is kept
  const building = `${dir}.building`;
  fs.mkdirSync(building, { recursive: true });
  const services = createServices({ dbPath: path.join(building, 'kim.db'), migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST });
  const { recoveryKey } = await services.store.create({ userName: 'Anna Beispiel', passphrase: GOOD_PASSPHRASE });
  const groups = recoveryKey.split('-');
  services.store.confirmRecoveryKey({ answers: [{ group: 3, value: groups[2]! }, { group: 4, value: groups[3]! }] });
  const started = performance.now();
  await seedDemoData({ store: services.store, now: () => new Date() }, { cases: CASES, seed: SEED });
  console.log(`[largeStore] ${CASES} Demofälle angelegt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  services.store.lock('manual'); // closes the database: everything is in kim.db, no WAL left
  fs.renameSync(building, dir);
  return dir;
}

/** A copy of the cached store, unlocked. */
async function openCopy(): Promise<Services> {
  const source = await cachedStore();
  const dir = tempDir();
  for (const file of FILES) fs.copyFileSync(path.join(source, file), path.join(dir, file));
  const services = createServices({ dbPath: path.join(dir, 'kim.db'), migrationsFolder: MIGRATIONS });
  await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
  return services;
}

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
    await page.getByRole('button', { name: /^Alle \d+ anzeigen$/ }).first().scrollIntoViewIfNeeded();
    await viewportShot(page, 'large-01b-heute-gekappt');
    const biggestRegion = page.getByRole('region', { name: new RegExp(`^${escaped(biggest.title)}`) });
    await timed(`Heute: alle ${biggest.items.length} ${biggest.title} anzeigen`, async () => {
      await biggestRegion.getByRole('button', { name: `Alle ${biggest.items.length} anzeigen` }).click();
      await expect.poll(() => biggestRegion.getByRole('listitem').count()).toBe(biggest.items.length);
    });
    await viewportShot(page, 'large-02-heute-alle');

    // Fälle: the count of all cases, and rows (the list keeps only those in view in the page).
    const count = await timed('Fälle (Alt+2 bis Anzahl und Zeilen)', async () => {
      await page.keyboard.press('Alt+2');
      await page.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
      const status = page.getByText(/^[\d.]+ Fälle, sortiert nach/);
      await status.waitFor({ timeout: 60_000 });
      await page.getByRole('row').nth(5).waitFor();
      return germanNumber(/^([\d.]+) Fälle/.exec((await status.textContent()) ?? '')![1]!);
    });
    expect(count).toBe(CASES);
    const rows = await page.getByRole('row').count();
    expect(rows).toBeGreaterThan(5);
    timings.push(`Fälle: ${rows} Zeilen im DOM für ${count} Fälle`);
    await screenshot(page, 'large-03-faelle');

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
    const word = ['Antrag', 'Jobcenter', 'Sprachkurs'].map((w) => ({ w, groups: services.search.global({ query: w }).groups })).sort((a, b) => b.groups.length - a.groups.length)[0]!;
    expect(word.groups.length).toBeGreaterThan(1);
    await timed(`Suche „${word.w}“ (${word.groups.map((g) => `${g.heading} ${g.total}`).join(', ')})`, async () => {
      await dialog.getByRole('searchbox', { name: 'Suchbegriff' }).fill(word.w);
      for (const group of word.groups) await dialog.getByRole('heading', { level: 3, name: new RegExp(`^${escaped(group.heading)}`) }).waitFor({ timeout: 30_000 });
    });
    await viewportShot(page, 'large-05-suche-gruppen');

    console.log(`[largeStore] ${CASES} Fälle, Heute ${heute.total} Einträge:\n  ${timings.join('\n  ')}`);
    await context.close();
  });
});
