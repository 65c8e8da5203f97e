/**
 * Child process of the read-only store test (run with tsx, as another user when the test runs as
 * root, for whom no file is read-only): tries to unlock the store and prints the error code.
 */
import { createServices } from '../../../electron/services';
import { KimError } from '../../../electron/contract/errors';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST } from '../../fixtures/storeSettings';

const [dbPath] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: readOnlyChild <db>');
const { store } = createServices({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST });
try {
  await store.unlock({ passphrase: GOOD_PASSPHRASE });
  store.lock('manual');
  process.stdout.write('unlocked');
} catch (error) {
  process.stdout.write(error instanceof KimError ? error.code : `unexpected: ${String(error)}`);
}
