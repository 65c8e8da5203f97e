/**
 * Art. 17 on request for a person who never had a case (only an Erstberatung): erased with a
 * reason, every record gone — in the tables and, decrypted page by page, in the file and its WAL
 * — the other people untouched; a person with a case is refused (their case confirms the erasure).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectPersonRecords } from '../../../db/queries/personRecords';
import { tempDir } from '../../fixtures/tempStore';
import { caseStore, codeOf } from '../cases/helpers';
import { rows } from '../seed/helpers';
import { decryptFilePages, decryptWalPages, needlesFound } from './rawPages';

describe('erasing a person without a case', () => {
  it('erases everything of theirs with a reason, keeps everyone else, and leaves no byte of their name', async () => {
    const s = await caseStore();
    const visitor = s.person({ names: [{ familyName: 'Okonkwo-Ibekwe', givenNames: 'Chidinma' }], birthDate: '1991-07-14' });
    s.intakes.record({ personId: visitor.id, date: '2026-03-10', accessRoute: 'unterkunft', targetGroupIds: [], decision: 'kurzberatung' });
    const client = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
    const opened = s.openCase({ personId: client.id });
    const sqlite = s.store.session().sqlite;
    const clientBefore = selectPersonRecords(sqlite, client.id, [opened.caseId as string]);

    expect(codeOf(() => s.erasure.erasePersonWithoutCase({ personId: client.id, reason: 'Antrag' }))).toBe('ERASURE_PERSON_HAS_CASES');
    expect(codeOf(() => s.erasure.erasePersonWithoutCase({ personId: 'gibt-es-nicht', reason: 'Antrag' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.erasure.erasePersonWithoutCase({ personId: visitor.id, reason: '  ' }))).toBe('ERASURE_REASON_REQUIRED');
    expect(selectPersonRecords(sqlite, visitor.id, []).find((t) => t.table === 'intakes')?.rows).toHaveLength(1);

    const result = s.erasure.erasePersonWithoutCase({ personId: visitor.id, reason: 'Antrag der Person vom 09.03.2026' });
    expect(result).toMatchObject({ caseNumbers: [], walTruncated: true });
    expect(selectPersonRecords(sqlite, visitor.id, []).filter((t) => t.rows.length > 0)).toEqual([]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM search_docs WHERE person_id = ?').all(visitor.id)).toEqual([{ n: 0 }]);
    expect(selectPersonRecords(sqlite, client.id, [opened.caseId as string])).toEqual(clientBefore);
    expect(rows(sqlite, 'SELECT case_numbers AS caseNumbers, reason FROM erasures')).toEqual([
      { caseNumbers: '[]', reason: 'Antrag der Person vom 09.03.2026' },
    ]);
    expect(rows(sqlite, "SELECT entity_id AS id FROM audit_log WHERE action = 'person.erased'")).toEqual([{ id: visitor.id }]);

    const dataKey = Buffer.from(s.store.exportDataKey(), 'hex');
    const dir = tempDir();
    fs.copyFileSync(s.dbPath, path.join(dir, 'k.db'));
    if (fs.existsSync(`${s.dbPath}-wal`)) fs.copyFileSync(`${s.dbPath}-wal`, path.join(dir, 'k.db-wal'));
    const pages = [...decryptFilePages(path.join(dir, 'k.db'), dataKey), ...decryptWalPages(path.join(dir, 'k.db-wal'), dataKey)];
    expect(needlesFound(pages, ['Haddad'])).toEqual(['Haddad']);
    expect(needlesFound(pages, ['Okonkwo-Ibekwe', 'Chidinma', '1991-07-14'])).toEqual([]);
  });
});
