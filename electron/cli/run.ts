/**
 * The command line, callable in-process: `runCli(argv, io)` returns the exit code. Every message
 * is German; KimErrors are reported with their own text and exit code 1, wrong calls with 2.
 */
import path from 'node:path';
import { KimError, errorMessages, storeFileErrors, type ErrorCode } from '../contract/errors';
import { parseCommandLine, usage, type CommandName } from './args';
import { defaultDbForUsage } from './defaultDb';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import type { CommandContext } from './context';

export type { CliIo, Prompt } from './io';

type Command = (ctx: CommandContext) => Promise<number>;

/**
 * Each command's module is loaded when it runs: the services, drizzle, exceljs and pdfkit cost
 * seconds to load, and `--help` or a wrong call needs none of them.
 */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  init: async () => (await import('./commands/init')).init,
  verify: async () => (await import('./commands/verify')).verify,
  'change-passphrase': async () => (await import('./commands/changePassphrase')).changePassphrase,
  'data-key': async () => (await import('./commands/dataKey')).dataKey,
  rekey: async () => (await import('./commands/rekey')).rekey,
  seed: async () => (await import('./commands/seed')).seed,
  stats: async () => (await import('./commands/stats')).stats,
  merge: async () => (await import('./commands/merge')).merge,
  backup: async () => (await import('./commands/backup')).backup,
  restore: async () => (await import('./commands/restore')).restore,
  erase: async () => (await import('./commands/erase')).erase,
  auskunft: async () => (await import('./commands/auskunft')).auskunft,
  'handover-export': async () => (await import('./commands/handover')).handoverExport,
  'handover-import': async () => (await import('./commands/handover')).handoverImport,
  'unit-key': async () => (await import('./commands/unitKey')).unitKey,
  roster: async () => (await import('./commands/roster')).roster,
  diagnose: async () => (await import('./commands/diagnose')).diagnose,
};

/** Errors about a particular file: the message names which one. */
const ABOUT_THE_FILE: readonly ErrorCode[] = ['STORE_EXISTS', ...storeFileErrors];

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let ctx: CommandContext | undefined;
  try {
    const line = parseCommandLine(argv);
    if (line.kind === 'help') {
      if (line.explicit) {
        io.stdout(usage(defaultDbForUsage(io)));
        return EXIT_OK;
      }
      io.stderr(usage(defaultDbForUsage(io)));
      return EXIT_USAGE;
    }
    const [{ commandContext }, command] = await Promise.all([import('./context'), COMMANDS[line.command]()]);
    ctx = commandContext(io, line.options);
    return await command(ctx);
  } catch (error) {
    return await report(io, error, ctx);
  }
}

async function report(io: CliIo, error: unknown, ctx: CommandContext | undefined): Promise<number> {
  if (error instanceof CliError) {
    io.stderr(`${error.message}\n`);
    if (error.exitCode === EXIT_USAGE && ctx === undefined) io.stderr(`\n${usage(defaultDbForUsage(io))}`);
    return error.exitCode;
  }
  if (error instanceof KimError) {
    io.stderr(`${error.message}\n`);
    if (ctx && ABOUT_THE_FILE.includes(error.code)) io.stderr(`Datei: ${ctx.dbPath}\n`);
    return EXIT_FAILURE;
  }
  const refused = await refusedWrite(error, ctx);
  if (refused) {
    io.stderr(`${refused}\n`);
    return EXIT_FAILURE;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr(`${errorMessages.INTERNAL}\nTechnische Angabe: ${detail}\n`);
  return EXIT_FAILURE;
}

const OUTPUT_FULL =
  'Die Datei konnte nicht geschrieben werden: Auf ihrem Laufwerk ist kein Platz mehr frei. Bitte schaffen Sie dort Platz oder wählen Sie einen anderen Ort, und rufen Sie den Befehl dann noch einmal auf.';
const OUTPUT_READ_ONLY =
  'Die Datei konnte nicht geschrieben werden: Ihr Laufwerk ist schreibgeschützt. Bitte wählen Sie einen anderen Ort und rufen Sie den Befehl dann noch einmal auf.';

/**
 * A write the drive refused, said as such: it was "ein unerwarteter Fehler … noch einmal" (issue
 * 17, the I/O-fault soak). Node's own errors (they carry an errno) come from a file the command
 * writes, on whatever drive it was told; SQLite's come from the store and get the app's text.
 */
async function refusedWrite(error: unknown, ctx: CommandContext | undefined): Promise<string | null> {
  if (!ctx) return null; // no command ran: nothing was written
  const { storageError } = await import('../../db/storageErrors'); // loaded only here: `kim --help` stays instant
  const storage = storageError(error, path.dirname(ctx.dbPath));
  const { errno, code } = error as NodeJS.ErrnoException;
  if (!storage || typeof errno !== 'number') return storage?.message ?? null;
  // EACCES may be a file the command reads: not said to be a write
  if (code === 'EACCES') return null;
  return storage.code === 'STORAGE_FULL' ? OUTPUT_FULL : OUTPUT_READ_ONLY;
}
