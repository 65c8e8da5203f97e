/**
 * Found by the I/O-fault soak (issue 17): unlocking a store on a full drive answered DB_DAMAGED
 * ("Die Datei der Fallakte ist beschädigt …"): SQLite could not make its -shm file
 * (SQLITE_IOERR_SHMSIZE) and the first read's failure counted as damage (db/open.ts). Now it
 * answers STORAGE_FULL, and unlocks once there is room. Needs a real full drive: a small tmpfs,
 * which only root with CAP_SYS_ADMIN may mount; elsewhere skipped with that reason (the soak's
 * SQLite-only faults cannot reach this path).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore, GOOD_PASSPHRASE, tempDir } from '../../fixtures/tempStore';

function mountTmpfs(): string | null {
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
}

/** Whether this machine lets the test mount: tried once, unmounted at once. */
const canMount = (() => {
  const dir = mountTmpfs();
  if (dir !== null) execFileSync('umount', [dir]);
  return dir !== null;
})();

describe('unlocking on a full drive', () => {
  it.skipIf(!canMount)('answers STORAGE_FULL, not DB_DAMAGED, and unlocks once there is room (needs mount rights)', async () => {
    const dir = mountTmpfs()!;
    try {
      const services = await createdStore({ dbPath: path.join(dir, 'kim.db') });
      const handlers = createHandlers(services);
      services.store.lock('manual');
      const filler = path.join(dir, 'fueller.bin');
      const fd = fs.openSync(filler, 'w');
      try {
        for (const size of [65_536, 1]) {
          try {
            for (;;) fs.writeSync(fd, Buffer.alloc(size));
          } catch (error) {
            expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
          }
        }
      } finally {
        fs.closeSync(fd);
      }
      expect(await dispatch(handlers, 'store.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } });
      expect(services.store.status().state).toBe('locked');
      fs.rmSync(filler);
      expect(await dispatch(handlers, 'store.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      await services.store.integrityCheckFinished();
      services.store.lock('manual');
    } finally {
      execFileSync('umount', ['-l', dir]);
    }
  });
});
