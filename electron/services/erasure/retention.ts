/**
 * Löschfristen: a closed case is kept for a number of years after the end of the year it was
 * closed (the unit's setting), then listed for erasure — unless a hold keeps it longer. A person
 * is listed only when every case of theirs is due, because erasure takes the person with all
 * their cases.
 */
import { KimError } from '../../contract/errors';
import { RETENTION_YEARS, type DueErasure, type RetentionHold, type RetentionSettings } from '../../contract/areas/erasure';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { caseClosedAt, casesOfPersonsWithClosedCases, insertRetentionHold, primaryNameOf, type RetentionCaseRow } from '../../../db/queries/erasure';
import { actor, db, newId, today, transaction, type ServiceContext } from '../context';
import { restrictedPersonIds } from '../../../db/queries/restrictions';

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

/** Persons whose every case is closed and due on `date` (default: today), the longest overdue first. */
export function dueErasures(ctx: ServiceContext, date?: string): DueErasure[] {
  const day = date ?? today(ctx.now());
  const { retentionYears } = retentionSettings(ctx);
  const sqlite = ctx.store.session().sqlite;
  const rows = casesOfPersonsWithClosedCases(sqlite);
  const byPerson = new Map<string, RetentionCaseRow[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  const due: DueErasure[] = [];
  // A restriction (Art. 18 DSGVO) is often asked for instead of the erasure (Abs. 1 Buchst. b, c:
  // the person needs the data for a legal claim): while it holds, the case is not offered for
  // erasure. Erasing on request with a reason (Art. 17) stays possible.
  const restricted = restrictedPersonIds(db(ctx));
  for (const [personId, personCases] of byPerson) {
    if (restricted.has(personId)) continue;
    if (personCases.some((c) => c.closedAt === null)) continue;
    const dueDays = personCases.map((c) => caseDueSince(c.closedAt as string, c.keepUntil, retentionYears));
    const dueSince = dueDays.reduce((a, b) => (a.localeCompare(b) >= 0 ? a : b));
    if (dueSince > day) continue;
    const latest = personCases[personCases.length - 1] as RetentionCaseRow;
    due.push({
      personId,
      caseId: latest.id,
      caseNumber: latest.caseNumber,
      caseNumbers: personCases.map((c) => c.caseNumber),
      clientName: primaryNameOf(sqlite, personId),
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

/** Keeps a closed case until `keepUntil` (after today), with the reason; the case is listed again the day after. */
export function recordHold(ctx: ServiceContext, input: { caseId: string; keepUntil: string; reason: string }): RetentionHold {
  return transaction(ctx, () => {
    const sqlite = ctx.store.session().sqlite;
    const row = caseClosedAt(sqlite, input.caseId);
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
    insertRetentionHold(sqlite, hold);
    ctx.store.audit('retention.held', 'case', input.caseId);
    return hold;
  });
}

/** Whether every case of the person is due on `day`: erasure then needs no reason of its own. */
export function personDue(ctx: ServiceContext, personId: string, day: string): boolean {
  return dueErasures(ctx, day).some((d) => d.personId === personId);
}
