/**
 * `rekey` ("Schlüssel erneuern"): the store is re-encrypted under a new data key. Afterwards a
 * data key handed out earlier (`data-key`) and old key files no longer open it. The passphrase
 * stays; the recovery key is new and shown once, like at `init`.
 */
import type { CommandContext } from '../context';
import { EXIT_OK } from '../io';
import { presentRecoveryKey } from '../recovery';
import { requireExistingStore, withUnlockedStore } from '../session';
import { readSecret } from '../secrets';
import { passphraseSource } from './shared';

export async function rekey(ctx: CommandContext): Promise<number> {
  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  await withUnlockedStore(services, passphrase, async () => {
    ctx.io.stderr('Der Schlüssel wird erneuert: Die Fallakte wird neu verschlüsselt. Das dauert einen Moment …\n');
    const { recoveryKey } = await services.store.rekey({ passphrase });
    ctx.io.stdout(
      [
        'Der Schlüssel der Fallakte ist erneuert. Ein früher ausgegebener Datenschlüssel und alte Kopien',
        'der Schlüsseldatei öffnen die Fallakte nicht mehr. Ihre Passphrase bleibt gleich.',
        'Der bisherige Wiederherstellungsschlüssel gilt nicht mehr; hier ist der neue.',
        '',
      ].join('\n'),
    );
    await presentRecoveryKey(ctx, services, recoveryKey, ctx.io.stdout);
  });
  return EXIT_OK;
}
