/**
 * The benchmark's stores: an encrypted demo store of N cases, seeded once and kept under
 * .tmp/bench/ (named by everything its content depends on, like the browser tests' large store),
 * and an unencrypted copy of it made with the cipher's own rekey to no key. Each run works on fresh
 * copies, because opening a store writes to it. Opening runs the real services on both: the
 * plain side's store service is unlocked on an encrypted copy as usual, and then the connection
 * under it is swapped for the plain file, configured exactly like the app's (db/open configure).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyCipherKey, configure, type DbSession } from '../../db/open';
import { createServices } from '../../electron/services';
import { seedDemoData } from '../../electron/services/seed';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST } from '../fixtures/storeSettings';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, '.tmp/bench');
/** Monday, 23 November 2026, 07:00 local time: the demo data is written at this moment, so it is the same on any day. */
export const SEEDED_AT = new Date(2026, 10, 23, 7, 0);
/** The moment the workloads run at: the same morning, three and a half hours later. */
export const BENCH_NOW = new Date(2026, 10, 23, 10, 30);
export const PASSPHRASE = GOOD_PASSPHRASE;

export interface SeededStore {
  dir: string;
  cases: number;
  /** Measured when the store was seeded (also when it is reused). */
  seedCasesPerSecond: number;
  seedCpuSeconds: number;
  seededOn: string;
}

export type Services = ReturnType<typeof createServices>;

function cacheKey(cases: number, seed: number): string {
  const hash = crypto.createHash('sha256').update(`cases ${cases}, seed ${seed}, at ${SEEDED_AT.toISOString()}\n`);
  for (const dir of [MIGRATIONS, path.join(ROOT, 'electron/services/seed')]) {
    for (const file of fs.readdirSync(dir).sort()) {
      if (/\.(sql|ts)$/.test(file)) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
    }
  }
  return `${cases}-cases-seed-${seed}-${hash.digest('hex').slice(0, 12)}`;
}

const servicesFor = (dbPath: string): Services =>
  createServices({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now: () => BENCH_NOW });

/** The cached store of `cases` cases, seeded now when missing or when `fresh` (which measures the seed). */
export async function seededStore(cases: number, seed: number, { fresh, log }: { fresh: boolean; log: (line: string) => void }): Promise<SeededStore> {
  const dir = path.join(CACHE, cacheKey(cases, seed));
  const meta = path.join(dir, 'seed.json');
  if (!fresh && fs.existsSync(meta)) return { dir, ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as Omit<SeededStore, 'dir'>) };

  fs.rmSync(dir, { recursive: true, force: true });
  const building = `${dir}.building`;
  fs.rmSync(building, { recursive: true, force: true });
  fs.mkdirSync(building, { recursive: true });
  const services = createServices({
    dbPath: path.join(building, 'kim.db'),
    migrationsFolder: MIGRATIONS,
    kdfCost: async () => TEST_KDF_COST,
    now: () => SEEDED_AT,
  });
  await services.store.create({ userName: 'Benchmark', passphrase: PASSPHRASE });
  log(`Demodaten werden angelegt: ${cases.toLocaleString('de-DE')} Fälle (Seed ${seed}) …`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await seedDemoData({ store: services.store, now: () => SEEDED_AT }, { cases, seed });
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const dataKey = Buffer.from(services.store.exportDataKey(), 'hex');
  services.store.lock('manual'); // closes the database: everything is in kim.db, no WAL left
  writePlainCopy(path.join(building, 'kim.db'), path.join(building, 'plain.db'), dataKey);
  dataKey.fill(0);
  const measured = { cases, seedCasesPerSecond: cases / seconds, seedCpuSeconds: (user + system) / 1e6, seededOn: new Date().toISOString().slice(0, 10) };
  fs.writeFileSync(path.join(building, 'seed.json'), JSON.stringify(measured, null, 2));
  fs.renameSync(building, dir);
  return { dir, ...measured };
}

/** The same database without encryption: the cipher's rekey to an empty key rewrites every page in plain. */
function writePlainCopy(encrypted: string, plain: string, dataKey: Buffer): void {
  fs.copyFileSync(encrypted, plain);
  const sqlite = new Database(plain);
  try {
    applyCipherKey(sqlite, dataKey);
    sqlite.pragma('journal_mode = DELETE'); // the cipher rekeys only outside WAL mode
    sqlite.pragma(`rekey = ''`);
  } finally {
    sqlite.close();
  }
}

/** Copies the cached store into `work` and returns services on it, locked. */
export function encryptedServices(store: SeededStore, work: string, name: string): { services: Services; dbPath: string } {
  const target = path.join(work, name);
  fs.mkdirSync(target, { recursive: true });
  for (const file of ['kim.db', 'kim.db.keys']) fs.copyFileSync(path.join(store.dir, file), path.join(target, file));
  const dbPath = path.join(target, 'kim.db');
  return { services: servicesFor(dbPath), dbPath };
}

/** Services unlocked as usual, then running on a copy of the unencrypted file instead. */
export async function plainServices(store: SeededStore, work: string): Promise<{ services: Services; sqlite: Database.Database }> {
  const { services } = encryptedServices(store, work, 'plain-side');
  await services.store.unlock({ passphrase: PASSPHRASE });
  const file = path.join(work, 'plain-side', 'plain.db');
  fs.copyFileSync(path.join(store.dir, 'plain.db'), file);
  const sqlite = new Database(file);
  const db = configure(sqlite);
  // The store service hands out this very object as the session: its connection is replaced in place.
  const session: DbSession = services.store.session();
  session.sqlite.close();
  Object.assign(session, { sqlite, db });
  return { services, sqlite };
}
