import { describe, expect, it } from 'vitest';
import { openMigratedTo } from '../../fixtures/migrations';

describe('migration 0004_follow_up_source_index', () => {
  it('lets follow-ups be found by their source without scanning them all', () => {
    const before = openMigratedTo('0003_case_cycle_rules');
    before.sqlite.close();
    const { sqlite } = openMigratedTo('0004_follow_up_source_index', before.file, before.dataKey);
    const plan = sqlite.prepare("EXPLAIN QUERY PLAN SELECT id FROM follow_ups WHERE source = 'kontakt' AND source_id = 'x'").all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX follow_ups_source_idx/);
    sqlite.close();
  });
});
