/** "Heute" overviews as the main process returns them, for the renderer tests. */
import { TODAY_KINDS, type TodayGroup, type TodayItem, type TodayKind, type TodayOverview } from '../../../electron/contract/areas/today';

const TEXTS: Record<TodayKind, { title: string; dateLabel: string }> = {
  followUp: { title: 'Wiedervorlagen', dateLabel: 'Fällig am' },
  conferenceAction: { title: 'Aufgaben aus Fallkonferenzen', dateLabel: 'Fällig am' },
  goalStep: { title: 'Schritte der Zielvereinbarung über dem Termin', dateLabel: 'Fällig am' },
  reassessment: { title: 'Re-Assessments', dateLabel: 'Fällig am' },
  referralFeedback: { title: 'Vermittlungen ohne Rückmeldung', dateLabel: 'Rückmeldung erwartet bis' },
  residence: { title: 'Aufenthaltsdokumente, die ablaufen', dateLabel: 'Gültig bis' },
};

export function todayItem(kind: TodayKind, fields: Partial<TodayItem> & Pick<TodayItem, 'id' | 'title' | 'target'>): TodayItem {
  return { kind, caseId: fields.target.caseId, caseNumber: '2026-0001', clientName: 'Amina Haddad', dueDate: '2026-11-21', overdue: false, ...fields };
}

export function todayOverview(items: TodayItem[] = [], settings = { residenceHorizonWeeks: 8, referralFeedbackDays: 14 }): TodayOverview {
  const groups: TodayGroup[] = TODAY_KINDS.map((kind) => ({ kind, ...TEXTS[kind], items: items.filter((i) => i.kind === kind) }));
  return { date: '2026-11-21', settings, groups, total: items.length };
}

export const emptyToday = todayOverview();
