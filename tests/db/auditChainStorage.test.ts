/**
 * Issue 13: a chain link stores its hash as the 32 bytes, not as 64 hex characters. Links written
 * before stay hex text (the table is insert-only), and a chain of both kinds verifies as one.
 */
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../db/queries/audit';
import { chainHash, chainHashAt, chainHead, verifyAuditChain } from '../../db/queries/auditChain';
import { openMigratedTo, allMigrationTags } from '../fixtures/migrations';

const latest = () => allMigrationTags().at(-1)!;
const at = new Date('2026-11-23T09:30:00.000Z');
const links = (sqlite: import('better-sqlite3').Database) =>
  sqlite.prepare('SELECT entry_id AS id, typeof(hash) AS kind, length(hash) AS bytes FROM audit_chain ORDER BY entry_id').all();

describe('audit chain links, stored as bytes', () => {
  it('stores each new link as its 32 bytes and reads it as the hex the chain and the key file use', () => {
    const { sqlite, db } = openMigratedTo(latest());
    for (let i = 1; i <= 3; i += 1) appendAudit(db, { actor: 'A. Beispiel', action: 'case.opened', entity: 'case', entityId: `c${i}` }, at);
    expect(links(sqlite)).toEqual([1, 2, 3].map((id) => ({ id, kind: 'blob', bytes: 32 })));
    const entry = (id: number) => ({ id, at: at.toISOString(), actor: 'A. Beispiel', action: 'case.opened', entity: 'case', entityId: `c${id}` });
    const first = chainHash(null, entry(1));
    const third = chainHash(chainHash(first, entry(2)), entry(3));
    expect(chainHashAt(sqlite, 1)).toBe(first);
    expect(chainHead(sqlite)).toEqual({ entryId: 3, hash: third });
    expect(verifyAuditChain(sqlite, { entryId: 3, hash: third })).toMatchObject({ entries: 3, problem: null, head: { entryId: 3, hash: third } });
    sqlite.close();
  });

  it('a chain begun as hex text (before issue 13) goes on in bytes and verifies as one; a link changed by hand is found', () => {
    const { sqlite, db } = openMigratedTo(latest());
    const insertEntry = sqlite.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, 'A', 'x', 'case', ?)");
    const insertHexLink = sqlite.prepare('INSERT INTO audit_chain (entry_id, hash) VALUES (?, ?)'); // as written before
    let previous: string | null = null;
    for (let id = 1; id <= 2; id += 1) {
      insertEntry.run(at.toISOString(), `c${id}`);
      previous = chainHash(previous, { id, at: at.toISOString(), actor: 'A', action: 'x', entity: 'case', entityId: `c${id}` });
      insertHexLink.run(id, previous);
    }
    appendAudit(db, { actor: 'A', action: 'x', entity: 'case', entityId: 'c3' }, at);
    expect(links(sqlite)).toEqual([
      { id: 1, kind: 'text', bytes: 64 },
      { id: 2, kind: 'text', bytes: 64 },
      { id: 3, kind: 'blob', bytes: 32 },
    ]);
    const head = chainHead(sqlite)!;
    expect(head.hash).toBe(chainHash(previous, { id: 3, at: at.toISOString(), actor: 'A', action: 'x', entity: 'case', entityId: 'c3' }));
    expect(verifyAuditChain(sqlite, head)).toMatchObject({ entries: 3, problem: null });

    // Someone with the key rewrites the first link by hand (triggers off): the walk names it.
    sqlite.exec('DROP TRIGGER audit_chain_no_update');
    sqlite.prepare("UPDATE audit_chain SET hash = 'zz' WHERE entry_id = 1").run();
    expect(verifyAuditChain(sqlite, head).problem).toMatchObject({ kind: 'changed', entryId: 1 });
    sqlite.close();
  });
});
