/**
 * Where secrets come from, in this order: an environment variable, a file (its first line), a
 * hidden prompt when a person is at the terminal. Never a command-line argument (see args.ts).
 * Secrets are returned to the caller and never written anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError, EXIT_USAGE, type CliIo } from './io';

export interface SecretSource {
  /** e.g. KIM_PASSPHRASE */
  envVar: string;
  /** The value of the file option, if given, and its name for messages. */
  file: string | undefined;
  fileOption: string;
  /** What it is, in a German sentence: "die Passphrase". */
  what: string;
  /** The prompt's question; with `repeat`, asked twice and both answers must match. */
  question: string;
  repeat?: string;
}

export interface SecretContext {
  io: CliIo;
  cwd: string;
}

export async function readSecret(ctx: SecretContext, source: SecretSource): Promise<string> {
  const fromEnv = ctx.io.env[source.envVar];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (source.file !== undefined) return readSecretFile(ctx, source);
  const prompt = ctx.io.prompt;
  if (!prompt) {
    throw new CliError(
      [
        `Bitte geben Sie ${source.what} an. Hier kann nicht danach gefragt werden, weil keine Eingabe am Terminal möglich ist.`,
        `Möglich sind die Umgebungsvariable ${source.envVar} oder ${source.fileOption} DATEI (erste Zeile der Datei).`,
      ].join('\n'),
      EXIT_USAGE,
    );
  }
  const first = await prompt(source.question, { hidden: true });
  if (first === '') throw new CliError(`Es wurde keine Eingabe gemacht. Es wurde nichts geändert.`);
  if (source.repeat !== undefined) {
    const second = await prompt(source.repeat, { hidden: true });
    if (second !== first) throw new CliError('Die beiden Eingaben stimmen nicht überein. Es wurde nichts geändert.');
  }
  return first;
}

/** True when a source for this secret was given (environment or file), without reading it. */
export function secretGiven(ctx: SecretContext, envVar: string, file: string | undefined): boolean {
  const fromEnv = ctx.io.env[envVar];
  return (fromEnv !== undefined && fromEnv !== '') || file !== undefined;
}

function readSecretFile(ctx: SecretContext, source: SecretSource): string {
  const file = path.resolve(ctx.cwd, source.file!);
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Die Datei für ${source.fileOption} kann nicht gelesen werden: ${file}`);
  }
  warnIfOthersCanRead(ctx, file);
  const firstLine = content
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]!
    .replace(/\r$/, '');
  if (firstLine === '') throw new CliError(`Die erste Zeile der Datei ${file} ist leer; dort wird ${source.what} erwartet.`);
  return firstLine;
}

function warnIfOthersCanRead(ctx: SecretContext, file: string): void {
  if (process.platform === 'win32') return; // permissions there are ACLs, not mode bits
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) {
      ctx.io.stderr(`Hinweis: Die Datei ${file} können auch andere Benutzer lesen. Besser: chmod 600 oder die Datei danach löschen.\n`);
    }
  } catch {
    // read a moment ago; nothing to add
  }
}
