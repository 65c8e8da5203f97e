/**
 * How the app copes with a large store (not a test: it prints numbers and asserts nothing).
 * Seeds demo data into a fresh encrypted store and times the seed (cases per second, CPU time),
 * the unlock without the cost of key derivation (and, on Linux, the bytes it reads), and the calls
 * behind the screens a case manager opens most: Heute, the case list and the search, each through
 * the same dispatch the app's main process uses.
 *
 *   npm run bench                       5,000 cases, seed 1
 *   npm run bench -- --cases 1000 --seed 3 --runs 10
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createServices } from '../../electron/services';
import { seedDemoData } from '../../electron/services/seed';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' }, runs: { type: 'string', default: '5' } },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const runs = Math.max(1, Number(values.runs));
const PASSPHRASE = 'Kaffee-Tasse-Regen-1987';

const number = (n: number, digits = 0) => n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => `${number(ms / 1000, 1)} s`;

/** The median of `runs` calls after one warm-up call (which is reported on its own). */
async function timeCall(label: string, call: () => Promise<unknown>): Promise<unknown> {
  let started = performance.now();
  const first = await call();
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`  ${label.padEnd(34)} ${number(median, 1).padStart(8)} ms  (erster Aufruf ${number(firstMs, 1)} ms)`);
  return first;
}

/** Bytes this process has read so far (Linux: rchar of /proc/self/io), or null elsewhere. */
function bytesRead(): number | null {
  try {
    return Number(/^rchar: (\d+)$/m.exec(fs.readFileSync('/proc/self/io', 'utf8'))?.[1]);
  } catch {
    return null;
  }
}

/**
 * Unlock and lock again, `runs` times: everything the app does at unlock except the real key
 * derivation (the cheap test cost N=2^10 takes about a millisecond). Leaves the store unlocked.
 */
async function timeUnlock(store: ReturnType<typeof createServices>['store']): Promise<void> {
  const times: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < runs; i++) {
    store.lock('manual');
    const readBefore = bytesRead();
    const started = performance.now();
    await store.unlock({ passphrase: PASSPHRASE });
    times.push(performance.now() - started);
    const readAfter = bytesRead();
    if (readBefore !== null && readAfter !== null) reads.push(readAfter - readBefore);
  }
  times.sort((a, b) => a - b);
  const read = reads.length > 0 ? `, liest ${number(Math.max(...reads) / 1024)} KB` : '';
  console.log(`Entsperren ohne Schlüsselableitung (Median aus ${runs}): ${number(times[Math.floor(times.length / 2)]!, 1)} ms${read}`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-bench-'));
  try {
    const services = createServices({
      dbPath: path.join(dir, 'kim.db'),
      migrationsFolder: path.resolve(import.meta.dirname, '../../db/migrations'),
      kdfCost: async () => ({ N: 2 ** 10, r: 8, p: 1 }),
    });
    await services.store.create({ userName: 'Benchmark', passphrase: PASSPHRASE });

    console.log(`Demodaten: ${number(cases)} Fälle, Seed ${seed}`);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const summary = await seedDemoData({ store: services.store, now: () => new Date() }, { cases, seed });
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`  Dauer ${seconds(wallMs)} (CPU ${seconds(cpuMs)}), ${number(cases / (wallMs / 1000), 1)} Fälle/s, ${number(wallMs / cases, 1)} ms je Fall`);
    console.log(
      `  ${number(summary.persons)} Personen, ${number(summary.contacts)} Kontakte, ${number(summary.goals)} Ziele, ${number(summary.referrals)} Vermittlungen, ${number(summary.followUps)} Wiedervorlagen`,
    );
    console.log(`  Datei ${number(fs.statSync(path.join(dir, 'kim.db')).size / 1024 / 1024, 1)} MB`);

    await timeUnlock(services.store);

    const handlers = createHandlers(services);
    const call = async (name: string, input: unknown) => {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
      return result.value;
    };
    console.log(`Aufrufe (Median aus ${runs}):`);
    const today = (await timeCall('today.items (Heute)', () => call('today.items', {}))) as {
      groups: { title: string; items: { overdue: boolean }[] }[];
      total: number;
    };
    const list = (await timeCall('cases.list (alle Fälle)', () => call('cases.list', {}))) as { personName: string }[];
    await timeCall('cases.list (offene Fälle)', () => call('cases.list', { status: 'offen' }));
    const name = list[Math.floor(list.length / 2)]?.personName.split(/[ ,]+/)[0] ?? 'Ahmadi';
    const found = (await timeCall(`search.global ("${name}")`, () => call('search.global', { query: name }))) as { groups: { kind: string; total: number }[] };
    await timeCall('search.global ("Jobc", ein Präfix)', () => call('search.global', { query: 'Jobc' }));
    await timeCall(`persons.find ("${name}")`, () => call('persons.find', { query: name }));

    console.log(`Heute: ${number(today.total)} Einträge`);
    for (const group of today.groups) {
      const overdue = group.items.filter((i) => i.overdue).length;
      console.log(`  ${group.title.padEnd(48)} ${number(group.items.length).padStart(6)}  davon überfällig ${number(overdue)}`);
    }
    console.log(`Fallliste: ${number(list.length)} Fälle. Suche "${name}": ${found.groups.map((g) => `${g.kind} ${g.total}`).join(', ')}`);
    services.store.lock('manual');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
