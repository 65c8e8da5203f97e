/**
 * `unit-key`: the unit's key file (Stellenschlüssel) for the district statistic with hidden
 * counts, for the coordinators of the district. Makes the unit's keys the first time (kept in
 * the store; the private halves never leave it), writes the public halves with the unit's name
 * and the rows its tables count by, and prints the fingerprint to read out on the phone.
 * --unit stores the unit's name first, for a store that has none yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { STATISTICS_LIMITS } from '../../contract/areas/statistics';
import type { CommandContext } from '../context';
import { EXIT_OK, usageError } from '../io';
import { readSecret } from '../secrets';
import { requireExistingStore, withUnlockedStore } from '../session';
import { passphraseSource } from './shared';

/** "7KQ3-M9XA-…" as wide groups, easy to read out on the phone. */
const spoken = (fingerprint: string): string => fingerprint.split('-').join('   ');

export async function unitKey(ctx: CommandContext): Promise<number> {
  const { out, unit } = ctx.options;
  if (out === undefined)
    throw usageError('Bitte geben Sie mit --out an, in welche Datei der Stellenschlüssel geschrieben wird, z. B. --out stellenschluessel.json.');
  const unitName = unit?.trim();
  if (unit !== undefined && (!unitName || unitName.length > STATISTICS_LIMITS.unitName)) {
    throw usageError(`Die Option --unit braucht den Namen Ihrer Stelle (höchstens ${STATISTICS_LIMITS.unitName} Zeichen).`);
  }
  const file = path.resolve(ctx.cwd, out);
  if (!fs.existsSync(path.dirname(file))) throw usageError(`Den Ordner für --out gibt es nicht: ${path.dirname(file)}`);

  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  return withUnlockedStore(services, passphrase, async () => {
    if (unitName) services.statistics.updateSettings({ unitName });
    const { bytes } = services.statistics.exportUnitKey();
    fs.writeFileSync(file, bytes);
    const info = services.statistics.unitKey();
    ctx.io.stdout(
      [
        `Der Stellenschlüssel von „${info.unitName}“ ist geschrieben: ${file}`,
        `  Fingerabdruck: ${info.fingerprint}`,
        '',
        `      ${spoken(info.fingerprint)}`,
        '',
        'So geht es weiter:',
        '  1. Schicken Sie die Datei der Koordinierung Ihres Kreises. Sie enthält nur die öffentlichen Schlüssel,',
        '     den Namen Ihrer Stelle und die Zeilen Ihrer Tabellen, keine Fallzahlen und keine Namen von Personen.',
        '  2. Lesen Sie der Koordinierung den Fingerabdruck am Telefon vor. Stimmt er mit dem überein, den die',
        '     Koordinierung sieht, ist die Datei unterwegs nicht ausgetauscht worden.',
        '  3. Die Koordinierung schickt Ihnen danach die Bezirksliste. Damit exportieren Sie ein abgeschlossenes Quartal',
        '     mit verdeckten Zahlen, z. B.: npm run kim -- stats --db IHRE.db --period 2026-Q3 --roster bezirksliste.json --out export.json',
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  });
}
