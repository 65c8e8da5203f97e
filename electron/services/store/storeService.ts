/**
 * The encrypted case store: setup, unlock (passphrase or recovery key), lock, passphrase change
 * and recovery-key renewal. The only holder of the data key; it lives here while unlocked and is
 * zeroed on lock. Plain Node: the app, the command line and the tests all drive this class.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { KimError } from '../../contract/errors';
import type { IntegrityState, LockReason, StoreHealth, StoreStatus, UnlockResult } from '../../contract';
import { assessPassphrase } from '../../contract/passphrasePolicy';
import { calibrateScrypt, type ScryptCost } from '../crypto/kdf';
import { unwrapDataKey, wrapDataKey, type KeyWrap, type WrapKind } from '../crypto/keyWrap';
import { generateRecoveryKey, normalizeRecoveryInput, parseRecoveryKey, recoveryGroup } from '../crypto/recoveryKey';
import { findWrap, keyfilePath, newKeyfile, readKeyfile, removeKeyfileLeftovers, withWrap, writeKeyfile, type Keyfile } from './keyfile';
import { clearAbandonedSetup, fileIdentity, finishInterruptedSetup, installSetupDb, isDirectory, removeSetupDb, setupDbPath } from './setupFiles';
import { UnlockThrottle } from './throttle';
import { newDataKey, recoverInterruptedRekey, rekeyRecommended, replaceDataKey, type RekeyStep } from './rekey';
import { BackgroundIntegrityCheck } from './integrityCheck';
import { storageError } from '../../../db/storageErrors';
import { openEncryptedDatabase, playBackInterruptedWrite, type DbSession } from '../../../db/open';
import { appendAudit } from '../../../db/queries/audit';
import { backfillAuditChain, ChainWalk, chainHead, sqliteOf, WALK_BATCH } from '../../../db/queries/auditChain';
import {
  AUDIT_ANCHORED_SETTING,
  anchorHolds,
  anchorKey,
  checkAuditChain,
  readAnchor,
  reportOf,
  sealAnchor,
  type AnchorReading,
  type AuditChainFinding,
  type AuditChainReport,
} from './auditAnchor';
import { auditFindingText } from './auditChainText';
import { deleteSetting, readSetting, writeSetting } from '../../../db/queries/settings';
import { recordWrap } from '../../../db/queries/keyWraps';
import { allOrNothing } from '../../../db/queries/bulkLoad';

export interface StoreServiceOptions {
  dbPath: string;
  migrationsFolder: string;
  /** The KDF cost for new wraps; calibrated on this device unless given (tests pass a cheap one). */
  kdfCost?: () => Promise<ScryptCost>;
  now?: () => Date;
  /** Who the audit log names for actions of this front door (the command line sets its own). */
  actor?: (session: DbSession) => string;
  /** Test hook of the data key's rotation (crash tests stop the process between its steps). */
  rekeyStep?: (step: RekeyStep) => void;
  /** Test hook of the setup (crash tests stop the process between its steps). */
  setupStep?: (step: SetupStep) => void;
}

/** What `inspect` learned from the key file while it held the data key. */
export interface InspectExtras {
  /** The audit chain's anchor, its MAC checked. */
  auditAnchor: AnchorReading;
}

export type SetupStep = 'database-started' | 'database-built' | 'keyfile-written' | 'database-installed';

const RECOVERY_CONFIRMED_AT = 'recoveryKeyConfirmedAt';
/** A re-wrap under way: its kind and the new wrap's IV, until the database has recorded it (replaceWrap). */
const PENDING_WRAP = 'keyWrapPending';
export const USER_NAME = 'userName';

interface OpenStore extends DbSession {
  dataKey: Buffer;
  pendingRecoveryKey: string | null;
  /** Read once per unlock: every audit entry names the user. */
  userName?: string;
  anchor: AnchorState;
  /** The last walk for the Protokoll, with the chain head and anchor it was made against. */
  chainReport?: { key: string; report: AuditChainReport };
}

/** The audit chain's anchor in the key file while the store is open (auditAnchor.ts). */
interface AnchorState {
  /** HKDF of the data key; zeroed with it. */
  key: Buffer;
  /**
   * The key file's anchor still matches the chain (or there was none yet): it may move on with
   * the chain. False after a finding: the anchor then stays, and so does the finding.
   */
  holds: boolean;
  /** A write of the anchor is queued for the end of the current turn. */
  queued: boolean;
  /** The database's note that an anchor exists (AUDIT_ANCHORED_SETTING) is written. */
  noted: boolean;
}

/** What `onProblem` reports; the names are the diagnostics log's event names. */
const STORE_PROBLEM_TEXTS = {
  'store.lock-not-audited': 'Der Eintrag zum Sperren konnte nicht ins Protokoll geschrieben werden',
  'store.audit-check-aborted': 'Die Prüfung des Protokolls brach ab',
  'store.audit-anchor-failed': 'Das Protokoll konnte nicht in der Schlüsseldatei verankert werden',
  'store.key-change-unrecorded': 'Eine unterbrochene Änderung der Schlüssel konnte nicht nachgetragen werden',
} as const;
export type StoreProblem = keyof typeof STORE_PROBLEM_TEXTS;

export class StoreService {
  private open: OpenStore | null = null;
  private readonly throttle: UnlockThrottle;
  private readonly lockListeners = new Set<(reason: LockReason) => void>();
  private readonly integrityListeners = new Set<(state: IntegrityState) => void>();
  private readonly problemListeners = new Set<(problem: StoreProblem, error: unknown) => void>();
  private readonly integrity = new BackgroundIntegrityCheck((state) => {
    // Listeners hear of the check once the audit chain's walk (started with it) is done too.
    void this.chainCheck.then(() => {
      for (const listener of this.integrityListeners) listener(state);
    });
  });
  /** The walk of the audit chain started with the background check. */
  private chainCheck: Promise<void> = Promise.resolve();
  /** What that walk found first, or null (nothing found, or not walked since the unlock). */
  private auditFinding: AuditChainFinding | null = null;
  /** Why the store was locked last in this process; a reloaded window asks for it (status). */
  private lastLockReason: LockReason | null = null;
  private readonly now: () => Date;
  private readonly kdfCost: () => Promise<ScryptCost>;
  readonly keyfile: string;

  constructor(private readonly options: StoreServiceOptions) {
    this.now = options.now ?? (() => new Date());
    let cost: Promise<ScryptCost> | undefined;
    this.kdfCost = () => (cost ??= (options.kdfCost ?? calibrateScrypt)());
    this.throttle = new UnlockThrottle(() => this.now().getTime());
    this.keyfile = keyfilePath(options.dbPath);
  }

  get dbPath(): string {
    return this.options.dbPath;
  }

  /**
   * A store exists when its key file exists (or any file is at the database path, which setup
   * must not replace). A setup interrupted after its commit point is finished here.
   */
  status(): StoreStatus {
    if (this.open) return { state: 'unlocked', recoveryKeyPending: this.open.pendingRecoveryKey !== null };
    if (isDirectory(this.options.dbPath)) throw new KimError('DB_IS_DIRECTORY');
    finishInterruptedSetup(this.options.dbPath, this.keyfile);
    const exists = fs.existsSync(this.options.dbPath) || fs.existsSync(this.keyfile);
    if (!exists) return { state: 'new', recoveryKeyPending: false };
    return this.lastLockReason
      ? { state: 'locked', recoveryKeyPending: false, lockReason: this.lastLockReason }
      : { state: 'locked', recoveryKeyPending: false };
  }

  /** Atomic: see setupFiles.ts. The database is complete before the key file commits it. */
  async create({ userName, passphrase }: { userName: string; passphrase: string }): Promise<{ recoveryKey: string }> {
    if (this.status().state !== 'new') throw new KimError('STORE_EXISTS');
    if (!assessPassphrase(passphrase, [userName]).acceptable) throw new KimError('WEAK_PASSPHRASE');
    const cost = await this.kdfCost();
    const dataKey = randomBytes(32);
    const recoveryKey = generateRecoveryKey();
    const now = this.now();
    const wraps = [await wrapDataKey('passphrase', passphrase, dataKey, cost, now), await wrapDataKey('recovery', recoveryKey, dataKey, cost, now)];
    const { dbPath, migrationsFolder } = this.options;
    const step = this.options.setupStep ?? (() => undefined);
    clearAbandonedSetup(dbPath, this.keyfile);
    const building = setupDbPath(dbPath);
    let anchor: ReturnType<typeof sealAnchor> | undefined;
    try {
      const session = openEncryptedDatabase(building, dataKey, { create: true, migrationsFolder });
      let built: number;
      try {
        built = fileIdentity(building);
        step('database-started');
        writeSetting(session.db, USER_NAME, userName, now);
        for (const wrap of wraps) recordWrap(session.db, wrapRecord(wrap), now);
        const actor = this.options.actor?.(session) ?? userName;
        appendAudit(session.db, { actor, action: 'store.created', entity: 'store', entityId: null }, now);
        writeSetting(session.db, AUDIT_ANCHORED_SETTING, true, now); // the key file below carries it
        const head = chainHead(session.sqlite);
        const key = anchorKey(dataKey);
        anchor = head ? sealAnchor(key, head) : undefined;
        key.fill(0);
      } finally {
        session.sqlite.close(); // the last connection: WAL checkpointed and removed, the file alone is the store
      }
      step('database-built');
      // Another setup of the same path may have cleared ours meanwhile: then it is the one to commit.
      if (!fs.existsSync(building) || fileIdentity(building) !== built) throw new KimError('STORE_EXISTS');
      writeKeyfile(this.keyfile, newKeyfile(wraps, anchor), { exclusive: true }); // the commit point
    } catch (error) {
      if (!fs.existsSync(this.keyfile)) removeSetupDb(dbPath);
      dataKey.fill(0);
      throw error;
    }
    step('keyfile-written');
    installSetupDb(dbPath, this.keyfile);
    step('database-installed');
    this.openWith(dataKey);
    this.unlocked().pendingRecoveryKey = recoveryKey;
    return { recoveryKey };
  }

  /**
   * `renewUnconfirmedRecoveryKey`: the app passes true, so a recovery key that was never typed
   * back is replaced by one the user sees and confirms now (the passphrase was just proven).
   * The command line leaves it, so scripts do not invalidate a key that IT has filed.
   */
  async unlock(
    { passphrase }: { passphrase: string },
    { renewUnconfirmedRecoveryKey = false }: { renewUnconfirmedRecoveryKey?: boolean } = {},
  ): Promise<UnlockResult> {
    if (this.open) return { ...this.status(), recoveryKey: null };
    const { dataKey } = await this.unwrap('passphrase', passphrase);
    this.openWith(dataKey);
    return this.closedIfRefused(async () => {
      this.audit('store.unlocked', 'store');
      const renew = renewUnconfirmedRecoveryKey && !this.isRecoveryKeyConfirmed();
      const recoveryKey = renew ? await this.replaceRecoveryKey() : null;
      return { ...this.status(), recoveryKey };
    });
  }

  /**
   * The writes an unlock makes once the database is open (its audit entry, a new recovery key):
   * if the drive refuses them (full, read-only), the store is closed again before the error goes
   * out, so it is never open while the window was told the unlock failed (issue 17).
   */
  private async closedIfRefused<T>(work: () => Promise<T>): Promise<T> {
    const open = this.unlocked();
    try {
      return await work();
    } catch (error) {
      if (this.open === open) this.close(open);
      // At the door a read-only drive reads as at opening (db/open.ts): the store cannot be opened.
      const storage = storageError(error, path.dirname(this.options.dbPath));
      throw storage?.code === 'STORAGE_READ_ONLY' ? new KimError('STORE_READ_ONLY', { cause: error }) : error;
    }
  }

  /** Recovery always sets a new passphrase: the forgotten one must not stay valid. */
  async unlockWithRecoveryKey({ recoveryKey, newPassphrase }: { recoveryKey: string; newPassphrase: string }): Promise<UnlockResult> {
    if (this.open) this.lock('manual');
    if (!assessPassphrase(newPassphrase).acceptable) throw new KimError('WEAK_PASSPHRASE');
    const { keyfile, dataKey } = await this.unwrap('recovery', recoveryKey);
    this.openWith(dataKey);
    return this.closedIfRefused(async () => {
      await this.replaceWrap(keyfile, 'passphrase', newPassphrase);
      this.audit('store.unlocked_with_recovery_key', 'store');
      return { ...this.status(), recoveryKey: null };
    });
  }

  lock(reason: LockReason): void {
    const open = this.open;
    if (!open) return;
    try {
      this.audit('store.locked', 'store', reason);
      this.anchorNow(open);
    } catch (error) {
      // A full or read-only drive refuses the lock's own audit entry: the store locks all the
      // same (below), and the caller, the idle timer too, must hear that it did (issue 17).
      if (storageError(error, path.dirname(this.options.dbPath)) === null) throw error;
      this.problem('store.lock-not-audited', error);
    } finally {
      this.close(open);
      this.lastLockReason = reason;
      for (const listener of this.lockListeners) listener(reason);
    }
  }

  /** Closes the open store and zeroes its keys: a lock, and an unlock whose own writes the drive refused. */
  private close(open: OpenStore): void {
    this.open = null;
    this.auditFinding = null;
    void this.integrity.cancel();
    open.dataKey.fill(0);
    open.anchor.key.fill(0);
    open.sqlite.close();
  }

  onLocked(listener: (reason: LockReason) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /**
   * Something that went wrong beside a call, which the call survives (a lock whose audit entry the
   * drive refused, …): the app writes it to the diagnostics log for IT. Without a listener (the
   * command line, tests) it goes to stderr.
   */
  onProblem(listener: (problem: StoreProblem, error: unknown) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  private problem(problem: StoreProblem, error: unknown): void {
    if (this.problemListeners.size === 0) console.error(`${STORE_PROBLEM_TEXTS[problem]}:`, error);
    for (const listener of this.problemListeners) listener(problem, error);
  }

  async changePassphrase({ current, next }: { current: string; next: string }): Promise<void> {
    this.session();
    const keyfile = await this.verifyPassphrase(current);
    if (current === next) throw new KimError('SAME_PASSPHRASE');
    if (!assessPassphrase(next, [this.userName()]).acceptable) throw new KimError('WEAK_PASSPHRASE');
    await this.replaceWrap(keyfile, 'passphrase', next, () => this.audit('passphrase.changed', 'store'));
  }

  /** A new recovery key (the old one stops working); it must be confirmed like the first. */
  async renewRecoveryKey({ passphrase }: { passphrase: string }): Promise<{ recoveryKey: string }> {
    this.session();
    await this.verifyPassphrase(passphrase);
    return { recoveryKey: await this.replaceRecoveryKey() };
  }

  confirmRecoveryKey({ answers }: { answers: { group: number; value: string }[] }): void {
    const open = this.unlocked();
    const pending = open.pendingRecoveryKey;
    if (!pending) throw new KimError('NO_PENDING_RECOVERY_KEY');
    const groups = new Set(answers.map((a) => a.group));
    const matches = answers.every((a) => normalizeRecoveryInput(a.value) === recoveryGroup(pending, a.group));
    if (groups.size < 2 || !matches) throw new KimError('RECOVERY_CONFIRMATION_MISMATCH');
    open.pendingRecoveryKey = null;
    writeSetting(open.db, RECOVERY_CONFIRMED_AT, this.now().toISOString(), this.now());
    this.audit('recovery_key.confirmed', 'store');
  }

  /** The raw data key, for the employer's IT to open the file with SQLCipher tools. Audited. */
  exportDataKey(): string {
    const open = this.unlocked();
    this.audit('data_key.exported', 'store');
    return open.dataKey.toString('hex');
  }

  /**
   * For `kim data-key` with the recovery key: opens, records the export in the audit log and
   * closes again. Unlike unlocking, the passphrase stays as it is (the IT, not the user, is here).
   */
  async exportDataKeyWithRecoveryKey({ recoveryKey }: { recoveryKey: string }): Promise<string> {
    if (this.open) this.lock('manual');
    const { dataKey } = await this.unwrap('recovery', recoveryKey);
    this.openWith(dataKey);
    try {
      return this.exportDataKey();
    } finally {
      this.lock('manual');
    }
  }

  /**
   * "Schlüssel erneuern": the database re-encrypted under a new data key, wrapped under the same
   * passphrase and a new recovery key, which is shown and confirmed like the first (rekey.ts).
   */
  async rekey({ passphrase }: { passphrase: string }): Promise<{ recoveryKey: string }> {
    const open = this.unlocked();
    await this.verifyPassphrase(passphrase);
    const next = await newDataKey(passphrase, await this.kdfCost(), this.now());
    await this.integrity.cancel(); // its connection must be closed before the file is replaced
    if (this.open !== open) {
      next.dataKey.fill(0);
      throw new KimError('LOCKED'); // locked while the keys were derived
    }
    const now = this.now();
    const actor = this.actorName();
    let session: DbSession;
    try {
      session = replaceDataKey({
        dbPath: this.options.dbPath,
        keyfile: this.keyfile,
        migrationsFolder: this.options.migrationsFolder,
        session: open,
        oldKey: open.dataKey,
        next,
        annotate: (db) => {
          for (const wrap of next.wraps) recordWrap(db, wrapRecord(wrap), now);
          writeSetting(db, RECOVERY_CONFIRMED_AT, null, now); // confirmed only once typed back
          appendAudit(db, { actor, action: 'data_key.rotated', entity: 'store' }, now);
        },
        // The anchor moves to the copy's head under the new key; after a finding the old anchor is
        // carried over instead, so the rotation does not seal over what was found.
        anchor: (db) => {
          const key = anchorKey(next.dataKey);
          try {
            if (open.anchor.holds) {
              const head = chainHead(sqliteOf(db));
              return head ? sealAnchor(key, head) : undefined;
            }
            const reading = this.readKeyfileAnchor(open.anchor.key);
            return reading.state === 'valid' ? sealAnchor(key, reading.head) : undefined;
          } finally {
            key.fill(0);
          }
        },
        ...(this.options.rekeyStep ? { step: this.options.rekeyStep } : {}),
      });
    } catch (error) {
      next.dataKey.fill(0);
      if (open.sqlite.open) throw new KimError('REKEY_FAILED', { cause: error }); // nothing changed
      // The key file is switched but the new database could not be opened here: locked; the next
      // unlock finishes the switch.
      this.open = null;
      this.lastLockReason = 'manual';
      open.dataKey.fill(0);
      for (const listener of this.lockListeners) listener('manual');
      throw new KimError('REKEY_INTERRUPTED', { cause: error });
    }
    open.dataKey.fill(0);
    open.anchor.key.fill(0);
    this.open = {
      ...session,
      dataKey: next.dataKey,
      pendingRecoveryKey: next.recoveryKey,
      ...(open.userName === undefined ? {} : { userName: open.userName }),
      anchor: { key: anchorKey(next.dataKey), holds: open.anchor.holds, queued: false, noted: open.anchor.noted },
    };
    return { recoveryKey: next.recoveryKey };
  }

  /** Starts the full check of the file in the background (the app does, after each unlock). */
  startIntegrityCheck(): void {
    const open = this.unlocked();
    this.chainCheck = this.walkAuditChain(open).catch((error: unknown) => {
      this.problem('store.audit-check-aborted', error);
    });
    this.integrity.start(this.options.dbPath, open.dataKey);
  }

  /** Resolves when the check started last has finished (tests). */
  async integrityCheckFinished(): Promise<void> {
    await this.integrity.whenFinished();
    await this.chainCheck;
  }

  /**
   * The audit chain walked against the key file's anchor, on this connection in batches with a
   * turn in between, so the app stays responsive on a long log (about 100,000 entries: see the
   * report's figures). Entries appended meanwhile are walked too.
   */
  private async walkAuditChain(open: OpenStore): Promise<void> {
    this.auditFinding = null;
    const reading = this.readKeyfileAnchor(open.anchor.key);
    const anchoredBefore = readSetting(open.db, AUDIT_ANCHORED_SETTING) === true;
    const walk = new ChainWalk(open.sqlite, reading.state === 'valid' ? reading.head : null);
    while (walk.step(WALK_BATCH)) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.open !== open) return; // locked meanwhile
    }
    const report = reportOf(open.sqlite, walk.verdict, reading, anchoredBefore);
    if (this.open === open) this.auditFinding = report.state === 'broken' ? report.problem : null;
  }

  onIntegrityChecked(listener: (state: IntegrityState) => void): () => void {
    this.integrityListeners.add(listener);
    return () => this.integrityListeners.delete(listener);
  }

  health(): StoreHealth {
    const health: StoreHealth = { integrity: this.integrity.state, rekeyRecommended: rekeyRecommended(this.session().db) };
    return this.auditFinding ? { ...health, auditChainProblem: auditFindingText(this.auditFinding) } : health;
  }

  /** The open database, or LOCKED. Services that need the store call this. */
  session(): DbSession {
    return this.unlocked();
  }

  private unlocked(): OpenStore {
    if (!this.open) throw new KimError('LOCKED');
    return this.open;
  }

  audit(action: string, entity: string, entityId: string | null = null): void {
    appendAudit(this.session().db, { actor: this.actorName(), action, entity, entityId }, this.now());
    this.queueAnchor();
  }

  /**
   * The anchor follows the chain at the end of the current turn, not at once: an entry may be
   * written inside a transaction that is then rolled back, and the key file must never vouch
   * for an entry that is not there. One write per turn also keeps bulk work (the demo data, an
   * import) from an fsync per entry. Locking writes it at once. A crash in between leaves the
   * anchor one turn behind: entries after it are still chained, only not yet vouched for.
   */
  private queueAnchor(): void {
    const open = this.unlocked();
    if (open.anchor.queued || !open.anchor.holds) return;
    open.anchor.queued = true;
    setImmediate(() => {
      open.anchor.queued = false;
      if (this.open !== open) return; // locked meanwhile: the lock wrote it
      if (open.sqlite.inTransaction) return this.queueAnchor();
      this.anchorNow(open);
    });
  }

  /** Writes the chain's head into the key file if it moved. Never fails the caller: logged. */
  private anchorNow(open: OpenStore): void {
    if (!open.anchor.holds) return;
    try {
      const head = chainHead(open.sqlite);
      // No key file (moved away while open): nothing to anchor in, and never one to create here.
      if (!head || !fs.existsSync(this.keyfile)) return;
      const keyfile = readKeyfile(this.keyfile);
      const stored = keyfile.auditAnchor;
      if (stored?.entryId !== head.entryId || stored.hash !== head.hash) {
        writeKeyfile(this.keyfile, { ...keyfile, auditAnchor: sealAnchor(open.anchor.key, head) }, { exclusive: false });
      }
      if (!open.anchor.noted) {
        // After the key file: a crash between the two leaves an anchor without the note, which is harmless.
        if (readSetting(open.db, AUDIT_ANCHORED_SETTING) !== true) writeSetting(open.db, AUDIT_ANCHORED_SETTING, true, this.now());
        open.anchor.noted = true;
      }
    } catch (error) {
      this.problem('store.audit-anchor-failed', error);
    }
  }

  /**
   * The chain walked against the key file's anchor (the Protokoll and its PDF). A full walk takes
   * about 0.6 s at 100,000 entries, so the list reuses the last walk while neither the chain's
   * head, the key file's anchor nor anything another connection wrote changed; `fresh` (the
   * PDF) always walks.
   */
  auditChainReport({ fresh = false }: { fresh?: boolean } = {}): AuditChainReport {
    const open = this.unlocked();
    const stored = readKeyfile(this.keyfile).auditAnchor;
    const head = chainHead(open.sqlite);
    // data_version moves whenever another connection (another process) commits to the file.
    const key = JSON.stringify([head, stored ?? null, open.sqlite.pragma('data_version', { simple: true })]);
    if (!fresh && open.chainReport?.key === key) return open.chainReport.report;
    const report = checkAuditChain(open.sqlite, readAnchor(open.anchor.key, stored), readSetting(open.db, AUDIT_ANCHORED_SETTING) === true);
    open.chainReport = { key, report };
    return report;
  }

  private readKeyfileAnchor(key: Buffer): AnchorReading {
    return readAnchor(key, readKeyfile(this.keyfile).auditAnchor);
  }

  /**
   * At every unlock, before the first new entry: a store from before the chain is chained once
   * (only while no anchor exists or ever existed: otherwise an empty chain is a finding, not
   * something to fill in), and the anchor is checked against the chain to decide whether it may
   * move on.
   */
  private settleAnchor(open: OpenStore): void {
    const reading = this.readKeyfileAnchor(open.anchor.key);
    const anchoredBefore = readSetting(open.db, AUDIT_ANCHORED_SETTING) === true;
    open.anchor.noted = anchoredBefore;
    if (reading.state === 'absent' && !anchoredBefore) backfillAuditChain(open.sqlite);
    open.anchor.holds = anchorHolds(open.sqlite, reading, anchoredBefore);
    this.anchorNow(open);
  }

  /** Who is acting: the case manager's name, or the command line's own name. */
  actorName(): string {
    return this.options.actor?.(this.session()) ?? this.userName();
  }

  private userName(): string {
    const open = this.unlocked();
    if (open.userName === undefined) {
      const name = readSetting(open.db, USER_NAME);
      open.userName = typeof name === 'string' ? name : 'unbekannt';
    }
    return open.userName;
  }

  /** The settings changed the user's name: the audit log names the new one from now on. */
  userNameChanged(): void {
    delete this.unlocked().userName;
  }

  private isRecoveryKeyConfirmed(): boolean {
    return typeof readSetting(this.session().db, RECOVERY_CONFIRMED_AT) === 'string';
  }

  /**
   * The one way a secret is checked: throttled, one at a time, and every failure makes the next
   * wait longer. A damaged key file is no verdict on the secret and adds no wait.
   */
  private async unwrap(kind: WrapKind, secret: string): Promise<{ keyfile: Keyfile; dataKey: Buffer }> {
    this.throttle.begin();
    let dataKey: Buffer | null;
    let keyfile: Keyfile;
    try {
      if (this.status().state === 'new') throw new KimError('STORE_MISSING');
      keyfile = readKeyfile(this.keyfile);
      const canonical = kind === 'recovery' ? parseRecoveryKey(secret) : secret;
      dataKey = canonical === null ? null : await unwrapDataKey(findWrap(keyfile, kind), canonical);
    } catch (error) {
      this.throttle.end();
      throw error;
    }
    if (!dataKey) {
      const code = kind === 'recovery' ? 'WRONG_RECOVERY_KEY' : 'WRONG_PASSPHRASE';
      throw new KimError(code, { retryAfterMs: this.throttle.fail() });
    }
    this.throttle.succeed();
    return { keyfile, dataKey };
  }

  private async verifyPassphrase(passphrase: string): Promise<Keyfile> {
    const { keyfile, dataKey } = await this.unwrap('passphrase', passphrase);
    dataKey.fill(0);
    return keyfile;
  }

  private openWith(dataKey: Buffer): void {
    try {
      removeKeyfileLeftovers(this.keyfile);
      recoverInterruptedRekey(this.options.dbPath, dataKey); // a rotation cut short by a crash
      const session = this.openDatabase(dataKey, { readonly: false });
      const open: OpenStore = { ...session, dataKey, pendingRecoveryKey: null, anchor: { key: anchorKey(dataKey), holds: false, queued: false, noted: false } };
      try {
        this.settleAnchor(open);
      } catch (error) {
        open.anchor.key.fill(0);
        session.sqlite.close();
        throw error;
      }
      this.open = open;
      this.lastLockReason = null; // the reason belonged to the lock this unlock ended
      this.recordInterruptedWrapChange(open);
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
  }

  /**
   * A kill between a re-wrap's key file and its record in the database (replaceWrap) left a new
   * passphrase or recovery key in force without its record and audit entry (issue 17, the crash
   * soak). The note replaceWrap wrote before the key file tells whether the wrap took effect: then
   * it is recorded now, with the entry the change would have written, and a recovery key counts as
   * unconfirmed (nobody may have seen it), so the app's unlock shows a new one.
   */
  private recordInterruptedWrapChange(open: OpenStore): void {
    try {
      const pending = readSetting(open.db, PENDING_WRAP) as { kind: WrapKind; iv: string } | null | undefined;
      if (!pending) return;
      const wrap = readKeyfile(this.keyfile).wraps.find((w) => w.kind === pending.kind);
      allOrNothing(open.sqlite, () => {
        if (wrap?.iv === pending.iv) {
          recordWrap(open.db, wrapRecord(wrap), this.now());
          if (wrap.kind === 'recovery') writeSetting(open.db, RECOVERY_CONFIRMED_AT, null, this.now());
          this.audit(wrap.kind === 'passphrase' ? 'passphrase.changed' : 'recovery_key.renewed', 'store');
        }
        deleteSetting(open.db, PENDING_WRAP);
      });
    } catch (error) {
      // never fails the unlock: the note stays, and the next unlock tries again
      this.problem('store.key-change-unrecorded', error);
    }
  }

  /** The key file gave a key, so the store exists: a missing database is reported as such. */
  private openDatabase(dataKey: Buffer, { readonly }: { readonly: boolean }): DbSession {
    if (!fs.existsSync(this.options.dbPath)) throw new KimError('DB_MISSING');
    return openEncryptedDatabase(this.options.dbPath, dataKey, { create: false, migrationsFolder: this.options.migrationsFolder, readonly });
  }

  /**
   * For `kim verify`: checks the passphrase and lets `work` read the database opened read-only.
   * Nothing is written (no audit entry, no migration, no id stamp): the file stays byte for byte as
   * it was. The exceptions finish what a crash cut short, as every open does: a key rotation after
   * its commit point, and a rollback journal (a write of an earlier version; see
   * playBackInterruptedWrite). Both leave the last committed content, unchanged.
   */
  async inspect<T>({ passphrase }: { passphrase: string }, work: (session: DbSession, found: InspectExtras) => T | Promise<T>): Promise<T> {
    if (this.open) this.lock('manual');
    const { keyfile, dataKey } = await this.unwrap('passphrase', passphrase);
    let session: DbSession;
    let auditAnchor: AnchorReading;
    try {
      const key = anchorKey(dataKey);
      auditAnchor = readAnchor(key, keyfile.auditAnchor);
      key.fill(0);
      // A rotation committed before a crash is finished first, as at every open: otherwise the
      // old database would be checked under the new key and look foreign.
      recoverInterruptedRekey(this.options.dbPath, dataKey);
      playBackInterruptedWrite(this.options.dbPath, dataKey);
      session = this.openDatabase(dataKey, { readonly: true });
    } finally {
      dataKey.fill(0); // SQLite keeps its own copy for the connection
    }
    try {
      return await work(session, { auditAnchor });
    } finally {
      session.sqlite.close();
    }
  }

  private async replaceRecoveryKey(): Promise<string> {
    const open = this.unlocked();
    const recoveryKey = generateRecoveryKey();
    // "not confirmed" goes with the wrap's record: a kill after it must not leave a new key, never
    // shown, under a confirmation that belonged to the old one (issue 17, the crash soak)
    await this.replaceWrap(readKeyfile(this.keyfile), 'recovery', recoveryKey, () => {
      writeSetting(open.db, RECOVERY_CONFIRMED_AT, null, this.now());
      this.audit('recovery_key.renewed', 'store');
    });
    open.pendingRecoveryKey = recoveryKey;
    return recoveryKey;
  }

  /**
   * Re-wraps the same data key: the database itself is not touched. `alsoRecord` (the audit
   * entry) is stored with the wrap's record, in one transaction.
   */
  private async replaceWrap(keyfile: Keyfile, kind: WrapKind, secret: string, alsoRecord: () => void = () => undefined): Promise<void> {
    const open = this.unlocked();
    const wrap = await wrapDataKey(kind, secret, open.dataKey, await this.kdfCost(), this.now());
    // Noted first: after a kill between the key file and the record below, the next unlock tells
    // by it whether the new wrap took effect (recordInterruptedWrapChange).
    writeSetting(open.db, PENDING_WRAP, { kind, iv: wrap.iv }, this.now());
    writeKeyfile(this.keyfile, withWrap(keyfile, wrap), { exclusive: false });
    try {
      allOrNothing(open.sqlite, () => {
        recordWrap(open.db, wrapRecord(wrap), this.now());
        alsoRecord();
        deleteSetting(open.db, PENDING_WRAP);
      });
    } catch (error) {
      // A nearly full drive took the small key file but not the database's record: the key file
      // as it was goes back, so a change reported as failed did not happen (issue 17: the new
      // passphrase was in force while the window said nothing was saved).
      writeKeyfile(this.keyfile, keyfile, { exclusive: false });
      throw error;
    }
  }
}

function wrapRecord(wrap: KeyWrap) {
  const { N, r, p } = wrap.kdf;
  return { kind: wrap.kind, kdf: wrap.kdf.name, cost: { N, r, p } };
}
