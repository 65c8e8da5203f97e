import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import SQLCipher, { setLogger } from '@signalapp/sqlcipher';
import { seedDemoData } from '../../../electron/services/seed';
import { findWrap, readKeyfile } from '../../../electron/services/store/keyfile';
import { unwrapDataKey } from '../../../electron/services/crypto/keyWrap';
import { recoveryGroup } from '../../../electron/services/crypto/recoveryKey';
import { completeCopyPath, partialCopyPath, type RekeyStep } from '../../../electron/services/store/rekey';
import { integrityCheck } from '../../../db/open';
import { recentAudit } from '../../../db/queries/audit';
import { runKillableChild } from '../../fixtures/killableChild';
import { createdStore, GOOD_PASSPHRASE, tempDir, testServices } from '../../fixtures/tempStore';
import { contentHash } from './storeContent';
import { anchorKey, checkAuditChain, readAnchor } from '../../../electron/services/store/auditAnchor';

setLogger(() => undefined); // the reference library logs the failed HMAC of the wrong-key case

const CHILD = path.join(import.meta.dirname, 'rekeyChild.ts');
const NOW = () => new Date('2026-06-15T09:00:00Z');
/** Each step is hit exactly once; the remaining runs are killed after a random time within a rotation's duration. */
const STEPS: RekeyStep[] = ['copied', 'rekeyed', 'copy-complete', 'old-closed', 'committed', 'installed'];
const RUNS = 20;

/** Runs the rotation child; killed `killAfterMs` after "go", or it kills itself at `dieAt`. */
const runChild = (dbPath: string, options: { dieAt?: RekeyStep; killAfterMs?: number; seed: number }) =>
  runKillableChild(CHILD, [dbPath, options.dieAt ?? '', String(options.seed)], options.killAfterMs);

function referenceOpens(dbPath: string, hexKey: string): boolean {
  const reference = new SQLCipher(dbPath);
  try {
    reference.exec(`PRAGMA key = "x'${hexKey}'"`);
    reference.prepare('SELECT count(*) FROM settings').get();
    return true;
  } catch {
    return false;
  } finally {
    reference.close();
  }
}

describe('Schlüssel erneuern under kill -9', () => {
  it(`leaves a store that opens with the old or the new key, content unchanged (${RUNS} kills)`, { timeout: 240_000 }, async () => {
    const template = await createdStore({ now: NOW });
    template.store.confirmRecoveryKey({ answers: [1, 2].map((group) => ({ group, value: recoveryGroup(template.recoveryKey, group) })) });
    await seedDemoData({ store: template.store, now: NOW }, { cases: 4, seed: 5 });
    const oldKey = template.store.exportDataKey();
    const baseline = contentHash(template.store.session().sqlite);
    template.store.lock('manual');

    // How long one rotation takes here, unkilled: the random kills are spread over that time.
    const calibration = path.join(tempDir(), 'kim.db');
    fs.copyFileSync(template.dbPath, calibration);
    fs.copyFileSync(template.store.keyfile, `${calibration}.keys`);
    const rekeyMs = (await runChild(calibration, { seed: 99 })).ms ?? 200;

    let seed = 20261203;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const outcomes = { committed: 0, kept: 0, killed: 0 };
    for (let run = 0; run < RUNS; run++) {
      const dbPath = path.join(tempDir(), 'kim.db');
      fs.copyFileSync(template.dbPath, dbPath);
      fs.copyFileSync(template.store.keyfile, `${dbPath}.keys`);
      const dieAt = STEPS[run];
      const child = await runChild(dbPath, dieAt ? { dieAt, seed: run + 1 } : { killAfterMs: Math.floor(random() * rekeyMs * 1.1), seed: run + 1 });
      if (child.signal === 'SIGKILL') outcomes.killed += 1;

      const key = (await unwrapDataKey(findWrap(readKeyfile(`${dbPath}.keys`), 'passphrase'), GOOD_PASSPHRASE))!.toString('hex');
      const committed = key !== oldKey;
      outcomes[committed ? 'committed' : 'kept'] += 1;

      const { store } = testServices({ dbPath, now: NOW });
      const unlocked = await store.unlock({ passphrase: GOOD_PASSPHRASE }, { renewUnconfirmedRecoveryKey: true });
      const { sqlite, db } = store.session();
      const label = `run ${run} (${dieAt ?? 'timed'}, ${committed ? 'committed' : 'not committed'})`;
      expect(contentHash(sqlite), label).toBe(baseline);
      expect(integrityCheck(sqlite), label).toEqual(['ok']);
      expect(
        recentAudit(db, 20).some((entry) => entry.action === 'data_key.rotated'),
        label,
      ).toBe(committed);
      // the audit chain and the key file's anchor agree whichever side of the commit the kill fell on
      const anchor = readAnchor(anchorKey(Buffer.from(key, 'hex')), readKeyfile(`${dbPath}.keys`).auditAnchor);
      expect(anchor.state, label).toBe('valid');
      expect(checkAuditChain(sqlite, anchor, true).state, label).toBe('ok');
      // the new recovery key was never typed back: the app's unlock issues another one
      expect(unlocked.recoveryKey !== null, label).toBe(committed);
      store.lock('manual');

      expect(fs.existsSync(partialCopyPath(dbPath)) || fs.existsSync(completeCopyPath(dbPath)), label).toBe(false);
      // nothing else either: no -wal or -shm of a copy that a check of its key opened (issue 17)
      expect(fs.readdirSync(path.dirname(dbPath)).sort(), label).toEqual(['kim.db', 'kim.db.keys']);
      expect(fs.statSync(dbPath).mode & 0o777, label).toBe(0o600);
      expect(referenceOpens(dbPath, key), label).toBe(true);
      if (committed) expect(referenceOpens(dbPath, oldKey), label).toBe(false);
    }
    expect(outcomes.committed).toBeGreaterThan(0);
    expect(outcomes.kept).toBeGreaterThan(0);
    expect(outcomes.killed).toBeGreaterThanOrEqual(STEPS.length);
    console.log('rekey crash runs:', { ...outcomes, rekeyMs });
  });
});
