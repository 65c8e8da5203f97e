/**
 * Contract of the district view (Kreisansicht) for the coordinators of the strategic overhead:
 * the units' anonymised statistics exports (format 2: one document per unit and closed quarter)
 * are checked and merged into district tables for a quarter, a half-year or a year, optionally
 * compared with a previous period of the same kind, and exported as XLSX or PDF.
 *
 * A half-year or year is built here from quarters: per unit, tables counted over the quarter
 * ('zeitraum') are summed over its quarters, tables of the state on the last day ('stichtag')
 * come from the period's last quarter; then the units are summed.
 *
 * These methods hold no case data and never open the case store: they work while it is locked,
 * and on a computer that has no store at all. They are stateless: the screen keeps the files'
 * texts and sends them with every call; the main process writes nothing to disk.
 */
import { z } from 'zod';
import { method } from '../define';
import { ROSTER_MAX_UNITS, type RosterInfo } from '../districtAggregation';
import { QUARTER_PATTERN, type CountTiming, type PeriodKind, type StatisticsSection } from '../statisticsDocument';

/** At most this many exports per period in one call: a year of 30 units (4 quarters each). */
export const DISTRICT_FILES_MAX = 120;
/** At most this many characters per export file (about 5 MB). */
export const DISTRICT_FILE_MAX_CHARS = 5_000_000;
export const DISTRICT_NAME_MAX = 120;

/** German headings of the statistics' sections, in the order they are shown. */
export const DISTRICT_SECTION_TITLES: Record<StatisticsSection, string> = {
  faelle: 'Fälle',
  kontakte: 'Kontakte',
  kurzberatung: 'Kurzberatung ohne Fall',
  zyklus: 'Assessments, Ziele und Vereinbarungen',
  vermittlungen: 'Vermittlungen und Lücken im System',
  abschluss: 'Fallabschlüsse',
};

/** One merged number. */
export interface DistrictCell {
  /** null: unknown, every unit's part was kept secret (shown as "•"). */
  value: number | null;
  /** True when some unit's part was kept secret: the true number is at least `value` (shown as "≥ 37"). */
  lowerBound: boolean;
}

/** How a merged number reads: "37", "≥ 37" (a lower bound) or "•" (unknown). */
export function districtCellText(cell: DistrictCell): string {
  if (cell.value === null) return '•';
  const shown = cell.value.toLocaleString('de-DE');
  return cell.lowerBound ? `≥ ${shown}` : shown;
}

/** The legend for "≥", "•" and "–", for every screen and document that shows merged numbers. */
export const DISTRICT_LEGEND = {
  lowerBound: {
    sign: '≥ 37',
    meaning:
      'mindestens 37. Mindestens eine Stelle hat ihren Anteil geheim gehalten, weil er so klein war, dass Personen erkennbar sein könnten. Die wahre Zahl ist also 37 oder etwas größer.',
  },
  unknown: { sign: '•', meaning: 'nicht bekannt. Alle Anteile, die nicht null sind, wurden zum Schutz der Personen geheim gehalten.' },
  missing: { sign: '–', meaning: 'keine Angabe dieser Stelle, oder keine Veränderung berechnet, weil eine der beiden Zahlen nicht genau bekannt ist.' },
} as const;

/**
 * What a report from hidden counts says about its protection, the same on the screen, in the
 * PDF and in the Excel file.
 */
export const AGGREGATION_TEXTS = {
  title: 'Schutz des Kreisberichts',
  protection: (aggregation: Pick<DistrictAggregation, 'threshold' | 'perturbation'>): string =>
    `Die Stellen haben ihre Zahlen verdeckt geschickt. Die Summen des Kreises sind genau; geschützt wurden sie einmal, für den Kreis: Zahlen von 1 bis ${aggregation.threshold - 1} sind verborgen (k\u00a0=\u00a0${aggregation.threshold}), dazu weitere Zahlen zum Schutz. ${
      aggregation.perturbation === null ? 'Ohne Überlagerung.' : `Überlagerung: Jede Zahl weicht absichtlich um bis zu ± ${aggregation.perturbation} ab.`
    }`,
  hidden: (aggregation: Pick<DistrictAggregation, 'hidden' | 'entries'>): string =>
    `Verborgen: ${aggregation.hidden.toLocaleString('de-DE')} von ${aggregation.entries.toLocaleString('de-DE')} Angaben.`,
  rosters: (aggregation: Pick<DistrictAggregation, 'rosters'>): string =>
    `Bezirksliste ${aggregation.rosters.map((r) => `für das ${periodTitle(r.quarter)}: Version ${r.version} (Code ${r.code})`).join('; ')}`,
  legendUnknown: {
    sign: '•',
    meaning: 'für den Kreis verborgen: Die Summe des Kreises ist kleiner als k oder wurde verborgen, damit sich kleine Zahlen nicht ausrechnen lassen.',
  },
  legendBand: {
    sign: '≥ 30',
    meaning:
      'nur bei den Summen einzelner Stellen: mindestens 30. Die Stellen geben ihre Summen nur in groben Stufen an, nie genau; eine kleinere Summe als „unter 10“.',
  },
} as const;

/** '„≥ 37“: mindestens 37. …' */
export const legendText = (entry: { sign: string; meaning: string }) => `„${entry.sign}“: ${entry.meaning}`;

export interface DistrictComparedCell extends DistrictCell {
  /** The same cell in the previous period; null without a comparison or when the cell did not exist then. */
  previous: DistrictCell | null;
  /** Now minus then, only where both numbers are exact; else null. */
  change: number | null;
}

export interface DistrictLine {
  key: string;
  label: string;
}

export interface DistrictCountTable {
  kind: 'counts';
  id: string;
  section: StatisticsSection;
  title: string;
  unitOfCount: string;
  rowTitle: string;
  columnTitle: string | null;
  /** The union of the units' rows and columns, in the order they first appear. */
  rows: DistrictLine[];
  columns: DistrictLine[];
  /** rows × columns. */
  cells: DistrictComparedCell[][];
  /** null when the table has a single column (the cell is the row's total). */
  rowTotals: DistrictComparedCell[] | null;
  columnTotals: DistrictComparedCell[];
  total: DistrictComparedCell;
  /** 'zeitraum': summed over the period's quarters; 'stichtag': the state at the end of the period's last quarter. */
  timing: CountTiming;
  /**
   * Each unit's own total over the period (summed over its quarters, or its last quarter's for
   * 'stichtag'): total null = unknown, lowerBound = part of it kept secret or a quarter missing;
   * hasTable false = none of its exports has the table.
   */
  unitTotals: { unitId: string; total: number | null; lowerBound: boolean; hasTable: boolean }[];
}

/** Medians cannot be added up, not even over quarters: they are listed per unit and quarter. */
export interface DistrictMeasureTable {
  kind: 'measures';
  id: string;
  section: StatisticsSection;
  title: string;
  rowTitle: string;
  rows: {
    key: string;
    label: string;
    unitOfMeasure: string;
    /** One per unit and quarter whose export has this row; value null: too few cases to publish. */
    values: { unitId: string; quarter: string; value: number | null }[];
  }[];
}

export type DistrictTable = DistrictCountTable | DistrictMeasureTable;

export interface DistrictPeriod {
  /** '2026', '2026-H1' or '2026-Q3'. */
  label: string;
  kind: PeriodKind;
  from: string;
  to: string;
  /** German, e.g. "3. Quartal 2026", "1. Halbjahr 2026", "Jahr 2026". */
  title: string;
  /** The quarters it is built from, in order: ['2026-Q1', '2026-Q2'] for '2026-H1'. */
  quarters: string[];
}

/** A period the district can report: a quarter, a half-year or a year. */
export const DISTRICT_PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-H[12])?$/;

/** "3. Quartal 2026", "1. Halbjahr 2026", "Jahr 2026". */
export function periodTitle(label: string): string {
  const [year, part] = label.split('-');
  if (part?.startsWith('Q')) return `${part.slice(1)}. Quartal ${year}`;
  if (part?.startsWith('H')) return `${part.slice(1)}. Halbjahr ${year}`;
  return `Jahr ${year}`;
}

/** "dem 1. und 2. Quartal 2026", "dem 1. bis 4. Quartal 2026", "dem 3. Quartal 2026". */
export function quartersPhrase(quarters: readonly string[]): string {
  const year = quarters[0]!.slice(0, 4);
  const numbers = quarters.map((q) => `${q.slice(6)}.`);
  if (numbers.length === 1) return `dem ${numbers[0]} Quartal ${year}`;
  if (numbers.length === 2) return `dem ${numbers[0]} und ${numbers[1]} Quartal ${year}`;
  return `dem ${numbers[0]} bis ${numbers.at(-1)} Quartal ${year}`;
}

/** '2026-H1' → its kind, days, title and quarters. */
export function districtPeriodOf(label: string): DistrictPeriod {
  if (!DISTRICT_PERIOD_PATTERN.test(label)) throw new Error(`not a district period: ${label}`);
  const year = Number(label.slice(0, 4));
  const part = label.slice(5);
  const [first, last] = part.startsWith('Q')
    ? [Number(part.slice(1)), Number(part.slice(1))]
    : part.startsWith('H')
      ? [Number(part.slice(1)) * 2 - 1, Number(part.slice(1)) * 2]
      : [1, 4];
  const kind: PeriodKind = part.startsWith('Q') ? 'quartal' : part.startsWith('H') ? 'halbjahr' : 'jahr';
  const lastDay = new Date(Date.UTC(year, last * 3, 0)).toISOString().slice(0, 10);
  const quarters = Array.from({ length: last - first + 1 }, (_, i) => `${year}-Q${first + i}`);
  return { label, kind, from: `${year}-${String(first * 3 - 2).padStart(2, '0')}-01`, to: lastDay, title: periodTitle(label), quarters };
}

/** The periods of one kind that contain a quarter: '2026-Q2' → '2026-Q2', '2026-H1' or '2026'. */
export function periodContaining(quarter: string, kind: PeriodKind): string {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  return kind === 'quartal' ? quarter : kind === 'halbjahr' ? `${year}-H${q <= 2 ? 1 : 2}` : year;
}

/**
 * The periods a district can build from exports of these quarters, for the period choice: each
 * quarter present, and the half-years and years that contain one, latest first.
 */
export function periodChoices(quarters: readonly string[]): DistrictPeriod[] {
  const labels = new Set<string>();
  for (const quarter of quarters) for (const kind of ['quartal', 'halbjahr', 'jahr'] as const) labels.add(periodContaining(quarter, kind));
  const order = (p: DistrictPeriod) => `${p.to}|${p.quarters.length}`;
  return [...labels].map(districtPeriodOf).sort((a, b) => order(b).localeCompare(order(a)));
}

/** One quarter's export of a unit that takes part. */
export interface DistrictDelivery {
  /** '2026-Q1'. */
  quarter: string;
  fileName: string;
  /** The day the unit first exported (and froze) the quarter. */
  createdOn: string;
}

/** A unit (case manager's location or Träger) whose exports take part. */
export interface DistrictUnit {
  id: string;
  name: string;
  traeger: string | null;
  municipality: string | null;
  /** Its exports of the period's quarters, in order. */
  deliveries: DistrictDelivery[];
  /** The period's quarters it did not deliver ('2026-Q2'); its sums there are lower bounds. */
  missingQuarters: string[];
  /** The files it came from, joined with ", " (for lists that show one line per unit). */
  fileName: string;
  /** The latest of its exports' days. */
  createdOn: string;
  appVersion: string;
  /** Its threshold k (the highest, should it differ between its quarters). */
  threshold: number;
  /** The largest deviation of its cell-key perturbation, or null when not perturbed. */
  perturbation: number | null;
}

/**
 * A report from masked exports (secure aggregation): the district's exact counts, protected once
 * at district level with the roster's settings. Null for a report merged from the units' own
 * protected tables.
 */
export interface DistrictAggregation {
  /** Per quarter of the period, the roster version its exports were made against. */
  rosters: { quarter: string; version: number; code: string }[];
  /** k of the district (from the roster). */
  threshold: number;
  /** The largest deviation of the district's cell-key perturbation, or null when off. */
  perturbation: number | null;
  /** Entries of the count tables (cells and totals) the district protection hides, and all entries. */
  hidden: number;
  entries: number;
}

export interface DistrictReport {
  /** The district's name as typed by the coordinator, or null. */
  districtName: string | null;
  /** Set when the report comes from masked exports; the tables are then protected at district level. */
  aggregation: DistrictAggregation | null;
  period: DistrictPeriod;
  units: DistrictUnit[];
  /** The period compared with, when exports of a previous period were given. */
  previous: { period: DistrictPeriod; units: DistrictUnit[] } | null;
  /** By section in the order of DISTRICT_SECTION_TITLES, within a section in the order they first appear. */
  tables: DistrictTable[];
  /** German remarks a reader should know (e.g. different thresholds, units missing a table). */
  notes: string[];
  /** The day the report was made. */
  createdOn: string;
  /** The version of the KIM Fallakte that made the report. */
  appVersion: string;
}

export interface DistrictFileProblem {
  /** The file's name as given. */
  file: string;
  role: 'current' | 'previous';
  /** German: what is wrong and what to do. */
  message: string;
}

export interface DistrictMergeResult {
  /** null while any file has a problem: the district's numbers are only shown complete. */
  report: DistrictReport | null;
  problems: DistrictFileProblem[];
}

export interface DistrictExport {
  fileName: string;
  bytes: Uint8Array;
}

const exportFile = z
  .object({
    name: z.string().min(1).max(255),
    text: z.string().max(DISTRICT_FILE_MAX_CHARS),
  })
  .strict();

export const districtInput = z
  .object({
    files: z.array(exportFile).min(1).max(DISTRICT_FILES_MAX),
    previous: z.array(exportFile).max(DISTRICT_FILES_MAX).optional(),
    /** The period of the report: '2026-Q3', '2026-H1' or '2026'. Without it, it follows from the files (see parseExports). */
    period: z.string().regex(DISTRICT_PERIOD_PATTERN).optional(),
    /** e.g. "Kreis Coesfeld", for the report's title. */
    districtName: z.string().trim().min(1).max(DISTRICT_NAME_MAX).optional(),
  })
  .strict();

export type DistrictInput = z.output<typeof districtInput>;

/** The roster as the Bezirksansicht writes it: the file, and what to read out to the units. */
export interface DistrictRosterResult {
  /** Null while any key file has a problem. */
  roster: { fileName: string; bytes: Uint8Array; info: RosterInfo } | null;
  /** Role 'previous' for the earlier version of the list. */
  problems: DistrictFileProblem[];
}

export const districtRosterInput = z
  .object({
    /** The units' key files. */
    keyFiles: z.array(exportFile).min(1).max(ROSTER_MAX_UNITS),
    /** The list's previous version, when there is one: the new one keeps its id and counts up. */
    previous: exportFile.optional(),
    /** The first quarter the list applies to; without it: the last closed quarter for a new list, the running one for a new version. */
    validFrom: z.string().regex(QUARTER_PATTERN).optional(),
    district: z.string().trim().min(1).max(DISTRICT_NAME_MAX),
    threshold: z.number().int().min(3).max(20),
    perturbation: z.boolean(),
  })
  .strict();

export type DistrictRosterInput = z.output<typeof districtRosterInput>;

export const districtMethods = {
  'district.buildRoster': method<DistrictRosterResult>()(districtRosterInput),
  'district.merge': method<DistrictMergeResult>()(districtInput),
  'district.exportXlsx': method<DistrictExport>()(districtInput, ['DISTRICT_FILES_REFUSED']),
  'district.exportPdf': method<DistrictExport>()(districtInput, ['DISTRICT_FILES_REFUSED']),
} as const;
