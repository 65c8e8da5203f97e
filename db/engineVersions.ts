/** The versions of the SQL engine this build runs on (SQLite and its cipher library), for diagnostics. */
import Database from 'better-sqlite3';

export function engineVersions(): { sqlite: string; cipher: string | null } {
  const probe = new Database(':memory:');
  try {
    let cipher: string | null = null;
    try {
      cipher = String(probe.prepare('SELECT sqlite3mc_version()').pluck().get());
    } catch {
      // A build without SQLite3 Multiple Ciphers has no such function.
    }
    return { sqlite: String(probe.prepare('SELECT sqlite_version()').pluck().get()), cipher };
  } finally {
    probe.close();
  }
}
