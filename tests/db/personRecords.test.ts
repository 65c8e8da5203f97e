/**
 * The one list of where a person's records live (db/queries/personRecords.ts) must name every
 * table that can hold something of a person: erasure, the Art. 15 information and the handover
 * all read it, so a table missing here would be a table they all silently skip.
 */
import { describe, expect, it } from 'vitest';
import { PERSON_RECORDS } from '../../db/queries/personRecords';
import { allMigrationTags, openMigratedTo } from '../fixtures/migrations';

/** Tables that hold nothing of any one person, and why. */
const NOT_PERSONAL: Record<string, string> = {
  __drizzle_migrations: 'migration bookkeeping',
  settings: 'settings of the unit',
  key_wraps: 'the wrapped data key',
  audit_log: 'kept on erasure: who, when, which record id, which action (no content)',
  audit_chain: 'hashes over the audit log',
  locations: 'configuration',
  target_groups: 'configuration',
  life_areas: 'configuration',
  partners: 'configuration: organisations',
  households: 'only an id; erasure removes a household left empty',
  case_number_sequences: 'counters',
  consultation_sessions: 'the case manager’s consultation hours',
  short_advice: 'anonymous short advice: no person, no name, no free text',
  statistics_publications: 'published, anonymised quarters: stay as they were',
  erasures: 'the record of an erasure: case numbers, reason, who',
  erasure_in_progress: 'a guard row during erasure',
  handovers: 'the sending record: case numbers, colleague',
  handover_imports: 'the receiving record: package id, case numbers, colleague',
  case_managers: 'the unit’s staff, not its clients',
};

describe('the list of a person’s records', () => {
  it('names every table of the schema, or says why it holds nothing of a person', () => {
    const { sqlite } = openMigratedTo(allMigrationTags().at(-1) as string);
    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name`)
      .pluck()
      .all() as string[];
    sqlite.close();
    const listed = new Set(PERSON_RECORDS.map((kind) => kind.table));
    const unaccounted = tables.filter((t) => !listed.has(t) && !(t in NOT_PERSONAL));
    expect(unaccounted).toEqual([]);
    // And nothing named that does not exist (a renamed table would otherwise be skipped by all three).
    expect([...listed, ...Object.keys(NOT_PERSONAL)].filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('deletes children before their parents', () => {
    const order = PERSON_RECORDS.map((kind) => kind.table);
    const deletedBefore = (child: string, parent: string) => expect(order.indexOf(child)).toBeLessThan(order.indexOf(parent));
    deletedBefore('referral_status_history', 'referrals');
    deletedBefore('assessment_entries', 'assessments');
    deletedBefore('goal_steps', 'goals');
    deletedBefore('contact_topics', 'contacts');
    deletedBefore('case_conference_participants', 'case_conferences');
    deletedBefore('intake_target_groups', 'intakes');
    deletedBefore('referrals', 'releases');
    deletedBefore('cases', 'persons');
    // A signed release or agreement names its printout; every printout names the person.
    deletedBefore('releases', 'printouts');
    deletedBefore('consents', 'printouts');
    deletedBefore('agreements', 'printouts');
    deletedBefore('printouts', 'persons');
    deletedBefore('person_names', 'persons');
  });
});
