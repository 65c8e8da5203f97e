/**
 * Child process of the crash soak (crash.ts). Bundled once per run (tests/fixtures/killableChild.ts)
 * and started by plain node, so the parent's SIGKILL hits the process itself. It unlocks the store,
 * prints "go" and writes through the contract's handlers (dispatch, as the app's window does) in a
 * seeded random mix until it is killed. Each write is announced before it starts ("begin"), each
 * acknowledged record is reported once the handler returned it ("ack"), and "done" ends the write:
 * one JSON line each, written to the pipe before the next write starts (stdout to a pipe is
 * synchronous on Linux), so a kill never takes a report with it.
 *
 * Started ahead (while the parent checks the previous round), it loads its modules, the costly
 * part, and then waits for its task: one JSON line on stdin (ChildTask). Stdin closed without a
 * task: it ends. With a crash point (`rekey:<step>`, `backup:<step>` or `passphrase:keyfile`) the
 * child does a few random writes, then that one, and kills itself at the point: the places a timed
 * kill hits only by chance.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../../electron/services';
import { BackupService, type BackupStep } from '../../electron/services/backup/backupService';
import type { RekeyStep } from '../../electron/services/store/rekey';
import { today } from '../../electron/services/context';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { REFERRAL_TRANSITIONS } from '../../electron/services/network/labels';
import type { ReferralStatus } from '../../electron/contract/areas/network';
import { onRenameOnto } from '../fixtures/onRename';
import { seeded } from '../fixtures/seeded';
import { MIGRATIONS, TEST_KDF_COST } from '../fixtures/storeSettings';

export const OPS = [
  'intake',
  'contact',
  'agreement',
  'referral',
  'referralStatus',
  'draft',
  'draftDiscard',
  'export',
  'backup',
  'passphrase',
  'rekey',
] as const;
export type Op = (typeof OPS)[number];

/** One acknowledged record (or state) and what identifies it. */
export type Ack =
  | { kind: 'person'; id: string }
  | { kind: 'intake'; id: string; caseId: string }
  | { kind: 'contact'; id: string; followUps: string[] }
  | { kind: 'goal'; id: string }
  | { kind: 'agreement'; id: string; caseId: string; version: number }
  | { kind: 'referral'; id: string }
  /** The referral's history has `entries` entries, the last one `status`. */
  | { kind: 'referralStatus'; id: string; status: string; entries: number }
  | { kind: 'draft'; key: string; fields: string }
  | { kind: 'draftDiscard'; key: string }
  /** sha256 of the JSON file (the publication's own hash); null for the Excel file. */
  | { kind: 'export'; period: string; sha256: string | null }
  | { kind: 'backup'; file: string }
  | { kind: 'passphrase'; next: string }
  | { kind: 'rekey' };

export type ChildLine =
  /** key: a draft's key or the period; fields: what a draft save writes; next: the new passphrase; file: the backup. */
  | { t: 'begin'; op: Op; key?: string; fields?: string; next?: string; file?: string }
  | ({ t: 'ack' } & Ack)
  | { t: 'refused'; method: string; code: string }
  | { t: 'done' }
  | { t: 'end' };

/** Past quarters the statistic may publish (the clock runs from June 2026 on). */
const PERIODS = ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];
const MIX: [Op, number][] = [
  ['intake', 4],
  ['contact', 5],
  ['agreement', 3],
  ['referral', 3],
  ['referralStatus', 3],
  ['draft', 4],
  ['draftDiscard', 1],
  ['export', 1],
  ['backup', 1],
  ['passphrase', 1],
  ['rekey', 1],
];
/** The child stops by itself after this many writes (a kill that never came); each takes one second of its clock. */
const MAX_WRITES = 2500;
const DAY_MS = 86_400_000;

/** What the parent sends on stdin once the child is loaded. */
export interface ChildTask {
  dbPath: string;
  backupDir: string;
  seed: number;
  /** The instant (ms) the child's clock starts at. */
  start: number;
  passphrase: string;
  crashPoint: string | null;
}

function readTask(): Promise<ChildTask | null> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0) return;
      process.stdin.destroy();
      resolve(JSON.parse(text.slice(0, end)) as ChildTask);
    });
    process.stdin.on('end', () => resolve(null));
  });
}

function main(task: ChildTask): Promise<void> {
  const { dbPath, backupDir, crashPoint } = task;
  const seedText = String(task.seed);
  let passphrase = task.passphrase;

  /** The same seed gives the same mix of writes (what the store holds at the start may differ). */
  const random = seeded(task.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  /** The clock: one second per write from the parent's instant (tests own their clock). */
  let tick = 0;
  const start = task.start;
  const now = () => new Date(start + tick * 1000);

  const say = (line: ChildLine | 'go') => process.stdout.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
  const die = () => process.kill(process.pid, 'SIGKILL');
  const [crashKind, crashStep] = crashPoint?.split(':') ?? [];

  const services = createServices({
    dbPath,
    migrationsFolder: MIGRATIONS,
    kdfCost: async () => TEST_KDF_COST,
    now,
    rekeyStep: (step: RekeyStep) => {
      if (crashKind === 'rekey' && step === crashStep) die();
    },
  });
  // The backup's step hook is not reachable through createServices: the same service, with it.
  const backup = new BackupService({ store: services.store, now }, MIGRATIONS, {
    step: (step: BackupStep) => {
      if (crashKind === 'backup' && step === crashStep) die();
    },
  });
  let backupTarget = '';
  backup.chooseFilesWith({ saveAs: async () => backupTarget, open: async () => null });
  const handlers = createHandlers({ ...services, backup });

  // The passphrase change has no step hook: its commit point is the key file's rename, watched here
  // (the key file is also rewritten for the audit anchor: only a new passphrase wrap counts).
  let watchedWrap: string | null = null;
  const passphraseWrap = (file: string) =>
    JSON.stringify((JSON.parse(fs.readFileSync(file, 'utf8')) as { wraps: { kind: string }[] }).wraps.find((w) => w.kind === 'passphrase'));
  onRenameOnto(services.store.keyfile, () => {
    if (watchedWrap !== null && passphraseWrap(services.store.keyfile) !== watchedWrap) die();
  });

  // The handlers' results are read by field, as the renderer does (any: the method is chosen at run time).
  async function call(method: string, input: unknown): Promise<any> {
    const result = await dispatch(handlers, method, input);
    if (result.ok) return result.value;
    say({ t: 'refused', method, code: result.error.code });
    return undefined;
  }

  const sqlite = () => services.store.session().sqlite;
  let cases: { id: string; personId: string }[] = [];
  let referrals: { id: string; status: ReferralStatus }[] = [];
  let partners: string[] = [];
  let lifeAreas: string[] = [];
  /** A case the services refused a write to (closed, restricted, handed over): not chosen again. */
  const drop = (caseId: string) => {
    cases = cases.filter((c) => c.id !== caseId);
  };
  const draftKey = () => `soak:${seedText}:${Math.floor(random() * 4)}`;
  const dayOf = (ms: number) => today(new Date(ms));

  const ops: Record<Op, () => Promise<void>> = {
    async intake() {
      say({ t: 'begin', op: 'intake' });
      const person = await call('persons.create', { names: [{ familyName: pick(FAMILY_NAMES), givenNames: pick(GIVEN_NAMES) }] });
      if (!person) return;
      say({ t: 'ack', kind: 'person', id: person.id });
      const date = today(now());
      const intake = await call('intakes.record', {
        personId: person.id,
        date,
        accessRoute: pick(['sprechstunde', 'abh', 'jobcenter', 'unterkunft'] as const),
        targetGroupIds: [],
        decision: 'fall_eroeffnet',
        consent: { givenAt: date, form: 'muendlich' },
      });
      if (!intake) return;
      say({ t: 'ack', kind: 'intake', id: intake.intakeId, caseId: intake.caseId });
      cases.push({ id: intake.caseId, personId: person.id });
    },
    async contact() {
      const c = cases.length > 0 ? pick(cases) : undefined;
      if (!c || lifeAreas.length === 0) return;
      say({ t: 'begin', op: 'contact' });
      const followUps = random() < 0.5 ? [{ dueDate: dayOf(now().getTime() + 14 * DAY_MS), title: 'Nachfragen, ob der Termin stattfand' }] : [];
      const contact = await call('contacts.create', {
        personId: c.personId,
        caseId: c.id,
        at: new Date(now().getTime() - 60_000).toISOString(),
        durationMinutes: 30,
        place: 'telefon',
        type: 'telefonat',
        topics: [pick(lifeAreas)],
        interpreterUsed: false,
        note: 'Termin beim Jobcenter besprochen',
        ...(followUps.length > 0 ? { followUps } : {}),
      });
      if (!contact) return drop(c.id);
      say({ t: 'ack', kind: 'contact', id: contact.id, followUps: (contact.followUps as { id: string }[]).map((f) => f.id) });
    },
    async agreement() {
      const c = cases.length > 0 ? pick(cases) : undefined;
      if (!c || lifeAreas.length === 0) return;
      say({ t: 'begin', op: 'agreement' });
      const goal = await call('goal.create', {
        caseId: c.id,
        lifeAreaId: pick(lifeAreas),
        title: 'Einen Sprachkurs finden',
        steps: [{ description: 'Beim Sprachkursträger anmelden', responsible: 'klient' }],
      });
      if (!goal) return drop(c.id);
      say({ t: 'ack', kind: 'goal', id: goal.id });
      const agreement = await call('agreement.create', { caseId: c.id, date: today(now()) });
      if (!agreement) return drop(c.id);
      say({ t: 'ack', kind: 'agreement', id: agreement.id, caseId: c.id, version: agreement.version });
    },
    async referral() {
      const c = cases.length > 0 ? pick(cases) : undefined;
      if (!c || partners.length === 0 || lifeAreas.length === 0) return;
      say({ t: 'begin', op: 'referral' });
      const referral = await call('referrals.create', {
        caseId: c.id,
        partnerId: pick(partners),
        lifeAreaId: pick(lifeAreas),
        reason: 'Unterstützung bei der Wohnungssuche',
        date: today(now()),
        dataTransfer: false,
        ...(random() < 0.3 ? { status: 'vermittelt' } : {}),
      });
      if (!referral) return drop(c.id);
      say({ t: 'ack', kind: 'referral', id: referral.id });
      referrals.push({ id: referral.id, status: referral.status });
    },
    async referralStatus() {
      const open = referrals.filter((r) => REFERRAL_TRANSITIONS[r.status].length > 0);
      const r = open.length > 0 ? pick(open) : undefined;
      if (!r) return;
      say({ t: 'begin', op: 'referralStatus' });
      const status = pick(REFERRAL_TRANSITIONS[r.status]);
      const view = await call('referrals.setStatus', { id: r.id, status, note: 'Rückmeldung des Partners' });
      if (!view) {
        referrals = referrals.filter((x) => x !== r);
        return;
      }
      r.status = status;
      say({ t: 'ack', kind: 'referralStatus', id: r.id, status, entries: (view.history as unknown[]).length });
    },
    async draft() {
      const key = draftKey();
      const fields: string = JSON.stringify({ note: `Notiz von Schritt ${tick}`, minutes: tick % 90 });
      say({ t: 'begin', op: 'draft', key, fields });
      if ((await call('drafts.save', { key, route: JSON.stringify({ page: 'kontakt' }), fields })) === undefined) return;
      say({ t: 'ack', kind: 'draft', key, fields });
    },
    async draftDiscard() {
      const key = draftKey();
      say({ t: 'begin', op: 'draftDiscard', key });
      if ((await call('drafts.discard', { key })) === undefined) return;
      say({ t: 'ack', kind: 'draftDiscard', key });
    },
    async export() {
      const period = pick(PERIODS);
      const format = pick(['json', 'xlsx'] as const);
      say({ t: 'begin', op: 'export', key: period });
      const file = await call('statistics.export', { period, format });
      if (!file) return;
      const sha256 =
        format === 'json'
          ? createHash('sha256')
              .update(file.bytes as Uint8Array)
              .digest('hex')
          : null;
      say({ t: 'ack', kind: 'export', period, sha256 });
    },
    async backup() {
      backupTarget = path.join(backupDir, `sicherung-${seedText}-${tick}.kimsich`);
      say({ t: 'begin', op: 'backup', file: backupTarget });
      if (!(await call('backup.create', {}))) return;
      say({ t: 'ack', kind: 'backup', file: backupTarget });
    },
    async passphrase() {
      const next = `Nebel-Ahorn-Brücke-${seedText}-${tick}`;
      say({ t: 'begin', op: 'passphrase', next });
      if (crashKind === 'passphrase') watchedWrap = passphraseWrap(services.store.keyfile);
      if ((await call('store.changePassphrase', { current: passphrase, next })) === undefined) return;
      passphrase = next;
      say({ t: 'ack', kind: 'passphrase', next });
    },
    async rekey() {
      say({ t: 'begin', op: 'rekey' });
      if (!(await call('store.rekey', { passphrase }))) return;
      say({ t: 'ack', kind: 'rekey' });
    },
  };

  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0);
  const weighted = (): Op => {
    let r = random() * total;
    for (const [op, weight] of MIX) {
      r -= weight;
      if (r < 0) return op;
    }
    return 'draft';
  };

  return (async () => {
    await services.store.unlock({ passphrase });
    // What the store holds now: the earlier children's records, as far as they came.
    cases = sqlite().prepare("SELECT id, person_id AS personId FROM cases WHERE phase <> 'abgeschlossen' ORDER BY case_number").all() as typeof cases;
    referrals = (
      sqlite()
        .prepare("SELECT r.id, r.status FROM referrals r JOIN cases c ON c.id = r.case_id WHERE c.phase <> 'abgeschlossen' ORDER BY r.created_at, r.id")
        .all() as typeof referrals
    ).filter((r) => REFERRAL_TRANSITIONS[r.status].length > 0);
    partners = ((await call('partners.list', {})) as { id: string }[]).map((p) => p.id);
    lifeAreas = ((await call('lifeAreas.list', {})) as { id: string }[]).map((a) => a.id);
    say('go');
    const forced = crashKind ? 1 + Math.floor(random() * 4) : -1;
    for (let n = 0; n < MAX_WRITES; n++) {
      tick += 1;
      await ops[n === forced ? (crashKind as Op) : weighted()]();
      say({ t: 'done' });
    }
    say({ t: 'end' });
    services.store.lock('manual');
  })();
}

const FAMILY_NAMES = ['Haddad', 'Yilmaz', 'Kowalska', 'Ahmadi', 'Nguyen', 'Popescu', 'Okafor', 'Hussein'];
const GIVEN_NAMES = ['Amira', 'Yusuf', 'Olena', 'Samir', 'Leyla', 'Dawit', 'Mariam', 'Farid'];

const task = await readTask();
if (task) await main(task);
