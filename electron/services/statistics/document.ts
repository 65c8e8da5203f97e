/**
 * Builds the anonymised statistics document of a quarter: reads the raw indicators, protects and
 * perturbs them, and checks the result against the published schema before anything can leave
 * the device. A published quarter is not built again: its frozen document is read back.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { KimError } from '../../contract/errors';
import type { StatisticsPreview } from '../../contract/areas/statistics';
import { statisticsDocument, STATISTICS_FORMAT, STATISTICS_FORMAT_VERSION, type StatisticsDocument } from '../../contract/statisticsDocument';
import { MASKED_FORMAT, maskedExport, type MaskedExport, type Roster } from '../../contract/districtAggregation';
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
import { codeOfRoster } from './rosterFile';
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
  const parsed = statisticsDocument.safeParse({
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
  // More rows than the format carries (over 200 target groups, life areas or places; found by the soak's fuzz): typed, not INTERNAL.
  if (!parsed.success) throw tooManyRows(parsed.error.issues) ? new KimError('STATISTICS_LAYOUT_TOO_LARGE') : parsed.error;
  const document: StatisticsDocument = parsed.data;
  return {
    document,
    suppressed: anonymised.map(({ table, small, protecting, measures }) => ({ tableId: table.id, title: table.title, small, protecting, measures })),
    asOf,
    state: quarterState(period, day, null),
    missing: settings.unit.name === null ? ['Name der Stelle'] : [],
  };
}

/** A schema finding that an array (a table's rows) is longer than the format allows, also inside a union's branches. */
export function tooManyRows(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.some((issue) => (issue.code === 'too_big' && issue.origin === 'array') || (issue.code === 'invalid_union' && issue.errors.some(tooManyRows)));
}

/** The JSON file: the document, indented, keys in the schema's order. */
export const documentToJson = (document: StatisticsDocument): string => `${JSON.stringify(document, null, 2)}\n`;

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A published quarter as stored at its first export: a plain document, or a masked export
 * against a roster (told apart by the file's own `format`: the stored text is the file).
 */
export type Publication =
  | { kind: 'plain'; text: string; document: StatisticsDocument; publishedOn: string; sha256: string }
  | { kind: 'masked'; text: string; file: MaskedExport; publishedOn: string; sha256: string };

export function publication(ctx: ServiceContext, periodLabel: string): Publication | undefined {
  const row = publicationOf(db(ctx), periodLabel);
  if (!row) return undefined;
  const raw: unknown = JSON.parse(row.document);
  const common = { text: row.document, publishedOn: row.publishedAt, sha256: row.sha256 };
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === MASKED_FORMAT) {
    return { kind: 'masked', file: maskedExport.parse(raw), ...common };
  }
  return { kind: 'plain', document: statisticsDocument.parse(raw), ...common };
}

/** The roster of a masked export, as the preview names it. */
export const districtOf = (roster: Roster): DistrictExport => ({ district: roster.district, version: roster.version, code: codeOfRoster(roster) });

type DistrictExport = StatisticsPreview['districtExport'];

/**
 * What the Statistik page shows: the frozen document of a quarter published plain, else the
 * unit's own protected view as it would be published now. With a roster (the one a masked
 * publication was made against, or `applicable(quarter)`: the imported version that applies to
 * the quarter, rosterImport.applicableRoster) the tables are the unit's own view only: they do not leave the
 * device, the masked vector does. `districtExport` names that roster, or null for a plain export.
 */
export function previewStatistics(ctx: ServiceContext, periodLabel: string, applicable: (quarter: string) => DistrictExport = () => null): StatisticsPreview {
  const period = parseQuarter(periodLabel, today(ctx.now()));
  const published = publication(ctx, period.label);
  if (published?.kind === 'plain') {
    const { document, publishedOn, sha256 } = published;
    return { document, suppressed: [], asOf: period.to, state: 'veroeffentlicht', publishedOn, sha256, missing: [], districtExport: null };
  }
  const { document, suppressed, asOf, state, missing } = buildDocument(ctx, period.label);
  if (published) {
    const { publishedOn, sha256, file } = published;
    return { document, suppressed, asOf: period.to, state: 'veroeffentlicht', publishedOn, sha256, missing: [], districtExport: districtOf(file.body.roster) };
  }
  return { document, suppressed, asOf, state, publishedOn: null, sha256: null, missing, districtExport: applicable(period.label) };
}
