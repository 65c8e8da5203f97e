/**
 * The anonymised statistics document: what leaves a case manager's device for the district's
 * strategic overhead, and what the district view reads back. This zod schema is the one
 * definition; the published JSON Schema (electron/contract/schemas/) is generated from it and a
 * test keeps the two equal.
 *
 * Only aggregates: no names, no identifiers of persons or cases, no free text typed by a case
 * manager, no date finer than the period (except the day the document was published).
 *
 * Format 2 (the statistic that holds against someone who keeps every export): one document per
 * closed quarter, published once and frozen; half-years and years are sums of quarters, built
 * by the district view; no shares (they are computed from the published counts where shown).
 */
import { z } from 'zod';

export const STATISTICS_FORMAT = 'kim-fallakte-statistik';
export const STATISTICS_FORMAT_VERSION = 2;

/** The periods the district view reports: quarters as published, half-years and years as their sums. */
export const PERIOD_KINDS = ['jahr', 'halbjahr', 'quartal'] as const;
/** A unit publishes quarters only: '2026-Q3'. */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
/**
 * When a count is taken: 'zeitraum' counts what happened in the quarter (sums of quarters give
 * the half-year and the year); 'stichtag' counts the state on the quarter's last day (the
 * half-year and the year take that of their last quarter).
 */
export const COUNT_TIMINGS = ['zeitraum', 'stichtag'] as const;
/** The sections of the indicator set, in the order they are shown. */
export const STATISTICS_SECTIONS = ['faelle', 'kontakte', 'kurzberatung', 'zyklus', 'vermittlungen', 'abschluss'] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const key = z.string().regex(/^[a-z0-9_.:-]{1,80}$/);
const label = z.string().min(1).max(200);

/** A published count, or null where it is suppressed (shown as "•"). */
export const countCell = z.number().int().min(0).nullable();

const line = z.object({ key, label }).strict();

/** A contingency table of counts, protected by primary and secondary suppression. */
export const countTable = z
  .object({
    kind: z.literal('counts'),
    id: key,
    section: z.enum(STATISTICS_SECTIONS),
    title: label,
    /** What is counted, e.g. "Fälle", "Kontakte", "Stunden". */
    unitOfCount: label,
    timing: z.enum(COUNT_TIMINGS),
    rowTitle: label,
    columnTitle: label.nullable(),
    rows: z.array(line).min(1).max(200),
    columns: z.array(line).min(1).max(50),
    /** rows × columns. */
    cells: z.array(z.array(countCell)),
    /** One per row; null when the table has a single column (the cell is the row's total). */
    rowTotals: z.array(countCell).nullable(),
    columnTotals: z.array(countCell),
    total: countCell,
  })
  .strict()
  .refine((t) => t.cells.length === t.rows.length && t.cells.every((r) => r.length === t.columns.length), 'cells must be rows × columns')
  .refine((t) => t.columnTotals.length === t.columns.length, 'one column total per column')
  .refine((t) => (t.rowTotals === null ? t.columns.length === 1 : t.rowTotals.length === t.rows.length), 'one row total per row');

/** Medians (e.g. days to the first assessment): published only on a basis of at least 2k cases, whole and perturbed. */
export const measureTable = z
  .object({
    kind: z.literal('measures'),
    id: key,
    section: z.enum(STATISTICS_SECTIONS),
    title: label,
    rowTitle: label,
    rows: z
      .array(
        z
          .object({
            key,
            label,
            /** e.g. "Tage". */
            unitOfMeasure: z.string().min(1).max(40),
            /** Null: too few cases to publish. */
            value: z.number().int().min(0).nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

export const statisticsTable = z.union([countTable, measureTable]);

export const statisticsDocument = z
  .object({
    format: z.literal(STATISTICS_FORMAT),
    formatVersion: z.literal(STATISTICS_FORMAT_VERSION),
    appVersion: z.string().min(1).max(40),
    /** The day the quarter was first exported (and frozen). */
    createdOn: day,
    /** Made from a store holding demo data: the district view refuses it. */
    demo: z.boolean(),
    /** The exporting unit (Einstellungen): a random id made once per store, so two exports of one unit are recognised. */
    unit: z
      .object({
        id: z.uuid(),
        name: label,
        traeger: label.nullable(),
        municipality: label.nullable(),
      })
      .strict(),
    period: z
      .object({
        /** '2026-Q3'. */
        label: z.string().regex(QUARTER_PATTERN),
        from: day,
        to: day,
      })
      .strict(),
    /** k: no count between 1 and k−1 is published. */
    threshold: z.number().int().min(3).max(100),
    /** Consistent perturbation by the cell-key method (on unless the unit switched it off). */
    perturbation: z
      .object({ method: z.literal('cell-key'), maxDeviation: z.number().int().min(1).max(5) })
      .strict()
      .nullable(),
    tables: z.array(statisticsTable).min(1).max(200),
  })
  .strict()
  .refine((d) => new Set(d.tables.map((t) => t.id)).size === d.tables.length, 'table ids must be unique');

export type CountTableDoc = z.output<typeof countTable>;
export type MeasureTableDoc = z.output<typeof measureTable>;
export type StatisticsTableDoc = z.output<typeof statisticsTable>;
export type StatisticsDocument = z.output<typeof statisticsDocument>;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type CountTiming = (typeof COUNT_TIMINGS)[number];
export type StatisticsSection = (typeof STATISTICS_SECTIONS)[number];
