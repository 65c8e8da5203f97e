/**
 * Child process of the setup crash test (run with tsx): sets up the store given as argument and
 * kills itself (SIGKILL, no clean-up of any kind) at the setup step given as second argument.
 */
import { createServices } from '../../../electron/services';
import type { SetupStep } from '../../../electron/services/store/storeService';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST } from '../../fixtures/storeSettings';

const [dbPath, dieAt] = process.argv.slice(2);
if (!dbPath || !dieAt) throw new Error('usage: setupChild <db> <step>');

const services = createServices({
  dbPath,
  migrationsFolder: MIGRATIONS,
  kdfCost: async () => TEST_KDF_COST,
  now: () => new Date('2026-06-15T09:00:00Z'),
  setupStep: (step: SetupStep) => {
    if (step === dieAt) process.kill(process.pid, 'SIGKILL');
  },
});
await services.store.create({ userName: 'Test Beraterin', passphrase: GOOD_PASSPHRASE });
process.stdout.write('finished\n'); // only reached when the step was never passed
