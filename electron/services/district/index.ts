/**
 * The district view (Kreisansicht) for the coordinators of the strategic overhead. It never opens
 * the case store: no store.session(), so it works while the store is locked and on a computer
 * without any store. Stateless: the screen sends the exports' texts with every call, and nothing
 * is written to disk here.
 */
import { KimError } from '../../contract/errors';
import type {
  DistrictExport,
  DistrictInput,
  DistrictMergeResult,
  DistrictReport,
  DistrictRosterInput,
  DistrictRosterResult,
} from '../../contract/areas/district';
import { STATISTICS_FORMAT } from '../../contract/statisticsDocument';
import { fileProblems, mergeDistrict, parseExports } from '../statistics/districtMerge';
import { isMaskedText, maskedProblems, mergeMasked, parseMasked } from '../statistics/maskedMerge';
import { buildRoster } from '../statistics/rosterBuild';
import { districtReportToPdf } from '../statistics/districtPdf';
import { districtReportToXlsx } from '../statistics/xlsx';

/** Whether a text is a plain statistics export (the units' own protected tables). */
function isPlainText(text: string): boolean {
  try {
    const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return raw !== null && typeof raw === 'object' && (raw as Record<string, unknown>).format === STATISTICS_FORMAT;
  } catch {
    return false;
  }
}

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const MIXED =
  'Hier kommen Exporte mit verdeckten Zahlen (für die Kreissumme mit Bezirksliste) und Exporte mit den geschützten Tabellen einer Stelle zusammen. Beide Arten lassen sich nicht zusammenzählen. Bitte verwenden Sie nur eine Art: am besten die Exporte aller Stellen mit verdeckten Zahlen.';

/** Masked exports (secure aggregation) go to maskedMerge; a mix of both kinds is refused file by file. */
function mergeMaskedInput(input: DistrictInput, now: Date): DistrictMergeResult {
  const current = parseMasked(input.files, input.period ? { period: input.period } : {});
  const previous = input.previous && input.previous.length > 0 && current.period ? parseMasked(input.previous, { kind: current.period.kind }) : null;
  const problems = maskedProblems(current, previous);
  if (problems.length > 0 || !current.period) return { report: null, problems };
  const report = mergeMasked(current, previous, { districtName: input.districtName ?? null, createdOn: localDay(now) });
  return { report, problems: [] };
}

/** Checks and merges; the report is null while any file has a problem. */
export function districtMerge(input: DistrictInput, now: Date): DistrictMergeResult {
  const all = [...input.files.map((f) => ({ ...f, role: 'current' as const })), ...(input.previous ?? []).map((f) => ({ ...f, role: 'previous' as const }))];
  const masked = all.map((f) => isMaskedText(f.text));
  if (masked.some(Boolean)) {
    const plain = all.filter((f, i) => !masked[i] && isPlainText(f.text));
    if (plain.length > 0)
      return { report: null, problems: all.filter((f, i) => masked[i] || isPlainText(f.text)).map((f) => ({ file: f.name, role: f.role, message: MIXED })) };
    return mergeMaskedInput(input, now);
  }
  const current = parseExports(input.files, input.period ? { period: input.period } : {});
  // The comparison is a period of the same kind (a half-year with a half-year), the one most of its files fall into.
  const previous = input.previous && input.previous.length > 0 && current.period ? parseExports(input.previous, { kind: current.period.kind }) : null;
  const problems = fileProblems(current, previous);
  if (problems.length > 0 || current.documents.length === 0 || !current.period) return { report: null, problems };
  const report = mergeDistrict(current.documents, previous?.documents ?? [], {
    districtName: input.districtName ?? null,
    createdOn: localDay(now),
    period: current.period.label,
    ...(previous?.period ? { previousPeriod: previous.period.label } : {}),
  });
  return { report, problems: [] };
}

/** "KIM-Kreisbericht_Kreis-Musterland_2026-Q3.pdf" */
export function districtFileName(report: DistrictReport, extension: 'xlsx' | 'pdf'): string {
  const district = report.districtName
    ?.normalize('NFC')
    .replace(/[^0-9A-Za-zÄÖÜäöüß]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `KIM-Kreisbericht_${district ? `${district}_` : ''}${report.period.label}.${extension}`;
}

function requireReport(input: DistrictInput, now: Date): DistrictReport {
  const { report } = districtMerge(input, now);
  if (!report) throw new KimError('DISTRICT_FILES_REFUSED');
  return report;
}

export function createDistrictServices(ctx: { now: () => Date }) {
  return {
    district: {
      buildRoster: (input: DistrictRosterInput): DistrictRosterResult => buildRoster(input, ctx.now()),
      merge: (input: DistrictInput): DistrictMergeResult => districtMerge(input, ctx.now()),
      exportXlsx: async (input: DistrictInput): Promise<DistrictExport> => {
        const report = requireReport(input, ctx.now());
        return { fileName: districtFileName(report, 'xlsx'), bytes: await districtReportToXlsx(report) };
      },
      exportPdf: async (input: DistrictInput): Promise<DistrictExport> => {
        const report = requireReport(input, ctx.now());
        return { fileName: districtFileName(report, 'pdf'), bytes: await districtReportToPdf(report) };
      },
    },
  };
}
