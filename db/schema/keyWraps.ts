import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * History of the data key's wraps (metadata only: kind and KDF cost). The wraps themselves live
 * in the key file beside the database, since they are needed before it can be opened.
 */
export const keyWraps = sqliteTable(
  'key_wraps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['passphrase', 'recovery'] }).notNull(),
    kdf: text('kdf').notNull(),
    kdfCost: text('kdf_cost').notNull(),
    createdAt: text('created_at').notNull(),
    retiredAt: text('retired_at'),
  },
  (t) => [index('key_wraps_kind_idx').on(t.kind, t.retiredAt)],
);
