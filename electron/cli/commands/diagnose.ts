/**
 * `diagnose`: writes a diagnostics file for IT (issue 16) — versions, the store's size and schema
 * version, settings from an explicit allow-list, and the diagnostics log. It holds no personal
 * data: no names, no texts, no paths (a path can name the user: C:\Users\<name>\…).
 *
 * Without a passphrase it still writes versions, the store's size and the log, which is what IT
 * usually has. The schema version and the settings sit inside the encrypted store: they are read,
 * read-only as `verify` does, only when a passphrase is given through KIM_PASSPHRASE or
 * --passphrase-file; nobody is asked for one, so IT can run it unattended.
 */
import fs from 'node:fs';
import path from 'node:path';
import { engineVersions } from '../../../db/engineVersions';
import { knownMigrations, schemaVersion } from '../../../db/migrate';
import { readSetting } from '../../../db/queries/settings';
import { logDirFor, logFilesIn } from '../../services/diagnostics/log';
import { APP_VERSION } from '../../services/statistics/appVersion';
import { keyfilePath } from '../../services/store/keyfile';
import type { CommandContext } from '../context';
import { CliError, EXIT_OK, usageError } from '../io';
import { readSecret, secretGiven } from '../secrets';
import { passphraseSource } from './shared';

/**
 * The settings IT may see: numbers, switches and dates of the app's own behaviour. An allow-list,
 * so a setting added later (a name, a unit, a roster) stays out until someone decides otherwise.
 */
export const DIAGNOSE_SETTINGS = [
  'autoLockMinutes',
  'reassessmentMonths',
  'retention.years',
  'backupReminderDays',
  'lastBackupAt',
  'recoveryKeyConfirmedAt',
  'auditAnchorWritten',
  'demoData',
] as const;

export async function diagnose(ctx: CommandContext): Promise<number> {
  const out = ctx.options.out;
  if (out === undefined) throw usageError('Bitte geben Sie mit --out an, wohin die Diagnosedatei geschrieben wird, z. B. --out diagnose.json.');
  const target = path.resolve(ctx.cwd, out);
  const now = ctx.io.services?.now?.() ?? new Date();

  const report = {
    format: 'kim-diagnose',
    formatVersion: 1,
    createdAt: now.toISOString(),
    versions: versions(),
    store: { ...(await storeFacts(ctx)) },
    log: logContents(ctx.dbPath),
  };
  try {
    fs.writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError('Die Zieldatei gibt es schon. Bitte wählen Sie einen anderen Namen.');
    throw new CliError('Die Diagnosedatei konnte nicht geschrieben werden. Bitte prüfen Sie den Ordner und den freien Speicherplatz.');
  }
  ctx.io.stdout(`Diagnosedatei geschrieben: ${out}\n`);
  if (report.store.schema === undefined && report.store.exists) {
    ctx.io.stdout('Schema-Version und Einstellungen fehlen: Sie stehen in der verschlüsselten Fallakte und brauchen die Passphrase\n');
    ctx.io.stdout('(KIM_PASSPHRASE oder --passphrase-file).\n');
  }
  ctx.io.stdout('Die Datei enthält keine Namen, Texte oder Dateipfade. Sie können sie an Ihre IT geben.\n');
  return EXIT_OK;
}

function versions() {
  return {
    app: APP_VERSION,
    electron: process.versions.electron ?? null,
    node: process.versions.node,
    ...engineVersions(),
    platform: process.platform,
    arch: process.arch,
  };
}

interface StoreFacts {
  exists: boolean;
  bytes?: number;
  keyFile?: boolean;
  schema?: { applied: number; known: number; latestTag: string | null };
  /** The scheme the file is read with, e.g. sqlcipher 4. */
  encryption?: string;
  settings?: Record<string, string | number | boolean | null>;
}

async function storeFacts(ctx: CommandContext): Promise<StoreFacts> {
  const stat = fs.statSync(ctx.dbPath, { throwIfNoEntry: false });
  if (!stat?.isFile()) return { exists: false };
  const facts: StoreFacts = { exists: true, bytes: stat.size, keyFile: fs.existsSync(keyfilePath(ctx.dbPath)) };
  if (!secretGiven(ctx, 'KIM_PASSPHRASE', ctx.options['passphrase-file'])) return facts;
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  return ctx.createServices().store.inspect({ passphrase }, ({ sqlite, db }) => {
    const version = schemaVersion(sqlite, ctx.migrationsFolder);
    const settings: Record<string, string | number | boolean | null> = {};
    for (const key of DIAGNOSE_SETTINGS) settings[key] = harmless(readSetting(db, key));
    return {
      ...facts,
      schema: { applied: version.applied, known: knownMigrations(ctx.migrationsFolder).length, latestTag: version.latestTag ?? null },
      encryption: `${String(sqlite.pragma('cipher', { simple: true }))} ${String(sqlite.pragma('legacy', { simple: true }))}`,
      settings,
    };
  });
}

/** Numbers, switches and ISO dates as they are; anything else only as "set". */
function harmless(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/.test(value)) return value;
  return 'gesetzt';
}

/** The log files' names, sizes and lines (they hold no personal data, see diagnostics/log.ts). */
function logContents(dbPath: string) {
  return logFilesIn(logDirFor(dbPath))
    .filter((file) => fs.existsSync(file))
    .map((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return { file: path.basename(file), bytes: Buffer.byteLength(text), lines: text.split('\n').filter((line) => line !== '') };
    });
}
