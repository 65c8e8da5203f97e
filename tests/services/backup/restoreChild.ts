/**
 * Child process of the restore crash test (bundled by tests/fixtures/killableChild.ts): prints
 * "go", restores the backup given as argument into a new store and prints "done <milliseconds>".
 * With a step name as third argument it kills itself (SIGKILL) exactly there.
 */
import path from 'node:path';
import { StoreService } from '../../../electron/services/store/storeService';
import { BackupService, type BackupStep } from '../../../electron/services/backup/backupService';

const [file, dbPath, dieAt] = process.argv.slice(2);
const passphrase = process.env.KIM_PASSPHRASE;
if (!file || !dbPath || passphrase === undefined) throw new Error('usage: restoreChild <backup> <db> [step]');

const migrationsFolder = path.resolve(import.meta.dirname, '../../../db/migrations');
const now = () => new Date('2026-06-15T09:00:00Z');
const store = new StoreService({ dbPath, migrationsFolder, kdfCost: async () => ({ N: 2 ** 10, r: 8, p: 1 }), now });
const backup = new BackupService({ store, now }, migrationsFolder, {
  step: (step: BackupStep) => {
    if (step === dieAt) process.kill(process.pid, 'SIGKILL');
  },
});

const started = performance.now();
process.stdout.write('go\n');
await backup.restore({ file, passphrase });
process.stdout.write(`done ${Math.ceil(performance.now() - started)}\n`);
store.lock('manual');
