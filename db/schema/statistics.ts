import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The statistics documents a unit has published, one per quarter, frozen at the first export:
 * exporting the quarter again gives these very bytes, whatever changed in the store since.
 * Holds only the anonymised document (no personal data); triggers forbid changing or removing it.
 */
export const statisticsPublications = sqliteTable('statistics_publications', {
  /** '2026-Q3'. */
  period: text('period').primaryKey(),
  formatVersion: integer('format_version').notNull(),
  /** The JSON document exactly as exported. */
  document: text('document').notNull(),
  /** SHA-256 of `document` (hex), shown so the district can compare. */
  sha256: text('sha256').notNull(),
  /** YYYY-MM-DD: the local day of the first export (the document's createdOn). */
  publishedAt: text('published_at').notNull(),
});
