/**
 * Builds the anonymised statistics document of a period: reads the raw indicators, protects and
 * (optionally) perturbs them, and checks the result against the published schema before anything
 * can leave the device.
 */
import type { StatisticsPreview } from '../../contract/areas/statistics';
import { statisticsDocument, STATISTICS_FORMAT, STATISTICS_FORMAT_VERSION, type StatisticsDocument } from '../../contract/statisticsDocument';
import { readSetting } from '../../../db/queries/settings';
import { REASSESSMENT_MONTHS } from '../../contract/limits';
import { db, today, type ServiceContext } from '../context';
import { anonymiseAll } from './anonymise';
import { APP_VERSION } from './appVersion';
import { MAX_DEVIATION, noRecordKeys, recordKeyer } from './cellKey';
import { caseStates, caseTables } from './indicators/cases';
import { contactTables } from './indicators/contacts';
import { cycleTables } from './indicators/cycle';
import { dayAfter, startOfDayInstant, type IndicatorInput } from './indicators/input';
import { closureTables, referralTables } from './indicators/network';
import { shortAdviceTables } from './indicators/shortAdvice';
import { asOfDay, parsePeriod } from './period';
import { cellKeySecret, statisticsSettings } from './settings';
import type { RawTable } from './tally';

/** Shown in the preview until the unit has a name; an export is refused until then. */
const UNNAMED_UNIT = 'Stelle noch nicht benannt';

function cadence(ctx: ServiceContext): number {
  const value = readSetting(db(ctx), 'reassessmentMonths');
  return typeof value === 'number' ? value : REASSESSMENT_MONTHS.default;
}

export function rawIndicators(input: IndicatorInput): RawTable[] {
  const states = caseStates(input);
  return [
    ...caseTables(input, states),
    ...contactTables(input),
    ...shortAdviceTables(input),
    ...cycleTables(input, states),
    ...referralTables(input),
    ...closureTables(input),
  ];
}

/** The period, the settings and what the indicators read, for a period label. */
export function prepareStatistics(ctx: ServiceContext, periodLabel: string) {
  const day = today(ctx.now());
  const period = parsePeriod(periodLabel, day);
  const asOf = asOfDay(period, day);
  const settings = statisticsSettings(ctx);
  const input: IndicatorInput = {
    db: db(ctx),
    period,
    asOf,
    fromInstant: startOfDayInstant(period.from),
    endInstant: startOfDayInstant(dayAfter(asOf)),
    keyOf: settings.perturbation ? recordKeyer(cellKeySecret(ctx)) : noRecordKeys,
    reassessmentMonths: cadence(ctx),
    unitMunicipality: settings.unit.municipality,
  };
  return { day, period, asOf, settings, input };
}

export function buildStatistics(ctx: ServiceContext, periodLabel: string): StatisticsPreview {
  const { day, period, asOf, settings, input } = prepareStatistics(ctx, periodLabel);
  const anonymised = anonymiseAll(rawIndicators(input), settings.threshold, settings.perturbation);
  const document: StatisticsDocument = statisticsDocument.parse({
    format: STATISTICS_FORMAT,
    formatVersion: STATISTICS_FORMAT_VERSION,
    appVersion: APP_VERSION,
    createdOn: day,
    unit: { id: settings.unit.id, name: settings.unit.name ?? UNNAMED_UNIT, traeger: settings.unit.traeger, municipality: settings.unit.municipality },
    period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
    threshold: settings.threshold,
    perturbation: settings.perturbation ? { method: 'cell-key', maxDeviation: MAX_DEVIATION } : null,
    tables: anonymised.map((a) => a.table),
  });
  return {
    document,
    suppressed: anonymised.map((a) => ({ tableId: a.table.id, title: a.table.title, cells: a.suppressed })),
    asOf,
    running: asOf < period.to,
    missing: settings.unit.name === null ? ['Name der Stelle'] : [],
  };
}
