/**
 * "What is due next" on a case (the screen puts the kind before each title, e.g. "Wiedervorlage:",
 * and the date and "überfällig" after it, so a title names neither): the next step of the cycle, follow-ups due within a week,
 * overdue goal steps, the re-assessment date and an expiring residence document.
 */
import type { DueItem, Phase } from '../../contract/areas/cases';
import { db, today, type ServiceContext } from '../context';
import { reassessmentDueDate } from '../reassessment';
import { lastAssessmentDate, openFollowUpsDueBy, overdueGoalSteps } from '../../../db/queries/casesDue';
import { addDays, NEXT_STEP } from './labels';

/** Follow-ups show up this many days before they are due. */
export const FOLLOW_UP_LOOKAHEAD_DAYS = 7;
/** A residence document is flagged this many days before it expires (time to apply for extension). */
export const RESIDENCE_LOOKAHEAD_DAYS = 56;

export function dueNext(ctx: ServiceContext, theCase: { id: string; phase: Phase; reassessmentMonths: number }, residenceValidUntil: string | null): DueItem[] {
  if (theCase.phase === 'abgeschlossen') return [];
  const now = today(ctx.now());
  const store = db(ctx);
  const dated: DueItem[] = [];

  for (const f of openFollowUpsDueBy(store, theCase.id, addDays(now, FOLLOW_UP_LOOKAHEAD_DAYS))) {
    dated.push({ kind: 'wiedervorlage', title: f.title, dueDate: f.dueDate, overdue: f.dueDate < now, refId: f.id });
  }
  for (const s of overdueGoalSteps(store, theCase.id, now)) {
    dated.push({ kind: 'schritt', title: `${s.description} (Ziel: ${s.goalTitle})`, dueDate: s.dueDate, overdue: true, refId: s.id });
  }
  const last = lastAssessmentDate(store, theCase.id);
  if (last) {
    const due = reassessmentDueDate(last, theCase.reassessmentMonths);
    const overdue = due < now;
    dated.push({ kind: 'reassessment', title: 'Lebenslage in allen Bereichen neu einschätzen', dueDate: due, overdue, refId: null });
  }
  if (residenceValidUntil && residenceValidUntil <= addDays(now, RESIDENCE_LOOKAHEAD_DAYS)) {
    const expired = residenceValidUntil < now;
    const title = expired ? 'Dokument abgelaufen: Verlängerung beantragen' : 'Verlängerung des Dokuments rechtzeitig beantragen';
    dated.push({ kind: 'aufenthalt', title, dueDate: residenceValidUntil, overdue: expired, refId: null });
  }

  dated.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return [{ kind: 'zyklus', title: NEXT_STEP[theCase.phase], dueDate: null, overdue: false, refId: null }, ...dated];
}
