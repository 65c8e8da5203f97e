/**
 * Seeded demo stores for the attacks (150 and 1,500 cases), each built once and kept under
 * .tmp/attack-stores/ named by everything its content depends on (like tests/fixtures/largeStore:
 * the seed's options and moment, the migrations, and the code that writes records). A test copies
 * the cached files before it opens them (opening writes), so every test starts from the same store.
 *
 * Also: the quarters of the seed window, publishing all of them, and the true counts behind them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../../electron/services';
import type { ServiceContext } from '../../electron/services/context';
import { seedDemoData } from '../../electron/services/seed';
import { prepareStatistics, rawIndicators } from '../../electron/services/statistics/document';
import type { StatisticsDocument } from '../../electron/contract/statisticsDocument';
import { writeSetting } from '../../db/queries/settings';
import { runningClock, tempDir } from '../fixtures/tempStore';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST } from '../fixtures/storeSettings';
import { truthOf } from './attack';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, '.tmp/attack-stores');
const FILES = ['kim.db', 'kim.db.keys'] as const;
const SEED = 1;
/** Monday, 23 November 2026, 07:00 local time: the demo data's "today" (its window: the three years before). */
export const SEEDED_AT = new Date(2026, 10, 23, 7, 0);
/** The day the unit exports: Thursday, 3 December 2026, 10:00 local time (2026-Q4 runs). */
export const EXPORT_AT = new Date(2026, 11, 3, 10, 0);
const UNIT_SECRET = 'angriffstest-geheimnis-der-stelle-1';
/** The closed quarters the seed window touches (23.11.2023 – 23.11.2026). */
export const SEED_QUARTERS = ['2023-Q4', ...['2024', '2025'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)), '2026-Q1', '2026-Q2', '2026-Q3'];
export const RUNNING_QUARTER = '2026-Q4';

/** Source folders whose code decides what the seed writes (the statistics, under test, do not). */
const WRITERS = ['db', 'electron/contract', 'electron/services'];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return full.endsWith(path.join('services', 'statistics')) ? [] : filesUnder(full);
      return /\.(sql|ts|json)$/.test(e.name) ? [full] : [];
    })
    .sort();
}

function cacheKey(cases: number): string {
  // The local moment, not its instant: a store seeded in one time zone serves a run in another
  // (the attack reads its truth from the same copy it attacks), so the clock run reuses it.
  const hash = crypto.createHash('sha256').update(`cases ${cases}, seed ${SEED}, now ${SEEDED_AT.toLocaleString('sv-SE')}\n`);
  for (const file of WRITERS.flatMap((d) => filesUnder(path.join(ROOT, d)))) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  return `${cases}-${hash.digest('hex').slice(0, 16)}`;
}

const complete = (dir: string) => FILES.every((f) => fs.existsSync(path.join(dir, f)));

/** The cached store's folder, built now if missing; returns how long building took (0 when cached). */
export async function ensureSeededStore(cases: number): Promise<{ dir: string; seconds: number }> {
  const key = cacheKey(cases);
  const dir = path.join(CACHE, key);
  if (complete(dir)) return { dir, seconds: 0 };
  const started = performance.now();
  fs.mkdirSync(CACHE, { recursive: true });
  // Older builds of this size go; a parallel builder of the same store works in its own folder.
  for (const old of fs.readdirSync(CACHE))
    if (old.startsWith(`${cases}-`) && old !== key && !old.includes('.building')) fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
  const building = `${dir}.building-${process.pid}-${crypto.randomUUID().slice(0, 8)}`;
  fs.mkdirSync(building, { recursive: true });
  const now = () => SEEDED_AT;
  const services = createServices({ dbPath: path.join(building, 'kim.db'), migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now });
  const { recoveryKey } = await services.store.create({ userName: 'Anna Beispiel', passphrase: GOOD_PASSPHRASE });
  const [, , third = '', fourth = ''] = recoveryKey.split('-');
  services.store.confirmRecoveryKey({
    answers: [
      { group: 3, value: third },
      { group: 4, value: fourth },
    ],
  });
  await seedDemoData({ store: services.store, now }, { cases, seed: SEED });
  services.store.lock('manual');
  try {
    fs.renameSync(building, dir);
  } catch {
    fs.rmSync(building, { recursive: true, force: true }); // another worker finished first: its copy is the same
  }
  return { dir, seconds: (performance.now() - started) / 1000 };
}

/** An unlocked copy of the cached store, on a clock that starts at `start`. */
export async function openCopy(cases: number, start: Date = EXPORT_AT) {
  const { dir } = await ensureSeededStore(cases);
  const target = tempDir();
  for (const f of FILES) fs.copyFileSync(path.join(dir, f), path.join(target, f));
  const now = runningClock(start);
  const services = createServices({ dbPath: path.join(target, 'kim.db'), migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now });
  await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
  // A fixed secret of the unit (cell keys, order of secondary suppression), so every run publishes
  // the same documents and a finding can be reproduced; the unit makes its own at random.
  writeSetting(services.store.session().db, 'statistics.cellKeySecret', UNIT_SECRET, now());
  const ctx: ServiceContext = { store: services.store, now };
  return { ...services, ctx };
}

export type OpenStore = Awaited<ReturnType<typeof openCopy>>;

const decoder = new TextDecoder();

/** Exports a quarter as JSON, as the unit would hand it over. */
export async function exportQuarter(s: OpenStore, period: string): Promise<{ text: string; document: StatisticsDocument }> {
  const { bytes } = await s.statistics.export({ period, format: 'json' });
  const text = decoder.decode(bytes);
  return { text, document: JSON.parse(text) as StatisticsDocument };
}

/** The raw indicator tables of a quarter (true counts, measures with their basis), as the statistic reads them now. */
export const rawTables = (s: OpenStore, period: string) => rawIndicators(prepareStatistics(s.ctx, period).input);

/** The true counts of a quarter, as the statistic reads them from the store now. */
export function trueCounts(s: OpenStore, period: string): Map<string, number> {
  return truthOf(period, rawTables(s, period));
}

/** Sets the unit up (a name is needed before the first export) and publishes every quarter of the seed window. */
export async function publishAll(s: OpenStore, settings: { perturbation: boolean }) {
  s.statistics.updateSettings({ unitName: 'Integrationsagentur Teststadt', perturbation: settings.perturbation });
  const documents: StatisticsDocument[] = [];
  const truth = new Map<string, number>();
  const raws = new Map<string, ReturnType<typeof rawTables>>();
  for (const period of SEED_QUARTERS) {
    documents.push((await exportQuarter(s, period)).document);
    raws.set(period, rawTables(s, period));
    for (const [name, value] of truthOf(period, raws.get(period)!)) truth.set(name, value);
  }
  return { documents, truth, raws };
}
