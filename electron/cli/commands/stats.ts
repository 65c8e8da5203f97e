/**
 * `stats`: the anonymised statistic of a closed quarter as a file, exactly as the app exports it
 * (and recorded in the audit log). The first export publishes and freezes the quarter; later
 * ones repeat that document. The format follows --format, else the file's ending (.xlsx), else
 * JSON. --unit stores the unit's name first, for a store that has none yet. Refusals (a year, a
 * running quarter) come back as the service's German reason.
 *
 * --roster FILE imports the district's roster (Bezirksliste) first and exports against it: the
 * masked export with the unit's counts hidden (JSON only). A roster of another list (another
 * district, a newly begun list) is never put in place of the imported one from here: that takes
 * a confirmation in the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { germanDay } from '../../contract/dayText';
import { DISTRICT_FILE_MAX_CHARS, periodTitle } from '../../contract/areas/district';
import { errorMessages } from '../../contract/errors';
import { periodLabel, STATISTICS_EXPORT_FORMATS, STATISTICS_LIMITS, type StatisticsExportFormat } from '../../contract/areas/statistics';
import type { CommandContext } from '../context';
import { CliError, EXIT_OK, usageError } from '../io';
import { readSecret } from '../secrets';
import { requireExistingStore, withUnlockedStore } from '../session';
import { passphraseSource } from './shared';

function formatOf(option: string | undefined, out: string): StatisticsExportFormat {
  if (option === undefined) return path.extname(out).toLowerCase() === '.xlsx' ? 'xlsx' : 'json';
  if (!(STATISTICS_EXPORT_FORMATS as readonly string[]).includes(option)) {
    throw usageError(`Die Option --format nimmt ${STATISTICS_EXPORT_FORMATS.join(' oder ')} an, z. B. --format xlsx.`);
  }
  return option as StatisticsExportFormat;
}

/** The roster file's text; refused before the store is opened when it cannot be one. */
function readRosterFile(ctx: CommandContext, name: string): string {
  const file = path.resolve(ctx.cwd, name);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Die Datei für --roster gibt es nicht: ${file}`);
  if (fs.statSync(file).size > DISTRICT_FILE_MAX_CHARS * 2) throw new CliError(`Die Datei ist zu groß für eine Bezirksliste: ${file}`);
  const text = fs.readFileSync(file, 'utf8');
  if (text.length > DISTRICT_FILE_MAX_CHARS) throw new CliError(`Die Datei ist zu groß für eine Bezirksliste: ${file}`);
  return text;
}

export async function stats(ctx: CommandContext): Promise<number> {
  const { period, out, unit } = ctx.options;
  if (period === undefined || !periodLabel.safeParse(period).success) {
    throw usageError('Bitte geben Sie mit --period ein abgeschlossenes Quartal an, z. B. --period 2026-Q3.');
  }
  if (out === undefined) throw usageError('Bitte geben Sie mit --out an, in welche Datei die Statistik geschrieben wird, z. B. --out statistik.json.');
  const unitName = unit?.trim();
  if (unit !== undefined && (!unitName || unitName.length > STATISTICS_LIMITS.unitName)) {
    throw usageError(`Die Option --unit braucht den Namen Ihrer Stelle (höchstens ${STATISTICS_LIMITS.unitName} Zeichen).`);
  }
  const format = formatOf(ctx.options.format, out);
  const file = path.resolve(ctx.cwd, out);
  if (!fs.existsSync(path.dirname(file))) throw usageError(`Den Ordner für --out gibt es nicht: ${path.dirname(file)}`);
  if (ctx.options.roster !== undefined && format !== 'json') {
    throw usageError('Mit --roster wird die Statistik als JSON-Datei mit verdeckten Zahlen geschrieben, z. B. --out export.json (ohne --format xlsx).');
  }
  const rosterText = ctx.options.roster === undefined ? undefined : readRosterFile(ctx, ctx.options.roster);

  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  return withUnlockedStore(services, passphrase, async () => {
    const started = performance.now();
    if (unitName) services.statistics.updateSettings({ unitName });
    if (rosterText !== undefined) {
      const check = services.statistics.checkRoster({ text: rosterText });
      if (check.change === 'andere-liste') {
        const current = services.statistics.roster()!;
        throw new CliError(
          [
            `Diese Bezirksliste („${check.roster.district}“, Version ${check.roster.version}) ist eine andere Liste als die übernommene („${current.district}“, Version ${current.version}).`,
            'Sie wird hier nicht an ihre Stelle gesetzt. Wenn sie die bisherige ersetzen soll, übernehmen Sie sie bitte in der App unter Statistik',
            'und bestätigen dort; danach exportieren Sie wie gewohnt. Im Zweifel klären Sie mit der Koordinierung, welche Liste gilt.',
          ].join('\n'),
        );
      }
      services.statistics.importRoster({ text: rosterText });
    }
    const wasPublished = services.statistics.periods().some((p) => p.label === period && p.state === 'veroeffentlicht');
    // With --roster the file must be the masked export: never a plain one written without a word.
    if (rosterText !== undefined && services.statistics.preview({ period }).districtExport === null) {
      const validFrom = services.statistics.roster()!.validFrom;
      throw new CliError(
        wasPublished
          ? errorMessages.ROSTER_PERIOD_PUBLISHED
          : `Für das ${periodTitle(period)} gilt keine Ihrer Bezirkslisten (die neueste gilt ab dem ${periodTitle(validFrom)}). Dieses Quartal exportieren Sie ohne --roster, wie bisher mit den geschützten Tabellen Ihrer Stelle.`,
      );
    }
    const { bytes } = await services.statistics.export({ period, format });
    fs.writeFileSync(file, bytes);
    const { document, publishedOn, sha256, districtExport } = services.statistics.preview({ period });
    const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
    if (districtExport) {
      ctx.io.stdout(
        [
          `Die Statistik ${period} von „${document.unit.name}“ mit verdeckten Zahlen ist geschrieben: ${file}`,
          `  Bezirksliste: ${districtExport.district}, Version ${districtExport.version}, Code ${districtExport.code}`,
          '  Die Datei enthält die Zahlen Ihrer Stelle nur verdeckt: keine einzelne Datei verrät sie. Erst die Summe der Dateien',
          '  aller Stellen der Liste ergibt Zahlen, und zwar nur die des ganzen Kreises.',
          wasPublished
            ? `  Das Quartal wurde am ${germanDay(publishedOn!)} veröffentlicht; dieser Export wiederholt diese Datei unverändert.`
            : '  Das Quartal ist damit veröffentlicht und festgeschrieben: jeder weitere Export liefert dieselbe Datei.',
          `  Prüfsumme der Datei (SHA-256): ${sha256}`,
          `  Dauer: ${seconds} s`,
          '',
        ].join('\n'),
      );
      return EXIT_OK;
    }
    ctx.io.stdout(
      [
        `Die anonymisierte Statistik ${period} von „${document.unit.name}“ ist geschrieben: ${file}`,
        wasPublished
          ? `  Das Quartal wurde am ${germanDay(publishedOn!)} veröffentlicht; dieser Export wiederholt dieses Dokument unverändert.`
          : `  Das Quartal ist damit veröffentlicht und festgeschrieben: jeder weitere Export liefert dasselbe Dokument.`,
        `  Format ${format.toUpperCase()}, Schwelle k = ${document.threshold}, ${document.perturbation ? 'mit Überlagerung (Cell-Key-Verfahren)' : 'ohne Überlagerung'}, ${bytes.length.toLocaleString('de-DE')} Bytes`,
        `  Prüfsumme des Dokuments (SHA-256): ${sha256}`,
        `  Dauer: ${seconds} s`,
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  });
}
