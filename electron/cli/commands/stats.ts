/**
 * `stats`: the anonymised statistic of a period as a file, exactly as the app exports it (and
 * recorded in the audit log). The format follows --format, else the file's ending (.xlsx),
 * else JSON. --unit stores the unit's name first, for a store that has none yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { STATISTICS_EXPORT_FORMATS, STATISTICS_LIMITS, type StatisticsExportFormat } from '../../contract/areas/statistics';
import { PERIOD_PATTERN } from '../../services/statistics/period';
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
  if (period === undefined || !PERIOD_PATTERN.test(period)) {
    throw usageError('Bitte geben Sie mit --period den Zeitraum an: ein Jahr (2026), ein Halbjahr (2026-H1) oder ein Quartal (2026-Q3).');
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
    const { bytes } = await services.statistics.export({ period, format });
    fs.writeFileSync(file, bytes);
    const { threshold, perturbation, unit: saved } = services.statistics.settings();
    const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
    ctx.io.stdout(
      [
        `Die anonymisierte Statistik ${period} von „${saved.name}“ ist geschrieben: ${file}`,
        `  Format ${format.toUpperCase()}, Schwelle k = ${threshold}${perturbation ? ', mit Überlagerung (Cell-Key-Verfahren)' : ''}, ${bytes.length.toLocaleString('de-DE')} Bytes`,
        `  Dauer: ${seconds} s`,
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  });
}
