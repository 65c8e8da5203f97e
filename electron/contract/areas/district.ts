/**
 * Contract of the district view (Kreisansicht) for the coordinators of the strategic overhead:
 * several anonymised statistics exports (one per unit, same period) are checked and merged into
 * district tables, optionally compared with a previous period, and exported as XLSX or PDF.
 *
 * These methods hold no case data and never open the case store: they work while it is locked,
 * and on a computer that has no store at all. They are stateless: the screen keeps the files'
 * texts and sends them with every call; the main process writes nothing to disk.
 */
import { z } from 'zod';
import { method } from '../define';
import type { PeriodKind, StatisticsSection } from '../statisticsDocument';

/** At most this many exports per period in one call. */
export const DISTRICT_FILES_MAX = 50;
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
  /** Each unit's own total as it published it (value null: kept secret, or the unit's export lacks the table). */
  unitTotals: { unitId: string; total: number | null; hasTable: boolean }[];
}

/** Medians and shares cannot be added up: they are listed per unit. */
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
    /** One per unit whose export has this row; value null: too few cases to publish. */
    values: { unitId: string; value: number | null }[];
  }[];
}

export type DistrictTable = DistrictCountTable | DistrictMeasureTable;

export interface DistrictPeriod {
  /** '2026', '2026-H1' or '2026-Q3'. */
  label: string;
  kind: PeriodKind;
  from: string;
  to: string;
  /** German, e.g. "3. Quartal 2026". */
  title: string;
}

/** A unit (case manager's location or Träger) whose export takes part. */
export interface DistrictUnit {
  id: string;
  name: string;
  traeger: string | null;
  municipality: string | null;
  /** The file it came from. */
  fileName: string;
  createdOn: string;
  appVersion: string;
  /** Its threshold k. */
  threshold: number;
  /** The largest deviation of its cell-key perturbation, or null when not perturbed. */
  perturbation: number | null;
}

export interface DistrictReport {
  /** The district's name as typed by the coordinator, or null. */
  districtName: string | null;
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
    /** e.g. "Kreis Coesfeld", for the report's title. */
    districtName: z.string().trim().min(1).max(DISTRICT_NAME_MAX).optional(),
  })
  .strict();

export type DistrictInput = z.output<typeof districtInput>;

export const districtMethods = {
  'district.merge': method<DistrictMergeResult>()(districtInput),
  'district.exportXlsx': method<DistrictExport>()(districtInput, ['DISTRICT_FILES_REFUSED']),
  'district.exportPdf': method<DistrictExport>()(districtInput, ['DISTRICT_FILES_REFUSED']),
} as const;
