import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';
import { searchHits as hits, seedSearchRecords } from '../../fixtures/searchRecords';

function migrated() {
  const before = openMigratedTo('0007_consultation_still_waiting');
  seedSearchRecords(before.sqlite);
  const indexed = before.sqlite.prepare('SELECT kind, ref_id, person_id, case_id, title, body, alt FROM search_index ORDER BY kind, ref_id').all();
  before.sqlite.close();
  return { indexed, ...openMigratedTo('0008_search_index_documents', before.file, before.dataKey) };
}

describe('migration 0008_search_index_documents', () => {
  it('carries every indexed record over, and the search finds the same as before', () => {
    const { sqlite, indexed } = migrated();
    expect(sqlite.prepare('SELECT kind, ref_id, person_id, case_id, title, body, alt FROM search_docs ORDER BY kind, ref_id').all()).toEqual(indexed);
    expect(sqlite.prepare('SELECT kind, ref_id, person_id, case_id, title, body, alt FROM search_index ORDER BY kind, ref_id').all()).toEqual(indexed);
    expect(hits(sqlite, '"yilmaz"')).toEqual([{ kind: 'person', refId: 'p1' }]);
    expect(hits(sqlite, '"wohnung"*')).toEqual([
      { kind: 'goal', refId: 'g1' },
      { kind: 'note', refId: 'k1' },
    ]);
    // FTS5's own consistency check of the index against its content table.
    expect(() => sqlite.exec("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    sqlite.close();
  });

  it('keeps the index current on insert, update and delete, finding the record by its key instead of reading the whole index', () => {
    const { sqlite } = migrated();
    sqlite.exec("UPDATE person_names SET family_name = 'Karimi' WHERE id = 'n3'");
    expect(hits(sqlite, '"haddad"')).toEqual([]);
    expect(hits(sqlite, '"karimi"')).toEqual([{ kind: 'person', refId: 'p2' }]);
    sqlite.exec("INSERT INTO person_names (id, person_id, family_name, given_names, is_primary) VALUES ('n4', 'p2', 'Kerimi', 'Omer', 0)");
    expect(hits(sqlite, '"kerimi"')).toEqual([{ kind: 'person', refId: 'p2' }]);
    sqlite.exec("DELETE FROM person_names WHERE id = 'n4'");
    expect(hits(sqlite, '"kerimi"')).toEqual([]);
    sqlite.exec("UPDATE contacts SET note = 'Anruf beim Jobcenter' WHERE id = 'k2'");
    expect(hits(sqlite, '"jobcenter"')).toEqual([{ kind: 'note', refId: 'k2' }]);
    sqlite.exec("UPDATE contacts SET note = NULL WHERE id = 'k1'");
    sqlite.exec("UPDATE goals SET title = 'Deutschkurs beginnen' WHERE id = 'g1'");
    expect(hits(sqlite, '"wohnung"*')).toEqual([]);
    expect(hits(sqlite, '"deutschkurs"')).toEqual([{ kind: 'goal', refId: 'g1' }]);
    sqlite.exec("DELETE FROM goals WHERE id = 'g1'");
    expect(hits(sqlite, '"deutschkurs"')).toEqual([]);
    expect(() => sqlite.exec("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")).not.toThrow();

    const plan = sqlite.prepare("EXPLAIN QUERY PLAN DELETE FROM search_docs WHERE kind = 'person' AND ref_id = 'p1'").all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX search_docs_ref_idx/);
    sqlite.close();
  });
});
