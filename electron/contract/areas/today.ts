/**
 * Contract methods for "Heute", the start screen: what is due across all open cases, grouped by
 * kind, each item with the place in the case that deals with it; and the two horizons it uses.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate } from '../fields';

/** The kinds of due items, in the order the start screen shows them. */
export const TODAY_KINDS = ['followUp', 'conferenceAction', 'goalStep', 'reassessment', 'referralFeedback', 'residence'] as const;
export type TodayKind = (typeof TODAY_KINDS)[number];

/** The sections of a case an item can open (the screen's case sections carry the same names). */
export const TODAY_TARGET_SECTIONS = ['overview', 'assessment', 'goals', 'referrals', 'contacts', 'conferences'] as const;
export type TodayTargetSection = (typeof TODAY_TARGET_SECTIONS)[number];

/** Limits of the two horizons, with their defaults. */
export const TODAY_LIMITS = {
  residenceHorizonWeeks: { min: 1, max: 52, default: 8 },
  referralFeedbackDays: { min: 1, max: 90, default: 14 },
} as const;

export interface TodaySettings {
  /** Residence documents expiring within this many weeks (or already expired) are listed. */
  residenceHorizonWeeks: number;
  /** Open referrals whose status has not changed for more than this many days are listed. */
  referralFeedbackDays: number;
}

export interface TodayItem {
  kind: TodayKind;
  /** The record the item stems from (follow-up, step, referral, case or person). */
  id: string;
  /** German, what is due, e.g. the follow-up's title or "Rückmeldung von Jobcenter fehlt". */
  title: string;
  caseId: string;
  caseNumber: string;
  /** The client's primary spelling, "Vornamen Familienname"; null when no name is recorded. */
  clientName: string | null;
  /** The date the group's dateLabel names (due on, valid until, feedback expected by). */
  dueDate: string;
  /** The date lies before the day looked at. */
  overdue: boolean;
  target: { caseId: string; section: TodayTargetSection };
}

export interface TodayGroup {
  kind: TodayKind;
  /** German heading, e.g. "Wiedervorlagen". */
  title: string;
  /** German label of the items' date, e.g. "Fällig am" or "Gültig bis". */
  dateLabel: string;
  /** The most urgent first. */
  items: TodayItem[];
}

export interface TodayOverview {
  /** The day looked at (YYYY-MM-DD). */
  date: string;
  settings: TodaySettings;
  /** Every kind, in TODAY_KINDS order, also when it has no items. */
  groups: TodayGroup[];
  total: number;
}

const horizon = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max);

export const todayMethods = {
  'today.items': method<TodayOverview>()(z.object({ date: isoDate.optional() }).strict(), ['LOCKED']),
  'today.settings': method<TodaySettings>()(z.object({}).strict(), ['LOCKED']),
  'today.updateSettings': method<TodaySettings>()(
    z
      .object({
        residenceHorizonWeeks: horizon(TODAY_LIMITS.residenceHorizonWeeks),
        referralFeedbackDays: horizon(TODAY_LIMITS.referralFeedbackDays),
      })
      .partial()
      .strict(),
    ['LOCKED'],
  ),
} as const;
