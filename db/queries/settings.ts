import { eq } from 'drizzle-orm';
import type { KimDb } from '../open';
import { settings } from '../schema';

export function readSetting(db: KimDb, key: string): unknown {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  return row === undefined ? undefined : JSON.parse(row.value);
}

export function writeSetting(db: KimDb, key: string, value: unknown, now: Date): void {
  const json = JSON.stringify(value);
  db.insert(settings)
    .values({ key, value: json, updatedAt: now.toISOString() })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: now.toISOString() } })
    .run();
}

/** Removes a setting: a note that lives only while a change is under way (storeService's re-wrap). */
export function deleteSetting(db: KimDb, key: string): void {
  db.delete(settings).where(eq(settings.key, key)).run();
}
