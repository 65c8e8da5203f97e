/**
 * How the app copes with a large store (not a test: it prints figures and asserts nothing).
 *
 *   npm run bench                                  5,000 cases
 *   npm run bench -- --cases 20000 --json f.json   20,000 cases, figures also as JSON
 *   options: --seed S (demo seed, 1), --rounds R (≥ 5, default 7), --fresh (seed again even if cached)
 *
 * Seeds (or reuses, from .tmp/bench/) an encrypted demo store of N cases and an unencrypted copy,
 * then times each workload through the same dispatch the app's main process uses: on the encrypted
 * store, on the plain copy, and as the best hand-written SQL for the same answer on the encrypted
 * connection, alternately within each round; medians and the ratios encrypted / plain and
 * service / SQL. Also the seed rate, the file size per case, the unlock without key derivation,
 * the renderer's initial JavaScript and `kim --help`. Each figure is printed beside its goal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { REASSESSMENT_MONTHS } from '../../electron/contract/limits';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { BENCH_NOW, encryptedServices, PASSPHRASE, plainServices, seededStore, type Services } from './benchStores';
import { compare, median, type Side, timed } from './measure';
import { caseListPageRaw, personPrefixRaw, searchRaw, todayRaw } from './rawSql';
import { cliHelpMs, rendererInitialJsGzipKb } from './startup';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '7' },
    json: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const rounds = Math.max(5, Number(values.rounds));
if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases braucht eine ganze Zahl ≥ 1');

const PAGE = 100;
const number = (n: number, digits = 1) => n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function caller(services: Services) {
  const handlers = createHandlers(services);
  return async <T = unknown>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
    return result.value as T;
  };
}

/** The case list's answer in either shape: a page ({ rows, total }) or, before paging, every row. */
const listRows = (answer: unknown): { id: string; personName: string; open: boolean }[] =>
  (Array.isArray(answer) ? answer : (answer as { rows: unknown[] }).rows) as { id: string; personName: string; open: boolean }[];

/** The four closed quarters before BENCH_NOW: a year of statistics. */
function lastFourQuarters(now: Date): string[] {
  let quarter = Math.floor(now.getMonth() / 3); // the running one, 0-based: the last closed is the one before
  let year = now.getFullYear();
  const labels: string[] = [];
  for (let i = 0; i < 4; i++) {
    quarter -= 1;
    if (quarter < 0) {
      quarter = 3;
      year -= 1;
    }
    labels.unshift(`${year}-Q${quarter + 1}`);
  }
  return labels;
}

interface Workload {
  key: string;
  label: string;
  goalMs?: number;
  service: (call: ReturnType<typeof caller>) => Promise<unknown>;
  /** Untimed, before each timed call of the service (e.g. a write). */
  before?: (call: ReturnType<typeof caller>) => Promise<unknown>;
  raw?: (sqlite: Database.Database) => unknown;
  /** The service / SQL ratio has a goal for this workload. */
  rawGoal?: boolean;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const store = await seededStore(cases, seed, { fresh: values.fresh, log });
  const fileBytes = fs.statSync(path.join(store.dir, 'kim.db')).size;
  const plainBytes = fs.statSync(path.join(store.dir, 'plain.db')).size;
  log(`Demodaten: ${cases.toLocaleString('de-DE')} Fälle, Seed ${seed}, angelegt am ${store.seededOn}`);
  log(`  Seed: ${number(store.seedCasesPerSecond)} Fälle/s (CPU ${number(store.seedCpuSeconds)} s)`);
  log(
    `  Datei: ${number(fileBytes / 1024 / 1024)} MB verschlüsselt, ${number(plainBytes / 1024 / 1024)} MB unverschlüsselt, ${number(fileBytes / 1024 / cases)} KiB je Fall`,
  );

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-bench-'));
  try {
    const encrypted = encryptedServices(store, work, 'encrypted-side');
    const unlockTimes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      unlockTimes.push(await timed(() => encrypted.services.store.unlock({ passphrase: PASSPHRASE })));
      if (i < rounds - 1) encrypted.services.store.lock('manual');
    }
    const unlockMs = median(unlockTimes);
    log(`Entsperren ohne Schlüsselableitung: ${number(unlockMs)} ms (Median aus ${rounds})`);

    const plain = await plainServices(store, work);
    const sides = { encrypted: caller(encrypted.services), plain: caller(plain.services) };
    const sqlite = encrypted.services.store.session().sqlite;

    const today = day(BENCH_NOW);
    const overview = await sides.encrypted<{ settings: { referralFeedbackDays: number; residenceHorizonWeeks: number } }>('today.items', {});
    const cadence = sqlite.prepare(`SELECT value FROM settings WHERE key = 'reassessmentMonths'`).pluck().get() as string | undefined;
    const defaultMonths = cadence === undefined ? REASSESSMENT_MONTHS.default : Number(JSON.parse(cadence));
    const horizon = new Date(BENCH_NOW);
    horizon.setDate(horizon.getDate() + overview.settings.residenceHorizonWeeks * 7);
    const todayParameters = { day: today, defaultMonths, referralFeedbackDays: overview.settings.referralFeedbackDays, residenceUntil: day(horizon) };
    // Before the list had pages (to measure an older version), the same calls ask for every row.
    const paged = (await dispatch(createHandlers(encrypted.services), 'cases.list', { offset: 0, limit: PAGE })).ok;
    const page = (extra: object) => (paged ? { ...extra, offset: 0, limit: PAGE } : extra);
    if (!paged) log('  (Diese Version kennt keine Seiten der Fallliste: gemessen wird die ganze Liste.)');
    const firstPage = listRows(await sides.encrypted('cases.list', page({})));
    const someone = firstPage[Math.floor(firstPage.length / 2)]?.personName.split(/[ ,]+/)[0] ?? 'Ahmadi';
    const openCase = firstPage.find((row) => row.open)?.id;
    const openCasePlain = listRows(await sides.plain('cases.list', page({}))).find((row) => row.open)?.id;
    const quarters = lastFourQuarters(BENCH_NOW);

    const workloads: Workload[] = [
      {
        key: 'caseListFirstPage',
        label: 'Fallliste, erste Seite',
        goalMs: 30,
        service: (call) => call('cases.list', page({})),
        raw: (db) => caseListPageRaw(db, { day: today, defaultMonths, limit: PAGE }),
        rawGoal: true,
      },
      { key: 'caseListByName', label: 'Fallliste nach Name', goalMs: 30, service: (call) => call('cases.list', page({ sort: 'name' })) },
      { key: 'caseListByNextDue', label: 'Fallliste nach Fälligkeit', goalMs: 30, service: (call) => call('cases.list', page({ sort: 'nextDue' })) },
      { key: 'caseListDueFilter', label: 'Fallliste, nur fällige', goalMs: 30, service: (call) => call('cases.list', page({ due: 'faellig' })) },
      { key: 'caseListText', label: `Fallliste, Text „${someone}"`, goalMs: 30, service: (call) => call('cases.list', page({ text: someone })) },
      { key: 'today', label: 'Heute', goalMs: 100, service: (call) => call('today.items', {}), raw: (db) => todayRaw(db, todayParameters), rawGoal: true },
      {
        key: 'search',
        label: `Suche „${someone}"`,
        goalMs: 50,
        service: (call) => call('search.global', { query: someone }),
        raw: (db) => searchRaw(db, someone),
      },
      {
        key: 'personsFindAfterWrite',
        label: `Person finden „${someone}" nach einer Änderung`,
        goalMs: 20,
        service: (call) => call('persons.find', { query: someone }),
        before: (call) =>
          call('followUps.create', { caseId: call === sides.encrypted ? openCase : openCasePlain, dueDate: today, title: 'Rückruf (Benchmark)' }),
        raw: (db) => personPrefixRaw(db, someone),
      },
      {
        key: 'statisticsYear',
        label: `Statistik eines Jahres (${quarters[0]} bis ${quarters[3]})`,
        goalMs: 2000,
        service: async (call) => {
          for (const period of quarters) await call('statistics.preview', { period });
        },
      },
    ];

    const results: Record<string, { encrypted: number; plain: number; raw?: number }> = {};
    log(`\nAufrufe, Median aus ${rounds} Runden (verschlüsselt | unverschlüsselt | SQL von Hand):`);
    for (const w of workloads) {
      const comparison: Side[] = [
        { name: 'encrypted', call: () => w.service(sides.encrypted), prepare: w.before && (() => w.before!(sides.encrypted)) },
        { name: 'plain', call: () => w.service(sides.plain), prepare: w.before && (() => w.before!(sides.plain)) },
      ];
      if (w.raw) comparison.push({ name: 'raw', call: () => w.raw!(sqlite), prepare: w.before && (() => w.before!(sides.encrypted)) });
      const medians = await compare(comparison, rounds);
      results[w.key] = { encrypted: medians.encrypted!, plain: medians.plain!, raw: medians.raw };
      const raw = medians.raw === undefined ? '' : ` | ${number(medians.raw).padStart(7)} ms  Dienst/SQL ${number(medians.encrypted! / medians.raw, 2)}×`;
      const goal = w.goalMs === undefined ? '' : medians.encrypted! <= w.goalMs ? `  ✓ ≤ ${w.goalMs} ms` : `  ✗ Ziel ≤ ${w.goalMs} ms`;
      log(
        `  ${w.label.padEnd(48)} ${number(medians.encrypted!).padStart(7)} ms | ${number(medians.plain!).padStart(7)} ms  verschl./unverschl. ${number(medians.encrypted! / medians.plain!, 2)}×${raw}${goal}`,
      );
    }
    const firstPageAnswer = await sides.encrypted('cases.list', page({}));
    log(`  Fallliste, erste Seite: ${number(JSON.stringify(firstPageAnswer).length / 1024)} KB an den Renderer`);

    const initialJs = rendererInitialJsGzipKb();
    const help = cliHelpMs(5);
    log(`\nRenderer, JavaScript beim Start: ${number(initialJs)} KB gzip (Ziel ≤ 250)`);
    log(`npm run -s kim -- --help: ${number(help, 0)} ms (Median aus 5, Ziel ≤ 500)`);

    const figures = {
      cases,
      seedCasesPerSecond: store.seedCasesPerSecond,
      storeKibPerCase: fileBytes / 1024 / cases,
      unlockMs,
      caseListFirstPageMs: results.caseListFirstPage!.encrypted,
      caseListByNameMs: results.caseListByName!.encrypted,
      caseListByNextDueMs: results.caseListByNextDue!.encrypted,
      caseListDueFilterMs: results.caseListDueFilter!.encrypted,
      caseListTextMs: results.caseListText!.encrypted,
      todayMs: results.today!.encrypted,
      searchMs: results.search!.encrypted,
      personsFindAfterWriteMs: results.personsFindAfterWrite!.encrypted,
      statisticsYearMs: results.statisticsYear!.encrypted,
      ratioEncryptedPlain: Object.fromEntries(Object.entries(results).map(([key, r]) => [key, r.encrypted / r.plain])),
      ratioServiceRaw: Object.fromEntries(Object.entries(results).flatMap(([key, r]) => (r.raw === undefined ? [] : [[key, r.encrypted / r.raw]]))),
      rendererInitialJsGzipKb: initialJs,
      cliHelpMs: help,
    };
    if (values.json) fs.writeFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), values.json), `${JSON.stringify(figures, null, 2)}\n`);
    encrypted.services.store.lock('manual');
    plain.services.store.lock('manual');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
