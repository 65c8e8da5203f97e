/** `change-passphrase`: the data key is re-wrapped under the new passphrase; the old one stops working. */
import { KimError } from '../../contract/errors';
import { assessPassphrase } from '../../contract/passphrasePolicy';
import type { CommandContext } from '../context';
import { EXIT_OK } from '../io';
import { requireExistingStore, requireStrongPassphrase, weakPassphrase, withUnlockedStore } from '../session';
import { readSecret } from '../secrets';
import { passphraseSource } from './shared';

export async function changePassphrase(ctx: CommandContext): Promise<number> {
  const services = ctx.createServices();
  requireExistingStore(services);
  const current = await readSecret(ctx, passphraseSource(ctx, 'Bisherige Passphrase: '));
  const next = await readSecret(ctx, {
    envVar: 'KIM_NEW_PASSPHRASE',
    file: ctx.options['new-passphrase-file'],
    fileOption: '--new-passphrase-file',
    what: 'die neue Passphrase',
    question: 'Neue Passphrase: ',
    repeat: 'Neue Passphrase wiederholen: ',
  });
  if (next === current) throw new KimError('SAME_PASSPHRASE');
  requireStrongPassphrase(next, []);

  await withUnlockedStore(services, current, async () => {
    try {
      await services.store.changePassphrase({ current, next });
    } catch (error) {
      // the service also weighs the user's name, which the early check could not know
      if (error instanceof KimError && error.code === 'WEAK_PASSPHRASE') throw weakPassphrase(assessPassphrase(next).hints);
      throw error;
    }
  });
  ctx.io.stdout('Die Passphrase wurde geändert. Ab jetzt gilt nur noch die neue.\n');
  return EXIT_OK;
}
