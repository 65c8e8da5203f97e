/**
 * The I/O-fault part of the soak (issue 17): the disk runs full, and the store's drive turns
 * read-only, while the store is unlocked. Every write the app offers (a new person, an
 * Erstberatung, a contact, a Zielvereinbarung, a draft, a passphrase change, a Sicherung and an
 * Übergabepaket on the same drive) goes through the contract (`dispatch`), as from the window.
 *
 * Under the fault each must be refused with its typed code, whose German text says what happened
 * and what to do; it must change nothing (every table hashed, audit log included; the key file
 * byte for byte; no temporary file left) and the store must stay open and readable. Once the
 * fault is gone, the same writes must succeed, everything acknowledged must be there, and the
 * store must pass the full check (`integrity_check` and the audit chain, as `kim verify`).
 * Locking must work under the fault too (the data key leaves memory whatever the drive does), and
 * under a real fault an unlock must be refused with the fault's message (not "beschädigt") and
 * leave the store locked. The recovery is what a user does: lock, free space or bring the drive
 * back, unlock.
 *
 * The faults are real where this machine allows it, else SQLite's own, and the run says which:
 * - full disk: a tmpfs of a few MB made for the run and filled to the last byte (root with
 *   CAP_SYS_ADMIN), else `PRAGMA max_page_count` at the current size (SQLITE_FULL once the file
 *   must grow; writes that fit into existing pages still succeed there, so fewer are refused);
 * - read-only: an ext4 file system in a file, loop-mounted with errors=remount-ro, turned
 *   read-only under the open store by ext4's own error path (`trigger_fs_error` in sysfs: what
 *   the kernel does when a USB stick or disk fails), else `PRAGMA query_only` (SQLITE_READONLY;
 *   then the key file and the backup's folder stay writable, which the run says).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { errorMessages, type ErrorCode } from '../../electron/contract/errors';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { seeded } from '../fixtures/seeded';
import { integrityCheck } from '../../db/open';
import { readSetting } from '../../db/queries/settings';
import { AUDIT_ANCHORED_SETTING, checkAuditChain } from '../../electron/services/store/auditAnchor';
import { createdStore, GOOD_PASSPHRASE, OTHER_PASSPHRASE, TEST_KDF_COST, TEST_START } from '../fixtures/tempStore';
import { createHandoverServices } from '../../electron/services/handover';
import type { SoakOptions, SoakReport } from './types';

type Services = Awaited<ReturnType<typeof createdStore>>;
/** What the window sees of a call: the value as a record (the soak reads a field or two). */
type Value = Record<string, unknown>;
type Answer = { ok: true; value: Value } | { ok: false; error: { code: ErrorCode; message: string } };

// ——— the file systems ———

interface Drive {
  /** The folder the store, its key file, the backup and the package live in. */
  dir: string;
  mechanism: string;
  /** SQLite's own fault, not the file system's: writes that fit into the file's pages may still succeed. */
  injected: boolean;
  /** Makes the fault happen (the store is open). */
  inject(services: Services): void;
  /** Takes it away again; the store is locked by then (its files closed), as a user would. */
  recover(): void;
  dispose(): void;
}

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

function tryRun(command: string, args: string[]): boolean {
  try {
    run(command, args);
    return true;
  } catch {
    return false;
  }
}

/** Writes until the file system says ENOSPC: the drive is full to the last block. */
function fillUp(file: string): void {
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  const fd = fs.openSync(file, 'w');
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    // The last partial block: byte by byte until nothing fits.
    for (;;) {
      try {
        fs.writeSync(fd, chunk, 0, 1);
      } catch {
        break;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

function fullDrive(base: string, mount: boolean): Drive {
  const dir = path.join(base, 'voll');
  fs.mkdirSync(dir);
  const filler = path.join(dir, 'fueller.bin');
  if (mount && tryRun('mount', ['-t', 'tmpfs', '-o', 'size=24m,mode=0700', 'tmpfs', dir])) {
    return {
      dir,
      mechanism: 'tmpfs (24 MB), bis zum letzten Block gefüllt',
      inject: (services) => {
        // A WAL from earlier writes could take new frames without new space; every open and
        // close of the store truncates it as well.
        services.store.session().sqlite.pragma('wal_checkpoint(TRUNCATE)');
        fillUp(filler);
      },
      recover: () => fs.rmSync(filler),
      injected: false,
      dispose: () => {
        tryRun('umount', ['-l', dir]);
      },
    };
  }
  return {
    dir,
    mechanism: 'PRAGMA max_page_count (SQLITE_FULL; Einhängen nicht erlaubt)',
    injected: true,
    inject: (services) => {
      const { sqlite } = services.store.session();
      sqlite.exec('VACUUM'); // no free pages left in the file: more writes must grow it
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
    },
    recover: () => undefined, // the limit belonged to the connection that locking closed
    dispose: () => undefined,
  };
}

function readOnlyDrive(base: string, mount: boolean): Drive {
  const dir = path.join(base, 'schreibgeschuetzt');
  fs.mkdirSync(dir);
  const image = path.join(base, 'laufwerk.ext4');
  const mounted = (() => {
    if (!mount) return null;
    try {
      fs.writeFileSync(image, '');
      fs.truncateSync(image, 32 * 1024 * 1024);
      run('mkfs.ext4', ['-q', '-F', image]);
      run('mount', ['-o', 'loop,errors=remount-ro', image, dir]);
    } catch {
      return null;
    }
    // ext4's test switch for its error path (Linux 5.x and later); without it, no real read-only fault here.
    let trigger: string | null = null;
    try {
      const device = run('findmnt', ['-n', '-o', 'SOURCE', dir]).trim();
      trigger = `/sys/fs/ext4/${path.basename(device)}/trigger_fs_error`;
    } catch {
      trigger = null;
    }
    if (trigger === null || !fs.existsSync(trigger)) {
      tryRun('umount', [dir]);
      return null;
    }
    return trigger;
  })();
  if (mounted) {
    const trigger = mounted;
    return {
      dir,
      mechanism: 'ext4 im Loop-Gerät, vom Kernel schreibgeschützt (errors=remount-ro, trigger_fs_error)',
      inject: () => {
        fs.writeFileSync(trigger, 'soak: Laufwerk schreibgeschützt');
        if (!isReadOnly(dir)) throw new Error('das Laufwerk wurde nicht schreibgeschützt');
      },
      injected: false,
      recover: () => {
        // A drive the kernel made read-only stays so until it is mounted again: the user locks
        // (the store closes its files), the drive comes back, the store is unlocked again.
        run('umount', [dir]);
        tryRun('e2fsck', ['-fy', image]);
        run('mount', ['-o', 'loop,errors=remount-ro', image, dir]);
      },
      dispose: () => {
        tryRun('umount', ['-l', dir]);
      },
    };
  }
  return {
    dir,
    mechanism: 'PRAGMA query_only (SQLITE_READONLY; Einhängen nicht erlaubt, Schlüsseldatei und Ordner bleiben beschreibbar)',
    injected: true,
    inject: (services) => {
      services.store.session().sqlite.pragma('query_only = ON');
    },
    recover: () => undefined, // the connection that locking closed took the pragma with it
    dispose: () => undefined,
  };
}

/**
 * Whether a new file in `dir` is refused with EROFS. (access() is no help: ext4 marks an
 * emergency read-only state inside the file system, the mount itself still says rw.)
 */
function isReadOnly(dir: string): boolean {
  const probe = path.join(dir, '.probe');
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EROFS';
  }
}

// ——— what is checked ———

/** Every table's rows, sorted, audit log and key wraps included: a refused write leaves no trace. */
function wholeContentHash(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][])
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : typeof value === 'bigint' ? String(value) : value)),
      )
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The folder's files besides the filler: a refused write leaves no temporary file behind. */
const filesIn = (dir: string, except: string[]) =>
  fs
    .readdirSync(dir)
    .filter((f) => !except.includes(f))
    .sort();

// ——— the writes ———

interface Write {
  label: string;
  /** The codes a refusal may carry besides the fault's own (a file the write makes has its area's code). */
  fileCode?: ErrorCode;
  call: () => Promise<Answer>;
  /** After an acknowledged write: whether it is stored (checked again at the end). */
  stored: (value: Value) => Promise<boolean>;
}

const FAMILY = ['Haddad', 'Yilmaz', 'Kovalenko', 'Abdi', 'Nowak', 'Rahimi', 'Popescu', 'Osei'];
const GIVEN = ['Amira', 'Olena', 'Yusuf', 'Fatima', 'Dawit', 'Leyla', 'Marek', 'Samira'];
const DAY = '2026-11-20';

type Fault = 'full' | 'readonly';
const FAULT_CODE: Record<Fault, ErrorCode> = { full: 'STORAGE_FULL', readonly: 'STORAGE_READ_ONLY' };
const FAULT_NAME: Record<Fault, string> = { full: 'voller Speicher', readonly: 'schreibgeschütztes Laufwerk' };

interface Tally {
  attempts: number;
  refusedRight: number;
  lost: number;
  recoveries: number;
  acknowledged: number;
  acceptedUnderFault: number;
  injected: number;
}

async function scenario(fault: Fault, drive: Drive, random: () => number, tally: Tally, failures: string[], progress: (line: string) => void): Promise<void> {
  const fail = (line: string) => failures.push(`${FAULT_NAME[fault]}: ${line}`);
  let tick = 0;
  const now = () => new Date(TEST_START.getTime() + tick++ * 1000); // runs on one second per look
  const services = await createdStore({ dbPath: path.join(drive.dir, 'kim.db'), now });
  try {
    await faultAndRecover(fault, drive, services, now, random, tally, fail, progress);
  } finally {
    // Its files closed before the drive goes; an error here is already among the findings.
    if (services.store.status().state === 'unlocked') {
      try {
        services.store.lock('manual');
      } catch (error) {
        fail(`Sperren beim Aufräumen: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

async function faultAndRecover(
  fault: Fault,
  drive: Drive,
  services: Services,
  now: () => Date,
  random: () => number,
  tally: Tally,
  fail: (line: string) => void,
  progress: (line: string) => void,
): Promise<void> {
  // The package's key derivation at a test's cost (as tests/services/handover): 1.4 s a package
  // here otherwise, and it has nothing to do with the drive.
  const handover = createHandoverServices({ store: services.store, now }, TEST_KDF_COST).handover;
  const handlers = createHandlers({ ...services, handover });
  const call = (method: string, input: unknown) => dispatch(handlers, method, input) as Promise<Answer>;
  const must = async (method: string, input: unknown) => {
    const answer = await call(method, input);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.code} beim Anlegen der Testdaten`);
    return answer.value;
  };
  let files = 0;
  const chooser = (ext: string) => ({ saveAs: async () => path.join(drive.dir, `datei-${++files}.${ext}`), open: async () => null });
  services.backup.chooseFilesWith(chooser('kimsich'));
  handover.chooseFilesWith(chooser('kimuebergabe'));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const name = () => ({ familyName: pick(FAMILY), givenNames: pick(GIVEN) });

  // Seeded data: three cases (one with goals, one to hand over), a contact, a person without case.
  const intake = (personId: string) => ({
    personId,
    date: DAY,
    accessRoute: 'sprechstunde',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: DAY, form: 'schriftlich' },
  });
  const cases: string[] = [];
  const personOfCase = new Map<string, string>();
  for (let i = 0; i < 3; i++) {
    const person = await must('persons.create', { names: [name()] });
    const caseId = (await must('intakes.record', intake(String(person.id)))).caseId as string;
    cases.push(caseId);
    personOfCase.set(caseId, String(person.id));
  }
  const [withGoals, other, toHandOver] = cases as [string, string, string];
  const waiting = (await must('persons.create', { names: [name()] })).id as string;
  const contact = (caseId: string, note: string) => ({
    personId: personOfCase.get(caseId),
    caseId,
    at: `${DAY}T10:00:00`,
    durationMinutes: 30,
    place: 'buero',
    type: 'beratung',
    topics: [],
    interpreterUsed: false,
    interpreterLanguage: null,
    note,
  });
  await must('contacts.create', contact(other, 'Erstes Gespräch'));
  await must('goal.create', { caseId: withGoals, lifeAreaId: 'wohnen', title: 'Eine eigene Wohnung finden' });
  let passphrase = GOOD_PASSPHRASE;
  const nextPassphrase = OTHER_PASSPHRASE;
  const backupPassphrase = new Map<string, string>();
  const draftKey = `contact:new:${withGoals}`;
  // Long enough to need pages of its own: SQLite's own limit refuses it too.
  const draftFields = JSON.stringify({ note: `Entwurf ${Math.floor(random() * 1e6)} `.padEnd(6000, '.') });

  const writes: Write[] = [
    {
      label: 'neue Person',
      call: () => call('persons.create', { names: [name()] }),
      stored: async (v) => (await call('persons.get', { personId: v.id })).ok,
    },
    {
      label: 'Erstberatung',
      call: () => call('intakes.record', intake(waiting)),
      stored: async (v) => (await call('cases.get', { caseId: v.caseId })).ok,
    },
    {
      label: 'Kontakt',
      call: () => call('contacts.create', contact(withGoals, 'Termin beim Jobcenter vorbereitet')),
      stored: async (v) => {
        const list = await call('contacts.listForCase', { caseId: withGoals });
        return list.ok && (list.value as unknown as { id: string }[]).some((c) => c.id === v.id);
      },
    },
    {
      label: 'Zielvereinbarung',
      call: () => call('agreement.create', { caseId: withGoals, date: DAY }),
      stored: async (v) => (await call('agreement.get', { agreementId: v.id })).ok,
    },
    {
      label: 'Entwurf',
      call: () => call('drafts.save', { key: draftKey, route: JSON.stringify({ name: 'case', caseId: withGoals }), fields: draftFields }),
      stored: async () => {
        const draft = await call('drafts.load', { key: draftKey });
        return draft.ok && draft.value?.fields === draftFields;
      },
    },
    {
      label: 'Passphrase ändern',
      call: async () => {
        const answer = await call('store.changePassphrase', { current: passphrase, next: nextPassphrase });
        if (answer.ok) passphrase = nextPassphrase;
        return answer;
      },
      stored: async () => passphrase === nextPassphrase, // and the final check opens with it
    },
    {
      label: 'Sicherung',
      fileCode: 'BACKUP_WRITE_FAILED',
      call: async () => {
        const answer = await call('backup.create', {});
        if (answer.ok) backupPassphrase.set(String(answer.value.file), passphrase); // a backup opens with the passphrase of its time
        return answer;
      },
      stored: async (v) => {
        const file = String(v.file);
        if (!fs.existsSync(file)) return false;
        const check = await services.backup.verify({ file, secret: { passphrase: backupPassphrase.get(file) ?? passphrase } }).catch(() => null);
        return check !== null;
      },
    },
    {
      label: 'Übergabepaket',
      fileCode: 'HANDOVER_WRITE_FAILED',
      call: () => call('handover.export', { caseIds: [toHandOver], recipient: 'Kollegin in Ahlen' }),
      stored: async (v) => {
        const list = await call('handover.list', {});
        return fs.existsSync(String(v.file)) && list.ok && (list.value as unknown as { id: string }[]).some((h) => h.id === v.handoverId);
      },
    },
  ];
  // The order of the writes under the fault, per seed.
  const order = writes
    .map((w) => ({ w, k: random() }))
    .sort((a, b) => a.k - b.k)
    .map(({ w }) => w);

  const settle = () => new Promise((resolve) => setImmediate(resolve)); // the audit anchor follows at the end of the turn
  await settle();
  await settle();
  const { sqlite } = services.store.session();
  const keyfile = services.store.keyfile;
  const snapshot = () => ({ content: wholeContentHash(sqlite), keyfile: fileHash(keyfile), files: filesIn(drive.dir, ['fueller.bin', 'lost+found']) });
  const acknowledged: { write: Write; value: Value }[] = [];
  const refused: Write[] = [];

  drive.inject(services);
  tally.injected += 1;
  let before = snapshot();
  progress(`${FAULT_NAME[fault]}: ${drive.mechanism}`);
  for (const write of order) {
    tally.attempts += 1;
    const answer = await write.call();
    await settle();
    const expected: ErrorCode[] = write.fileCode ? [FAULT_CODE[fault], write.fileCode] : [FAULT_CODE[fault]];
    if (answer.ok) {
      // SQLite's own limits refuse only what needs new pages; a real full or read-only drive refuses all.
      if (drive.injected) {
        tally.acceptedUnderFault += 1;
        acknowledged.push({ write, value: answer.value });
        before = snapshot();
      } else {
        fail(`${write.label}: angenommen statt abgelehnt`);
      }
    } else {
      refused.push(write);
      if (!expected.includes(answer.error.code)) {
        fail(`${write.label}: ${answer.error.code} statt ${expected.join(' oder ')}`);
      } else if (answer.error.message !== errorMessages[answer.error.code]) {
        fail(`${write.label}: andere Meldung als im Vertrag`);
      } else {
        tally.refusedRight += 1;
      }
    }
    if (services.store.status().state !== 'unlocked') {
      fail(`${write.label}: die Fallakte ist danach nicht mehr offen`);
      break;
    }
    if (!(await call('cases.list', {})).ok) fail(`${write.label}: danach ist die Fallliste nicht mehr lesbar`);
    if (!answer.ok) {
      const after = snapshot();
      if (after.content !== before.content) fail(`${write.label}: abgelehnt, aber die Fallakte hat sich geändert`);
      if (after.keyfile !== before.keyfile) fail(`${write.label}: abgelehnt, aber die Schlüsseldatei hat sich geändert`);
      const left = after.files.filter((f) => !before.files.includes(f));
      if (left.length > 0) fail(`${write.label}: abgelehnt, aber Dateien blieben liegen: ${left.join(', ')}`);
      before = after; // one finding per write, not again for every later one
    }
  }
  // Locking must work whatever the drive does: the data key leaves memory.
  const locked = await call('store.lock', {});
  if (!locked.ok) fail(`Sperren: ${locked.error.code} statt ok`);
  if (services.store.status().state !== 'locked') {
    fail('Sperren: die Fallakte blieb offen');
    services.store.lock('manual');
  }

  // Unlocking under a real fault: refused with the fault's message, not as a damaged file, and
  // the store stays locked. (SQLite's own faults belong to the closed connection: none left.)
  if (!drive.injected) {
    tally.attempts += 1;
    const refusedUnlock = await call('store.unlock', { passphrase });
    const expected: ErrorCode = fault === 'full' ? 'STORAGE_FULL' : 'STORE_READ_ONLY';
    if (refusedUnlock.ok) fail('Entsperren unter dem Fehler: angenommen statt abgelehnt');
    else if (refusedUnlock.error.code !== expected) fail(`Entsperren unter dem Fehler: ${refusedUnlock.error.code} statt ${expected}`);
    else tally.refusedRight += 1;
    await services.store.integrityCheckFinished();
    if (services.store.status().state !== 'locked') {
      fail('Entsperren unter dem Fehler: die Fallakte ist offen, obwohl das Entsperren abgelehnt wurde');
      services.store.lock('manual');
    }
  }

  drive.recover();
  const unlocked = await call('store.unlock', { passphrase });
  if (!unlocked.ok) {
    fail(`nach dem Beheben öffnet die Fallakte nicht: ${unlocked.error.code}`);
    return;
  }
  await services.store.integrityCheckFinished();
  tally.recoveries += 1;

  for (const write of refused) {
    const answer = await write.call();
    await settle();
    if (!answer.ok) {
      fail(`${write.label} nach dem Beheben: ${answer.error.code}`);
      continue;
    }
    tally.acknowledged += 1;
    acknowledged.push({ write, value: answer.value });
  }
  for (const { write, value } of acknowledged) {
    if (!(await write.stored(value))) {
      tally.lost += 1;
      fail(`${write.label}: bestätigt, aber nicht gespeichert`);
    }
  }

  // The full check, as `kim verify`: every page, and the audit chain against the key file's anchor.
  services.store.lock('manual');
  const verdict = await services.store.inspect({ passphrase }, ({ sqlite: s, db }, { auditAnchor }) => ({
    problems: integrityCheck(s).filter((line) => line !== 'ok'),
    chain: checkAuditChain(s, auditAnchor, readSetting(db, AUDIT_ANCHORED_SETTING) === true).state,
  }));
  if (verdict.problems.length > 0) fail(`integrity_check: ${verdict.problems.slice(0, 3).join('; ')}`);
  if (verdict.chain === 'broken') fail('Protokollkette gebrochen');
}

/**
 * `mount: false` takes SQLite's own faults even where the file systems could be made (the short
 * version runs both ways, so the way a machine without mount rights takes is tested too).
 */
export async function runIoFaults({ seed, progress }: SoakOptions, { mount = true }: { mount?: boolean } = {}): Promise<SoakReport> {
  const started = performance.now();
  const random = seeded(seed);
  const failures: string[] = [];
  const tally: Tally = { attempts: 0, refusedRight: 0, lost: 0, recoveries: 0, acknowledged: 0, acceptedUnderFault: 0, injected: 0 };
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-soak-io-'));
  const mechanisms: string[] = [];
  try {
    for (const fault of ['full', 'readonly'] as const) {
      const drive = fault === 'full' ? fullDrive(base, mount) : readOnlyDrive(base, mount);
      mechanisms.push(drive.mechanism);
      try {
        await scenario(fault, drive, random, tally, failures, progress);
      } catch (error) {
        failures.push(`${FAULT_NAME[fault]}: abgebrochen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } finally {
        drive.dispose();
      }
    }
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
  return {
    name: 'E/A-Fehler',
    figures: [
      ['Fehler eingespeist', tally.injected],
      ['Schreibversuche unter Fehler', tally.attempts],
      ['davon mit dem richtigen Code abgelehnt', tally.refusedRight],
      ['Schreibvorgänge verloren', tally.lost],
      ['Wiederherstellungen', tally.recoveries],
      ['davon trotzdem gespeichert (nur bei SQLites eigenem Fehler: ohne neue Seiten)', tally.acceptedUnderFault],
      ['nach dem Beheben gespeichert', tally.acknowledged],
      ['Mechanismus voller Speicher', mechanisms[0] ?? '–'],
      ['Mechanismus schreibgeschützt', mechanisms[1] ?? '–'],
    ],
    failures,
    ms: performance.now() - started,
  };
}
