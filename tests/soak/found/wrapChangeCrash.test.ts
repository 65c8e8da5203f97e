/**
 * Found by the crash soak (issue 17): a kill right after the key file took a new passphrase or
 * recovery key, before the database recorded it, left the change in force without its record and
 * audit entry; for the recovery key, the old key's confirmation stayed, so the new key, never
 * shown, was never asked for again and the one in the employer's safe no longer opened the store.
 * The next unlock now records the change (storeService.recordInterruptedWrapChange) and counts the
 * recovery key as unconfirmed, so the app shows a new one.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentWraps } from '../../../db/queries/keyWraps';
import { recentAudit } from '../../../db/queries/audit';
import { recoveryGroup } from '../../../electron/services/crypto/recoveryKey';
import { readKeyfile } from '../../../electron/services/store/keyfile';
import { runKillableChild } from '../../fixtures/killableChild';
import { createdStore, GOOD_PASSPHRASE, OTHER_PASSPHRASE, testServices } from '../../fixtures/tempStore';

const CHILD = path.join(import.meta.dirname, 'wrapChangeChild.ts');
const NOW = () => new Date('2026-06-15T09:00:00Z');
const LATER = () => new Date('2026-06-15T10:00:00Z');

/** A store whose recovery key is confirmed (as the app asks at setup), locked for the child. */
async function confirmedStore() {
  const s = await createdStore({ now: NOW });
  s.store.confirmRecoveryKey({ answers: [1, 2].map((group) => ({ group, value: recoveryGroup(s.recoveryKey, group) })) });
  s.store.lock('manual');
  return s.dbPath;
}

function recordedAndAudited(dbPath: string, kind: 'passphrase' | 'recovery', action: string) {
  const wrap = readKeyfile(`${dbPath}.keys`).wraps.find((w) => w.kind === kind);
  return (store: ReturnType<typeof testServices>['store']) => {
    const { db } = store.session();
    const record = currentWraps(db).find((w) => w.kind === kind);
    expect(wrap).toBeDefined();
    // recorded with (or after) the wrap in force, not the one before it
    expect(String(record?.createdAt) >= String(wrap?.createdAt)).toBe(true);
    expect(recentAudit(db, 10).map((entry) => entry.action)).toContain(action);
  };
}

describe('a kill between the key file and the database of a re-wrap', () => {
  it('a new passphrase in force is recorded and audited at the next unlock', { timeout: 60_000 }, async () => {
    const dbPath = await confirmedStore();
    expect((await runKillableChild(CHILD, [dbPath, 'passphrase'])).signal).toBe('SIGKILL');
    const check = recordedAndAudited(dbPath, 'passphrase', 'passphrase.changed');
    const { store } = testServices({ dbPath, now: LATER });
    await store.unlock({ passphrase: OTHER_PASSPHRASE }); // the change had committed: the new one opens
    check(store);
    store.lock('manual');
  });

  it('a new recovery key nobody saw counts as unconfirmed: the app’s unlock shows another one', { timeout: 60_000 }, async () => {
    const dbPath = await confirmedStore();
    expect((await runKillableChild(CHILD, [dbPath, 'recovery'])).signal).toBe('SIGKILL');
    const check = recordedAndAudited(dbPath, 'recovery', 'recovery_key.renewed');
    const { store } = testServices({ dbPath, now: LATER });
    const unlocked = await store.unlock({ passphrase: GOOD_PASSPHRASE }, { renewUnconfirmedRecoveryKey: true });
    expect(unlocked.recoveryKey).not.toBeNull();
    check(store);
    store.lock('manual');
  });
});
