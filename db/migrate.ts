/**
 * Migrations are drizzle-kit's output in db/migrations, applied at open in one transaction by
 * drizzle's migrator. Before that, a database that has seen a migration this app does not know
 * (written by a newer version) is refused, before anything is written to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { KimError } from '../electron/contract/errors';
import type { KimDb } from './open';

export interface KnownMigration {
  tag: string;
  createdAt: number;
}

export function knownMigrations(migrationsFolder: string): KnownMigration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries.map((e) => ({ tag: e.tag, createdAt: e.when }));
}

/** created_at of each migration applied to this database, oldest first. */
export function appliedMigrations(sqlite: Database.Database): number[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return [];
  return sqlite
    .prepare('SELECT created_at AS createdAt FROM __drizzle_migrations ORDER BY created_at')
    .all()
    .map((row) => Number((row as { createdAt: number }).createdAt));
}

export interface SchemaVersion {
  applied: number;
  latestTag: string | null;
}

export function schemaVersion(sqlite: Database.Database, migrationsFolder: string): SchemaVersion {
  const applied = appliedMigrations(sqlite);
  const last = applied.at(-1);
  const tag = knownMigrations(migrationsFolder).find((m) => m.createdAt === last)?.tag ?? null;
  return { applied: applied.length, latestTag: tag };
}

export function migrateToLatest(sqlite: Database.Database, db: KimDb, migrationsFolder: string): void {
  const known = knownMigrations(migrationsFolder);
  const newestKnown = Math.max(0, ...known.map((m) => m.createdAt));
  const applied = appliedMigrations(sqlite);
  if (applied.some((createdAt) => createdAt > newestKnown) || applied.length > known.length) {
    throw new KimError('DB_FROM_FUTURE');
  }
  migrate(db, { migrationsFolder });
}
