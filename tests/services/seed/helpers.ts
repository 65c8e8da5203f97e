/** Seeded test stores with a fixed clock, and a dump of every table that can be compared across stores. */
import type Database from 'better-sqlite3';
import { deflatedJsonText } from '../../../db/schema/columns';
import { seedDemoData } from '../../../electron/services/seed';
import { createdStore } from '../../fixtures/tempStore';

/** A fixed "now" (local time): the demo's "today" is 2026-03-15. */
export const NOW = new Date(2026, 2, 15, 14, 30);
export const TODAY = '2026-03-15';

export async function seededStore(options: { cases: number; seed: number; now?: Date }) {
  const now = options.now ?? NOW;
  const services = await createdStore({ now: () => now });
  const summary = await seedDemoData({ store: services.store, now: () => now }, { cases: options.cases, seed: options.seed });
  const { sqlite, db } = services.store.session();
  return { ...services, summary, sqlite, db };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Every table, rows in the order they were written, with each random UUID replaced by the
 * number of its first appearance: two stores written the same way give the same dump (with
 * `acrossStores`, the audit chain's hashes, which cover such ids, become a placeholder).
 */
export function canonicalDump(sqlite: Database.Database, acrossStores = false): string {
  const tables = (
    sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'search_index%' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  const ids = new Map<string, string>();
  const lines: string[] = [];
  for (const table of tables) {
    lines.push(`## ${table}`);
    for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[]) {
      // A chain hash covers the entry's random record id: across stores the same data gives other hashes.
      if (acrossStores && table === 'audit_chain') row.hash = '(Prüfwert)';
      // Stored deflated (db/schema/columns.ts): the dump shows the JSON, whose ids it numbers.
      if (table === 'agreements') row.snapshot = deflatedJsonText(row.snapshot);
      lines.push(JSON.stringify(row).replace(UUID, (id) => ids.get(id) ?? ids.set(id, `#${ids.size + 1}`).get(id)!));
    }
  }
  return lines.join('\n');
}

/** All rows of a table (tests only read). */
export const rows = <T = Record<string, unknown>>(sqlite: Database.Database, sql: string): T[] => sqlite.prepare(sql).all() as T[];
