/** The frozen statistics documents (statistics_publications): one per published quarter, never changed. */
import { eq } from 'drizzle-orm';
import type { KimDb } from '../open';
import { statisticsPublications } from '../schema';

export type PublicationRow = typeof statisticsPublications.$inferSelect;

export function publicationOf(db: KimDb, period: string): PublicationRow | undefined {
  return db.select().from(statisticsPublications).where(eq(statisticsPublications.period, period)).get();
}

/** Period label → day of publication (YYYY-MM-DD, local day of the first export). */
export function publishedPeriods(db: KimDb): Map<string, string> {
  const rows = db.select({ period: statisticsPublications.period, publishedAt: statisticsPublications.publishedAt }).from(statisticsPublications).all();
  return new Map(rows.map((r) => [r.period, r.publishedAt]));
}

export function insertPublication(db: KimDb, row: PublicationRow): void {
  db.insert(statisticsPublications).values(row).run();
}
