/** `kim handover-export` and `kim handover-import`: the app's Übergabe on the command line, secrets never as arguments. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/tempStore';
import { kim, passphraseEnv, query } from './helpers';

const env = passphraseEnv;

describe('kim handover', () => {
  it('exports a case with its person, prints the one-time passphrase once, and imports it into another store with the confirmation code', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.db');
    const b = path.join(dir, 'b.db');
    expect((await kim(['seed', '--db', a, '--cases', '6', '--seed', '5'], { env })).code).toBe(0);
    expect((await kim(['seed', '--db', b, '--cases', '1', '--seed', '77'], { env })).code).toBe(0);
    const [target] = await query<{ case_number: string; person_id: string }>(
      a,
      "SELECT case_number, person_id FROM cases WHERE phase <> 'abgeschlossen' ORDER BY case_number LIMIT 1",
    );
    const file = path.join(dir, 'paket.kimuebergabe');

    const refused = await kim(
      ['handover-export', '--db', a, '--case', target!.case_number, '--recipient', 'Jonas Weber', '--out', file, '--handover-passphrase', 'x'],
      { env },
    );
    expect(refused.code).toBe(2);

    const sent = await kim(['handover-export', '--db', a, '--case', target!.case_number, '--recipient', 'Jonas Weber, Außenstelle Nord', '--out', file], {
      env,
    });
    expect(sent.code, sent.stderr).toBe(0);
    const passphrase = /Einmal-Passwort: {2}(\S+)/.exec(sent.stdout)?.[1];
    expect(passphrase).toMatch(/^([A-HJ-NP-Z2-9]{4}-){5}[A-HJ-NP-Z2-9]{4}$/);
    expect(sent.stdout).toContain('nicht in eine E-Mail');

    const wrong = await kim(['handover-import', file, '--db', b], { env: { ...env, KIM_HANDOVER_PASSPHRASE: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Das Einmal-Passwort passt nicht');

    const imported = await kim(['handover-import', file, '--db', b], {
      env,
      answer: (question) => (question.startsWith('Einmal-Passwort') ? passphrase!.toLowerCase() : ''),
    });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.asked).toEqual([{ question: 'Einmal-Passwort des Übergabepakets: ', hidden: true }]);
    expect(imported.stdout).toContain(`(bisher ${target!.case_number})`);
    expect(imported.stdout).toMatch(/Bestätigungscode: {2}[0-9A-F]{4}-[0-9A-F]{4}/);
    expect(await query(b, `SELECT 1 FROM persons WHERE id = '${target!.person_id}'`)).toHaveLength(1);
    expect((await kim(['verify', '--db', b], { env })).stdout).toContain('Die Fallakte ist in Ordnung.');
    expect((await kim(['verify', '--db', a], { env })).stdout).toContain('Die Fallakte ist in Ordnung.');

    const twice = await kim(['handover-import', file, '--db', b], { env: { ...env, KIM_HANDOVER_PASSPHRASE: passphrase! } });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('schon übernommen');
  }, 120_000);
});
