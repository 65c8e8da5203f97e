/** Column helpers shared by the case tables. */
import { text } from 'drizzle-orm/sqlite-core';

/** Random UUIDs: records can later be merged across devices without renumbering. */
export const id = () => text('id').primaryKey();
export const createdAt = () => text('created_at').notNull();
export const updatedAt = () => text('updated_at').notNull();
