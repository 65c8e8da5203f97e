/**
 * Contract methods of the anonymised statistic for the strategic overhead: its settings (the
 * exporting unit, the threshold k, the perturbation), the quarters, the preview exactly as the
 * document leaves the device, and the export as JSON or XLSX. A unit exports closed quarters
 * only, each once: the first export freezes the document, later exports repeat it.
 */
import { z } from 'zod';
import { method } from '../define';
import type { StatisticsDocument } from '../statisticsDocument';

/** k: the smallest count published (never below 3, as suppression.ts enforces). */
export const STATISTICS_LIMITS = {
  threshold: { min: 3, max: 20, default: 5 },
  unitName: 200,
  traeger: 200,
  municipality: 100,
} as const;

export const STATISTICS_EXPORT_FORMATS = ['json', 'xlsx'] as const;
export type StatisticsExportFormat = (typeof STATISTICS_EXPORT_FORMATS)[number];

/**
 * '2026-Q3'. Years and half-years ('2026', '2026-H1') are read too, only so that the answer can
 * say why they are refused (PERIOD_NOT_QUARTER): the district view builds them from quarters.
 */
export const periodLabel = z.string().regex(/^\d{4}(-H[12]|-Q[1-4])?$/);

export interface StatisticsSettings {
  unit: {
    /** Made once per store, at random: the district recognises two exports of the same unit by it. */
    id: string;
    /** Null until entered; needed before the first export. */
    name: string | null;
    traeger: string | null;
    municipality: string | null;
  };
  /** k: no count between 1 and k−1 is published. */
  threshold: number;
  /** Consistent perturbation by the cell-key method: on by default; off only by an explicit choice. */
  perturbation: boolean;
}

/**
 * 'laufend': the quarter runs (preview only, marked vorläufig); 'bereit': closed, not yet
 * exported; 'veroeffentlicht': exported once and frozen (every export repeats that document).
 */
export const QUARTER_STATES = ['laufend', 'bereit', 'veroeffentlicht'] as const;
export type QuarterState = (typeof QUARTER_STATES)[number];

export interface StatisticsPeriod {
  /** '2026-Q3'. */
  label: string;
  from: string;
  to: string;
  /** German, e.g. "3. Quartal 2026". */
  title: string;
  state: QuarterState;
  /** The day of the first export, when published. */
  publishedOn: string | null;
}

export interface SuppressedInTable {
  tableId: string;
  title: string;
  /** Counts between 1 and k−1 (primary suppression). */
  small: number;
  /** Further counts hidden so that the small ones cannot be worked out (secondary suppression). */
  protecting: number;
  /** Medians withheld: they rest on fewer than 2k cases. */
  measures: number;
}

export interface StatisticsPreview {
  /** Exactly what the export contains (for a published quarter: the frozen document). */
  document: StatisticsDocument;
  /** For the preview's note on what is withheld; computed on the device, never exported. Empty for a published quarter. */
  suppressed: SuppressedInTable[];
  /** The day the state is taken on: the quarter's last day, or today while it runs. */
  asOf: string;
  state: QuarterState;
  /** The day of the first export, when published. */
  publishedOn: string | null;
  /** SHA-256 (hex) of the published JSON, when published: the district can compare it. */
  sha256: string | null;
  /** German names of settings still missing before an export (e.g. "Name der Stelle"). */
  missing: string[];
  /**
   * The roster the quarter was exported against with hidden counts (when published so), or will
   * be (when not yet published and a roster is imported); null: a plain export of the unit's own
   * protected tables.
   */
  districtExport: { district: string; version: number; code: string } | null;
}

export interface StatisticsExport {
  fileName: string;
  bytes: Uint8Array;
}

const optionalText = (max: number) => z.string().trim().max(max).nullable();

export const statisticsSettingsPatch = z
  .object({
    unitName: z.string().trim().min(1).max(STATISTICS_LIMITS.unitName),
    traeger: optionalText(STATISTICS_LIMITS.traeger),
    municipality: optionalText(STATISTICS_LIMITS.municipality),
    threshold: z.number().int().min(STATISTICS_LIMITS.threshold.min).max(STATISTICS_LIMITS.threshold.max),
    perturbation: z.boolean(),
  })
  .partial()
  .strict();
export type StatisticsSettingsPatch = z.output<typeof statisticsSettingsPatch>;

export const statisticsMethods = {
  'statistics.settings': method<StatisticsSettings>()(z.object({}).strict(), ['LOCKED']),
  'statistics.updateSettings': method<StatisticsSettings>()(statisticsSettingsPatch, ['LOCKED']),
  'statistics.periods': method<StatisticsPeriod[]>()(z.object({}).strict(), ['LOCKED']),
  'statistics.preview': method<StatisticsPreview>()(z.object({ period: periodLabel }).strict(), [
    'LOCKED',
    'STATISTICS_LAYOUT_TOO_LARGE',
    'PERIOD_INVALID',
    'PERIOD_NOT_QUARTER',
    'PERIOD_NOT_STARTED',
  ]),
  'statistics.export': method<StatisticsExport>()(z.object({ period: periodLabel, format: z.enum(STATISTICS_EXPORT_FORMATS) }).strict(), [
    'LOCKED',
    'STATISTICS_LAYOUT_TOO_LARGE',
    'PERIOD_INVALID',
    'PERIOD_NOT_QUARTER',
    'PERIOD_NOT_STARTED',
    'PERIOD_RUNNING',
    'STATISTICS_UNIT_MISSING',
    'ROSTER_LAYOUT',
    'ROSTER_PERIOD_PUBLISHED',
    'ROSTER_JSON_ONLY',
  ]),
} as const;
