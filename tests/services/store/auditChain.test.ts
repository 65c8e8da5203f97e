/**
 * The audit log shows tampering: changes made with direct SQL (triggers dropped, as anyone holding
 * the data key can) are found by `kim verify`, which names the first broken entry and fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyCipherKey } from '../../../db/open';
import { chainHash } from '../../../db/queries/auditChain';
import { readKeyfile, writeKeyfile } from '../../../electron/services/store/keyfile';
import { kim } from '../../cli/helpers';
import { createdStore, GOOD_PASSPHRASE, tempDir, testServices } from '../../fixtures/tempStore';

const withPassphrase = { env: { KIM_PASSPHRASE: GOOD_PASSPHRASE } };

const TRIGGERS = `
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit_chain is insert-only'); END;
  CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit_chain is insert-only'); END;`;

/** A closed store with ten entries: 1 store.created, 2–8 test entries, 9 data_key.exported, 10 store.locked. */
async function closedStore() {
  const { store, dbPath } = await createdStore();
  for (let i = 1; i <= 7; i += 1) store.audit(`test.step${i}`, 'person', `p${i}`);
  const dataKey = Buffer.from(store.exportDataKey(), 'hex');
  store.lock('manual');
  return { dbPath, dataKey };
}

/** What someone with the data key and an SQLCipher tool can do: triggers off, edit, triggers back. */
function tamper(dbPath: string, dataKey: Buffer, work: (sqlite: Database.Database) => void) {
  const sqlite = new Database(dbPath, { fileMustExist: true });
  applyCipherKey(sqlite, dataKey);
  sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_chain_no_update; DROP TRIGGER audit_chain_no_delete;');
  work(sqlite);
  sqlite.exec(TRIGGERS);
  sqlite.close();
}

type Entry = { id: number; at: string; actor: string; action: string; entity: string; entityId: string | null };
const entries = (sqlite: Database.Database) =>
  sqlite.prepare('SELECT id, at, actor, action, entity, entity_id AS entityId FROM audit_log ORDER BY id').all() as Entry[];

/** The chain recomputed from scratch over the entries as they are now (an attacker who read the code). */
function rechain(sqlite: Database.Database) {
  sqlite.exec('DELETE FROM audit_chain');
  let previous: string | null = null;
  for (const entry of entries(sqlite)) {
    previous = chainHash(previous, entry);
    sqlite.prepare('INSERT INTO audit_chain (entry_id, hash) VALUES (?, ?)').run(entry.id, previous);
  }
}

async function verify(dbPath: string) {
  return kim(['verify', '--db', dbPath], withPassphrase);
}

function atOf(dbPath: string, dataKey: Buffer, id: number): string {
  const sqlite = new Database(dbPath, { fileMustExist: true, readonly: true });
  applyCipherKey(sqlite, dataKey);
  const at = sqlite.prepare('SELECT at FROM audit_log WHERE id = ?').pluck().get(id) as string;
  sqlite.close();
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}, ${two(d.getHours())}:${two(d.getMinutes())} Uhr`;
}

describe('the audit chain', () => {
  it('verifies an untouched log, chained entry by entry, with its head anchored in the key file', async () => {
    const { dbPath } = await closedStore();
    const run = await verify(dbPath);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Protokoll (Kette über 10 Einträge): in Ordnung');
    expect(run.stdout).toContain('Ergebnis: Die Fallakte ist in Ordnung.');
    expect(readKeyfile(`${dbPath}.keys`).auditAnchor).toMatchObject({ entryId: 10 });
  });

  it('finds an entry deleted from the middle, with its chain link', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) => s.exec('DELETE FROM audit_log WHERE id = 5; DELETE FROM audit_chain WHERE entry_id = 5;'));
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(`Vor Eintrag Nr. 6 vom ${atOf(dbPath, dataKey, 6)}`);
    expect(run.stdout).toContain('wurden Einträge gelöscht');
    expect(run.stdout).toContain('NICHT in Ordnung');
  });

  it('finds an entry deleted with its chain link left behind', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) => s.exec('DELETE FROM audit_log WHERE id = 9'));
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('Eintrag Nr. 9 wurde gelöscht.');
  });

  it('finds an edited entry (actor renamed) and names it', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) => s.exec("UPDATE audit_log SET actor = 'Jemand anderes' WHERE id = 4"));
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(`Eintrag Nr. 4 vom ${atOf(dbPath, dataKey, 4)} wurde verändert`);
  });

  it('finds two entries whose times were swapped', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) => {
      const [a, b] = [3, 6].map((id) => s.prepare('SELECT at FROM audit_log WHERE id = ?').pluck().get(id));
      s.prepare('UPDATE audit_log SET at = ? WHERE id = 3').run(b);
      s.prepare('UPDATE audit_log SET at = ? WHERE id = 6').run(a);
    });
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/Eintrag Nr\. 3 vom .* wurde verändert oder an eine andere Stelle verschoben/);
  });

  it('finds two entries whose ids were swapped (reordered)', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) =>
      s.exec('UPDATE audit_log SET id = -1 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = 7; UPDATE audit_log SET id = 7 WHERE id = -1;'),
    );
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/Eintrag Nr\. 3 vom .* wurde verändert oder an eine andere Stelle verschoben/);
  });

  it('finds the last entries cut off (with their links): the key file vouches for more', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) => s.exec('DELETE FROM audit_log WHERE id > 7; DELETE FROM audit_chain WHERE entry_id > 7;'));
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(
      `Das Protokoll endet mit Eintrag Nr. 7 vom ${atOf(dbPath, dataKey, 7)}, die Schlüsseldatei bestätigt aber Einträge bis Nr. 10`,
    );
  });

  it('finds an entry added with direct SQL and no link', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) =>
      s.exec("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-11-23T10:00:00.000Z', 'X', 'store.unlocked', 'store')"),
    );
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('Eintrag Nr. 11 vom 23.11.2026');
    expect(run.stdout).toContain('gehört nicht zur Kette');
  });

  it('finds entries deleted and the whole chain recomputed (the anchored entry no longer matches)', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) => {
      s.exec("DELETE FROM audit_log WHERE action = 'data_key.exported'");
      s.exec("UPDATE audit_log SET id = id - 1 WHERE id = 10; UPDATE sqlite_sequence SET seq = 9 WHERE name = 'audit_log'");
      s.exec("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-11-23T10:00:00.000Z', 'Test Beraterin', 'store.unlocked', 'store')");
      rechain(s);
    });
    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('Eintrag Nr. 10 vom 23.11.2026');
    expect(run.stdout).toContain('ist nicht der Eintrag, den die Schlüsseldatei bestätigt');
  });

  it('finds a database rolled back to an older copy beside the newer key file, and the unlock does not seal it over', async () => {
    const { dbPath } = await closedStore();
    const older = path.join(tempDir(), 'older.db');
    fs.copyFileSync(dbPath, older);
    const { store } = testServices({ dbPath });
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    store.audit('test.later', 'person', 'p9');
    store.lock('manual');
    expect(readKeyfile(`${dbPath}.keys`).auditAnchor?.entryId).toBe(13);
    fs.copyFileSync(older, dbPath);

    const run = await verify(dbPath);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('Das Protokoll endet mit Eintrag Nr. 10');
    expect(run.stdout).toContain('bestätigt aber Einträge bis Nr. 13');

    // Working on with the old copy: the anchor stays where it was, the finding stays visible.
    const again = testServices({ dbPath }).store;
    await again.unlock({ passphrase: GOOD_PASSPHRASE });
    for (let i = 0; i < 4; i += 1) again.audit('test.after_rollback', 'person', 'p1');
    again.lock('manual');
    expect(readKeyfile(`${dbPath}.keys`).auditAnchor?.entryId).toBe(13);
    const later = await verify(dbPath);
    expect(later.code).not.toBe(0);
    expect(later.stdout).toContain('Eintrag Nr. 13 vom');
    expect(later.stdout).toContain('ist nicht der Eintrag, den die Schlüsseldatei bestätigt');
  });

  it('finds an anchor changed in the key file without the data key, and one removed from it', async () => {
    const { dbPath } = await closedStore();
    const file = `${dbPath}.keys`;
    const original = readKeyfile(file);
    const anchor = original.auditAnchor!;
    writeKeyfile(file, { ...original, auditAnchor: { ...anchor, entryId: 7 } }, { exclusive: false });
    const forged = await verify(dbPath);
    expect(forged.code).not.toBe(0);
    expect(forged.stdout).toContain('ist nicht echt');

    const { auditAnchor: _, ...stripped } = original;
    writeKeyfile(file, stripped, { exclusive: false });
    const missing = await verify(dbPath);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toContain('Der Anker des Protokolls fehlt in der Schlüsseldatei');
  });

  it('never anchors an entry that was rolled back with its transaction', async () => {
    const { store, dbPath } = await createdStore();
    expect(() =>
      store.session().sqlite.transaction(() => {
        store.audit('test.undone', 'person', 'p1');
        throw new Error('undo');
      })(),
    ).toThrow('undo');
    await new Promise((resolve) => setImmediate(resolve));
    store.audit('test.kept', 'person', 'p1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(readKeyfile(`${dbPath}.keys`).auditAnchor?.entryId).toBe(2);
    store.lock('manual');
    const run = await verify(dbPath);
    expect(run.code, run.stdout).toBe(0);
  });

  it('chains a store from before the chain once at unlock and writes its first anchor', async () => {
    const { dbPath, dataKey } = await closedStore();
    tamper(dbPath, dataKey, (s) => s.exec("DELETE FROM audit_chain; DELETE FROM settings WHERE key = 'auditAnchorWritten'"));
    const { auditAnchor: _, ...oldKeyfile } = readKeyfile(`${dbPath}.keys`);
    writeKeyfile(`${dbPath}.keys`, oldKeyfile, { exclusive: false });

    const before = await verify(dbPath);
    expect(before.code, before.stdout).toBe(0);
    expect(before.stdout).toContain('noch nicht verkettet');

    const { store } = testServices({ dbPath });
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    store.lock('manual');
    expect(readKeyfile(`${dbPath}.keys`).auditAnchor?.entryId).toBe(12);
    const after = await verify(dbPath);
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain('Protokoll (Kette über 12 Einträge): in Ordnung');
  });

  it('carries the anchor over to the new key when the data key is rotated', async () => {
    const { store, dbPath } = await createdStore();
    store.audit('test.before_rekey', 'person', 'p1');
    const before = readKeyfile(`${dbPath}.keys`).auditAnchor;
    await store.rekey({ passphrase: GOOD_PASSPHRASE });
    const after = readKeyfile(`${dbPath}.keys`).auditAnchor;
    expect(after?.entryId).toBeGreaterThan(before?.entryId ?? 0);
    expect(after?.mac).not.toBe(before?.mac);
    store.audit('test.after_rekey', 'person', 'p1');
    store.lock('manual');
    const run = await verify(dbPath);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Protokoll (Kette über');
  });
});

describe('the audit chain in the background check after unlock', () => {
  it('reports the first broken entry in store health, and nothing for an untouched log', async () => {
    const { dbPath, dataKey } = await closedStore();
    const intact = testServices({ dbPath }).store;
    await intact.unlock({ passphrase: GOOD_PASSPHRASE });
    intact.startIntegrityCheck();
    await intact.integrityCheckFinished();
    expect(intact.health()).toEqual({ integrity: 'ok', rekeyRecommended: true });
    intact.lock('manual');

    tamper(dbPath, dataKey, (s) => s.exec("UPDATE audit_log SET action = 'store.unlocked' WHERE id = 9"));
    const { store } = testServices({ dbPath });
    const heard: string[] = [];
    store.onIntegrityChecked((state) => heard.push(state));
    await store.unlock({ passphrase: GOOD_PASSPHRASE });
    store.startIntegrityCheck();
    await store.integrityCheckFinished();
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['ok']);
    expect(store.health().auditChainProblem).toBe(
      `Eintrag Nr. 9 vom ${atOf(dbPath, dataKey, 9)} wurde verändert oder an eine andere Stelle verschoben (oder ein Eintrag direkt davor entfernt).`,
    );
    store.lock('manual');
  });
});
