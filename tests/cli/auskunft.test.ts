/** `kim auskunft`: the Art. 15 information of a case's person from the command line, as the app makes it; never over an existing file. */
import fs from 'node:fs';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import { kim } from './helpers';

const env = { KIM_PASSPHRASE: GOOD_PASSPHRASE };

describe('kim auskunft', () => {
  it('writes the JSON and the PDF of the case’s person and refuses an existing file, an unknown case and other endings', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kim.db');
    expect((await kim(['seed', '--db', db, '--cases', '3', '--seed', '2'], { env })).code).toBe(0);
    const json = path.join(dir, 'auskunft.json');

    const run = await kim(['auskunft', '--db', db, '--case', '2026-0001', '--out', json], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Die Auskunft nach Art. 15 DSGVO zur Person des Falls 2026-0001 ist geschrieben');
    expect(fs.statSync(json).mode & 0o077).toBe(0); // plaintext personal data: this user only
    const doc = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(doc).toMatchObject({ format: 'kim-auskunft', version: 3 });
    expect(doc.cases.map((c: { caseNumber: string }) => c.caseNumber)).toContain('2026-0001');

    const pdf = path.join(dir, 'auskunft.pdf');
    expect((await kim(['auskunft', '--db', db, '--case', '2026-0001', '--out', pdf], { env })).code).toBe(0);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(fs.readFileSync(pdf))), { mergePages: true });
    expect(text).toContain('Auskunft nach Art. 15 DSGVO');
    expect(text).toContain('Fall 2026-0001');

    const again = await kim(['auskunft', '--db', db, '--case', '2026-0001', '--out', json], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('nicht überschrieben');
    const unknown = await kim(['auskunft', '--db', db, '--case', '2026-9999', '--out', path.join(dir, 'x.json')], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Diesen Fall gibt es nicht');
    expect(fs.existsSync(path.join(dir, 'x.json'))).toBe(false);
    expect((await kim(['auskunft', '--db', db, '--case', '2026-0001', '--out', path.join(dir, 'a.txt')], { env })).code).toBe(2);
  }, 120_000);
});
