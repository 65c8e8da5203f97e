import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The hash chain over the audit log: for each entry, SHA-256 over the previous entry's hash and
 * this entry's fields, so deleting, changing or reordering entries breaks the chain from there on.
 * Insert-only (triggers); its head is anchored outside the database, in the key file.
 */
export const auditChain = sqliteTable('audit_chain', {
  /** audit_log.id. */
  entryId: integer('entry_id').primaryKey(),
  /**
   * SHA-256: its 32 bytes (a blob, kept as it is in this text column), or, for links written
   * before issue 13, its hex text. Read as hex through `hashHex` (db/queries/auditChain.ts).
   */
  hash: text('hash').notNull(),
});
