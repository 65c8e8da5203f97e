import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key/value settings of this store; values are JSON, validated by the settings queries. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
