/**
 * `handover-export --case NUMMER[,NUMMER…] --recipient "…" --out DATEI` and
 * `handover-import DATEI`: the Übergabe of the app on the command line. The export prints the
 * one-time passphrase once; the import reads it like every secret (environment variable, file or
 * hidden prompt, never an argument) and takes the package over only when nobody here may be the
 * same person — possible duplicates are shown and left to the app, where the case manager decides.
 */
import path from 'node:path';
import { HANDOVER_RECIPIENT_MAX } from '../../contract/areas/handover';
import { KimError } from '../../contract/errors';
import type { CommandContext } from '../context';
import { CliError, EXIT_OK, usageError } from '../io';
import { readSecret } from '../secrets';
import { requireExistingStore, withUnlockedStore } from '../session';
import { passphraseSource } from './shared';

export async function handoverExport(ctx: CommandContext): Promise<number> {
  const caseNumbers = (ctx.options.case ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const recipient = ctx.options.recipient?.trim();
  const out = ctx.options.out;
  if (caseNumbers.length === 0) throw usageError('Bitte geben Sie mit --case die Fallnummer an, z. B. --case 2026-0001 (mehrere mit Komma).');
  if (!recipient) throw usageError('Bitte geben Sie mit --recipient an, an wen Sie übergeben, z. B. --recipient "Jonas Weber, Außenstelle Nord".');
  if (recipient.length > HANDOVER_RECIPIENT_MAX) throw usageError(`Die Angabe zu --recipient darf höchstens ${HANDOVER_RECIPIENT_MAX} Zeichen lang sein.`);
  if (out === undefined)
    throw usageError('Bitte geben Sie mit --out DATEI an, wohin das Übergabepaket geschrieben wird, z. B. --out /media/usb/uebergabe.kimuebergabe');
  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  const sent = await withUnlockedStore(services, passphrase, () =>
    services.handover.exportByCaseNumbers({ caseNumbers, recipient, file: path.resolve(ctx.cwd, out) }),
  );
  ctx.io.stdout(
    [
      `Das Übergabepaket ist geschrieben: ${sent.file}`,
      `Übergeben: ${sent.caseNumbers.join(', ')} (die Personen mit allen ihren Fällen). Hier sind diese Fälle jetzt schreibgeschützt.`,
      '',
      `Einmal-Passwort:  ${sent.passphrase}`,
      '',
      'Sagen Sie es der Kollegin oder dem Kollegen am Telefon. Schreiben Sie es nicht in eine E-Mail und nicht zum Paket.',
      'Es wird nur jetzt angezeigt und nirgends gespeichert.',
      'Den Bestätigungscode, den Sie danach bekommen, geben Sie in der App unter Einstellungen → Übergabe ein.',
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

export async function handoverImport(ctx: CommandContext): Promise<number> {
  const files = ctx.options.files ?? [];
  if (files.length !== 1) throw usageError('Bitte geben Sie genau ein Übergabepaket an: npm run kim -- handover-import DATEI --db FALLAKTE.db');
  const file = path.resolve(ctx.cwd, files[0]!);
  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  const oneTime = await readSecret(ctx, {
    envVar: 'KIM_HANDOVER_PASSPHRASE',
    file: ctx.options['handover-passphrase-file'],
    fileOption: '--handover-passphrase-file',
    what: 'das Einmal-Passwort des Übergabepakets',
    question: 'Einmal-Passwort des Übergabepakets: ',
  });
  const result = await withUnlockedStore(services, passphrase, async () => {
    const inspection = await services.handover.inspect({ file, passphrase: oneTime });
    if (inspection.missingConfiguration.length > 0) {
      ctx.io.stderr(
        [
          'In dieser Fallakte fehlen (bitte in der App unter Einstellungen mit demselben Namen anlegen):',
          ...inspection.missingConfiguration.map((m) => `  ${m}`),
          '',
        ].join('\n'),
      );
    }
    try {
      // The import's own checks, in its order: imported before, records here already, configuration, duplicates.
      return await services.handover.importFile({ file, passphrase: oneTime, acceptDuplicates: false });
    } catch (error) {
      if (!(error instanceof KimError) || error.code !== 'HANDOVER_DUPLICATES_UNCONFIRMED') throw error;
      const lines = inspection.persons
        .filter((p) => p.duplicates.length > 0)
        .flatMap((p) => [
          `${p.displayName ?? 'Person ohne Namen'} (bisher ${p.formerCaseNumbers.join(', ')}) könnte hier schon erfasst sein:`,
          ...p.duplicates.map((d) => `  ${d.displayName}: ${d.reasons.join('; ')}`),
        ]);
      throw new CliError(
        [
          ...lines,
          'Bitte übernehmen Sie das Paket in der App (Einstellungen → Übergabe): Dort entscheiden Sie, ob die Personen neu angelegt werden. Es wurde nichts übernommen.',
        ].join('\n'),
      );
    }
  });
  ctx.io.stdout(
    [
      `Übernommen: ${result.caseNumbers.length === 1 ? 'ein Fall' : `${result.caseNumbers.length} Fälle`}.`,
      ...result.caseNumbers.map((n, i) => `  ${n} (bisher ${result.formerCaseNumbers[i]})`),
      '',
      `Bestätigungscode:  ${result.confirmationCode}`,
      'Lesen Sie ihn der Kollegin oder dem Kollegen am Telefon vor; erst damit können die Fälle dort gelöscht werden.',
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
