/**
 * Löschfristen: a closed case is kept for a number of years after the end of the year it was
 * closed (the unit's setting), then listed for erasure — unless a hold keeps it longer. A person
 * is listed only when every case of theirs is due, because erasure takes the person with all
 * their cases.
 */
import type Database from 'better-sqlite3';
import { KimError } from '../../contract/errors';
import { RETENTION_YEARS, type DueErasure, type RetentionHold, type RetentionSettings } from '../../contract/areas/erasure';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { actor, db, newId, today, transaction, type ServiceContext } from '../context';

const RETENTION_KEY = 'retention.years';

export function retentionSettings(ctx: ServiceContext): RetentionSettings {
  const value = readSetting(db(ctx), RETENTION_KEY);
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= RETENTION_YEARS.min && value <= RETENTION_YEARS.max;
  return { retentionYears: valid ? value : RETENTION_YEARS.default };
}

export function updateRetentionSettings(ctx: ServiceContext, patch: RetentionSettings): RetentionSettings {
  return transaction(ctx, () => {
    writeSetting(db(ctx), RETENTION_KEY, patch.retentionYears, ctx.now());
    ctx.store.audit('settings.updated', 'settings');
    return retentionSettings(ctx);
  });
}

/** The first day a case closed on `closedAt` is due: 1 January after the end of its closure year plus the period. */
export function periodEnds(closedAt: string, years: number): string {
  return `${Number(closedAt.slice(0, 4)) + years + 1}-01-01`;
}

/** The day after `date` (YYYY-MM-DD). */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

interface CaseRow {
  id: string;
  personId: string;
  caseNumber: string;
  closedAt: string | null;
  keepUntil: string | null;
}

/** Persons whose every case is closed and due on `date` (default: today), the longest overdue first. */
export function dueErasures(ctx: ServiceContext, date?: string): DueErasure[] {
  const day = date ?? today(ctx.now());
  const { retentionYears } = retentionSettings(ctx);
  const sqlite = ctx.store.session().sqlite;
  const rows = sqlite
    .prepare(
      `SELECT c.id, c.person_id AS personId, c.case_number AS caseNumber, c.closed_at AS closedAt,
              (SELECT max(h.keep_until) FROM retention_holds h WHERE h.case_id = c.id) AS keepUntil
       FROM cases c
       WHERE c.person_id IN (SELECT person_id FROM cases WHERE closed_at IS NOT NULL)
       ORDER BY c.person_id, c.closed_at, c.case_number`,
    )
    .all() as CaseRow[];
  const byPerson = new Map<string, CaseRow[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  const due: DueErasure[] = [];
  for (const [personId, personCases] of byPerson) {
    if (personCases.some((c) => c.closedAt === null)) continue;
    const dueDays = personCases.map((c) => caseDueSince(c.closedAt as string, c.keepUntil, retentionYears));
    const dueSince = dueDays.reduce((a, b) => (a.localeCompare(b) >= 0 ? a : b));
    if (dueSince > day) continue;
    const latest = personCases[personCases.length - 1] as CaseRow;
    due.push({
      personId,
      caseId: latest.id,
      caseNumber: latest.caseNumber,
      caseNumbers: personCases.map((c) => c.caseNumber),
      clientName: primaryName(sqlite, personId),
      closedAt: latest.closedAt as string,
      dueSince,
    });
  }
  return due.sort((a, b) => a.dueSince.localeCompare(b.dueSince) || a.caseNumber.localeCompare(b.caseNumber));
}

function caseDueSince(closedAt: string, keepUntil: string | null, years: number): string {
  const byPeriod = periodEnds(closedAt, years);
  if (keepUntil === null) return byPeriod;
  const byHold = dayAfter(keepUntil);
  return byHold.localeCompare(byPeriod) > 0 ? byHold : byPeriod;
}

function primaryName(sqlite: Database.Database, personId: string): string | null {
  const row = sqlite
    .prepare('SELECT given_names AS g, family_name AS f FROM person_names WHERE person_id = ? ORDER BY is_primary DESC, rowid LIMIT 1')
    .get(personId) as { g: string; f: string } | undefined;
  return row ? `${row.g} ${row.f}`.trim() : null;
}

/** Keeps a closed case until `keepUntil` (after today), with the reason; the case is listed again the day after. */
export function recordHold(ctx: ServiceContext, input: { caseId: string; keepUntil: string; reason: string }): RetentionHold {
  return transaction(ctx, () => {
    const sqlite = ctx.store.session().sqlite;
    const row = sqlite.prepare('SELECT closed_at AS closedAt FROM cases WHERE id = ?').get(input.caseId) as { closedAt: string | null } | undefined;
    if (!row) throw new KimError('CASE_NOT_FOUND');
    if (row.closedAt === null) throw new KimError('RETENTION_CASE_OPEN');
    if (input.keepUntil <= today(ctx.now())) throw new KimError('RETENTION_HOLD_NOT_LATER');
    const hold: RetentionHold = {
      id: newId(),
      caseId: input.caseId,
      keepUntil: input.keepUntil,
      reason: input.reason.trim(),
      recordedBy: actor(ctx),
      recordedAt: ctx.now().toISOString(),
    };
    sqlite
      .prepare(
        'INSERT INTO retention_holds (id, case_id, keep_until, reason, recorded_by, recorded_at) VALUES (@id, @caseId, @keepUntil, @reason, @recordedBy, @recordedAt)',
      )
      .run(hold);
    ctx.store.audit('retention.held', 'case', input.caseId);
    return hold;
  });
}

/** Whether every case of the person is due on `day`: erasure then needs no reason of its own. */
export function personDue(ctx: ServiceContext, personId: string, day: string): boolean {
  return dueErasures(ctx, day).some((d) => d.personId === personId);
}
