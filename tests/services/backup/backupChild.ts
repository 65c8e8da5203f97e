/**
 * Child process of the backup crash test (run with tsx): unlocks the store given as argument,
 * prints "go", writes a backup to the target and prints "done <milliseconds>". Between the steps
 * it sleeps a random while, so the parent's kill lands anywhere; with a step name as third
 * argument it kills itself (SIGKILL) exactly there.
 */
import path from 'node:path';
import { StoreService } from '../../../electron/services/store/storeService';
import { BackupService, type BackupStep } from '../../../electron/services/backup/backupService';

const [dbPath, target, dieAt, seedText] = process.argv.slice(2);
const passphrase = process.env.KIM_PASSPHRASE;
if (!dbPath || !target || passphrase === undefined) throw new Error('usage: backupChild <db> <target> [step] [seed]');

let state = Number(seedText ?? 1) >>> 0 || 1;
/** xorshift32: the pauses differ from run to run but are reproducible from the seed. */
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
};
const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

const migrationsFolder = path.resolve(import.meta.dirname, '../../../db/migrations');
const now = () => new Date('2026-06-15T09:00:00Z');
const store = new StoreService({ dbPath, migrationsFolder, kdfCost: async () => ({ N: 2 ** 10, r: 8, p: 1 }), now });
const backup = new BackupService({ store, now }, migrationsFolder, {
  step: (step: BackupStep) => {
    if (step === dieAt) process.kill(process.pid, 'SIGKILL');
    sleep(Math.floor(random() * 12));
  },
});

await store.unlock({ passphrase });
const started = performance.now();
process.stdout.write('go\n');
backup.create({ file: target });
process.stdout.write(`done ${Math.ceil(performance.now() - started)}\n`);
store.lock('manual');
