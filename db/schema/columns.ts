/** Column helpers shared by the case tables. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { customType, text } from 'drizzle-orm/sqlite-core';

/** Random UUIDs: records can later be merged across devices without renumbering. */
export const id = () => text('id').primaryKey();
export const createdAt = () => text('created_at').notNull();
export const updatedAt = () => text('updated_at').notNull();

/**
 * The JSON text of a cell of a `deflatedJson` column: a blob is the UTF-8 of the JSON, deflated
 * (raw deflate, RFC 1951); text is the JSON as written before (rows from before issue 13 stay so).
 */
export function deflatedJsonText(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (Buffer.isBuffer(cell)) return inflateRawSync(cell).toString('utf8');
  throw new TypeError('deflated JSON cell is neither text nor a blob');
}

/**
 * A JSON document kept deflated (issue 13: a Zielvereinbarung's snapshot repeats the goals and
 * steps of every earlier version; deflated it takes about a third). The exact JSON text comes
 * back, so what is shown and printed is unchanged. Declared `text` as before: SQLite stores a blob
 * in a text column as it is, and rows written before stay readable as text. Rows leave the store
 * as JSON text (db/queries/personRecords.ts: the Auskunft, the handover package).
 */
export const deflatedJson = customType<{ data: unknown; driverData: Buffer | string }>({
  dataType: () => 'text',
  toDriver: (value) => deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }),
  fromDriver: (cell) => JSON.parse(deflatedJsonText(cell)),
});
