/**
 * What the information of a person (Art. 15 DSGVO, electron/services/information) reads besides
 * their own records (personRecords.ts): whom a case belongs to, the names of what their records
 * point to (partners, life areas, target groups, locations, consultation hours, handovers), how
 * many others share their household (a number, never who), and the audit entries about their
 * records. Plain prepared statements, read only.
 */
import type Database from 'better-sqlite3';

/** The person of a case, or null when there is no such case. */
export function personOfCase(sqlite: Database.Database, caseId: string): string | null {
  const row = sqlite.prepare('SELECT person_id AS personId FROM cases WHERE id = ?').get(caseId) as { personId: string } | undefined;
  return row ? row.personId : null;
}

export function personExists(sqlite: Database.Database, personId: string): boolean {
  return sqlite.prepare('SELECT 1 FROM persons WHERE id = ?').get(personId) !== undefined;
}

/** Every case of the person, oldest first. */
export function caseIdsOfPerson(sqlite: Database.Database, personId: string): string[] {
  return sqlite.prepare('SELECT id FROM cases WHERE person_id = ? ORDER BY opened_at, case_number').pluck().all(personId) as string[];
}

/** How many other persons belong to the household: the count only (Art. 15 Abs. 4 DSGVO). */
export function otherHouseholdMembers(sqlite: Database.Database, householdId: string, personId: string): number {
  return Number(sqlite.prepare('SELECT count(*) FROM persons WHERE household_id = ? AND id <> ?').pluck().get(householdId, personId));
}

export interface PartnerName {
  id: string;
  organisation: string;
  legalArea: string;
  municipality: string | null;
}

const IDS = 'IN (SELECT value FROM json_each(?))';

export function partnersByIds(sqlite: Database.Database, ids: readonly string[]): PartnerName[] {
  return sqlite
    .prepare(`SELECT id, organisation, legal_area AS legalArea, municipality FROM partners WHERE id ${IDS} ORDER BY organisation, id`)
    .all(JSON.stringify(ids)) as PartnerName[];
}

export function lifeAreaNames(sqlite: Database.Database): { id: string; name: string }[] {
  return sqlite.prepare('SELECT id, name FROM life_areas').all() as { id: string; name: string }[];
}

export function targetGroupNames(sqlite: Database.Database): { id: string; name: string }[] {
  return sqlite.prepare('SELECT id, name FROM target_groups').all() as { id: string; name: string }[];
}

export function locationNames(sqlite: Database.Database): { id: string; name: string; municipality: string }[] {
  return sqlite.prepare('SELECT id, name, municipality FROM locations').all() as { id: string; name: string; municipality: string }[];
}

export interface SessionRow {
  id: string;
  startedAt: string;
  locationId: string;
}

export function consultationSessionsByIds(sqlite: Database.Database, ids: readonly string[]): SessionRow[] {
  return sqlite
    .prepare(`SELECT id, started_at AS startedAt, location_id AS locationId FROM consultation_sessions WHERE id ${IDS}`)
    .all(JSON.stringify(ids)) as SessionRow[];
}

export interface HandoverRow {
  id: string;
  createdAt: string;
  createdBy: string;
  recipient: string;
  confirmedAt: string | null;
}

export function handoversByIds(sqlite: Database.Database, ids: readonly string[]): HandoverRow[] {
  return sqlite
    .prepare(`SELECT id, created_at AS createdAt, created_by AS createdBy, recipient, confirmed_at AS confirmedAt FROM handovers WHERE id ${IDS}`)
    .all(JSON.stringify(ids)) as HandoverRow[];
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
}

/**
 * The audit entries whose record id is one of `ids`, oldest first. Found through the log's one
 * index, on the first 8 characters of the record id (db/schema/auditLog.ts); the full id then
 * keeps only the record's own entries.
 */
export function auditEntriesAbout(sqlite: Database.Database, ids: readonly string[]): AuditRow[] {
  const list = JSON.stringify(ids);
  return sqlite.prepare(AUDIT_ABOUT_SQL).all(list, list) as AuditRow[];
}

export const AUDIT_ABOUT_SQL = `SELECT id, at, actor, action, entity, entity_id AS entityId FROM audit_log
  WHERE substr(entity_id, 1, 8) IN (SELECT substr(value, 1, 8) FROM json_each(?)) AND entity_id ${IDS} ORDER BY id`;
