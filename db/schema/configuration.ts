import { LOCATION_KINDS, PARTNER_LEGAL_AREAS } from '../../electron/contract/vocabulary';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';

/** Target groups fixed by the local steering group (Lenkungsgruppe); they change over time. */
export const targetGroups = sqliteTable('target_groups', {
  id: id(),
  name: text('name').notNull(),
  description: text('description'),
  validFrom: text('valid_from').notNull(),
  validUntil: text('valid_until'),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
});

/** Life areas (Lebensbereiche) of the assessment; the list is configuration with a default. */
export const lifeAreas = sqliteTable('life_areas', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

/** Places where case managers work: consultation-hour locations, offices. */
export const locations = sqliteTable('locations', {
  id: id(),
  name: text('name').notNull(),
  kind: text('kind', { enum: LOCATION_KINDS }).notNull(),
  municipality: text('municipality').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

/** Network partners for referrals and case conferences. */
export const partners = sqliteTable('partners', {
  id: id(),
  organisation: text('organisation').notNull(),
  legalArea: text('legal_area', { enum: PARTNER_LEGAL_AREAS }).notNull(),
  municipality: text('municipality'),
  contactName: text('contact_name'),
  phone: text('phone'),
  email: text('email'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});
