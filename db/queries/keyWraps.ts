import { and, eq, isNull } from 'drizzle-orm';
import type { KimDb } from '../open';
import { keyWraps } from '../schema';

export interface WrapRecord {
  kind: 'passphrase' | 'recovery';
  kdf: string;
  cost: { N: number; r: number; p: number };
}

/** Retires the current wrap of that kind and records the new one. */
export function recordWrap(db: KimDb, wrap: WrapRecord, now: Date): void {
  const at = now.toISOString();
  db.transaction((tx) => {
    tx.update(keyWraps)
      .set({ retiredAt: at })
      .where(and(eq(keyWraps.kind, wrap.kind), isNull(keyWraps.retiredAt)))
      .run();
    tx.insert(keyWraps)
      .values({ kind: wrap.kind, kdf: wrap.kdf, kdfCost: JSON.stringify(wrap.cost), createdAt: at })
      .run();
  });
}

export function currentWraps(db: KimDb) {
  return db.select().from(keyWraps).where(isNull(keyWraps.retiredAt)).all();
}
