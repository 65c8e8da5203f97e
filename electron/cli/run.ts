/**
 * The command line, callable in-process: `runCli(argv, io)` returns the exit code. Every message
 * is German; KimErrors are reported with their own text and exit code 1, wrong calls with 2.
 */
import { KimError, errorMessages, storeFileErrors, type ErrorCode } from '../contract/errors';
import { parseCommandLine, usage, type CommandName } from './args';
import { commandContext, defaultDbFor, type CommandContext } from './context';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { changePassphrase } from './commands/changePassphrase';
import { dataKey } from './commands/dataKey';
import { init } from './commands/init';
import { merge } from './commands/merge';
import { rekey } from './commands/rekey';
import { seed } from './commands/seed';
import { stats } from './commands/stats';
import { verify } from './commands/verify';
import { backup } from './commands/backup';
import { restore } from './commands/restore';
import { erase } from './commands/erase';
import { auskunft } from './commands/auskunft';
import { handoverExport, handoverImport } from './commands/handover';

export type { CliIo, Prompt } from './io';

const COMMANDS: Record<CommandName, (ctx: CommandContext) => Promise<number>> = {
  init,
  verify,
  'change-passphrase': changePassphrase,
  'data-key': dataKey,
  rekey,
  seed,
  stats,
  merge,
  backup,
  restore,
  erase,
  auskunft,
  'handover-export': handoverExport,
  'handover-import': handoverImport,
};

/** Errors about a particular file: the message names which one. */
const ABOUT_THE_FILE: readonly ErrorCode[] = ['STORE_EXISTS', ...storeFileErrors];

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let ctx: CommandContext | undefined;
  try {
    const line = parseCommandLine(argv);
    if (line.kind === 'help') {
      if (line.explicit) {
        io.stdout(usage(defaultDbFor(io)));
        return EXIT_OK;
      }
      io.stderr(usage(defaultDbFor(io)));
      return EXIT_USAGE;
    }
    ctx = commandContext(io, line.options);
    return await COMMANDS[line.command](ctx);
  } catch (error) {
    return report(io, error, ctx);
  }
}

function report(io: CliIo, error: unknown, ctx: CommandContext | undefined): number {
  if (error instanceof CliError) {
    io.stderr(`${error.message}\n`);
    if (error.exitCode === EXIT_USAGE && ctx === undefined) io.stderr(`\n${usage(defaultDbFor(io))}`);
    return error.exitCode;
  }
  if (error instanceof KimError) {
    io.stderr(`${error.message}\n`);
    if (ctx && ABOUT_THE_FILE.includes(error.code)) io.stderr(`Datei: ${ctx.dbPath}\n`);
    return EXIT_FAILURE;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr(`${errorMessages.INTERNAL}\nTechnische Angabe: ${detail}\n`);
  return EXIT_FAILURE;
}
