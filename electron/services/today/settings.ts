/** The two horizons of "Heute", kept as settings of the store with their defaults. */
import { TODAY_LIMITS, type TodaySettings } from '../../contract/areas/today';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { db, transaction, type ServiceContext } from '../context';

const KEYS = {
  residenceHorizonWeeks: 'today.residenceHorizonWeeks',
  referralFeedbackDays: 'today.referralFeedbackDays',
} as const satisfies Record<keyof TodaySettings, string>;

function stored(ctx: ServiceContext, name: keyof TodaySettings): number {
  const limits = TODAY_LIMITS[name];
  const value = readSetting(db(ctx), KEYS[name]);
  return typeof value === 'number' && Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : limits.default;
}

export function todaySettings(ctx: ServiceContext): TodaySettings {
  return { residenceHorizonWeeks: stored(ctx, 'residenceHorizonWeeks'), referralFeedbackDays: stored(ctx, 'referralFeedbackDays') };
}

/** Validation of the values is the contract's; both are written in one transaction, audited once. */
export function updateTodaySettings(ctx: ServiceContext, patch: Partial<TodaySettings>): TodaySettings {
  return transaction(ctx, () => {
    for (const name of Object.keys(KEYS) as (keyof TodaySettings)[]) {
      const value = patch[name];
      if (value !== undefined) writeSetting(db(ctx), KEYS[name], value, ctx.now());
    }
    ctx.store.audit('settings.updated', 'settings');
    return todaySettings(ctx);
  });
}
