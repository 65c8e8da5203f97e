/** `kim erase`: the person of a case with all their cases, from the command line, with the app's checks; never without a reason. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/tempStore';
import { kim, passphraseEnv, query } from './helpers';

const env = passphraseEnv;

describe('kim erase', () => {
  it('erases the case’s person with all their cases, says which, and keeps a record without names', async () => {
    const db = path.join(tempDir(), 'kim.db');
    expect((await kim(['seed', '--db', db, '--cases', '30', '--seed', '5'], { env })).code).toBe(0);
    const [target] = await query<{ person_id: string; case_number: string }>(
      db,
      'SELECT person_id, max(case_number) AS case_number FROM cases GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1',
    );
    const theirs = (await query<{ case_number: string }>(db, `SELECT case_number FROM cases WHERE person_id = '${target!.person_id}' ORDER BY opened_at`)).map(
      (c) => c.case_number,
    );
    const before = await query<{ n: number }>(db, 'SELECT count(*) AS n FROM cases');

    const run = await kim(['erase', '--db', db, '--case', target!.case_number, '--reason', 'Antrag der Person nach Art. 17 DSGVO'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Gelöscht: die Person des Falls ${target!.case_number}`);
    for (const number of theirs) expect(run.stdout).toContain(number);

    expect(await query(db, `SELECT 1 FROM persons WHERE id = '${target!.person_id}'`)).toEqual([]);
    expect((await query<{ n: number }>(db, 'SELECT count(*) AS n FROM cases'))[0]!.n).toBe(before[0]!.n - theirs.length);
    const [record] = await query<{ case_numbers: string; reason: string }>(db, 'SELECT case_numbers, reason FROM erasures');
    expect(JSON.parse(record!.case_numbers)).toEqual(theirs);
    expect(record!.reason).toBe('Antrag der Person nach Art. 17 DSGVO');
    expect(await query(db, `SELECT 1 FROM audit_log WHERE action = 'person.erased' AND entity_id = '${target!.person_id}'`)).toHaveLength(1);
    expect((await kim(['verify', '--db', db], { env })).stdout).toContain('Die Fallakte ist in Ordnung.');
  }, 120_000);

  it('refuses without a reason or case number, and an unknown case, and erases nothing', async () => {
    const db = path.join(tempDir(), 'kim.db');
    expect((await kim(['seed', '--db', db, '--cases', '3', '--seed', '2'], { env })).code).toBe(0);
    const [first] = await query<{ case_number: string }>(db, 'SELECT case_number FROM cases ORDER BY case_number LIMIT 1');

    const noReason = await kim(['erase', '--db', db, '--case', first!.case_number], { env });
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--reason');
    const blank = await kim(['erase', '--db', db, '--case', first!.case_number, '--reason', '  '], { env });
    expect(blank.code).toBe(2);
    const noCase = await kim(['erase', '--db', db, '--reason', 'Antrag'], { env });
    expect(noCase.code).toBe(2);
    const unknown = await kim(['erase', '--db', db, '--case', '1999-0001', '--reason', 'Antrag'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Diesen Fall gibt es nicht');
    expect(await query(db, 'SELECT * FROM erasures')).toEqual([]);
    expect(await query(db, `SELECT 1 FROM cases WHERE case_number = '${first!.case_number}'`)).toHaveLength(1);
  }, 120_000);
});
