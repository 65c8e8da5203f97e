/**
 * `data-key`: the raw data key (64 hex characters) on stdout and nothing else there, so IT can
 * open the file with SQLCipher tools. Opened with the passphrase, or with the recovery key (which
 * leaves the passphrase as it is). The service records the export in the audit log.
 */
import type { CommandContext } from '../context';
import { EXIT_OK } from '../io';
import { closingStore, requireExistingStore, withUnlockedStore } from '../session';
import { readSecret, secretGiven } from '../secrets';
import { passphraseSource } from './shared';

export async function dataKey(ctx: CommandContext): Promise<number> {
  const services = ctx.createServices();
  requireExistingStore(services);
  let hex: string;
  if (secretGiven(ctx, 'KIM_RECOVERY_KEY', ctx.options['recovery-key-file'])) {
    const recoveryKey = await readSecret(ctx, {
      envVar: 'KIM_RECOVERY_KEY',
      file: ctx.options['recovery-key-file'],
      fileOption: '--recovery-key-file',
      what: 'den Wiederherstellungsschlüssel',
      question: 'Wiederherstellungsschlüssel: ',
    });
    // opens, exports and locks again by itself; the extra lock only covers a failure half-way
    hex = await closingStore(services, () => services.store.exportDataKeyWithRecoveryKey({ recoveryKey }));
  } else {
    const passphrase = await readSecret(ctx, passphraseSource(ctx));
    hex = await withUnlockedStore(services, passphrase, () => services.store.exportDataKey());
  }
  ctx.io.stdout(`${hex}\n`);
  ctx.io.stderr(
    [
      'Das ist der Datenschlüssel der Fallakte. Mit ihm lässt sich die Datei ohne Passphrase öffnen,',
      `mit SQLCipher-Werkzeugen: PRAGMA cipher_compatibility = 4; PRAGMA key = "x'…'";`,
      'Geben Sie ihn nur an die IT Ihres Arbeitgebers weiter. Die Ausgabe ist im Protokoll der Fallakte vermerkt.',
      'Sobald die IT den Schlüssel nicht mehr braucht: Erneuern Sie ihn mit „npm run kim -- rekey“ (oder in der App',
      'unter Einstellungen → Schlüssel erneuern). Danach öffnet der ausgegebene Schlüssel die Fallakte nicht mehr.',
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
