/**
 * `roster`: the coordinators collect the units' key files into the district's list of units
 * (Bezirksliste) and write it as a file for every unit to import. With --previous the new list is
 * the next version of an earlier one (same id). --valid-from names the first quarter the list
 * applies to (default: the last closed quarter for a new list, the running one for a new
 * version; see rosterBuild). Prints each unit's fingerprint and the list's
 * code, to be read out on the phone. Needs no store and no passphrase.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DISTRICT_FILE_MAX_CHARS, DISTRICT_NAME_MAX, periodTitle } from '../../contract/areas/district';
import { ROSTER_MAX_UNITS } from '../../contract/districtAggregation';
import { STATISTICS_LIMITS } from '../../contract/areas/statistics';
import { QUARTER_PATTERN } from '../../contract/statisticsDocument';
import { buildRoster } from '../../services/statistics/rosterBuild';
import type { CommandContext } from '../context';
import { CliError, EXIT_FAILURE, EXIT_OK, usageError } from '../io';

/** The district's k is one of the values the roster file accepts (3 … 20). */
const THRESHOLD = { min: 3, max: 20, default: STATISTICS_LIMITS.threshold.default };

function readFile(ctx: CommandContext, name: string): { name: string; text: string } {
  const file = path.resolve(ctx.cwd, name);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Die Datei gibt es nicht: ${file}`);
  if (fs.statSync(file).size > DISTRICT_FILE_MAX_CHARS * 2)
    throw new CliError(`Die Datei ist zu groß für einen Stellenschlüssel oder eine Bezirksliste: ${file}`);
  return { name, text: fs.readFileSync(file, 'utf8') };
}

export async function roster(ctx: CommandContext): Promise<number> {
  const { out, district, threshold, perturbation } = ctx.options;
  const validFrom = ctx.options['valid-from'];
  const files = ctx.options.files ?? [];
  const previous = ctx.options.previous ?? [];
  if (files.length === 0)
    throw usageError(
      'Bitte nennen Sie die Stellenschlüssel der Stellen, z. B. roster stelle-a.json stelle-b.json stelle-c.json --district "Kreis Musterland" --out bezirksliste.json.',
    );
  if (files.length > ROSTER_MAX_UNITS) throw usageError(`Eine Bezirksliste hat höchstens ${ROSTER_MAX_UNITS} Stellen (genannt: ${files.length}).`);
  const districtName = district?.trim();
  if (!districtName || districtName.length > DISTRICT_NAME_MAX)
    throw usageError(`Bitte geben Sie mit --district den Namen des Kreises an (höchstens ${DISTRICT_NAME_MAX} Zeichen).`);
  if (out === undefined) throw usageError('Bitte geben Sie mit --out an, wohin die Bezirksliste geschrieben wird, z. B. --out bezirksliste.json.');
  if (path.extname(out).toLowerCase() !== '.json') throw usageError('Die Datei bei --out muss auf .json enden, z. B. --out bezirksliste.json.');
  if (previous.length > 1) throw usageError('Bitte nennen Sie mit --previous nur die eine bisherige Bezirksliste.');
  const k = threshold === undefined ? THRESHOLD.default : Number(threshold);
  if (!/^\d{1,2}$/.test(threshold ?? '5') || k < THRESHOLD.min || k > THRESHOLD.max) {
    throw usageError(
      `Die Option --threshold nennt die kleinste Zahl, die der Kreis veröffentlicht: eine ganze Zahl von ${THRESHOLD.min} bis ${THRESHOLD.max}.`,
    );
  }
  if (perturbation !== undefined && perturbation !== 'an' && perturbation !== 'aus') throw usageError('Die Option --perturbation ist „an“ oder „aus“.');
  if (validFrom !== undefined && !QUARTER_PATTERN.test(validFrom)) {
    throw usageError('Die Option --valid-from nennt das erste Quartal, für das die Liste gilt, z. B. --valid-from 2026-Q3.');
  }
  const target = path.resolve(ctx.cwd, out);
  if (!fs.existsSync(path.dirname(target))) throw usageError(`Den Ordner für --out gibt es nicht: ${path.dirname(target)}`);
  if ([...files, ...previous].some((name) => path.resolve(ctx.cwd, name) === target)) {
    throw usageError('Die Datei bei --out ist zugleich eine Datei, die gelesen wird. Bitte wählen Sie eine andere Zieldatei.');
  }

  const now = ctx.io.services?.now?.() ?? new Date();
  const result = buildRoster(
    {
      keyFiles: files.map((name) => readFile(ctx, name)),
      ...(previous[0] !== undefined ? { previous: readFile(ctx, previous[0]) } : {}),
      ...(validFrom !== undefined ? { validFrom } : {}),
      district: districtName,
      threshold: k,
      perturbation: perturbation !== 'aus',
    },
    now,
  );
  if (!result.roster) {
    ctx.io.stderr('Die Bezirksliste wurde nicht erstellt, weil diese Dateien nicht passen:\n');
    for (const problem of result.problems) {
      ctx.io.stderr(`  ${problem.file}${problem.role === 'previous' ? ' (bisherige Bezirksliste)' : ''}: ${problem.message}\n`);
    }
    return EXIT_FAILURE;
  }
  fs.writeFileSync(target, result.roster.bytes);
  const { info } = result.roster;
  const lines = [
    `Die Bezirksliste „${info.district}“, Version ${info.version}, ist geschrieben: ${target}`,
    `  Die Liste gilt ab dem ${periodTitle(info.validFrom)}.`,
    `  Code der Liste: ${info.code}`,
    `  Schutz der Kreisberichte: Zahlen von 1 bis ${info.protection.threshold - 1} werden verborgen (k = ${info.protection.threshold}); Überlagerung ${info.protection.perturbation ? 'eingeschaltet' : 'ausgeschaltet'}`,
    `  ${info.units.length} Stellen mit ihren Fingerabdrücken:`,
    ...info.units.map((u) => `    ${u.name}${u.traeger ? ` (${u.traeger})` : ''}: ${u.fingerprint}`),
    '',
    'So geht es weiter:',
    '  1. Vergleichen Sie mit jeder Stelle am Telefon ihren Fingerabdruck, bevor Sie die Liste verschicken.',
    '  2. Schicken Sie die Datei an alle Stellen. Jede Stelle importiert sie unter „Statistik“ und vergleicht den Code der Liste mit Ihnen.',
    '  3. Danach exportiert jede Stelle ihre Quartale mit verdeckten Zahlen; führen Sie die Exporte aller Stellen mit „merge“ zusammen.',
  ];
  if (info.version > 1)
    lines.push(
      `  Die Quartale vor dem ${periodTitle(info.validFrom)} exportieren die Stellen weiter mit der bisherigen Version, auch wenn sie die neue schon übernommen haben; ab dem ${periodTitle(info.validFrom)} mit dieser. Exporte verschiedener Versionen werden nie zusammengezählt.`,
    );
  ctx.io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
