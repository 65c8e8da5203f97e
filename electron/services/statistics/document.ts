/**
 * Builds the anonymised statistics document of a quarter: reads the raw indicators, protects and
 * perturbs them, and checks the result against the published schema before anything can leave
 * the device. A published quarter is not built again: its frozen document is read back.
 */
import { createHash } from 'node:crypto';
import type { StatisticsPreview } from '../../contract/areas/statistics';
import { statisticsDocument, STATISTICS_FORMAT, STATISTICS_FORMAT_VERSION, type StatisticsDocument } from '../../contract/statisticsDocument';
import { publicationOf } from '../../../db/queries/publications';
import { readSetting } from '../../../db/queries/settings';
import { REASSESSMENT_MONTHS } from '../../contract/limits';
import { db, today, type ServiceContext } from '../context';
import { DEMO_SETTING } from '../seed/seedService';
import { anonymiseAll } from './anonymise';
import { APP_VERSION } from './appVersion';
import { MAX_DEVIATION, noRecordKeys, recordKeyer } from './cellKey';
import { caseStates, caseTables } from './indicators/cases';
import { contactTables } from './indicators/contacts';
import { cycleTables } from './indicators/cycle';
import { dayAfter, startOfDayInstant, type IndicatorInput } from './indicators/input';
import { closureTables, referralTables } from './indicators/network';
import { shortAdviceTables } from './indicators/shortAdvice';
import { asOfDay, parseQuarter, quarterState } from './period';
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
    ...closureTables(input, states),
  ];
}

/** The quarter, the settings and what the indicators read, for a quarter's label. */
export function prepareStatistics(ctx: ServiceContext, periodLabel: string) {
  const day = today(ctx.now());
  const period = parseQuarter(periodLabel, day);
  const asOf = asOfDay(period, day);
  const settings = statisticsSettings(ctx);
  const secret = cellKeySecret(ctx);
  const input: IndicatorInput = {
    db: db(ctx),
    period,
    asOf,
    fromInstant: startOfDayInstant(period.from),
    endInstant: startOfDayInstant(dayAfter(asOf)),
    keyOf: settings.perturbation ? recordKeyer(secret) : noRecordKeys,
    reassessmentMonths: cadence(ctx),
    unitMunicipality: settings.unit.municipality,
  };
  return { day, period, asOf, settings, secret, input };
}

/** The document as it would be published today, with what was withheld (for the preview). */
export function buildDocument(ctx: ServiceContext, periodLabel: string) {
  const { day, period, asOf, settings, secret, input } = prepareStatistics(ctx, periodLabel);
  const anonymised = anonymiseAll(rawIndicators(input), { k: settings.threshold, perturb: settings.perturbation, secret });
  const document: StatisticsDocument = statisticsDocument.parse({
    format: STATISTICS_FORMAT,
    formatVersion: STATISTICS_FORMAT_VERSION,
    appVersion: APP_VERSION,
    createdOn: day,
    demo: readSetting(db(ctx), DEMO_SETTING) === true,
    unit: { id: settings.unit.id, name: settings.unit.name ?? UNNAMED_UNIT, traeger: settings.unit.traeger, municipality: settings.unit.municipality },
    period: { label: period.label, from: period.from, to: period.to },
    threshold: settings.threshold,
    perturbation: settings.perturbation ? { method: 'cell-key', maxDeviation: MAX_DEVIATION } : null,
    tables: anonymised.map((a) => a.table),
  });
  return {
    document,
    suppressed: anonymised.map(({ table, small, protecting, measures }) => ({ tableId: table.id, title: table.title, small, protecting, measures })),
    asOf,
    state: quarterState(period, day, null),
    missing: settings.unit.name === null ? ['Name der Stelle'] : [],
  };
}

/** The JSON file: the document, indented, keys in the schema's order. */
export const documentToJson = (document: StatisticsDocument): string => `${JSON.stringify(document, null, 2)}\n`;

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A published quarter's frozen document, as stored at its first export. */
export function publishedDocument(ctx: ServiceContext, periodLabel: string) {
  const row = publicationOf(db(ctx), periodLabel);
  if (!row) return undefined;
  return { text: row.document, document: statisticsDocument.parse(JSON.parse(row.document)), publishedOn: row.publishedAt, sha256: row.sha256 };
}

/** What the Statistik page shows: the frozen document of a published quarter, else the document as it would be published now. */
export function previewStatistics(ctx: ServiceContext, periodLabel: string): StatisticsPreview {
  const period = parseQuarter(periodLabel, today(ctx.now()));
  const published = publishedDocument(ctx, period.label);
  if (published) {
    const { document, publishedOn, sha256 } = published;
    return { document, suppressed: [], asOf: period.to, state: 'veroeffentlicht', publishedOn, sha256, missing: [] };
  }
  const { document, suppressed, asOf, state, missing } = buildDocument(ctx, period.label);
  return { document, suppressed, asOf, state, publishedOn: null, sha256: null, missing };
}
