/**
 * A restore killed at any moment (issue 17): before its commit point (the key file) it leaves no
 * store, and the next restore into the same place succeeds; after it, a store that `kim verify`
 * passes before anything else opened it, with the backup's content. The kills also land in the
 * first unlock after the restore, which until issue 17 switched the restored file to WAL with a
 * rollback journal a read-only `kim verify` could not play back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/open';
import type { BackupStep } from '../../../electron/services/backup/backupService';
import { seedDemoData } from '../../../electron/services/seed';
import { kim, passphraseEnv } from '../../cli/helpers';
import { runKillableChild } from '../../fixtures/killableChild';
import { seeded } from '../../fixtures/seeded';
import { createdStore, GOOD_PASSPHRASE, tempDir, testServices } from '../../fixtures/tempStore';
import { contentHash } from '../store/storeContent';

const CHILD = path.join(import.meta.dirname, 'restoreChild.ts');
const NOW = () => new Date('2026-06-15T09:00:00Z');
/** Each step is hit once (before and after the commit point); the other runs are killed at a random moment. */
const STEPS: BackupStep[] = ['restore-ready', 'restore-committed'];
const RUNS = 8;

/** The store's content as a restore makes it, unlocked afterwards (the restore and the unlock add bookkeeping only). */
async function restoredContent(file: string, dbPath: string): Promise<string> {
  const { store, backup } = testServices({ dbPath, now: NOW });
  if (store.status().state === 'new') await backup.restore({ file, passphrase: GOOD_PASSPHRASE });
  else await store.unlock({ passphrase: GOOD_PASSPHRASE });
  const { sqlite } = store.session();
  expect(integrityCheck(sqlite)).toEqual(['ok']);
  const hash = contentHash(sqlite);
  store.lock('manual');
  return hash;
}

describe('Wiederherstellen under kill -9', () => {
  it(`leaves no store or one that verifies with the backup's content (${RUNS} kills)`, { timeout: 240_000 }, async () => {
    const source = await createdStore({ now: NOW });
    await seedDemoData({ store: source.store, now: NOW }, { cases: 10, seed: 7 });
    const file = path.join(tempDir(), 'sicherung.kimsich');
    source.backup.create({ file });
    source.store.lock('manual');

    const calibration = path.join(tempDir(), 'kim.db');
    const restoreMs = (await runKillableChild(CHILD, [file, calibration])).ms ?? 300;
    const baseline = await restoredContent(file, calibration);

    const random = seeded(20261204);
    const outcomes = { committed: 0, none: 0, killed: 0 };
    for (let run = 0; run < RUNS; run++) {
      const dbPath = path.join(tempDir(), 'kim.db');
      const dieAt = STEPS[run] ?? '';
      const child = await runKillableChild(CHILD, [file, dbPath, dieAt], dieAt ? undefined : Math.floor(random() * restoreMs * 1.2));
      if (child.signal === 'SIGKILL') outcomes.killed += 1;
      const label = `run ${run} (${dieAt || 'timed'})`;

      const committed = fs.existsSync(`${dbPath}.keys`);
      outcomes[committed ? 'committed' : 'none'] += 1;
      if (committed) {
        // checked as the kill left it, before any unlock
        const verify = await kim(['verify', '--db', dbPath], { env: passphraseEnv });
        expect(verify.code, `${label}: ${verify.stderr}`).toBe(0);
      }
      expect(await restoredContent(file, dbPath), label).toBe(baseline);
      expect(fs.readdirSync(path.dirname(dbPath)).sort(), label).toEqual(['kim.db', 'kim.db.keys']);
    }
    expect(outcomes.killed).toBeGreaterThan(RUNS / 2);
    expect(outcomes.committed).toBeGreaterThan(0);
    expect(outcomes.none).toBeGreaterThan(0);
    console.log('restore crash runs:', { ...outcomes, restoreMs });
  });
});
