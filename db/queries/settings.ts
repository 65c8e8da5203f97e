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
