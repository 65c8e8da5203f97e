/**
 * `restore DATEI --db NEU.db`: makes a new store from a backup; an existing store is never
 * overwritten. With the recovery key (KIM_RECOVERY_KEY or --recovery-key-file) a new passphrase
 * is set, as when unlocking with it; otherwise the passphrase of the backup's time opens it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KimError } from '../../contract/errors';
import { assessPassphrase } from '../../contract/passphrasePolicy';
import { germanDay } from '../../contract/dayText';
import type { BackupCheck } from '../../contract/areas/backup';
import type { CommandContext } from '../context';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { closingStore, requireStrongPassphrase, weakPassphrase } from '../session';
import { readSecret, secretGiven } from '../secrets';
import { passphraseSource } from './shared';

export async function restore(ctx: CommandContext): Promise<number> {
  const files = ctx.options.files ?? [];
  if (files.length !== 1) throw new CliError('Bitte geben Sie genau eine Sicherungsdatei an: npm run kim -- restore DATEI --db NEUE-FALLAKTE.db', EXIT_USAGE);
  const file = path.resolve(ctx.cwd, files[0]!);
  const services = ctx.createServices();
  if (services.store.status().state !== 'new') throw new KimError('STORE_EXISTS'); // checked before any secret is asked for
  fs.mkdirSync(path.dirname(ctx.dbPath), { recursive: true, mode: 0o700 }); // a new device: the folder may not exist yet (as at init)

  let restored: BackupCheck;
  if (secretGiven(ctx, 'KIM_RECOVERY_KEY', ctx.options['recovery-key-file'])) {
    const recoveryKey = await readSecret(ctx, {
      envVar: 'KIM_RECOVERY_KEY',
      file: ctx.options['recovery-key-file'],
      fileOption: '--recovery-key-file',
      what: 'den Wiederherstellungsschlüssel',
      question: 'Wiederherstellungsschlüssel: ',
    });
    const newPassphrase = await readSecret(ctx, {
      envVar: 'KIM_NEW_PASSPHRASE',
      file: ctx.options['new-passphrase-file'],
      fileOption: '--new-passphrase-file',
      what: 'die neue Passphrase',
      question: 'Neue Passphrase: ',
      repeat: 'Neue Passphrase wiederholen: ',
    });
    requireStrongPassphrase(newPassphrase, []);
    restored = await closingStore(services, async () => {
      try {
        return await services.backup.restore({ file, recoveryKey, newPassphrase });
      } catch (error) {
        if (error instanceof KimError && error.code === 'WEAK_PASSPHRASE') throw weakPassphrase(assessPassphrase(newPassphrase).hints);
        throw error;
      }
    });
  } else {
    const passphrase = await readSecret(ctx, passphraseSource(ctx, 'Passphrase der Sicherung: '));
    restored = await closingStore(services, () => services.backup.restore({ file, passphrase }));
  }
  const when = restored.lastEntryAt ? ` (Stand: ${germanDay(restored.lastEntryAt.slice(0, 10))})` : '';
  ctx.io.stdout(
    [
      `Die Fallakte wurde aus der Sicherung wiederhergestellt${when}: ${ctx.dbPath}`,
      'Sie ist vollständig geprüft. Was nach der Sicherung eingetragen wurde, fehlt darin.',
      ...(restored.auditHead ? [`Stand des Protokolls in der Sicherung: Eintrag ${restored.auditHead.entryId}, Prüfwert ${restored.auditHead.hash}`] : []),
      secretGiven(ctx, 'KIM_RECOVERY_KEY', ctx.options['recovery-key-file'])
        ? 'Ab jetzt öffnet sie sich mit der neuen Passphrase; der Wiederherstellungsschlüssel gilt weiter.'
        : 'Sie öffnet sich mit derselben Passphrase und demselben Wiederherstellungsschlüssel wie beim Anlegen der Sicherung.',
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
