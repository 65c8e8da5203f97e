/**
 * Child process of the unlock-reads test (run with tsx): unlocks the store given as argument
 * (cheap KDF) and prints how many bytes the process read meanwhile (rchar of /proc/self/io:
 * every read call, from disk or page cache). A process of its own, so no other test's reads count.
 */
import fs from 'node:fs';
import { createServices } from '../../electron/services';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST } from '../fixtures/storeSettings';

const [dbPath] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: unlockReadsChild <db>');
const bytesRead = () => Number(/^rchar: (\d+)$/m.exec(fs.readFileSync('/proc/self/io', 'utf8'))![1]);

const { store } = createServices({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now: () => new Date('2026-11-23T07:00:00Z') });
const before = bytesRead();
await store.unlock({ passphrase: GOOD_PASSPHRASE });
const read = bytesRead() - before;
store.lock('manual');
process.stdout.write(JSON.stringify({ read }));
