/**
 * The crash part of the soak (issue 17): one encrypted store, seeded a little; then `kills` rounds
 * in which a child process (crashChild.ts) writes through the contract's handlers (intakes,
 * contacts, goal agreements, referrals and their status, drafts, statistics exports, backups,
 * passphrase changes, key rotations) and is killed with SIGKILL. After each kill:
 *   - exactly one of the passphrases of the round opens the key file, and it is the one the
 *     child last reported as changed, or the one of a change the kill cut short (which may have
 *     committed or not);
 *   - `kim verify` passes on the store as the kill left it (read-only: the full integrity check,
 *     the audit chain against the key file's anchor);
 *   - the store unlocks, `PRAGMA integrity_check` is ok, no foreign key dangles;
 *   - no acknowledged write is lost (every record the child reported is there, in the state it
 *     reported; every backup it reported opens and checks with the passphrase of its time);
 *   - no half-written record exists (INVARIANTS: what one transaction writes together is there
 *     together).
 *
 * Deterministic per seed: the child's mix of writes and the kill moments (milliseconds after the
 * child's "go", or a named crash point in every fourth round) come from the seed. The kill itself
 * is real, so where in the work a timed kill lands (and so what the store holds afterwards)
 * varies from run to run with the machine's speed; a failure names the round, its seed and its
 * kill so it can be repeated.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createServices } from '../../electron/services';
import { seedDemoData } from '../../electron/services/seed';
import { findWrap, keyfilePath, readKeyfile } from '../../electron/services/store/keyfile';
import { unwrapDataKey } from '../../electron/services/crypto/keyWrap';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { runCli } from '../../electron/cli/run';
import { integrityCheck, type DbSession } from '../../db/open';
import { agreements as agreementTable } from '../../db/schema';
import { bundled, removeBundles } from '../fixtures/killableChild';
import { seeded } from '../fixtures/seeded';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST } from '../fixtures/storeSettings';
import type { Ack, ChildLine, ChildTask, Op } from './crashChild';
import type { AgreementSnapshot } from '../../electron/contract/areas/assessment';
import type { SoakOptions, SoakReport } from './types';

const CHILD = path.join(import.meta.dirname, 'crashChild.ts');
/** The store's clock starts here; each round gets its own hour (the child ticks a second per write). */
const EPOCH = Date.parse('2026-06-15T09:00:00Z');
const HOUR_MS = 3_600_000;
/** The parent checks at this offset into the round's hour: after every write of the child. */
const CHECK_OFFSET_MS = 3_000_000;
/** Every fourth round the child stops itself at a named crash point instead of a timed kill. */
const CRASH_POINT_EVERY = 4;
/** A timed kill lands this many ms after the child's "go", at most. */
const DEFAULT_WINDOW_MS = 400;
/** A child that neither ends nor is killed by then is a failure (it hangs). */
const CHILD_TIMEOUT_MS = 120_000;
/**
 * The crash points a child can be told to stop at (crashChild.ts): the named steps of the writes
 * that span two files. The most telling first, so the short run in npm test hits them.
 */
export const CRASH_POINTS = [
  'rekey:committed',
  'passphrase:keyfile',
  'backup:part-written',
  'rekey:old-closed',
  'rekey:copy-complete',
  'backup:renamed',
  'rekey:installed',
  'rekey:copied',
  'rekey:rekeyed',
  'backup:snapshot-written',
] as const;
const services = (dbPath: string, now: () => Date) => createServices({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now });

/**
 * What one transaction writes together, checked by SQL after every kill: each query lists the
 * records that break it (empty when it holds). A kill inside a write must leave all of it or none.
 */
export const INVARIANTS: { name: string; sql: string }[] = [
  // intakes.record writes the case, its opening event, the intake and the consent in one go
  {
    name: 'Fall ohne seine Aufnahme',
    sql: "SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM intakes i WHERE i.case_id = c.id AND i.decision = 'fall_eroeffnet')",
  },
  { name: 'Aufnahme „Fall eröffnet“ ohne Fall', sql: "SELECT id FROM intakes WHERE decision = 'fall_eroeffnet' AND case_id IS NULL" },
  {
    name: 'Fall ohne Eröffnungsereignis',
    sql: "SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'eroeffnet')",
  },
  { name: 'Fall ohne Einwilligung', sql: 'SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM consents k WHERE k.case_id = c.id)' },
  // the phase and its event are written together (advancePhase)
  {
    name: 'Phase des Falls ≠ letztes Phasenereignis',
    sql: `SELECT c.id FROM cases c WHERE c.phase IS NOT (
            SELECT e.phase FROM case_events e WHERE e.case_id = c.id AND e.phase IS NOT NULL ORDER BY e.at DESC, e.rowid DESC LIMIT 1)`,
  },
  // the case number is taken from the year's counter in the opening transaction
  {
    name: 'Fallnummer über dem Zähler ihres Jahres',
    sql: `SELECT c.case_number FROM cases c LEFT JOIN case_number_sequences s ON s.year = CAST(substr(c.case_number, 1, 4) AS INTEGER)
          WHERE s.last IS NULL OR s.last < CAST(substr(c.case_number, 6) AS INTEGER)`,
  },
  // persons.create writes the person with its names
  { name: 'Person ohne Namen', sql: 'SELECT p.id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM person_names n WHERE n.person_id = p.id)' },
  // contacts.create writes the contact with its topics and follow-ups
  {
    name: 'Wiedervorlage aus einem Kontakt, der fehlt',
    sql: "SELECT f.id FROM follow_ups f WHERE f.source = 'kontakt' AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = f.source_id)",
  },
  // a referral starts its status history in the same transaction, and every change appends to it
  {
    name: 'Vermittlung ohne Anfang ihres Verlaufs',
    sql: `SELECT r.id FROM referrals r WHERE NOT EXISTS (
            SELECT 1 FROM referral_status_history h WHERE h.referral_id = r.id AND h.at = r.created_at AND h.status IN ('vorgeschlagen', 'vermittelt'))`,
  },
  {
    name: 'Status der Vermittlung ≠ letzter Eintrag ihres Verlaufs',
    sql: `SELECT r.id FROM referrals r WHERE r.status IS NOT (
            SELECT h.status FROM referral_status_history h WHERE h.referral_id = r.id ORDER BY h.at DESC, h.rowid DESC LIMIT 1)`,
  },
  // each agreement version of a case is the next number: 1, 2, 3 … without a gap or a twin
  {
    name: 'Versionen der Zielvereinbarungen lückenhaft',
    sql: 'SELECT case_id FROM agreements GROUP BY case_id HAVING min(version) <> 1 OR max(version) <> count(*) OR count(DISTINCT version) <> count(*)',
  },
  // every record is audited in the transaction that writes it
  ...(
    [
      ['cases', 'case.opened'],
      ['intakes', 'intake.recorded'],
      ['contacts', 'contact.created'],
      ['goals', 'goal.created'],
      ['agreements', 'agreement.created'],
      ['referrals', 'referral.created'],
    ] as const
  ).map(([table, action]) => ({
    name: `${table} ohne Protokolleintrag ${action}`,
    sql: `SELECT t.id FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = '${action}' AND a.entity_id = t.id)`,
  })),
  {
    name: 'Statistik veröffentlicht ohne Protokolleintrag',
    sql: "SELECT p.period FROM statistics_publications p WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'statistics.published' AND a.entity_id = p.period)",
  },
  // a passphrase change or recovery key cut short between the key file and its record is recorded at the unlock
  { name: 'Unterbrochene Schlüsseländerung nicht nachgetragen', sql: "SELECT key FROM settings WHERE key = 'keyWrapPending'" },
  // the audit entry and its link in the hash chain are one write (verify walks the chain too)
  { name: 'Protokolleintrag ohne Kettenglied', sql: 'SELECT a.id FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.entry_id = a.id)' },
];

/** Checks that need more than SQL: the agreement's goals (a deflated snapshot) and the publication's hash. */
function codeInvariants(session: DbSession): string[] {
  const found: string[] = [];
  const goals = new Map(
    (session.sqlite.prepare('SELECT id, case_id AS caseId FROM goals').all() as { id: string; caseId: string }[]).map((g) => [g.id, g.caseId]),
  );
  // an agreement is a snapshot of the case's goals, written with them present
  for (const agreement of session.db.select().from(agreementTable).all()) {
    const snapshotGoals = (agreement.snapshot as AgreementSnapshot).goals;
    if (snapshotGoals.length === 0 || snapshotGoals.some((g) => goals.get(g.goalId) !== agreement.caseId))
      found.push(`Zielvereinbarung ${agreement.id} nennt Ziele, die fehlen`);
  }
  // a publication is frozen with the hash of its document
  for (const p of session.sqlite.prepare('SELECT period, document, sha256 FROM statistics_publications').all() as {
    period: string;
    document: string;
    sha256: string;
  }[]) {
    if (createHash('sha256').update(p.document).digest('hex') !== p.sha256) found.push(`Veröffentlichung ${p.period}: Prüfwert passt nicht zum Dokument`);
  }
  return found;
}

/** Every invariant, each with the records that break it (none when the store is whole). */
export function invariantViolations(session: DbSession): string[] {
  const { sqlite } = session;
  const found: string[] = [];
  for (const invariant of INVARIANTS) {
    const rows = sqlite.prepare(invariant.sql).raw().all() as unknown[][];
    if (rows.length > 0)
      found.push(
        `${invariant.name}: ${rows.length} (${rows
          .slice(0, 3)
          .map((r) => String(r[0]))
          .join(', ')})`,
      );
  }
  return [...found, ...codeInvariants(session)];
}

/** The acknowledged writes of all rounds so far: what must be in the store after every kill. */
export class Ledger {
  readonly records = new Map<string, Set<string>>([
    ['persons', new Set()],
    ['intakes', new Set()],
    ['cases', new Set()],
    ['contacts', new Set()],
    ['follow_ups', new Set()],
    ['goals', new Set()],
    ['agreements', new Set()],
    ['referrals', new Set()],
  ]);
  /** Referral id → the length of its history and its last status, as last acknowledged. */
  readonly referralHistory = new Map<string, { entries: number; status: string }>();
  /** Draft key → its fields, or null once discarded. */
  readonly drafts = new Map<string, string | null>();
  /** Period → the sha256 of its JSON file (null: only the Excel file was acknowledged). */
  readonly exports = new Map<string, string | null>();
  passphraseChanges = 0;
  rekeys = 0;
  count = 0;

  add(ack: Ack): void {
    this.count += 1;
    const record = (table: string, id: string) => this.records.get(table)?.add(id);
    switch (ack.kind) {
      case 'person':
        return void record('persons', ack.id);
      case 'intake':
        record('intakes', ack.id);
        return void record('cases', ack.caseId);
      case 'contact':
        record('contacts', ack.id);
        for (const id of ack.followUps) record('follow_ups', id);
        return;
      case 'goal':
        return void record('goals', ack.id);
      case 'agreement':
        return void record('agreements', ack.id);
      case 'referral':
        return void record('referrals', ack.id);
      case 'referralStatus':
        return void this.referralHistory.set(ack.id, { entries: ack.entries, status: ack.status });
      case 'draft':
        return void this.drafts.set(ack.key, ack.fields);
      case 'draftDiscard':
        return void this.drafts.set(ack.key, null);
      case 'export':
        if (ack.sha256 !== null || !this.exports.has(ack.period)) this.exports.set(ack.period, ack.sha256);
        return;
      case 'passphrase':
        this.passphraseChanges += 1;
        return;
      case 'rekey':
        this.rekeys += 1;
        return;
      case 'backup':
        return; // checked in its own round (the file is removed afterwards)
    }
  }

  /**
   * What of it is missing from the store. `inFlight` is the write the kill cut short: a draft it
   * touched may show its new state or the old one.
   */
  lost(sqlite: Database.Database, inFlight: { op: Op; key?: string; fields?: string } | null): { checked: number; lost: string[] } {
    const lost: string[] = [];
    let checked = 0;
    for (const [table, ids] of this.records) {
      const present = new Set(sqlite.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]);
      for (const id of ids) {
        checked += 1;
        if (!present.has(id)) lost.push(`${table} ${id} fehlt`);
      }
    }
    const history = new Map<string, string[]>();
    for (const row of sqlite.prepare('SELECT referral_id AS id, status FROM referral_status_history ORDER BY at, rowid').all() as {
      id: string;
      status: string;
    }[]) {
      history.set(row.id, [...(history.get(row.id) ?? []), row.status]);
    }
    for (const [id, acked] of this.referralHistory) {
      checked += 1;
      if ((history.get(id) ?? [])[acked.entries - 1] !== acked.status) lost.push(`Statuswechsel der Vermittlung ${id} auf ${acked.status} fehlt`);
    }
    const drafts = new Map(
      sqlite
        .prepare("SELECT key, fields FROM drafts WHERE key LIKE 'soak:%'")
        .all()
        .map((d) => [(d as { key: string }).key, (d as { fields: string }).fields]),
    );
    const touched = inFlight !== null && (inFlight.op === 'draft' || inFlight.op === 'draftDiscard') ? inFlight.key : undefined;
    for (const [key, fields] of this.drafts) {
      if (key === touched) continue;
      checked += 1;
      const stored = drafts.get(key) ?? null;
      if (stored !== fields) lost.push(`Entwurf ${key}: ${stored === null ? 'fehlt' : 'anderer Stand'}`);
    }
    if (touched !== undefined && inFlight !== null) {
      // The draft the kill cut short: its old state or the new one, and that decides what the
      // later rounds expect (a discard that went through is not lost).
      checked += 1;
      const stored = drafts.get(touched) ?? null;
      const before = this.drafts.get(touched) ?? null;
      const after = inFlight.op === 'draft' ? (inFlight.fields ?? null) : null;
      if (stored !== before && stored !== after) lost.push(`Entwurf ${touched}: weder der alte noch der neue Stand`);
      else this.drafts.set(touched, stored);
    }
    const published = new Map(
      (sqlite.prepare('SELECT period, sha256 FROM statistics_publications').all() as { period: string; sha256: string }[]).map((p) => [p.period, p.sha256]),
    );
    for (const [period, sha256] of this.exports) {
      checked += 1;
      if (!published.has(period)) lost.push(`Veröffentlichung ${period} fehlt`);
      else if (sha256 !== null && published.get(period) !== sha256) lost.push(`Veröffentlichung ${period}: anderer Inhalt als exportiert`);
    }
    const audited = (action: string) => Number(sqlite.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action));
    checked += 2;
    if (audited('data_key.rotated') < this.rekeys) lost.push(`Schlüssel erneuern: ${this.rekeys} bestätigt, ${audited('data_key.rotated')} protokolliert`);
    if (audited('passphrase.changed') < this.passphraseChanges)
      lost.push(`Passphrase geändert: ${this.passphraseChanges} bestätigt, ${audited('passphrase.changed')} protokolliert`);
    return { checked, lost };
  }
}

interface ChildRun {
  lines: ChildLine[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** ms from the task to "go" (opening the store); the loading before it overlaps the previous round. */
  goMs: number | null;
  timedOut: boolean;
}

/** A child started ahead: it loads its modules while the previous round runs and is checked. */
interface ReadyChild {
  run(task: ChildTask, killAfterMs: number | null): Promise<ChildRun>;
  /** Ends a child that got no task (stdin closed: it exits) and waits for it. */
  dismiss(): Promise<void>;
}

function startChild(entry: string, compileCache: string): ReadyChild {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, NODE_COMPILE_CACHE: compileCache }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let onStdout: () => void = () => undefined;
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    onStdout();
  });
  child.stdin.on('error', () => undefined); // a child that died early: its exit tells
  // 'close', not 'exit': everything the child wrote before the kill has been read by then
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    async dismiss() {
      child.stdin.end();
      await closed;
    },
    async run(task, killAfterMs) {
      const sent = performance.now();
      let goMs: number | null = null;
      let timedOut = false;
      onStdout = () => {
        if (goMs !== null || !stdout.startsWith('go\n')) return;
        goMs = performance.now() - sent;
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      };
      onStdout();
      const timeout = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, CHILD_TIMEOUT_MS);
      child.stdin.end(`${JSON.stringify(task)}\n`);
      const { code, signal } = await closed;
      clearTimeout(timeout);
      const lines = stdout
        .split('\n')
        .filter((line) => line !== '' && line !== 'go')
        .flatMap((line): ChildLine[] => {
          try {
            return [JSON.parse(line) as ChildLine];
          } catch {
            return []; // a line the kill cut in half was never a whole report
          }
        });
      return { lines, signal, code, stderr, goMs, timedOut };
    },
  };
}

async function opens(keyfile: string, passphrase: string): Promise<boolean> {
  const key = await unwrapDataKey(findWrap(readKeyfile(keyfile), 'passphrase'), passphrase);
  key?.fill(0);
  return key !== null;
}

/** The seeded store: demo cases with their history, two partners more, the unit's name for the statistic. */
async function seedStore(dbPath: string, seed: number): Promise<void> {
  const now = () => new Date(EPOCH);
  const s = services(dbPath, now);
  await s.store.create({ userName: 'Soak Beraterin', passphrase: GOOD_PASSPHRASE });
  await seedDemoData({ store: s.store, now }, { cases: 4, seed });
  const handlers = createHandlers(s);
  for (const input of [
    { unitName: 'KIM Kreis Musterstadt' },
    { organisation: 'Jobcenter Musterstadt', legalArea: 'sgb2' },
    { organisation: 'Migrationsberatung Musterstadt', legalArea: 'beratung' },
  ]) {
    const method = 'unitName' in input ? 'statistics.updateSettings' : 'partners.create';
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
  }
  const violations = invariantViolations(s.store.session());
  s.store.lock('manual');
  // An invariant that the seeded store breaks is no invariant: the check would be wrong, not the store.
  if (violations.length > 0) throw new Error(`Die Invarianten gelten schon im angelegten Bestand nicht: ${violations.join('; ')}`);
}

export async function runCrash({
  seed,
  progress,
  kills,
  windowMs = DEFAULT_WINDOW_MS,
}: SoakOptions & { kills: number; windowMs?: number }): Promise<SoakReport> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-soak-crash-'));
  const dbPath = path.join(dir, 'kim.db');
  const backups = path.join(dir, 'sicherungen');
  fs.mkdirSync(backups);
  const failures: string[] = [];
  const ledger = new Ledger();
  const random = seeded(seed);
  const counts = {
    timed: 0,
    crashPoints: 0,
    notKilled: 0,
    checked: 0,
    lost: 0,
    integrity: 0,
    invariants: 0,
    verify: 0,
    passphrase: 0,
    passphraseCommitted: 0,
    rekey: 0,
    rekeyCommitted: 0,
    export: 0,
    backup: 0,
    otherWrite: 0,
    between: 0,
    refused: 0,
    backupsChecked: 0,
  };
  const roundMs: number[] = [];
  const goMs: number[] = [];
  const mean = (values: number[]) => (values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length));
  let next: ReadyChild | null = null;
  try {
    await seedStore(dbPath, seed);
    const entry = await bundled(CHILD);
    const compileCache = path.join(dir, 'compile-cache');
    let passphrase = GOOD_PASSPHRASE;
    next = startChild(entry, compileCache);

    for (let round = 0; round < kills; round++) {
      const roundStarted = performance.now();
      const childSeed = Math.floor(random() * 2 ** 31);
      const crashPoint =
        round % CRASH_POINT_EVERY === CRASH_POINT_EVERY - 1 ? (CRASH_POINTS[Math.floor(round / CRASH_POINT_EVERY) % CRASH_POINTS.length] ?? null) : null;
      const killAfterMs = crashPoint === null ? Math.floor(random() * windowMs) : null;
      const start = EPOCH + (round + 1) * HOUR_MS;
      const kill = crashPoint ?? `kill ${killAfterMs} ms nach „go“`;
      const where = `Runde ${round} (Seed ${seed}, Kind-Seed ${childSeed}, ${kill})`;
      const fail = (text: string) => failures.push(`${where}: ${text}`);

      const child: ReadyChild = next;
      const running = child.run({ dbPath, backupDir: backups, seed: childSeed, start, passphrase, crashPoint }, killAfterMs);
      next = startChild(entry, compileCache);
      const run = await running;
      if (run.goMs !== null) goMs.push(run.goMs);
      if (run.timedOut) fail('Das Kind hing und wurde nach 120 s beendet.');
      else if (run.signal !== 'SIGKILL') {
        if (run.code !== 0) {
          fail(`Das Kind brach selbst ab (Code ${run.code}): ${run.stderr.trim().slice(0, 2000)}`);
          break; // the harness is broken, not the store: the next rounds would say nothing
        }
        counts.notKilled += 1;
      } else if (crashPoint) counts.crashPoints += 1;
      else counts.timed += 1;

      // What the child reported: the acknowledged writes, the passphrases, the write the kill cut short.
      const roundPassphrases = [passphrase];
      let lastAcked = passphrase;
      let inFlight: Extract<ChildLine, { t: 'begin' }> | null = null;
      const roundBackups: { file: string; passphrase: string }[] = [];
      for (const line of run.lines) {
        if (line.t === 'begin') {
          inFlight = line;
          if (line.next !== undefined) roundPassphrases.push(line.next);
        } else if (line.t === 'done' || line.t === 'end') inFlight = null;
        else if (line.t === 'refused') {
          counts.refused += 1;
          if (line.code === 'INTERNAL') fail(`${line.method} antwortete INTERNAL`);
        } else {
          ledger.add(line);
          if (line.kind === 'passphrase') lastAcked = line.next;
          if (line.kind === 'backup') roundBackups.push({ file: line.file, passphrase: lastAcked });
        }
      }
      const inFlightOp = inFlight?.op ?? null;
      if (inFlightOp === 'passphrase') counts.passphrase += 1;
      else if (inFlightOp === 'rekey') counts.rekey += 1;
      else if (inFlightOp === 'export') counts.export += 1;
      else if (inFlightOp === 'backup') counts.backup += 1;
      else if (inFlightOp === null) counts.between += 1;
      else counts.otherWrite += 1;

      // Exactly one passphrase of the round opens the key file: the last acknowledged, or the one
      // of a change the kill cut short.
      const keyfile = keyfilePath(dbPath);
      const working: string[] = [];
      for (const candidate of new Set(roundPassphrases)) if (await opens(keyfile, candidate)) working.push(candidate);
      const allowed = inFlightOp === 'passphrase' && inFlight?.next !== undefined ? [lastAcked, inFlight.next] : [lastAcked];
      if (working.length !== 1 || !allowed.includes(working[0] as string)) {
        fail(
          `${working.length} der ${roundPassphrases.length} Passphrasen der Runde öffnen die Schlüsseldatei (erwartet: genau eine, die zuletzt bestätigte oder die im Flug)`,
        );
        break;
      }
      if (working[0] !== lastAcked) counts.passphraseCommitted += 1;
      passphrase = working[0] as string;
      const checkAt = () => new Date(start + CHECK_OFFSET_MS);

      // kim verify, on the store as the kill left it
      let verifyOutput = '';
      const exit = await runCli(['verify', '--db', dbPath], {
        env: { KIM_PASSPHRASE: passphrase },
        stdout: (text) => (verifyOutput += text),
        stderr: (text) => (verifyOutput += text),
        services: { kdfCost: async () => TEST_KDF_COST, now: checkAt, migrationsFolder: MIGRATIONS },
      });
      if (exit !== 0) {
        counts.verify += 1;
        fail(`kim verify (im Flug: ${inFlightOp ?? 'nichts'}): Exit ${exit}: ${verifyOutput.trim().replaceAll('\n', ' | ')}`);
      }

      const s = services(dbPath, checkAt);
      try {
        await s.store.unlock({ passphrase });
      } catch (error) {
        fail(`Die Fallakte öffnet nicht: ${error instanceof Error ? error.message : String(error)}`);
        break;
      }
      try {
        const session = s.store.session();
        const integrity = integrityCheck(session.sqlite);
        if (integrity.join() !== 'ok') {
          counts.integrity += 1;
          fail(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
        }
        const dangling = session.sqlite.pragma('foreign_key_check') as unknown[];
        const violations = invariantViolations(session);
        if (dangling.length > 0) violations.push(`${dangling.length} Fremdschlüssel ins Leere: ${JSON.stringify(dangling.slice(0, 3))}`);
        counts.invariants += violations.length;
        for (const violation of violations) fail(`halb geschrieben: ${violation}`);

        // A rotation the kill cut short may have committed: its audit entry is then in the store.
        const rotated = Number(session.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'data_key.rotated'").pluck().get());
        if (inFlightOp === 'rekey' && rotated > ledger.rekeys) counts.rekeyCommitted += 1;
        // A passphrase change the kill cut short after its key file is in force: the unlock records and audits it.
        const audited = Number(session.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'passphrase.changed'").pluck().get());
        if (passphrase !== lastAcked && audited <= ledger.passphraseChanges) {
          counts.invariants += 1;
          fail('Die Passphrase im Flug gilt, aber ihr Wechsel ist nicht protokolliert.');
        }
        const { checked, lost } = ledger.lost(session.sqlite, inFlight);
        counts.checked += checked;
        counts.lost += lost.length;
        for (const text of lost) fail(`bestätigt, aber verloren: ${text}`);
        ledger.rekeys = Math.max(ledger.rekeys, rotated);
        ledger.passphraseChanges = Math.max(ledger.passphraseChanges, audited);

        // Every acknowledged backup opens and checks with the passphrase of its time; the one the
        // kill cut short is either complete under its name or not there.
        if (inFlightOp === 'backup' && inFlight?.file !== undefined && fs.existsSync(inFlight.file)) {
          roundBackups.push({ file: inFlight.file, passphrase: lastAcked });
        }
        for (const b of roundBackups) {
          counts.backupsChecked += 1;
          try {
            await s.backup.verify({ file: b.file, secret: { passphrase: b.passphrase } });
          } catch (error) {
            counts.lost += 1;
            fail(`Sicherung ${path.basename(b.file)} prüft nicht: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      } finally {
        s.store.lock('manual');
      }
      fs.rmSync(backups, { recursive: true, force: true });
      fs.mkdirSync(backups);

      roundMs.push(performance.now() - roundStarted);
      if ((round + 1) % 25 === 0 || round + 1 === kills)
        progress(
          `Absturz: ${round + 1}/${kills} Abbrüche, ${ledger.count} bestätigt, verloren ${counts.lost}, integrity ${counts.integrity}, ` +
            `Invarianten ${counts.invariants}, verify ${counts.verify}, ${failures.length} Fehler, ${mean(roundMs)} ms je Abbruch`,
        );
    }
  } finally {
    await next?.dismiss();
    fs.rmSync(dir, { recursive: true, force: true });
    await removeBundles();
  }

  return {
    name: 'Absturz',
    figures: [
      ['Seed', seed],
      ['Abbrüche (kill -9)', counts.timed + counts.crashPoints],
      ['davon zu zufälliger Zeit', counts.timed],
      ['davon an einem benannten Absturzpunkt', counts.crashPoints],
      ['Kind ohne Abbruch fertig', counts.notKilled],
      ['bestätigte Schreibvorgänge', ledger.count],
      ['Prüfungen bestätigter Schreibvorgänge (nach jedem Abbruch alle)', counts.checked],
      ['geprüfte Sicherungen', counts.backupsChecked],
      ['verloren', counts.lost],
      ['integrity_check-Fehler', counts.integrity],
      ['Invarianten verletzt', counts.invariants],
      ['kim verify fehlgeschlagen', counts.verify],
      ['Abbrüche während Passphrasenwechsel', counts.passphrase],
      ['davon galt danach die neue Passphrase', counts.passphraseCommitted],
      ['Abbrüche während Schlüssel erneuern', counts.rekey],
      ['davon galt danach der neue Schlüssel', counts.rekeyCommitted],
      ['Abbrüche während Statistik-Export', counts.export],
      ['Abbrüche während Sicherung', counts.backup],
      ['Abbrüche während anderer Schreibvorgänge', counts.otherWrite],
      ['Abbrüche zwischen zwei Schreibvorgängen', counts.between],
      ['abgelehnte Aufrufe (erwartet, z. B. geschlossener Fall)', counts.refused],
      ['ms je Abbruch (Mittel: Kind, Abbruch, Prüfung)', mean(roundMs)],
      ['ms bis „go“ (Mittel: Start des Kindes, Entsperren)', mean(goMs)],
    ],
    failures,
    ms: performance.now() - started,
  };
}
