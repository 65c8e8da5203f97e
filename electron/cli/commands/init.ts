/** `init`: a new store, with its key file, and the recovery key shown once. */
import fs from 'node:fs';
import path from 'node:path';
import { KimError } from '../../contract/errors';
import type { CommandContext } from '../context';
import { EXIT_OK } from '../io';
import { presentRecoveryKey } from '../recovery';
import { closingStore, requireStrongPassphrase } from '../session';
import { readSecret } from '../secrets';

export async function init(ctx: CommandContext): Promise<number> {
  const services = ctx.createServices();
  const { store } = services;
  if (store.status().state !== 'new') throw new KimError('STORE_EXISTS'); // before asking for anything
  const userName = ctx.options.name ?? ctx.osUserName;
  const passphrase = await readSecret(ctx, {
    envVar: 'KIM_PASSPHRASE',
    file: ctx.options['passphrase-file'],
    fileOption: '--passphrase-file',
    what: 'die neue Passphrase',
    question: 'Neue Passphrase: ',
    repeat: 'Neue Passphrase wiederholen: ',
  });
  requireStrongPassphrase(passphrase, [userName]);

  fs.mkdirSync(path.dirname(ctx.dbPath), { recursive: true, mode: 0o700 });
  ctx.io.stderr('Die Fallakte wird eingerichtet. Das dauert einen Moment …\n');
  const { recoveryKey } = await store.create({ userName, passphrase });
  await closingStore(services, async () => {
    ctx.io.stdout(
      [`Die Fallakte ist eingerichtet: ${ctx.dbPath}`, `Schlüsseldatei: ${store.keyfile}`, 'Beide Dateien gehören zusammen: Sichern Sie immer beide.', ''].join(
        '\n',
      ),
    );
    await presentRecoveryKey(ctx, services, recoveryKey, ctx.io.stdout);
  });
  return EXIT_OK;
}
