/**
 * Child of verifyAfterRollbackJournal.test.ts (bundled by tests/fixtures/killableChild.ts): opens
 * the store's file with its data key in rollback mode, as a rotated or restored store was until
 * its first open switched it to WAL, and starts a write too large for its page cache, so SQLite
 * writes the journal and then the file itself. It prints "go" inside that write and waits for the
 * parent's SIGKILL: the state a kill in the middle of the switch left.
 */
import Database from 'better-sqlite3';
import { applyCipherKey } from '../../../db/open';

const [dbPath, hexKey] = process.argv.slice(2);
if (!dbPath || !hexKey) throw new Error('usage: rollbackJournalChild <db> <data key hex>');

const sqlite = new Database(dbPath, { fileMustExist: true });
applyCipherKey(sqlite, Buffer.from(hexKey, 'hex'));
sqlite.pragma('journal_mode = DELETE');
sqlite.pragma('cache_size = 8'); // pages: the write spills into the file before its commit
sqlite.exec('BEGIN IMMEDIATE');
sqlite.exec('CREATE TABLE cut_short (x BLOB)');
const ROWS = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n';
sqlite.exec(`INSERT INTO cut_short SELECT randomblob(1000) FROM (${ROWS})`);
process.stdout.write('go\n');
setInterval(() => undefined, 60_000); // held open, mid-write, until killed
