/**
 * Child process of the rekey crash test (run with tsx): unlocks the store given as argument,
 * prints "go", rotates the data key and prints "done <milliseconds>". Between the rotation's steps it sleeps a
 * random while, so the parent's kill lands anywhere; with a step name as second argument it
 * kills itself (SIGKILL) exactly there.
 */
import path from 'node:path';
import { StoreService } from '../../../electron/services/store/storeService';
import type { RekeyStep } from '../../../electron/services/store/rekey';

const [dbPath, dieAt, seedText] = process.argv.slice(2);
const passphrase = process.env.KIM_PASSPHRASE;
if (!dbPath || passphrase === undefined) throw new Error('usage: rekeyChild <db> [step] [seed]');

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

const store = new StoreService({
  dbPath,
  migrationsFolder: path.resolve(import.meta.dirname, '../../../db/migrations'),
  kdfCost: async () => ({ N: 2 ** 10, r: 8, p: 1 }),
  now: () => new Date('2026-06-15T09:00:00Z'),
  rekeyStep: (step: RekeyStep) => {
    if (step === dieAt) process.kill(process.pid, 'SIGKILL');
    sleep(Math.floor(random() * 12));
  },
});

await store.unlock({ passphrase });
const started = performance.now();
process.stdout.write('go\n');
await store.rekey({ passphrase });
process.stdout.write(`done ${Math.ceil(performance.now() - started)}\n`);
store.lock('manual');
