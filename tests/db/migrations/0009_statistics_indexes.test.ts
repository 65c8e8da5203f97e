import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

describe('migration 0009_statistics_indexes', () => {
  it('lets the statistics find contacts of a period and the intake of a case without scanning the tables', () => {
    const before = openMigratedTo('0008_search_index_documents');
    before.sqlite.close();
    const { sqlite } = openMigratedTo('0009_statistics_indexes', before.file, before.dataKey);
    const plan = (query: string) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' ');
    expect(plan("SELECT id FROM contacts WHERE at >= '2026-01-01' AND at < '2026-07-01'")).toMatch(/USING (COVERING )?INDEX contacts_at_idx/);
    expect(plan("SELECT access_route FROM intakes WHERE case_id = 'c1'")).toMatch(/USING INDEX intakes_case_idx/);
    sqlite.close();
  });
});
