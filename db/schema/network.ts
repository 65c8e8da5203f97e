import { DOCUMENT_FORMS, REFERRAL_STATUSES, STRUCTURAL_GAPS } from '../../electron/contract/vocabulary';
import type { ReleaseDataKind } from '../../electron/contract/areas/network';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id } from './columns';
import { cases } from './cases';
import { lifeAreas, partners } from './configuration';
import { persons } from './persons';
import { printouts } from './printouts';

/** Release from professional secrecy (Schweigepflichtentbindung) for one partner. */
export const releases = sqliteTable(
  'releases',
  {
    id: id(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    givenAt: text('given_at').notNull(),
    validUntil: text('valid_until'),
    scope: text('scope').notNull(),
    /**
     * JSON array of the kinds of data it covers (RELEASE_DATA_KINDS). The default is what a
     * release recorded before the kinds existed covers (LEGACY_RELEASE_DATA_KINDS, migration
     * 0018): only the reason for the referral. releases.create always writes the chosen kinds.
     */
    dataKinds: text('data_kinds', { mode: 'json' }).$type<ReleaseDataKind[]>().notNull().default(['anlass']),
    form: text('form', { enum: DOCUMENT_FORMS }).notNull(),
    /** The printed form that was signed (print, then sign); null for an oral release or a paper not printed by the app. */
    printoutId: text('printout_id').references(() => printouts.id),
    revokedAt: text('revoked_at'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('releases_person_partner_idx').on(t.personId, t.partnerId)],
);

/** Verweisberatung / Leistungssteuerung: a referral to a partner, with its status history. */
export const referrals = sqliteTable(
  'referrals',
  {
    id: id(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    lifeAreaId: text('life_area_id')
      .notNull()
      .references(() => lifeAreas.id),
    reason: text('reason').notNull(),
    date: text('date').notNull(),
    /** Personal data passed to the partner: needs a valid release, recorded here. */
    dataTransfer: integer('data_transfer', { mode: 'boolean' }).notNull(),
    releaseId: text('release_id').references(() => releases.id),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull(),
    outcome: text('outcome'),
    structuralGap: text('structural_gap', { enum: STRUCTURAL_GAPS }),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('referrals_case_idx').on(t.caseId), index('referrals_status_idx').on(t.status)],
);

export const referralStatusHistory = sqliteTable(
  'referral_status_history',
  {
    id: id(),
    referralId: text('referral_id')
      .notNull()
      .references(() => referrals.id),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull(),
    at: text('at').notNull(),
    note: text('note'),
    by: text('by').notNull(),
  },
  (t) => [index('referral_status_history_referral_idx').on(t.referralId, t.at)],
);

export { REFERRAL_STATUSES, STRUCTURAL_GAPS };
