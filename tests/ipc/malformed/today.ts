import type { todayMethods } from '../../../electron/contract/areas/today';

/** Malformed inputs for each method of the "Heute" area: every method must be listed (the contract test checks). */
export const todayMalformed: Record<keyof typeof todayMethods, unknown[]> = {
  'today.items': [{ date: '21.11.2026' }, { date: '2026-02-30' }, { date: 20261121 }, { date: null }, { date: '2026-11-21', until: '2026-12-01' }],
  'today.settings': [{ residenceHorizonWeeks: 8 }, { all: true }],
  'today.updateSettings': [
    { residenceHorizonWeeks: 0 },
    { residenceHorizonWeeks: 53 },
    { residenceHorizonWeeks: 2.5 },
    { residenceHorizonWeeks: '8' },
    { referralFeedbackDays: 0 },
    { referralFeedbackDays: 91 },
    { referralFeedbackDays: null },
    { referralFeedbackDays: 14, reassessmentMonths: 6 },
  ],
};
