/**
 * `merge`: the district view on the command line. Reads the units' anonymised JSON exports (one
 * per unit and quarter) of one period (and, with --previous, those of an earlier period of the
 * same kind to compare with), checks them, and writes the district report as XLSX, PDF or JSON
 * (after the ending of --out). Masked exports (with a roster) give the district's exact sums,
 * protected at district level; only the protected report is written. The period is a quarter, or the half-year or year whose quarters the
 * files are; --period chooses it (2026-Q3, 2026-H1, 2026). Needs no store and no passphrase:
 * coordinators have no case data.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  DISTRICT_FILE_MAX_CHARS,
  DISTRICT_FILES_MAX,
  DISTRICT_NAME_MAX,
  DISTRICT_PERIOD_PATTERN,
  quartersPhrase,
  type DistrictReport,
} from '../../contract/areas/district';
import { districtMerge } from '../../services/district';
import { districtReportToPdf } from '../../services/statistics/districtPdf';
import { districtReportToXlsx } from '../../services/statistics/xlsx';
import type { CommandContext } from '../context';
import { CliError, EXIT_FAILURE, EXIT_OK, usageError } from '../io';

const FORMATS = { '.xlsx': 'xlsx', '.pdf': 'pdf', '.json': 'json' } as const;

function readExports(ctx: CommandContext, names: readonly string[], option: string): { name: string; text: string }[] {
  if (names.length > DISTRICT_FILES_MAX)
    throw usageError(`Es lassen sich höchstens ${DISTRICT_FILES_MAX} Exporte je Zeitraum zusammenführen (${option}: ${names.length}).`);
  return names.map((name) => {
    const file = path.resolve(ctx.cwd, name);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Die Datei gibt es nicht: ${file}`);
    if (fs.statSync(file).size > DISTRICT_FILE_MAX_CHARS * 2) throw new CliError(`Die Datei ist zu groß für einen Statistik-Export: ${file}`);
    const text = fs.readFileSync(file, 'utf8');
    if (text.length > DISTRICT_FILE_MAX_CHARS) throw new CliError(`Die Datei ist zu groß für einen Statistik-Export: ${file}`);
    return { name, text };
  });
}

function summary(report: DistrictReport, file: string): string {
  const lines = [
    `Der Kreisbericht für ${report.period.title} ist geschrieben: ${file}`,
    ...(report.period.quarters.length > 1 ? [`  Zusammengesetzt aus ${quartersPhrase(report.period.quarters)}`] : []),
    `  ${report.units.length} ${report.units.length === 1 ? 'Stelle' : 'Stellen'}: ${report.units.map((u) => u.name).join(', ')}`,
  ];
  if (report.aggregation) {
    const { threshold, perturbation, hidden, entries, rosters } = report.aggregation;
    lines.push(
      `  Aus verdeckten Zahlen (Bezirksliste Version ${[...new Set(rosters.map((r) => r.version))].join(', ')}): genaue Summen, auf Ebene des Kreises geschützt (k = ${threshold}; Überlagerung ${perturbation === null ? 'ausgeschaltet' : `± ${perturbation}`}); verborgen sind ${hidden} von ${entries} Einträgen`,
    );
  }
  if (report.previous) lines.push(`  Verglichen mit ${report.previous.period.title} (${report.previous.units.length} Stellen)`);
  for (const note of report.notes) lines.push(`  Hinweis: ${note}`);
  return `${lines.join('\n')}\n`;
}

export async function merge(ctx: CommandContext): Promise<number> {
  const { out, district, period } = ctx.options;
  const files = ctx.options.files ?? [];
  const previousFiles = ctx.options.previous ?? [];
  if (files.length === 0) throw usageError('Bitte nennen Sie die JSON-Exporte der Stellen, z. B. merge stelle-a.json stelle-b.json --out kreis.pdf.');
  if (out === undefined) throw usageError('Bitte geben Sie mit --out an, wohin der Bericht geschrieben wird: eine .xlsx-, .pdf- oder .json-Datei.');
  const format = FORMATS[path.extname(out).toLowerCase() as keyof typeof FORMATS];
  if (!format) throw usageError('Die Datei bei --out muss auf .xlsx, .pdf oder .json enden, z. B. --out kreisbericht.pdf.');
  const districtName = district?.trim();
  if (district !== undefined && (!districtName || districtName.length > DISTRICT_NAME_MAX)) {
    throw usageError(`Die Option --district braucht den Namen des Kreises (höchstens ${DISTRICT_NAME_MAX} Zeichen).`);
  }
  if (period !== undefined && !DISTRICT_PERIOD_PATTERN.test(period)) {
    throw usageError('Die Option --period nennt ein Quartal, ein Halbjahr oder ein Jahr, z. B. --period 2026-Q3, --period 2026-H1 oder --period 2026.');
  }
  const target = path.resolve(ctx.cwd, out);
  if (!fs.existsSync(path.dirname(target))) throw usageError(`Den Ordner für --out gibt es nicht: ${path.dirname(target)}`);
  if ([...files, ...previousFiles].some((name) => path.resolve(ctx.cwd, name) === target)) {
    throw usageError('Die Datei bei --out ist zugleich ein Export, der gelesen wird. Bitte wählen Sie eine andere Zieldatei.');
  }

  const now = ctx.io.services?.now?.() ?? new Date();
  const { report, problems } = districtMerge(
    {
      files: readExports(ctx, files, 'Exporte'),
      ...(previousFiles.length > 0 ? { previous: readExports(ctx, previousFiles, '--previous') } : {}),
      ...(districtName ? { districtName } : {}),
      ...(period ? { period } : {}),
    },
    now,
  );
  if (!report) {
    ctx.io.stderr('Der Bericht wurde nicht erstellt, weil diese Dateien nicht zusammengeführt werden können:\n');
    for (const problem of problems) {
      ctx.io.stderr(`  ${problem.file}${problem.role === 'previous' ? ' (Vergleichszeitraum)' : ''}: ${problem.message}\n`);
    }
    return EXIT_FAILURE;
  }
  // JSON: the report as the screens see it, protected figures only (never a file's vector or the exact sums).
  const bytes =
    format === 'pdf'
      ? await districtReportToPdf(report)
      : format === 'xlsx'
        ? await districtReportToXlsx(report)
        : new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(target, bytes);
  ctx.io.stdout(summary(report, target));
  return EXIT_OK;
}
