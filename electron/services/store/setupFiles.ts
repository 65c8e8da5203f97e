/**
 * Setting up a store is atomic. The complete database (migrated, settings, wrap records, closed
 * with no WAL) is built under a hidden name beside the final one; then the key file is written
 * exclusively, which is the commit point; then the database is moved into place. So an interrupted
 * setup leaves one of two states, both recognised at the next status, open or setup:
 *   - key file and complete database under the hidden name: rolled forward (moved into place);
 *   - database under the hidden name without a key file: unopenable, because its key was never
 *     stored anywhere; cleared by the next setup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KimError } from '../../contract/errors';
import { syncDirectory } from './keyfile';

/** The database while it is being built, before the key file exists. */
export const setupDbPath = (dbPath: string) => path.join(path.dirname(dbPath), `.${path.basename(dbPath)}.setup`);

const withSideFiles = (file: string) => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

export function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Finishes a setup that was interrupted after its commit point (the key file exists): the built
 * database is linked into place, or, if that already happened, the hidden name is dropped.
 */
export function finishInterruptedSetup(dbPath: string, keyfile: string): void {
  const built = setupDbPath(dbPath);
  if (!fs.existsSync(built) || !fs.existsSync(keyfile)) return;
  if (!fs.existsSync(dbPath)) {
    try {
      fs.linkSync(built, dbPath); // never replaces a file at the final path
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  // Only the same file under its second name is dropped; anything else there is left as it is.
  if (fs.statSync(built).ino === fs.statSync(dbPath).ino) fs.rmSync(built);
  syncDirectory(path.dirname(dbPath));
}

/** Removes a database that a setup left before its commit point (no key file: nobody can open it). */
export function clearAbandonedSetup(dbPath: string, keyfile: string): void {
  if (!fs.existsSync(keyfile)) removeSetupDb(dbPath);
}

/** The inode of the database being built, to notice if another setup replaced it meanwhile. */
export function fileIdentity(file: string): number {
  return fs.statSync(file).ino;
}

/** Undoes a setup that failed before its commit point. */
export function removeSetupDb(dbPath: string): void {
  for (const file of withSideFiles(setupDbPath(dbPath))) fs.rmSync(file, { force: true });
}

/** After the commit point: the built database becomes the store. */
export function installSetupDb(dbPath: string, keyfile: string): void {
  finishInterruptedSetup(dbPath, keyfile);
  if (fs.existsSync(setupDbPath(dbPath))) throw new KimError('STORE_EXISTS'); // something else was put at the final path
}
