/**
 * What is due on a day across all open cases. Reuses the rules of the other areas: follow-ups
 * (network), the re-assessment cadence (assessment); reads the rest itself. Everything is due on
 * or before the day looked at, except residence documents (a horizon ahead) and referrals
 * (a number of days without a status change).
 */
import type { TodayGroup, TodayItem, TodayKind, TodayOverview } from '../../contract/areas/today';
import { TODAY_KINDS } from '../../contract/areas/today';
import type { ReferralStatus } from '../../contract/areas/network';
import { openReferralsWithLastChange, overdueStepsOfOpenCases, residenceExpiringBy } from '../../../db/queries/today';
import { dueReassessments } from '../assessment/reassessments';
import { db, today, type ServiceContext } from '../context';
import { followUpService } from '../network/followUps';
import { personName, REFERRAL_STATUS_LABELS } from '../../contract/labels';
import { addDays, dayOf, daysBetween, germanDate } from './dates';
import { todaySettings } from './settings';

/** The person's name as every list writes it, from the parts the queries read. */
const clientNameOf = (row: { clientFamilyName: string | null; clientGivenNames: string | null }): string | null =>
  row.clientFamilyName === null ? null : personName({ familyName: row.clientFamilyName, givenNames: row.clientGivenNames ?? '' });

/** Referrals still waiting for the partner's answer. */
const AWAITING_FEEDBACK: readonly ReferralStatus[] = ['vorgeschlagen', 'vermittelt', 'termin_vereinbart'];
/** Goals whose steps no longer count: every goal that is no longer open or in progress (as in the case view). */
const SETTLED_GOALS = ['erreicht', 'teilweise_erreicht', 'nicht_erreicht', 'verworfen'] as const;

const GROUP_TEXTS: Record<TodayKind, { title: string; dateLabel: string }> = {
  followUp: { title: 'Wiedervorlagen', dateLabel: 'Fällig am' },
  conferenceAction: { title: 'Aufgaben aus Fallkonferenzen', dateLabel: 'Fällig am' },
  goalStep: { title: 'Schritte der Zielvereinbarung über dem Termin', dateLabel: 'Fällig am' },
  reassessment: { title: 'Re-Assessments', dateLabel: 'Fällig am' },
  referralFeedback: { title: 'Vermittlungen ohne Rückmeldung', dateLabel: 'Rückmeldung erwartet bis' },
  residence: { title: 'Aufenthaltsdokumente, die ablaufen', dateLabel: 'Gültig bis' },
};

type ItemFields = Omit<TodayItem, 'target' | 'overdue'> & { section: TodayItem['target']['section']; overdue?: boolean };

function item(day: string, { section, overdue, ...fields }: ItemFields): TodayItem {
  return { ...fields, overdue: overdue ?? fields.dueDate < day, target: { caseId: fields.caseId, section } };
}

function followUpItems(ctx: ServiceContext, day: string): TodayItem[] {
  return followUpService(ctx)
    .listDue({ until: day })
    .map((f) =>
      item(day, {
        kind: f.source === 'fallkonferenz' ? 'conferenceAction' : 'followUp',
        id: f.id,
        title: f.title,
        caseId: f.caseId,
        caseNumber: f.caseNumber,
        clientName: f.personName,
        dueDate: f.dueDate,
        section: f.source === 'fallkonferenz' ? 'conferences' : 'contacts',
      }),
    );
}

function reassessmentItems(ctx: ServiceContext, day: string): TodayItem[] {
  return dueReassessments(ctx, daysBetween(today(ctx.now()), day)).map((r) =>
    item(day, {
      kind: 'reassessment',
      id: r.caseId,
      title: `Re-Assessment, das letzte war am ${germanDate(r.lastAssessmentDate)}`,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      clientName: r.clientName || null,
      dueDate: r.dueDate,
      section: 'assessment',
    }),
  );
}

function goalStepItems(ctx: ServiceContext, day: string): TodayItem[] {
  return overdueStepsOfOpenCases(db(ctx), day, SETTLED_GOALS).map((s) =>
    item(day, {
      kind: 'goalStep',
      id: s.stepId,
      title: `${s.description} (Ziel: ${s.goalTitle})`,
      caseId: s.caseId,
      caseNumber: s.caseNumber,
      clientName: clientNameOf(s),
      dueDate: s.dueDate,
      section: 'goals',
    }),
  );
}

/**
 * Referrals whose last status change lies more than `days` days before the day. The query keeps
 * those changed before the day after the cut-off (a time's UTC date is at most a day from the
 * local one); the local day of the change decides here.
 */
function referralItems(ctx: ServiceContext, day: string, days: number): TodayItem[] {
  return openReferralsWithLastChange(db(ctx), AWAITING_FEEDBACK, addDays(day, 1 - days))
    .map((r) => ({ ...r, expectedBy: addDays(dayOf(r.lastChange), days) }))
    .filter((r) => r.expectedBy < day)
    .sort((a, b) => a.expectedBy.localeCompare(b.expectedBy) || a.caseNumber.localeCompare(b.caseNumber))
    .map((r) =>
      item(day, {
        kind: 'referralFeedback',
        id: r.referralId,
        title: `Rückmeldung von ${r.partnerName} fehlt (${REFERRAL_STATUS_LABELS[r.status]} seit ${germanDate(dayOf(r.lastChange))})`,
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        clientName: clientNameOf(r),
        dueDate: r.expectedBy,
        section: 'referrals',
      }),
    );
}

/** Documents valid until the horizon's end or already expired; one item per person (the newest open case). */
function residenceItems(ctx: ServiceContext, day: string, weeks: number): TodayItem[] {
  const seen = new Set<string>();
  return residenceExpiringBy(db(ctx), addDays(day, weeks * 7))
    .filter((r) => !seen.has(r.personId) && seen.add(r.personId))
    .map((r) => {
      const expired = r.validUntil < day;
      const paragraph = r.residenceParagraph ? ` (${r.residenceParagraph})` : '';
      return item(day, {
        kind: 'residence',
        id: r.personId,
        title: `${expired ? 'Aufenthaltsdokument ist abgelaufen' : 'Aufenthaltsdokument läuft ab'}${paragraph}`,
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        clientName: clientNameOf(r),
        dueDate: r.validUntil,
        section: 'overview',
      });
    });
}

export function todayItems(ctx: ServiceContext, date?: string): TodayOverview {
  const day = date ?? today(ctx.now());
  const settings = todaySettings(ctx);
  const items = [
    ...followUpItems(ctx, day),
    ...goalStepItems(ctx, day),
    ...reassessmentItems(ctx, day),
    ...referralItems(ctx, day, settings.referralFeedbackDays),
    ...residenceItems(ctx, day, settings.residenceHorizonWeeks),
  ];
  const groups: TodayGroup[] = TODAY_KINDS.map((kind) => ({ kind, ...GROUP_TEXTS[kind], items: items.filter((i) => i.kind === kind) }));
  return { date: day, settings, groups, total: items.length };
}
