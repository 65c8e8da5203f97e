import type { CommandContext } from '../context';
import type { SecretSource } from '../secrets';

/** The current passphrase: KIM_PASSPHRASE, --passphrase-file, or asked once. */
export function passphraseSource(ctx: CommandContext, question = 'Passphrase: '): SecretSource {
  return {
    envVar: 'KIM_PASSPHRASE',
    file: ctx.options['passphrase-file'],
    fileOption: '--passphrase-file',
    what: 'die Passphrase',
    question,
  };
}
