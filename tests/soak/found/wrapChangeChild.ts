/**
 * Child of wrapChangeCrash.test.ts (bundled by tests/fixtures/killableChild.ts): unlocks the store,
 * prints "go", then changes the passphrase or renews the recovery key and kills itself (SIGKILL)
 * right after the key file's rename put the new wrap in force: before the database recorded it.
 */
import fs from 'node:fs';
import { StoreService } from '../../../electron/services/store/storeService';
import { onRenameOnto } from '../../fixtures/onRename';
import { MIGRATIONS, OTHER_PASSPHRASE, TEST_KDF_COST } from '../../fixtures/storeSettings';

const [dbPath, change] = process.argv.slice(2);
const passphrase = process.env.KIM_PASSPHRASE;
if (!dbPath || (change !== 'passphrase' && change !== 'recovery') || passphrase === undefined)
  throw new Error('usage: wrapChangeChild <db> passphrase|recovery');

const store = new StoreService({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now: () => new Date('2026-06-15T09:00:00Z') });
await store.unlock({ passphrase });
process.stdout.write('go\n');

const wrapOf = (file: string) =>
  JSON.stringify((JSON.parse(fs.readFileSync(file, 'utf8')) as { wraps: { kind: string }[] }).wraps.find((w) => w.kind === change));
const before = wrapOf(store.keyfile);
onRenameOnto(store.keyfile, () => {
  if (wrapOf(store.keyfile) !== before) process.kill(process.pid, 'SIGKILL');
});
if (change === 'passphrase') await store.changePassphrase({ current: passphrase, next: OTHER_PASSPHRASE });
else await store.renewRecoveryKey({ passphrase });
process.stdout.write('done 0\n'); // only reached when the key file was never renamed
