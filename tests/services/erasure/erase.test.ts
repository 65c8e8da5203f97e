/**
 * Erasure of a person on a seeded store: nothing of theirs remains — not in any table, not in any
 * page of the decrypted file (free pages included), not in the WAL — and nothing of anyone else
 * is lost. The file is decrypted outside SQLite (rawPages.ts) from a copy taken while the app
 * still has the store open, as a thief of the laptop would find it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyCipherKey, integrityCheck } from '../../../db/open';
import { KimError } from '../../../electron/contract/errors';
import { printForSigning } from '../../../electron/services/documents/printouts';
import { createdStore, GOOD_PASSPHRASE, tempDir } from '../../fixtures/tempStore';
import { rows, seededStore } from '../seed/helpers';
import { decryptFilePages, decryptWalPages, needlesFound } from './rawPages';

/** Every table SQLite holds, but its own and the FTS5 index internals (scanned as pages). */
function tables(sqlite: Database.Database): string[] {
  return rows<{ name: string }>(
    sqlite,
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name`,
  ).map((t) => t.name);
}

function snapshot(sqlite: Database.Database): Map<string, string[]> {
  return new Map(tables(sqlite).map((t) => [t, rows(sqlite, `SELECT * FROM "${t}"`).map((r) => JSON.stringify(r))]));
}

/** The person with the most to lose: assessments, contact notes, several name spellings. */
function richestPerson(sqlite: Database.Database): string {
  const row = sqlite
    .prepare(
      `SELECT p.id FROM persons p
       WHERE EXISTS (SELECT 1 FROM cases c JOIN assessments a ON a.case_id = c.id WHERE c.person_id = p.id)
       ORDER BY (SELECT count(*) FROM contacts k WHERE k.person_id = p.id AND k.note IS NOT NULL) * 10
              + (SELECT count(*) FROM person_names n WHERE n.person_id = p.id) * 5
              + (p.household_id IS NOT NULL) * 3 DESC, p.id
       LIMIT 1`,
    )
    .get() as { id: string };
  return row.id;
}

/** Everything typed about the person, as stored: names (each spelling, alone and together), notes, texts, birth date. */
function personTexts(sqlite: Database.Database, personId: string): string[] {
  const q = (sql: string) => (sqlite.prepare(sql).pluck().all(personId) as (string | null)[]).filter((v): v is string => typeof v === 'string');
  const cases = `(SELECT id FROM cases WHERE person_id = ?)`;
  return [
    ...q('SELECT family_name FROM person_names WHERE person_id = ?'),
    ...q('SELECT given_names FROM person_names WHERE person_id = ?'),
    // As the search index stores a name: the spellings together, Turkish dotless ı folded to i.
    ...q(`SELECT replace(replace(given_names || ' ' || family_name, 'ı', 'i'), 'İ', 'I') FROM person_names WHERE person_id = ?`),
    ...q('SELECT note FROM person_names WHERE person_id = ?'),
    ...q('SELECT birth_date FROM persons WHERE id = ?'),
    ...q('SELECT phone FROM persons WHERE id = ?'),
    ...q('SELECT email FROM persons WHERE id = ?'),
    ...q('SELECT address FROM persons WHERE id = ?'),
    ...q('SELECT accommodation_name FROM persons WHERE id = ?'),
    ...q('SELECT note FROM contacts WHERE person_id = ?'),
    ...q(`SELECT title FROM goals WHERE case_id IN ${cases}`),
    ...q(`SELECT s.description FROM goal_steps s JOIN goals g ON g.id = s.goal_id WHERE g.case_id IN ${cases}`),
    ...q(`SELECT reason FROM referrals WHERE case_id IN ${cases}`),
    ...q(`SELECT outcome FROM referrals WHERE case_id IN ${cases}`),
    ...q(`SELECT agenda FROM case_conferences WHERE case_id IN ${cases}`),
    ...q(`SELECT results FROM case_conferences WHERE case_id IN ${cases}`),
    ...q(`SELECT e.resources FROM assessment_entries e JOIN assessments a ON a.id = e.assessment_id WHERE a.case_id IN ${cases}`),
    ...q(`SELECT e.needs FROM assessment_entries e JOIN assessments a ON a.id = e.assessment_id WHERE a.case_id IN ${cases}`),
  ].filter((text) => text.trim().length >= 4);
}

describe('erasing a person', () => {
  it('leaves no byte of theirs in the decrypted file, its free pages or the WAL, and everyone else intact', async () => {
    const services = await seededStore({ cases: 40, seed: 11 });
    const { sqlite } = services;
    const dataKey = Buffer.from(services.store.exportDataKey(), 'hex');
    const personId = richestPerson(sqlite);
    // The demo's names and notes come from shared lists; texts only this person has, written through the app.
    const names = services.persons.get(personId).names;
    services.persons.update({
      personId,
      names: [...names, { familyName: 'Quennerstedt-Ağaoğlu', givenNames: 'Zeliha Marit', note: 'Schreibweise im alten Reisepass' }],
      birthDate: '1987-04-29',
      phone: '+49 151 77882291',
    });
    services.contacts.create({
      personId,
      at: '2026-03-14T10:00:00',
      durationMinutes: 30,
      place: 'telefon',
      type: 'telefonat',
      topics: [],
      interpreterUsed: false,
      note: 'Sorgt sich um den Xylophonunterricht der Tochter in Quakenbrück',
    });
    // Papers printed to be signed are theirs too (print, then sign); someone else's stays.
    await services.clientDocuments.consent({ personId, language: 'ar' });
    const otherPerson = rows<{ id: string }>(sqlite, `SELECT id FROM persons WHERE id <> '${personId}' ORDER BY id LIMIT 1`)[0]!.id;
    await services.clientDocuments.consent({ personId: otherPerson, language: 'uk' });
    expect(rows(sqlite, `SELECT 1 FROM printouts WHERE person_id = '${personId}'`)).toHaveLength(1);
    const caseRows = rows<{ id: string; case_number: string; phase: string }>(
      sqlite,
      `SELECT id, case_number, phase FROM cases WHERE person_id = '${personId}' ORDER BY opened_at`,
    );
    const ids = [personId, ...caseRows.map((c) => c.id)];
    const texts = [...new Set(personTexts(sqlite, personId))];
    const before = snapshot(sqlite);
    const otherName = rows<{ family_name: string }>(
      sqlite,
      `SELECT family_name FROM person_names WHERE person_id <> '${personId}' ORDER BY family_name DESC LIMIT 1`,
    )[0]!.family_name;

    // Control: before the erasure the scan finds every text of theirs (in the file or its WAL).
    const dir = tempDir();
    const copy = (name: string) => {
      fs.copyFileSync(services.dbPath, path.join(dir, `${name}.db`));
      if (fs.existsSync(`${services.dbPath}-wal`)) fs.copyFileSync(`${services.dbPath}-wal`, path.join(dir, `${name}.db-wal`));
      return [...decryptFilePages(path.join(dir, `${name}.db`), dataKey), ...decryptWalPages(path.join(dir, `${name}.db-wal`), dataKey)];
    };
    // The search index keeps its terms folded (lower case, no diacritics) and prefix-compressed
    // against the term before: the tails of the unique terms are what its pages would show.
    const indexTails = ['ennerstedt', 'phonunterricht', 'kenbruck'];
    const beforePages = copy('before');
    expect(needlesFound(beforePages, texts)).toEqual(texts);
    expect(needlesFound(beforePages, indexTails)).toEqual(indexTails);

    const first = caseRows[0]!;
    const result = services.erasure.erase({ caseId: first.id, confirmCaseNumber: first.case_number, reason: 'Antrag auf Löschung (Art. 17 DSGVO)' });
    expect(result.caseNumbers).toEqual(caseRows.map((c) => c.case_number));
    expect(result.walTruncated).toBe(true);

    // The logical content: no row anywhere names them, except the audit log's record ids.
    const after = snapshot(sqlite);
    for (const [table, tableRows] of after) {
      if (table === 'audit_log') continue;
      const hits = tableRows.filter((r) => ids.some((id) => r.includes(id))).map((r) => r.slice(0, 200));
      expect(hits, table).toEqual([]);
    }
    // Texts also found in someone else's rows are theirs too (a shared first name, a template note): not scanned for.
    const remaining = [...after.values()].flat().join('\n');
    const own = texts.filter((t) => !remaining.includes(t));
    expect(own).toEqual(
      expect.arrayContaining(['Quennerstedt-Ağaoğlu', 'Zeliha Marit', '1987-04-29', 'Sorgt sich um den Xylophonunterricht der Tochter in Quakenbrück']),
    );

    // The demo's list of what it created (a setting) loses their id and nothing else.
    const demoList = (snap: Map<string, string[]>) =>
      JSON.parse((snap.get('settings') ?? []).map((r) => JSON.parse(r) as { key: string; value: string }).find((r) => r.key === 'demoData.created')!.value) as {
        persons: string[];
      };
    expect(demoList(after).persons).toEqual(demoList(before).persons.filter((id) => id !== personId));
    const isDemoList = (table: string, row: string) => table === 'settings' && row.includes('"key":"demoData.created"');
    for (const snap of [before, after])
      snap.set(
        'settings',
        (snap.get('settings') ?? []).filter((row) => !isDemoList('settings', row)),
      );

    // Everyone else intact: nothing added but the erasure and audit records; every removed row was theirs.
    const removedIds = new Set(ids);
    for (const [table, tableRows] of before) {
      const kept = new Set(after.get(table));
      for (const r of tableRows) if (!kept.has(r)) removedIds.add((JSON.parse(r) as { id?: string }).id ?? '');
    }
    for (const [table, tableRows] of before) {
      const kept = new Set(after.get(table));
      const added = (after.get(table) ?? []).filter((r) => !tableRows.includes(r));
      if (!['audit_log', 'audit_chain', 'erasures'].includes(table))
        expect(
          added.map((r) => r.slice(0, 200)),
          table,
        ).toEqual([]);
      for (const r of tableRows.filter((row) => !kept.has(row))) {
        const own = JSON.parse(r) as Record<string, unknown>;
        const refersToErased = ids.includes(String(own.id)) || Object.entries(own).some(([column, value]) => column !== 'id' && removedIds.has(String(value)));
        const household = table === 'households' && rows(sqlite, `SELECT 1 FROM persons WHERE household_id = '${own.id}'`).length === 0;
        expect(refersToErased || household, `${table}: ${r}`).toBe(true);
      }
    }
    expect(after.get('persons')!.length).toBe(before.get('persons')!.length - 1);
    expect(after.get('printouts')!.map((r) => (JSON.parse(r) as { person_id: string }).person_id)).toEqual([otherPerson]);
    expect(after.get('cases')!.length).toBe(before.get('cases')!.length - caseRows.length);

    // The erasure record: date, case numbers, reason, who — no names; and the audit entry.
    const [erasure] = rows<{ case_numbers: string; reason: string; actor: string }>(sqlite, 'SELECT * FROM erasures');
    expect(JSON.parse(erasure!.case_numbers)).toEqual(caseRows.map((c) => c.case_number));
    expect(erasure!.actor).toBe('Test Beraterin');
    expect(texts.filter((t) => JSON.stringify(erasure).includes(t))).toEqual([]);
    expect(rows(sqlite, `SELECT action FROM audit_log WHERE entity_id = '${personId}' AND action = 'person.erased'`)).toHaveLength(1);

    // The bytes: decrypted page by page (free pages included) and the WAL: none of their texts, others' still there.
    const pages = copy('after');
    expect(needlesFound(pages, [otherName])).toEqual([otherName]);
    expect(needlesFound(pages, own)).toEqual([]);
    expect(needlesFound(pages, indexTails)).toEqual([]);
    // Their record ids remain only where the audit log keeps them (who, when, which record, which action).
    const audited = new Set(rows<{ entity_id: string }>(sqlite, 'SELECT entity_id FROM audit_log WHERE entity_id IS NOT NULL').map((r) => r.entity_id));
    expect(needlesFound(pages, ids).filter((id) => !audited.has(id))).toEqual([]);

    // And the store passes the full check, opened read-only like `kim verify`.
    const problems = await services.store.inspect({ passphrase: GOOD_PASSPHRASE }, ({ sqlite: readonly }) => integrityCheck(readonly));
    expect(problems).toEqual(['ok']);
  }, 120_000);

  it('erases the papers printed for the person to sign, with the agreement and release that name them; another person’s stay', async () => {
    let now = new Date('2026-11-20T10:00:00');
    const services = await createdStore({ now: () => now });
    const { sqlite } = services.store.session();
    const ctx = { store: services.store, now: () => now };
    const partner = services.partners.create({ organisation: 'Jobcenter Kreis Warendorf', legalArea: 'sgb2' });
    const person = (familyName: string) =>
      services.persons.create({
        names: [{ familyName, givenNames: 'Leyla', primary: true }],
        gender: 'weiblich',
        nationalities: [],
        languages: [],
        interpreterNeeded: false,
      }).id;
    const personId = person('Quennerstedt');
    const otherId = person('Abdelnour');
    const { caseId, caseNumber } = services.intakes.record({
      personId,
      date: '2026-11-20',
      accessRoute: 'jobcenter',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-11-20', form: 'schriftlich' },
    });
    services.goals.create({ caseId: caseId!, lifeAreaId: 'wohnen', title: 'Eine eigene Wohnung finden' });
    const agreement = services.agreements.create({ caseId: caseId!, date: '2026-11-20' });
    await printForSigning(ctx, { document: 'zielvereinbarung', personId, agreementId: agreement.id, language: 'ar' }, async (code) =>
      new TextEncoder().encode(`Ausdruck ${code}`),
    );
    await services.clientDocuments.consent({ personId, language: 'ar' });
    await services.clientDocuments.release({ personId, partnerId: partner.id, language: 'ar', dataKinds: ['anlass'] });
    await services.clientDocuments.consent({ personId: otherId, language: 'ar' });
    now = new Date('2026-11-21T10:00:00');
    const printoutOf = (document: string) => services.printouts.list({ personId, document: document as never })[0]!.id;
    services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21', printoutId: printoutOf('zielvereinbarung') });
    services.releases.create({
      personId,
      partnerId: partner.id,
      givenAt: '2026-11-21',
      scope: 'Antrag auf Bürgergeld',
      dataKinds: ['anlass'],
      form: 'schriftlich',
      printoutId: printoutOf('schweigepflichtentbindung'),
    });
    const printoutsOf = (id: string) => rows(sqlite, `SELECT document FROM printouts WHERE person_id = '${id}' ORDER BY document`);
    expect(printoutsOf(personId)).toHaveLength(3);
    const othersBefore = rows(sqlite, `SELECT * FROM printouts WHERE person_id = '${otherId}'`);
    expect(othersBefore).toHaveLength(1);

    services.erasure.erase({ caseId: caseId!, confirmCaseNumber: caseNumber!, reason: 'Antrag auf Löschung (Art. 17 DSGVO)' });
    expect(printoutsOf(personId)).toEqual([]);
    expect(rows(sqlite, 'SELECT * FROM agreements')).toEqual([]);
    expect(rows(sqlite, 'SELECT * FROM releases')).toEqual([]);
    expect(rows(sqlite, `SELECT * FROM printouts WHERE person_id = '${otherId}'`)).toEqual(othersBefore);
    expect(rows(sqlite, 'PRAGMA foreign_key_check')).toEqual([]);
  }, 60_000);

  it('needs the right case number, a reason unless the period ran out, and an unlocked store', async () => {
    const services = await seededStore({ cases: 8, seed: 3 });
    const open = rows<{ id: string; case_number: string }>(services.sqlite, `SELECT id, case_number FROM cases WHERE closed_at IS NULL LIMIT 1`)[0]!;
    const code = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return error instanceof KimError ? error.code : String(error);
      }
      return 'no error';
    };
    expect(code(() => services.erasure.erase({ caseId: open.id, confirmCaseNumber: '2026-9999', reason: 'Antrag' }))).toBe('ERASURE_CONFIRMATION_MISMATCH');
    expect(code(() => services.erasure.erase({ caseId: open.id, confirmCaseNumber: open.case_number }))).toBe('ERASURE_REASON_REQUIRED');
    expect(code(() => services.erasure.erase({ caseId: open.id, confirmCaseNumber: open.case_number, reason: '   ' }))).toBe('ERASURE_REASON_REQUIRED');
    expect(code(() => services.erasure.erase({ caseId: 'kein-fall', confirmCaseNumber: open.case_number, reason: 'Antrag' }))).toBe('CASE_NOT_FOUND');
    expect(rows(services.sqlite, 'SELECT * FROM erasures')).toEqual([]);
    expect(rows(services.sqlite, `SELECT 1 FROM cases WHERE id = '${open.id}'`)).toHaveLength(1);
    // Outside an erasure the assessments stay undeletable.
    expect(() => services.sqlite.prepare('DELETE FROM assessments').run()).toThrow(/never overwritten/);
    expect(rows(services.sqlite, 'SELECT * FROM erasure_in_progress')).toEqual([]);
    services.store.lock('manual');
    expect(code(() => services.erasure.erase({ caseId: open.id, confirmCaseNumber: open.case_number, reason: 'Antrag' }))).toBe('LOCKED');
  }, 60_000);

  it('a reader holding the WAL (the background check) delays its emptying to the close, which leaves nothing either', async () => {
    const services = await seededStore({ cases: 8, seed: 3 });
    const dataKey = Buffer.from(services.store.exportDataKey(), 'hex');
    const target = rows<{ id: string; case_number: string; person_id: string }>(services.sqlite, 'SELECT id, case_number, person_id FROM cases LIMIT 1')[0]!;
    const note = 'Fragt nach dem Zitherkurs in Wolfenbüttel';
    services.contacts.create({
      personId: target.person_id,
      at: '2026-03-14T10:00:00',
      durationMinutes: 15,
      place: 'telefon',
      type: 'telefonat',
      topics: [],
      interpreterUsed: false,
      note,
    });
    const reader = new Database(services.dbPath, { readonly: true });
    applyCipherKey(reader, dataKey);
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM persons').get(); // holds its snapshot: the WAL cannot be reset
    const started = performance.now();
    const result = services.erasure.erase({ caseId: target.id, confirmCaseNumber: target.case_number, reason: 'Antrag' });
    expect(result.walTruncated).toBe(false);
    // No waiting out the busy timeout (5 s per try, which froze the app for 25 s before).
    expect(performance.now() - started).toBeLessThan(3000);
    reader.prepare('COMMIT').run();
    reader.close();
    services.store.lock('manual'); // the last connection checkpoints and removes the WAL
    expect(fs.existsSync(`${services.dbPath}-wal`)).toBe(false);
    expect(needlesFound(decryptFilePages(services.dbPath, dataKey), [note])).toEqual([]);
  }, 60_000);
});
