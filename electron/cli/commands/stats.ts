/**
 * `stats`: the anonymised statistic of a closed quarter as a file, exactly as the app exports it
 * (and recorded in the audit log). The first export publishes and freezes the quarter; later
 * ones repeat that document. The format follows --format, else the file's ending (.xlsx), else
 * JSON. --unit stores the unit's name first, for a store that has none yet. Refusals (a year, a
 * running quarter) come back as the service's German reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { germanDay } from '../../contract/dayText';
import { periodLabel, STATISTICS_EXPORT_FORMATS, STATISTICS_LIMITS, type StatisticsExportFormat } from '../../contract/areas/statistics';
import type { CommandContext } from '../context';
import { EXIT_OK, usageError } from '../io';
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

  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  return withUnlockedStore(services, passphrase, async () => {
    const started = performance.now();
    if (unitName) services.statistics.updateSettings({ unitName });
    const wasPublished = services.statistics.periods().some((p) => p.label === period && p.state === 'veroeffentlicht');
    const { bytes } = await services.statistics.export({ period, format });
    fs.writeFileSync(file, bytes);
    const { document, publishedOn, sha256 } = services.statistics.preview({ period });
    const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
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
