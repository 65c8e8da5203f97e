/**
 * The statistic's settings, kept in the store: the exporting unit (name, Träger, municipality and
 * a random id made once), k, the perturbation (on unless switched off: without it, counts of
 * consecutive quarters can be set against each other exactly), and the unit's secret for the cell
 * keys and the order of secondary suppression (made once, never shown or exported).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { STATISTICS_LIMITS, type StatisticsSettings, type StatisticsSettingsPatch } from '../../contract/areas/statistics';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { db, transaction, type ServiceContext } from '../context';

const KEYS = {
  unitId: 'statistics.unitId',
  unitName: 'statistics.unitName',
  traeger: 'statistics.traeger',
  municipality: 'statistics.municipality',
  threshold: 'statistics.threshold',
  perturbation: 'statistics.perturbation',
  cellKeySecret: 'statistics.cellKeySecret',
} as const;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The unit's id and secret, made (and audited) the first time the statistic is used. */
function ensureUnit(ctx: ServiceContext): { unitId: string; secret: string } {
  const unitId = text(readSetting(db(ctx), KEYS.unitId));
  const secret = text(readSetting(db(ctx), KEYS.cellKeySecret));
  if (unitId && secret) return { unitId, secret };
  return transaction(ctx, () => {
    const made = { unitId: unitId ?? randomUUID(), secret: secret ?? randomBytes(32).toString('base64') };
    writeSetting(db(ctx), KEYS.unitId, made.unitId, ctx.now());
    writeSetting(db(ctx), KEYS.cellKeySecret, made.secret, ctx.now());
    ctx.store.audit('statistics.unit_created', 'statistics', made.unitId);
    return made;
  });
}

export function statisticsSettings(ctx: ServiceContext): StatisticsSettings {
  const { unitId } = ensureUnit(ctx);
  const threshold = readSetting(db(ctx), KEYS.threshold);
  const { min, max } = STATISTICS_LIMITS.threshold;
  return {
    unit: {
      id: unitId,
      name: text(readSetting(db(ctx), KEYS.unitName)),
      traeger: text(readSetting(db(ctx), KEYS.traeger)),
      municipality: text(readSetting(db(ctx), KEYS.municipality)),
    },
    threshold:
      typeof threshold === 'number' && Number.isInteger(threshold) && threshold >= min && threshold <= max ? threshold : STATISTICS_LIMITS.threshold.default,
    perturbation: readSetting(db(ctx), KEYS.perturbation) !== false,
  };
}

/** The unit's name as set, or null: only read (a refusal for a missing name must not make the unit first). */
export const statisticsUnitName = (ctx: ServiceContext): string | null => text(readSetting(db(ctx), KEYS.unitName));

/** The secret the record keys of the cell-key method are derived from. */
export const cellKeySecret = (ctx: ServiceContext): string => ensureUnit(ctx).secret;

/**
 * Validation is the contract's; all changes in one transaction, audited once, and switching the
 * perturbation off (or on again) once more by itself: it is a data-protection decision.
 */
export function updateStatisticsSettings(ctx: ServiceContext, patch: StatisticsSettingsPatch): StatisticsSettings {
  ensureUnit(ctx);
  return transaction(ctx, () => {
    const before = statisticsSettings(ctx).perturbation;
    const write = (key: string, value: unknown) => writeSetting(db(ctx), key, value, ctx.now());
    if (patch.unitName !== undefined) write(KEYS.unitName, text(patch.unitName));
    if (patch.traeger !== undefined) write(KEYS.traeger, text(patch.traeger));
    if (patch.municipality !== undefined) write(KEYS.municipality, text(patch.municipality));
    if (patch.threshold !== undefined) write(KEYS.threshold, patch.threshold);
    if (patch.perturbation !== undefined) write(KEYS.perturbation, patch.perturbation);
    ctx.store.audit('statistics.settings_updated', 'statistics');
    if (patch.perturbation !== undefined && patch.perturbation !== before) {
      ctx.store.audit(patch.perturbation ? 'statistics.perturbation_on' : 'statistics.perturbation_off', 'statistics');
    }
    return statisticsSettings(ctx);
  });
}
