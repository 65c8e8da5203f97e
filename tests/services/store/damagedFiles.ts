/**
 * Files that are not this application's store, put at the database path beside a valid key file:
 * what a copy cut short, an empty file or a foreign database looks like to the store.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { applyCipherKey } from '../../../db/open';

export const DAMAGES = ['empty', 'truncated', 'cut-mid-page', 'foreign-sqlite', 'foreign-key', 'foreign-app'] as const;
export type Damage = (typeof DAMAGES)[number];

/** Replaces the (closed) database at `dbPath`; `dataKey` is the store's own key (for a foreign file under it). */
export function damage(dbPath: string, kind: Damage, dataKey: Buffer): void {
  const bytes = fs.readFileSync(dbPath);
  fs.rmSync(dbPath);
  switch (kind) {
    case 'empty':
      fs.writeFileSync(dbPath, '');
      return;
    case 'truncated': // a copy that stopped half-way, at a page boundary
      fs.writeFileSync(dbPath, bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096));
      return;
    case 'cut-mid-page': // a copy that lost its last few bytes
      fs.writeFileSync(dbPath, bytes.subarray(0, bytes.length - 100));
      return;
    case 'foreign-sqlite': // a plain SQLite file of another program
      foreignDatabase(dbPath, null);
      return;
    case 'foreign-key': // an encrypted database under another key
      foreignDatabase(dbPath, randomBytes(32));
      return;
    case 'foreign-app': // encrypted under our very key, but not this application's database
      foreignDatabase(dbPath, dataKey);
      return;
  }
}

function foreignDatabase(file: string, key: Buffer | null): void {
  const sqlite = new Database(file);
  if (key) applyCipherKey(sqlite, key);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('Einkaufsliste')");
  sqlite.close();
}
