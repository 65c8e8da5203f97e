import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';
import { searchHits as hits, seedSearchRecords as seed } from '../../fixtures/searchRecords';

describe('migration 0005_search_index', () => {
  it('indexes the records that existed before, inside the encrypted file', () => {
    const before = openMigratedTo('0004_follow_up_source_index');
    seed(before.sqlite);
    before.sqlite.close();
    const { sqlite } = openMigratedTo('0005_search_index', before.file, before.dataKey);

    expect(sqlite.prepare('SELECT kind, ref_id AS refId, person_id AS personId, case_id AS caseId FROM search_index ORDER BY kind, ref_id').all()).toEqual([
      { kind: 'case', refId: 'c1', personId: 'p1', caseId: 'c1' },
      { kind: 'goal', refId: 'g1', personId: 'p1', caseId: 'c1' },
      { kind: 'note', refId: 'k1', personId: 'p1', caseId: 'c1' },
      { kind: 'person', refId: 'p1', personId: 'p1', caseId: null },
      { kind: 'person', refId: 'p2', personId: 'p2', caseId: null },
    ]);
    expect(hits(sqlite, '"yilmaz"')).toEqual([{ kind: 'person', refId: 'p1' }]);
    expect(hits(sqlite, '"fatma"')).toEqual([{ kind: 'person', refId: 'p1' }]);
    expect(hits(sqlite, '"2026-0042"')).toEqual([{ kind: 'case', refId: 'c1' }]);
    expect(hits(sqlite, '"wohnung"*')).toEqual([
      { kind: 'goal', refId: 'g1' },
      { kind: 'note', refId: 'k1' },
    ]);
    sqlite.close();
    // The full-text tables are ordinary pages of the SQLCipher file: no indexed word is readable on disk.
    for (const file of [before.file, `${before.file}-wal`].filter((f) => fs.existsSync(f))) {
      const bytes = fs.readFileSync(file);
      expect(bytes.includes('Wohnungsbesichtigung')).toBe(false);
      expect(bytes.includes('Yılmaz')).toBe(false);
      expect(bytes.includes('Yilmaz')).toBe(false);
    }
  });

  it('keeps the index current when records are added, changed and deleted', () => {
    const before = openMigratedTo('0004_follow_up_source_index');
    seed(before.sqlite);
    before.sqlite.close();
    const { sqlite } = openMigratedTo('0005_search_index', before.file, before.dataKey);

    sqlite.exec("UPDATE person_names SET family_name = 'Karimi' WHERE id = 'n3'");
    expect(hits(sqlite, '"haddad"')).toEqual([]);
    expect(hits(sqlite, '"karimi"')).toEqual([{ kind: 'person', refId: 'p2' }]);
    sqlite.exec("INSERT INTO person_names (id, person_id, family_name, given_names, is_primary) VALUES ('n4', 'p2', 'Kerimi', 'Omer', 0)");
    expect(hits(sqlite, '"kerimi"')).toEqual([{ kind: 'person', refId: 'p2' }]);
    sqlite.exec("DELETE FROM person_names WHERE id = 'n4'");
    expect(hits(sqlite, '"kerimi"')).toEqual([]);
    expect(hits(sqlite, '"karimi"')).toEqual([{ kind: 'person', refId: 'p2' }]);

    sqlite.exec("UPDATE contacts SET note = 'Anruf beim Jobcenter' WHERE id = 'k2'");
    expect(hits(sqlite, '"jobcenter"')).toEqual([{ kind: 'note', refId: 'k2' }]);
    sqlite.exec("UPDATE contacts SET note = NULL WHERE id = 'k1'");
    sqlite.exec("UPDATE goals SET title = 'Deutschkurs beginnen' WHERE id = 'g1'");
    expect(hits(sqlite, '"wohnung"*')).toEqual([]);
    expect(hits(sqlite, '"deutschkurs"')).toEqual([{ kind: 'goal', refId: 'g1' }]);
    sqlite.exec("UPDATE cases SET case_number = '2026-0043' WHERE id = 'c1'");
    expect(hits(sqlite, '"2026-0042"')).toEqual([]);
    expect(hits(sqlite, '"2026-0043"')).toEqual([{ kind: 'case', refId: 'c1' }]);

    sqlite.exec(
      "DELETE FROM contacts; DELETE FROM goals; DELETE FROM case_events; DELETE FROM cases; DELETE FROM person_names WHERE person_id = 'p1'; DELETE FROM persons WHERE id = 'p1'",
    );
    expect(sqlite.prepare('SELECT kind, ref_id AS refId FROM search_index').all()).toEqual([{ kind: 'person', refId: 'p2' }]);
    sqlite.exec("DELETE FROM person_names WHERE person_id = 'p2'; DELETE FROM persons WHERE id = 'p2'");
    expect(sqlite.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 0 });
    sqlite.close();
  });
});
