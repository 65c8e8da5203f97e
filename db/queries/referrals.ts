/** Referrals (Verweisberatung, Leistungssteuerung) with their append-only status history. */
import { asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { KimDb } from '../open';
import { filled, insertRows, placeholders, preparedFor, preparedShape, updateWhere } from '../preparedQueries';
import { cases, lifeAreas, partners, referralStatusHistory, referrals } from '../schema';

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralStatusRow = typeof referralStatusHistory.$inferSelect;
export type ReferralWithNames = ReferralRow & { partnerName: string; legalArea: (typeof partners.$inferSelect)['legalArea']; lifeAreaName: string };

// Writes and reads of every referral's steps: prepared once per connection (db/preparedQueries.ts).

export function insertReferral(db: KimDb, referral: typeof referrals.$inferInsert): void {
  insertRows(db, referrals, [referral]);
}

export function updateReferral(db: KimDb, id: string, changes: Partial<Pick<ReferralRow, 'status' | 'structuralGap' | 'outcome'>>): void {
  if (Object.keys(changes).length === 0) return;
  updateWhere(db, referrals, referrals.id, id, changes);
}

export function appendReferralStatus(db: KimDb, entry: typeof referralStatusHistory.$inferInsert): void {
  insertRows(db, referralStatusHistory, [entry]);
}

const withNames = {
  ...getTableColumns(referrals),
  partnerName: partners.organisation,
  legalArea: partners.legalArea,
  lifeAreaName: lifeAreas.name,
};

function selectWithNames(db: KimDb) {
  return db
    .select(withNames)
    .from(referrals)
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .innerJoin(lifeAreas, eq(lifeAreas.id, referrals.lifeAreaId));
}

const referralWithId = (db: KimDb) =>
  selectWithNames(db)
    .where(eq(referrals.id, sql.placeholder('id')))
    .prepare();

export function findReferral(db: KimDb, id: string): ReferralWithNames | undefined {
  return preparedFor(db, referralWithId).get({ id });
}

export function listReferralsForCase(db: KimDb, caseId: string): ReferralWithNames[] {
  return selectWithNames(db).where(eq(referrals.caseId, caseId)).orderBy(desc(referrals.date), desc(sql`referrals.rowid`)).all();
}

const historyOfReferrals = (db: KimDb, referrals: number) =>
  db
    .select()
    .from(referralStatusHistory)
    .where(inArray(referralStatusHistory.referralId, placeholders('referral', referrals)))
    .orderBy(asc(referralStatusHistory.at), asc(sql`referral_status_history.rowid`))
    .prepare();

/** The status history of these referrals, oldest first. */
export function statusHistoryOf(db: KimDb, referralIds: readonly string[]): ReferralStatusRow[] {
  if (referralIds.length === 0) return [];
  return preparedShape(db, historyOfReferrals, referralIds.length).all(filled('referral', referralIds));
}

const personOfCase = (db: KimDb) =>
  db
    .select({ personId: cases.personId })
    .from(cases)
    .where(eq(cases.id, sql.placeholder('caseId')))
    .prepare();

/** The person a case belongs to, or undefined when there is no such case. Checked for every contact: prepared once per connection. */
export function casePersonId(db: KimDb, caseId: string): string | undefined {
  return preparedFor(db, personOfCase).get({ caseId })?.personId;
}

const lifeAreasWithIds = (db: KimDb, ids: number) =>
  db
    .select({ id: lifeAreas.id, name: lifeAreas.name })
    .from(lifeAreas)
    .where(inArray(lifeAreas.id, placeholders('id', ids)))
    .prepare();

/** Those of `ids` that are life areas. */
export function existingLifeAreas(db: KimDb, ids: readonly string[]): { id: string; name: string }[] {
  if (ids.length === 0) return [];
  return preparedShape(db, lifeAreasWithIds, ids.length).all(filled('id', ids));
}
