import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createdStore } from '../fixtures/tempStore';
import { bytesReadByUnlock } from '../fixtures/unlockReads';

const MB = 1024 * 1024;

/** A store made large with ~60 MB of audit entries (wide rows; the log's one index is narrow), written in one statement. */
async function largeStore(): Promise<string> {
  const { store, dbPath } = await createdStore();
  store.session().sqlite.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)
    INSERT INTO audit_log (at, actor, action, entity, entity_id)
    SELECT printf('2026-%02d-%02dT09:00:00.000Z', 1 + i % 12, 1 + i % 28), 'Test Beraterin', 'case.updated', 'case',
           printf('%08d-', i) || hex(randomblob(450))
    FROM n`);
  store.lock('manual');
  return dbPath;
}

describe('unlock reads a bounded part of the store, not every page', () => {
  it('a store of more than 50 MB reads about as much at unlock as a new one, far less than its size', async () => {
    const { store, dbPath: small } = await createdStore();
    store.lock('manual');
    const large = await largeStore();
    const largeSize = fs.statSync(large).size;
    expect(largeSize).toBeGreaterThan(50 * MB);

    const readSmall = bytesReadByUnlock(small);
    const readLarge = bytesReadByUnlock(large);
    const figures = `read at unlock: new store ${readSmall} bytes, store of ${largeSize} bytes ${readLarge} bytes`;
    expect(readLarge, figures).toBeLessThan(2 * MB);
    expect(readLarge - readSmall, figures).toBeLessThan(256 * 1024);
  }, 180_000);
});
