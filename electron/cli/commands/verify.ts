/**
 * `verify`: checks the passphrase, opens the database read-only and runs the full integrity
 * check and the audit log's hash chain against the key file's anchor; reports schema version and
 * encryption. It changes nothing, not even the audit log, so
 * it can be run on a backup: the file stays byte for byte as it was.
 */
import type Database from 'better-sqlite3';
import { integrityCheck } from '../../../db/open';
import { knownMigrations, schemaVersion } from '../../../db/migrate';
import type { CommandContext } from '../context';
import { EXIT_FAILURE, EXIT_OK } from '../io';
import { requireExistingStore } from '../session';
import { readSecret } from '../secrets';
import { passphraseSource } from './shared';
import { checkAuditChain, AUDIT_ANCHORED_SETTING } from '../../services/store/auditAnchor';
import { auditReportLines } from '../../services/store/auditChainText';
import { readSetting } from '../../../db/queries/settings';

const MAX_PROBLEMS_SHOWN = 20;

export async function verify(ctx: CommandContext): Promise<number> {
  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  const out = ctx.io.stdout;
  return services.store.inspect({ passphrase }, ({ sqlite, db }, { auditAnchor }) => {
    out(`Fallakte: ${ctx.dbPath}\n`);

    const problems = integrityProblems(sqlite);
    if (problems.length === 0) {
      out('Vollständige Prüfung (integrity_check): in Ordnung\n');
    } else {
      out(`Vollständige Prüfung (integrity_check): ${problems.length} Problem(e) gefunden:\n`);
      for (const problem of problems.slice(0, MAX_PROBLEMS_SHOWN)) out(`  – ${problem}\n`);
      if (problems.length > MAX_PROBLEMS_SHOWN) out(`  … und ${problems.length - MAX_PROBLEMS_SHOWN} weitere\n`);
    }

    const version = schemaVersion(sqlite, ctx.migrationsFolder);
    const known = knownMigrations(ctx.migrationsFolder).length;
    out(`Schema-Version: ${version.applied} von ${known} Migrationen angewendet, neueste: ${version.latestTag ?? 'unbekannt'}\n`);

    const cipher = cipherSettings(sqlite);
    const sqlcipher4 = cipher.cipher === 'sqlcipher' && cipher.legacy === '4';
    out(`Verschlüsselung: ${sqlcipher4 ? 'SQLCipher 4' : `unerwartet (${cipher.cipher} ${cipher.legacy})`}\n`);

    // The audit chain (auditChain.ts) against the key file's anchor: the first broken entry.
    let auditIntact = true;
    try {
      const audit = checkAuditChain(sqlite, auditAnchor, readSetting(db, AUDIT_ANCHORED_SETTING) === true);
      for (const line of auditReportLines(audit)) out(`${line}\n`);
      auditIntact = audit.state !== 'broken';
    } catch (error) {
      out(`Protokoll: Die Prüfung brach ab: ${error instanceof Error ? error.message : String(error)}\n`);
      auditIntact = false;
    }

    if (problems.length === 0 && sqlcipher4 && auditIntact) {
      out('Ergebnis: Die Fallakte ist in Ordnung.\n');
      return EXIT_OK;
    }
    out('Ergebnis: Die Fallakte ist NICHT in Ordnung. Bitte arbeiten Sie nicht weiter damit und wenden Sie sich an Ihre IT.\n');
    return EXIT_FAILURE;
  });
}

function integrityProblems(sqlite: Database.Database): string[] {
  try {
    return integrityCheck(sqlite).filter((line) => line !== 'ok');
  } catch (error) {
    return [`Die Prüfung brach ab: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** The cipher this connection reads the file with; the file opened and checked with it. */
function cipherSettings(sqlite: Database.Database): { cipher: string; legacy: string } {
  return {
    cipher: String(sqlite.pragma('cipher', { simple: true })),
    legacy: String(sqlite.pragma('legacy', { simple: true })),
  };
}
