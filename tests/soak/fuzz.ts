/**
 * The fuzz part of the soak (issue 17): many calls of every contract method, inputs generated from
 * the method's zod schema (valid, boundary and hostile values mixed), through the same dispatch
 * the app's main process uses, against an unlocked encrypted store with demo data.
 *
 * Checked on every call: the answer is `{ok:true}` or an error code the method declares (or one
 * every method may give), never INTERNAL, never a throw out of dispatch, never a hang; no key of
 * Object.prototype appears. A refused call changes nothing, checked in three ways:
 * - every refused call: SQLite's `total_changes()` (what this connection wrote, triggers
 *   included) and `PRAGMA data_version` (whether another connection wrote the file). total_changes
 *   also counts writes that were rolled back (a refusal inside a transaction: demo.load refused at
 *   its 2,968th row changed nothing, yet raised it by 2,968), so when it moved, a counter kept by
 *   temporary triggers on every table decides (WRITE_COUNTER: rolled back with the transaction,
 *   so it counts only what stayed). Rows that stayed may only be audit entries of an allowed kind
 *   (see BOOKKEEPING_ACTIONS). All of it is microseconds, so no refusal goes unchecked.
 * - every refused call of a method that handles keys or files (FILE_METHOD): the key file's wraps
 *   (passphrase and recovery key) are the same.
 * - a sample: a content hash of every table (tests/services/store/storeContent.ts) before and
 *   after, on every HASH_EVERY-th call and every FILE_METHOD call. It sees what the counters
 *   cannot (a file replaced under the connection), but costs 30 to 60 ms on the seeded store, ten
 *   times a plain call: on every call it would make 100,000 calls take hours. Its exclusions are
 *   kept: audit_log and audit_chain (a refusal may log a lock, see above; the counters check
 *   that nothing else was logged) and key_wraps (the unlock after a lock adds wraps). Drafts are
 *   not excluded: a refused call must not save one.
 * At the end the store passes the check of `kim verify` (its own function, in-process).
 *
 * Deterministic per seed: the clock is virtual (one second per call), the ids are chosen by rowid.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { contract, methodNames, type MethodName } from '../../electron/contract';
import { universalErrors } from '../../electron/contract/errors';
import type { Result } from '../../electron/contract/define';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers';
import { createServices, type Services } from '../../electron/services';
import { readKeyfile } from '../../electron/services/store/keyfile';
import type { FileChooser } from '../../electron/services/fileChooser';
import { verify } from '../../electron/cli/commands/verify';
import { commandContext } from '../../electron/cli/context';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST } from '../fixtures/storeSettings';
import { contentHash } from '../services/store/storeContent';
import { generate, mutate, pickBig } from './fuzz/generate';
import { Random } from './fuzz/random';
import { preview } from './fuzz/values';
import { FuzzWorld } from './fuzz/world';
import type { SoakOptions, SoakReport } from './types';

/** Where the virtual clock starts (the test stores' day). */
const FUZZ_START = new Date('2026-11-23T09:30:00Z');
const SEED_CASES = 30;
/** Content hash before and after every N-th call (and every FILE_METHOD call): about 0.5 ms a call on average. */
const HASH_EVERY = 100;
const POOL_REFRESH_EVERY = 200;
/** Far above any call's time on this machine; a call that takes longer counts as a hang. */
const CALL_TIMEOUT_MS = 60_000;
/** Rounds (each a shuffled list of all methods) in which the RARE and SLOW methods take part: every 10th. */
const RARE_EVERY = 10;
const SLOW_EVERY = 10;

/**
 * Methods that change much at once (erase, close, hand over, lock, re-encrypt, wipe the demo data)
 * or are slow (a backup): in every round they would soon leave nothing for the others to work on.
 */
const RARE = new Set<string>([
  'store.lock',
  'store.rekey',
  'store.changePassphrase',
  'store.unlockWithRecoveryKey',
  'recoveryKey.renew',
  'demo.load',
  'demo.remove',
  'demo.emptyStore',
  'handover.export',
  'handover.erase',
  'handover.import',
  'erasure.erase',
  'erasure.erasePersonWithoutCase',
  'backup.create',
  'backup.verify',
  'backup.restore',
  'cases.close',
  'restrictions.restrict',
]);

/** Methods that print (PDF, Excel): 0.1 to 1 s each when accepted, a hundred times a plain call. */
const SLOW = /^(documents|clientDocuments|district)\.|\.pdf$/;

/** Methods that write files or keys, or replace the connection: their refusals are hashed every time, and their key wraps compared. */
const FILE_METHOD =
  /^(store\.(unlockWithRecoveryKey|changePassphrase|rekey|create)|recoveryKey\.renew|backup\.(create|restore)|handover\.(export|import|erase)|demo\.(load|remove|emptyStore)|erasure\.(erase|erasePersonWithoutCase))$/;

/**
 * Audit entries a refused call may add. `store.locked`: store.unlockWithRecoveryKey and
 * backup.restore lock an open store before they check anything (recovery means starting over);
 * the lock is logged, the records stay as they are. Nothing else: a refused call that logs an
 * action that did not happen would be a false entry.
 */
const BOOKKEEPING_ACTIONS = new Set(['store.locked']);

/** Names that are no method (the renderer could send any string): always UNKNOWN_METHOD. */
const ODD_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' store.status',
  'STORE.STATUS',
  'store..status',
  'kim:store.status',
  'store.status\u0000',
];

export interface FuzzOptions extends SoakOptions {
  calls: number;
}

/** Test seams: break a handler (to prove the checks catch it), call only some methods, follow each call. */
export interface FuzzHooks {
  wrapHandlers?: (handlers: Handlers, services: Services) => Handlers;
  /** Only these methods (the coverage check then asks for these). */
  only?: readonly MethodName[];
  /** Each call: its number, method, input (preview) and outcome. */
  trace?: (line: string) => void;
  /** Demo cases to seed (default SEED_CASES). */
  seedCases?: number;
}

export function runFuzz(options: FuzzOptions): Promise<SoakReport> {
  return fuzz(options);
}

interface Before {
  sqlite: Database.Database | null;
  changes: number;
  writes: number;
  dataVersion: number;
  auditMax: number;
  hash: string | undefined;
  wraps: string | undefined;
}

export async function fuzz({ seed, progress, calls }: FuzzOptions, hooks: FuzzHooks = {}): Promise<SoakReport> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-soak-fuzz-'));
  const failures: string[] = [];
  /** Failures are also told at once: a long run shows them before its end. */
  let firstFailingCall: number | null = null;
  let call = 0;
  const fail = (line: string) => {
    firstFailingCall ??= call;
    failures.push(line);
    progress(`FEHLER ${line}`);
  };
  const random = new Random(seed);
  let clockMs = FUZZ_START.getTime();
  const now = () => new Date(clockMs);
  const dbPath = path.join(dir, 'kim.db');
  const services = createServices({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now });

  const files = chooserFor(dir, random);
  services.backup.chooseFilesWith(files);
  services.handover.chooseFilesWith(files);
  const handlers = hooks.wrapHandlers ? hooks.wrapHandlers(createHandlers(services), services) : createHandlers(services);

  const figures = {
    accepted: 0,
    refused: 0,
    codes: new Map<string, number>(),
    covered: new Set<string>(),
    acceptedMethods: new Set<string>(),
    changesChecked: 0,
    hashes: 0,
    relocks: 0,
    bookkeeping: 0,
    rolledBack: 0,
    big: 0,
    verify: 'nicht geprüft',
  };

  try {
    const { recoveryKey } = await services.store.create({ userName: 'Soak Beraterin', passphrase: GOOD_PASSPHRASE });
    const world = new FuzzWorld(random, now, { passphrase: GOOD_PASSPHRASE, recoveryKey, handoverPassphrases: [], tokens: [] });
    const { secrets } = world;
    const sqlite = () => services.store.session().sqlite;

    const seedStore = async () => {
      const loaded = await dispatch(handlers, 'demo.load', { cases: hooks.seedCases ?? SEED_CASES });
      world.refresh(sqlite());
      return loaded;
    };
    const loaded = await seedStore();
    if (!loaded.ok) throw new Error(`Demodaten nicht geladen: ${loaded.error.code}`);

    /** After a lock (by the call or by a refusal that locks first): unlocked again, past any throttle delay. */
    const ensureUnlocked = async () => {
      if (services.store.status().state === 'unlocked') return;
      clockMs += 61_000;
      const unlocked = await dispatch(handlers, 'store.unlock', { passphrase: secrets.passphrase });
      if (!unlocked.ok) throw new Error(`Die Fallakte ließ sich nicht wieder entsperren: ${unlocked.error.code}`);
      const key = (unlocked.value as { recoveryKey: string | null }).recoveryKey;
      if (key) secrets.recoveryKey = key;
      figures.relocks++;
    };

    const methods = hooks.only ?? methodNames;
    /** The content of the locked store, read-only (as `kim verify` opens it: nothing written, not even the audit log). */
    const lockedHash = () => {
      clockMs += 61_000;
      return services.store.inspect({ passphrase: secrets.passphrase }, ({ sqlite }) => contentHash(sqlite));
    };

    const schedule = scheduleOf(random, methods);
    for (let i = 0; i < calls; i++) {
      call = i + 1;
      clockMs += 1000;
      if (i % POOL_REFRESH_EVERY === 0) world.refresh(sqlite());
      if (i > 0 && i % 5000 === 0) progress(`Fuzz: ${i.toLocaleString('de-DE')} von ${calls.toLocaleString('de-DE')} Aufrufen`);

      const odd = random.chance(0.005);
      const name = odd ? random.pick(ODD_NAMES) : schedule();
      const mode = random.next();
      let input: unknown;
      if (odd) input = {};
      else {
        const schema = contract[name as MethodName].input;
        input = generate(schema, world, name, mode < 0.45 ? 0 : mode < 0.7 ? 0.3 : 0);
        if (mode >= 0.7) {
          const big = random.chance(1 / 400) ? pickBig(random) : null;
          if (big) figures.big++;
          input = mutate(input, random, big);
        }
      }

      const where = `Seed ${seed}, Aufruf ${i + 1} (${name || '""'}) mit ${preview(input)}`;
      const fileMethod = FILE_METHOD.test(name);
      const before = snapshot(services, i % HASH_EVERY === 0 || fileMethod, fileMethod);
      let result: Result<unknown> | 'timeout';
      try {
        result = await withTimeout(dispatch(handlers, name, input), CALL_TIMEOUT_MS);
      } catch (error) {
        fail(`${where}: Ausnahme aus dispatch: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`);
        await ensureUnlocked();
        continue;
      }
      if (result === 'timeout') {
        fail(`${where}: keine Antwort nach ${CALL_TIMEOUT_MS / 1000} s; Lauf abgebrochen`);
        break;
      }
      if (!odd) figures.covered.add(name);
      hooks.trace?.(`${i + 1} ${name} ${preview(input, 200)} → ${result.ok ? 'ok' : result.error.code}`);

      if (result.ok) {
        figures.accepted++;
        figures.acceptedMethods.add(name);
        if (odd) fail(`${where}: unbekannte Methode angenommen`);
        noteSecrets(name, input, result.value, secrets);
        if ((name === 'demo.remove' || name === 'demo.emptyStore') && services.store.status().state === 'unlocked') await seedStore();
      } else {
        const code = result.error.code;
        figures.refused++;
        figures.codes.set(code, (figures.codes.get(code) ?? 0) + 1);
        const allowed: readonly string[] = odd ? ['UNKNOWN_METHOD'] : [...contract[name as MethodName].errors, ...universalErrors];
        if (code === 'INTERNAL') fail(`${where}: INTERNAL`);
        else if (!allowed.includes(code)) fail(`${where}: Fehlercode ${code} ist für diese Methode nicht vorgesehen`);
        if (code === 'WRONG_PASSPHRASE' || code === 'WRONG_RECOVERY_KEY') clockMs += 61_000; // the next attempt is checked again
        const change = await unchanged(services, before, lockedHash, figures);
        if (change) fail(`${where}: abgelehnt (${code}), aber ${change}`);
      }

      const polluted = Object.keys(Object.prototype);
      if (polluted.length > 0) {
        fail(`${where}: Object.prototype hat nun ${polluted.join(', ')}`);
        for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
      }
      await ensureUnlocked();
      if (failures.length >= 50) {
        failures.push('Nach 50 Fehlern abgebrochen.');
        break;
      }
    }

    figures.verify = await verifiedLikeCli(services, dbPath, secrets.passphrase, now);
    if (figures.verify !== 'in Ordnung') fail(`kim verify nach dem Lauf: ${figures.verify}`);
    if (calls >= methods.length && figures.covered.size < methods.length) {
      const missing = methods.filter((m) => !figures.covered.has(m));
      fail(`nicht aufgerufen: ${missing.join(', ')}`);
    }
  } catch (error) {
    // The run itself broke (e.g. the store no longer unlocks): a failure with the seed, not a crash of the soak.
    fail(`Seed ${seed}: Lauf abgebrochen: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (services.store.status().state === 'unlocked') services.store.lock('manual');
    await services.store.integrityCheckFinished().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const ms = performance.now() - started;
  const total = figures.accepted + figures.refused;
  if (firstFailingCall !== null) {
    failures.push(`Wiederholen: npm run soak -- --only fuzz --seed ${seed} --calls ${firstFailingCall} (bis zum ersten Fehler)`);
  }
  const topCodes = [...figures.codes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 6)
    .map(([code, n]) => `${code} ${n.toLocaleString('de-DE')}`)
    .join(', ');
  return {
    name: 'Fuzz',
    figures: [
      ['Seed', seed],
      ['Aufrufe', total],
      ['davon angenommen', figures.accepted],
      ['davon abgelehnt', figures.refused],
      ['häufigste Ablehnungen', topCodes || '–'],
      ['Methoden aufgerufen', `${figures.covered.size} von ${methodNames.length}`],
      ['Methoden mit angenommenem Aufruf', `${figures.acceptedMethods.size} von ${methodNames.length}`],
      ['sehr große Werte (10 MB, 50.000 Ebenen, 100.000 Elemente)', figures.big],
      ['abgelehnte Aufrufe mit total_changes und Schreibzähler geprüft', figures.changesChecked],
      ['Inhalts-Hashes verglichen', figures.hashes],
      ['abgelehnte Aufrufe mit erlaubtem Protokolleintrag (Sperre)', figures.bookkeeping],
      ['abgelehnte Aufrufe, deren Schreiben zurückgerollt wurde', figures.rolledBack],
      ['wieder entsperrt', figures.relocks],
      ['Aufrufe je Sekunde', Math.round(total / (ms / 1000))],
      ['kim verify am Ende', figures.verify],
    ],
    failures,
    ms,
  };
}

/** Each round is all methods in a shuffled order (the first has every one); RARE and SLOW ones only in some rounds. */
function scheduleOf(random: Random, methods: readonly string[]): () => string {
  let round = 0;
  let queue: string[] = [];
  return () => {
    while (queue.length === 0) {
      queue = random.shuffle(methods.filter((m) => (round % RARE_EVERY === 0 || !RARE.has(m)) && (round % SLOW_EVERY === 0 || !SLOW.test(m))));
      round++;
    }
    return queue.pop()!;
  };
}

function snapshot(services: Services, hashed: boolean, fileMethod: boolean): Before {
  const wraps = fileMethod ? keyWraps(services) : undefined;
  if (services.store.status().state !== 'unlocked') return { sqlite: null, changes: 0, writes: 0, dataVersion: 0, auditMax: 0, hash: undefined, wraps };
  const { sqlite } = services.store.session();
  return {
    sqlite,
    changes: totalChanges(sqlite),
    writes: committedWrites(sqlite),
    dataVersion: dataVersion(sqlite),
    auditMax: auditMax(sqlite),
    hash: hashed ? contentHash(sqlite) : undefined,
    wraps,
  };
}

/** The key file's wraps (what opens the store), without the audit anchor that follows every logged entry. */
const keyWraps = (services: Services) => JSON.stringify(readKeyfile(services.store.keyfile).wraps);
const dataVersion = (sqlite: Database.Database) => Number(sqlite.pragma('data_version', { simple: true }));

/**
 * A count of row writes to every table but the audit log's two (temporary triggers: they live on
 * this connection only, are never in the file, and their count is rolled back with the
 * transaction that wrote). Installed once per connection (a lock or key rotation opens a new one).
 */
const WRITE_COUNTER = 'fuzz_committed_writes';
const BOOKKEEPING_TABLES = new Set(['audit_log', 'audit_chain']);
const counted = new WeakSet<Database.Database>();
function committedWrites(sqlite: Database.Database): number {
  if (!counted.has(sqlite)) {
    sqlite.exec(
      `CREATE TEMP TABLE IF NOT EXISTS ${WRITE_COUNTER} (n INTEGER NOT NULL); INSERT INTO ${WRITE_COUNTER} SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM ${WRITE_COUNTER});`,
    );
    const tables = sqlite
      .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
      .pluck()
      .all() as string[];
    for (const [i, table] of tables.entries()) {
      if (BOOKKEEPING_TABLES.has(table)) continue;
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        try {
          sqlite.exec(
            `CREATE TEMP TRIGGER IF NOT EXISTS fuzz_w${i}_${event} AFTER ${event} ON main."${table}" BEGIN UPDATE ${WRITE_COUNTER} SET n = n + 1; END;`,
          );
        } catch {
          // The full-text index's shadow tables take no triggers; the index follows search_docs, which is counted.
        }
      }
    }
    counted.add(sqlite);
  }
  return Number(sqlite.prepare(`SELECT n FROM temp.${WRITE_COUNTER}`).pluck().get());
}

const totalChanges = (sqlite: Database.Database) => Number(sqlite.prepare('SELECT total_changes()').pluck().get());
const auditMax = (sqlite: Database.Database) => Number(sqlite.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get());

/** What a refused call changed, in German, or null. */
async function unchanged(
  services: Services,
  before: Before,
  lockedHash: () => Promise<string>,
  figures: { changesChecked: number; hashes: number; bookkeeping: number; rolledBack: number },
): Promise<string | null> {
  const open = services.store.status().state === 'unlocked' ? services.store.session().sqlite : null;
  if (open !== null && open === before.sqlite) {
    figures.changesChecked++;
    const delta = totalChanges(open) - before.changes;
    if (dataVersion(open) !== before.dataVersion) return 'eine andere Verbindung schrieb in die Datei (data_version)';
    if (delta !== 0) {
      const writes = committedWrites(open) - before.writes;
      const actions = open.prepare('SELECT action FROM audit_log WHERE id > ? ORDER BY id').pluck().all(before.auditMax) as string[];
      const foreign = actions.filter((a) => !BOOKKEEPING_ACTIONS.has(a));
      if (writes !== 0 || foreign.length > 0) {
        return `${writes} Zeilen geschrieben (total_changes +${delta}; Protokoll: ${actions.join(', ') || 'nichts'})`;
      }
      if (actions.length > 0) figures.bookkeeping++;
      else figures.rolledBack++;
    }
  }
  if (before.wraps !== undefined && keyWraps(services) !== before.wraps) return 'die Schlüsseldatei hat andere Schlüssel (wraps)';
  if (before.hash !== undefined) {
    // A refusal that locked first (recovery): hashed read-only while locked, before the unlock writes its own entries.
    const after = open === null ? await lockedHash() : contentHash(open);
    figures.hashes++;
    if (after !== before.hash) return 'der Inhalt der Tabellen ist ein anderer (Inhalts-Hash)';
  }
  return null;
}

/** Passphrase, recovery key and handover secrets that an accepted call changed or gave. */
function noteSecrets(name: string, input: unknown, value: unknown, secrets: FuzzWorld['secrets']): void {
  const given = input as Record<string, unknown>;
  if (name === 'store.changePassphrase' && typeof given.next === 'string') secrets.passphrase = given.next;
  if (name === 'store.unlockWithRecoveryKey' && typeof given.newPassphrase === 'string') secrets.passphrase = given.newPassphrase;
  if (typeof value !== 'object' || value === null) return;
  const got = value as Record<string, unknown>;
  if (typeof got.recoveryKey === 'string') secrets.recoveryKey = got.recoveryKey;
  if (name === 'handover.export' && typeof got.passphrase === 'string') secrets.handoverPassphrases.push(got.passphrase);
  if (name === 'handover.inspect' && typeof got.token === 'string') secrets.tokens.push(got.token);
}

/**
 * The system dialogs of backup and handover, answered at once: a file in the run's folder,
 * sometimes a cancel, a missing folder or a folder instead of a file; to open, the last backup or
 * package written, a file that is none, or one that is missing.
 */
function chooserFor(dir: string, random: Random): FileChooser {
  const out = path.join(dir, 'dateien');
  fs.mkdirSync(out);
  const junk = path.join(out, 'kein-paket.bin');
  fs.writeFileSync(junk, 'KIM? nein\u0000'.repeat(100));
  const written: string[] = [];
  return {
    async saveAs(suggestedName) {
      const target = random.pick([
        path.join(out, suggestedName.endsWith('.kimpaket') ? 'paket.kimpaket' : suggestedName.replace(/[^A-Za-z0-9.-]/g, '_')),
        path.join(out, 'sicherung.kimsicherung'),
        path.join(out, 'paket.kimpaket'),
        null,
        path.join(out, 'fehlt', 'datei'),
        out,
      ]);
      if (target !== null && !written.includes(target)) written.push(target);
      return target;
    },
    async open() {
      return random.pick([...written, ...written, junk, path.join(out, 'fehlt.kim'), out, null]);
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `kim verify` on the store, through its own command function in-process: 'in Ordnung' or what it said. */
async function verifiedLikeCli(services: Services, dbPath: string, passphrase: string, now: () => Date): Promise<string> {
  if (services.store.status().state === 'unlocked') services.store.lock('manual');
  await services.store.integrityCheckFinished().catch(() => undefined);
  let out = '';
  const io = {
    env: { KIM_PASSPHRASE: passphrase },
    stdout: (text: string) => void (out += text),
    stderr: (text: string) => void (out += text),
    cwd: path.dirname(dbPath),
    platform: 'linux' as const,
    home: path.dirname(dbPath),
    osUserName: 'soak',
    services: { kdfCost: async () => TEST_KDF_COST, migrationsFolder: MIGRATIONS, now },
  };
  try {
    const code = await verify(commandContext(io, { db: dbPath }));
    return code === 0 ? 'in Ordnung' : `NICHT in Ordnung: ${out.trim().split('\n').slice(-4).join(' | ')}`;
  } catch (error) {
    return `Prüfung brach ab: ${error instanceof Error ? error.message : String(error)}`;
  }
}
