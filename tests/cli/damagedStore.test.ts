import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../electron/contract/errors';
import { createdStore, GOOD_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import { damage, type Damage } from '../services/store/damagedFiles';
import { kim, sha256 } from './helpers';

/** The commands that open an existing store, each with what it needs besides the passphrase. */
const COMMANDS: Record<string, (db: string) => string[]> = {
  verify: (db) => ['verify', '--db', db],
  'data-key': (db) => ['data-key', '--db', db],
  seed: (db) => ['seed', '--db', db, '--cases', '3'],
  stats: (db) => ['stats', '--db', db, '--period', '2026', '--out', path.join(tempDir(), 'statistik.json')],
};
const KINDS: Damage[] = ['empty', 'truncated', 'foreign-sqlite', 'foreign-key', 'foreign-app'];

describe('commands on a file that is not this store, beside a valid key file', () => {
  for (const kind of KINDS) {
    it(`${kind}: verify, data-key, seed and stats refuse it and leave both files byte for byte as they were`, async () => {
      const { store, dbPath } = await createdStore();
      const dataKey = Buffer.from(store.exportDataKey(), 'hex');
      store.lock('manual');
      damage(dbPath, kind, dataKey);
      const keyfile = `${dbPath}.keys`;
      const before = [sha256(dbPath), sha256(keyfile)];
      const folder = fs.readdirSync(path.dirname(dbPath)).sort();
      for (const [name, argv] of Object.entries(COMMANDS)) {
        const run = await kim(argv(dbPath), { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE } });
        expect(run.code, `${name}: ${run.stdout}`).toBe(1);
        expect(run.stderr, name).toContain(errorMessages.DB_DAMAGED);
        expect(run.stderr, name).toContain(`Datei: ${dbPath}`);
        expect(run.stdout, name).not.toMatch(/in Ordnung|[0-9a-f]{64}|Demodaten sind angelegt/);
        expect([sha256(dbPath), sha256(keyfile)], name).toEqual(before);
        expect(fs.readdirSync(path.dirname(dbPath)).sort(), name).toEqual(folder);
      }
    });
  }
});
