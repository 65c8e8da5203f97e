/**
 * `backup --out DATEI`: one encrypted backup file of the store, made while it is open (a
 * consistent snapshot). It opens with the passphrase or the recovery key valid at this moment.
 */
import path from 'node:path';
import type { CommandContext } from '../context';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { requireExistingStore, withUnlockedStore } from '../session';
import { readSecret } from '../secrets';
import { passphraseSource } from './shared';
import { germanSize } from './backupText';

export async function backup(ctx: CommandContext): Promise<number> {
  const out = ctx.options.out;
  if (out === undefined)
    throw new CliError('Bitte geben Sie mit --out DATEI an, wohin die Sicherung geschrieben wird, z. B. --out /media/usb/kim-sicherung.kimsich', EXIT_USAGE);
  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  const started = performance.now();
  const result = await withUnlockedStore(services, passphrase, () => services.backup.create({ file: path.resolve(ctx.cwd, out) }));
  const seconds = ((performance.now() - started) / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
  ctx.io.stdout(
    [
      `Die Sicherung ist geschrieben: ${result.file}`,
      `Größe: ${germanSize(result.bytes)}, Dauer: ${seconds} s.`,
      ...(result.auditHead ? [`Stand des Protokolls in der Sicherung: Eintrag ${result.auditHead.entryId}, Prüfwert ${result.auditHead.hash}`] : []),
      'Sie ist verschlüsselt und öffnet sich mit der Passphrase oder dem Wiederherstellungsschlüssel, die jetzt gelten.',
      'Zurückspielen:  npm run kim -- restore DATEI --db NEUE-FALLAKTE.db',
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
