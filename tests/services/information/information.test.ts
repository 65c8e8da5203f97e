/**
 * The Art. 15 information on a household of three: the JSON holds every record of the person
 * (every row selectPersonRecords finds, every stored text value of it) and nothing of the other
 * members (names in every spelling, birth dates, typed texts, record ids, audit entries); the
 * PDF says the same in German and names none of the others either.
 */
import type Database from 'better-sqlite3';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { PERSON_RECORDS, selectPersonRecords } from '../../../db/queries/personRecords';
import { recentAudit } from '../../../db/queries/audit';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';
import { householdStore, type MemberTexts } from './household';

async function pdfTextOf(pdf: Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}

function caseIdsOf(sqlite: Database.Database, personId: string): string[] {
  return sqlite.prepare('SELECT id FROM cases WHERE person_id = ?').pluck().all(personId) as string[];
}

/** Every stored text of the rows, JSON columns opened to their leaves. */
function storedStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    if (/^[[{]/.test(value)) {
      try {
        return storedStrings(JSON.parse(value));
      } catch {
        return [value];
      }
    }
    return [value];
  }
  if (Array.isArray(value)) return value.flatMap(storedStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(storedStrings);
  return [];
}

/** Every record id of the person and their cases (rows with an id column). */
function recordIds(sqlite: Database.Database, personId: string): string[] {
  return selectPersonRecords(sqlite, personId, caseIdsOf(sqlite, personId)).flatMap((t) =>
    t.rows.map((r) => r.id).filter((id): id is string => typeof id === 'string'),
  );
}

/** What of someone else's is found in `text`: names, birth date (stored and German), typed texts, record ids. Case and spaces ignored. */
function foundOf(text: string, other: { texts: MemberTexts }, ids: string[]): string[] {
  const squeeze = (value: string) => value.toLowerCase().replace(/\s+/g, '');
  const haystack = squeeze(text);
  const [y, m, d] = other.texts.birthDate.split('-');
  const needles = [...other.texts.names, other.texts.birthDate, `${d}.${m}.${y}`, ...other.texts.notes, ...ids];
  return needles.filter((needle) => haystack.includes(squeeze(needle)));
}

describe('Auskunft nach Art. 15 DSGVO', () => {
  it('holds every record of the person and nothing of the other household members, in the JSON and in the PDF', async () => {
    const s = await householdStore();
    const amaniId = s.amani.id;
    const caseIds = caseIdsOf(s.sqlite, amaniId);
    expect(caseIds).toHaveLength(2);

    const file = s.information.json({ caseId: s.amani.caseIds[1]! });
    const text = new TextDecoder().decode(file.bytes);
    const doc = JSON.parse(text);
    expect(doc.format).toBe('kim-auskunft');
    expect(doc.version).toBe(3);

    // Every record: each table's rows, each stored text value (ids, dates, names, notes, JSON leaves).
    const leaves = new Set(storedStrings(doc));
    const records = selectPersonRecords(s.sqlite, amaniId, caseIds);
    const filled = records.filter((t) => t.rows.length > 0).map((t) => t.table);
    // The household was built to reach every kind of record the list knows.
    expect(filled.sort()).toEqual(
      PERSON_RECORDS.filter((kind) => !kind.derived)
        .map((kind) => kind.table)
        .sort(),
    );
    const missing = records.flatMap((t) =>
      t.rows.flatMap((row) =>
        storedStrings(Object.values(row))
          .filter((v) => !leaves.has(v))
          .map((v) => `${t.table}: ${v}`),
      ),
    );
    expect(missing).toEqual([]);
    for (const name of s.amani.texts.names) expect(text).toContain(name);

    // Nothing of the others: names, birth dates, texts, record ids.
    for (const other of s.others) {
      const ids = recordIds(s.sqlite, other.id);
      expect(ids.length).toBeGreaterThan(20);
      expect(foundOf(text, other, ids)).toEqual([]);
    }
    // Of the household: the link, the role and the number of the others, nothing more.
    expect(doc.household).toEqual({ householdId: expect.any(String), role: 'bezugsperson', roleLabel: 'Bezugsperson', otherMembers: 2 });

    // The PDF: the same in German, none of the others either.
    const pdf = s.information.pdf({ personId: amaniId });
    const pdfText = await pdfTextOf((await pdf).bytes);
    const flat = pdfText.replace(/\s+/g, ' ');
    for (const expected of [
      'Auskunft nach Art. 15 DSGVO',
      'Okonkwo-Barzani, Amani',
      'Okonkwo Barzani, Amany (Schreibweise im Reisepass)',
      'Geburtsdatum: 17.05.1984',
      '§§ 67a ff. SGB X',
      'Sie sind einem Haushalt zugeordnet (Ihre Rolle: Bezugsperson). Außer Ihnen sind dort 2 weitere Personen erfasst.',
      'Kontaktnotiz Zitronenfalter',
      'Jobcenter Kreis Warendorf',
      'Länger aufbewahrt bis: 30.06.2040',
      'Zur Löschung fällig ab: 01.07.2040',
      'Übergeben: am',
      'Kollegin Berger',
      'Verarbeitung eingeschränkt: seit 02.06.2026',
      'ab 10.05.2026: Wohnort (Kommune): Ahlen',
      'Fall abgeschlossen – An einen Regeldienst übergeben',
      'Empfänger Ihrer Daten',
      'Welche Angaben: Anlass der Verweisung, Anschrift und Kontaktdaten, Ziele und vereinbarte Schritte',
      'mit Ihrer Schweigepflichtentbindung vom 02.03.2026',
      'Fall eröffnet',
      'Kontakt erfasst (Kontakt)',
      'Warteliste der Sprechstunde vom 23.11.2026, 10:00 Uhr: „Frau Okonkwo“',
      'In der Sprechstunde vom 23.11.2026, 10:00 Uhr erfasst.',
      // Every spelling prints, Arabic script too (issue 14): no more "cannot be shown" note.
      'Weitere Schreibweise: أوكونكو، أماني',
    ])
      expect(flat).toContain(expected);
    for (const other of s.others) expect(foundOf(pdfText, other, [])).toEqual([]);
  }, 60_000);

  it('lists the audit entries about every record of the person, and none about the others', async () => {
    const s = await householdStore();
    const { sqlite } = s;
    const own = new Set(recordIds(sqlite, s.amani.id));
    const entries = recentAudit(s.store.session().db, 100_000);
    const expected = entries.filter((e) => e.entityId !== null && own.has(e.entityId)).map((e) => e.id);
    const doc = JSON.parse(new TextDecoder().decode(s.information.json({ personId: s.amani.id }).bytes));
    const listed: number[] = doc.auditEntries.map((e: { id: number }) => e.id);
    expect(listed).toEqual([...expected].sort((a, b) => a - b));
    // Children's entries too, not only the person's and the cases'.
    expect([...new Set(doc.auditEntries.map((e: { action: string }) => e.action))]).toEqual(
      expect.arrayContaining(['person.created', 'person.household_linked', 'case.opened', 'contact.created', 'referral.status_changed', 'agreement.signed']),
    );
    expect(doc.auditEntries.find((e: { action: string }) => e.action === 'contact.created')).toMatchObject({
      actionLabel: 'Kontakt erfasst',
      entityLabel: 'Kontakt',
    });
    for (const other of s.others) {
      const theirs = new Set(recordIds(sqlite, other.id));
      const theirEntries = entries.filter((e) => e.entityId !== null && theirs.has(e.entityId)).map((e) => e.id);
      expect(theirEntries.length).toBeGreaterThan(10);
      expect(listed.filter((id) => theirEntries.includes(id))).toEqual([]);
    }
  }, 60_000);

  it('is a contract method for case and person, records that it was produced, and names no one in the file name', async () => {
    const s = await householdStore();
    const handlers = createHandlers(s);
    const before = recentAudit(s.store.session().db, 1)[0]!.id;
    const json = await dispatch(handlers, 'information.json', { caseId: s.amani.caseIds[0]! });
    expect(json).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^Auskunft_2026-\d{4}_2026-11-23\.json$/) } });
    const pdf = await dispatch(handlers, 'information.pdf', { personId: s.amani.id });
    expect(pdf).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^Auskunft_2026-\d{4}_2026-11-23\.pdf$/) } });
    if (!pdf.ok) throw new Error('no pdf');
    expect(Buffer.from((pdf.value as { bytes: Uint8Array }).bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const written = recentAudit(s.store.session().db, 10).filter((e) => e.id > before);
    expect(written.map((e) => [e.action, e.entity, e.entityId])).toEqual([
      ['information.exported', 'person', s.amani.id],
      ['information.exported', 'person', s.amani.id],
    ]);
    // A later information shows the earlier ones.
    const doc = JSON.parse(new TextDecoder().decode(s.information.json({ personId: s.amani.id }).bytes));
    expect(doc.auditEntries.filter((e: { action: string }) => e.action === 'information.exported')).toHaveLength(2);
    expect(await dispatch(handlers, 'information.json', { caseId: 'kein-fall' })).toMatchObject({ ok: false, error: { code: 'CASE_NOT_FOUND' } });
    expect(await dispatch(handlers, 'information.pdf', { personId: 'keine-person' })).toMatchObject({ ok: false, error: { code: 'PERSON_NOT_FOUND' } });
    s.store.lock('manual');
    expect(await dispatch(handlers, 'information.json', { personId: s.amani.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  }, 60_000);

  it('keeps its keys in a fixed order, English code names, for machines to read', async () => {
    const s = await householdStore();
    const doc = JSON.parse(new TextDecoder().decode(s.information.json({ personId: s.amani.id }).bytes));
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'createdAt',
      'createdBy',
      'language',
      'legal',
      'person',
      'household',
      'intakes',
      'cases',
      'consents',
      'releases',
      'printouts',
      'assessments',
      'goals',
      'agreements',
      'contacts',
      'referrals',
      'caseConferences',
      'followUps',
      'consultation',
      'recipients',
      'corrections',
      'retention',
      'auditEntries',
    ]);
    const keys = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key !== 'content') keys.add(key); // the agreement's stored snapshot keeps its own keys
          walk(inner);
        }
    };
    walk(doc);
    expect([...keys].filter((key) => !/^[a-z][A-Za-z]*$/.test(key))).toEqual([]);
    // Recipients: the Jobcenter got data under a release; the school was only told; the Jugendamt sat in the conference.
    const byName = Object.fromEntries(doc.recipients.map((r: { partner: { organisation: string } }) => [r.partner.organisation, r]));
    expect(Object.keys(byName).sort()).toEqual(['Gesamtschule Nord', 'Jobcenter Kreis Warendorf', 'Jugendamt Warendorf']);
    expect(byName['Jobcenter Kreis Warendorf'].referrals).toHaveLength(2);
    expect(byName['Jobcenter Kreis Warendorf'].referrals.every((r: { dataTransfer: boolean; releaseId: string | null }) => r.dataTransfer && r.releaseId)).toBe(
      true,
    );
    expect(byName['Gesamtschule Nord'].referrals.every((r: { dataTransfer: boolean }) => !r.dataTransfer)).toBe(true);
  }, 60_000);

  it('works for a person with only an intake and no case', async () => {
    const s = await createdStore({ now: () => new Date('2026-11-23T10:00:00') });
    const person = s.persons.create({ names: [{ familyName: 'Nowak', givenNames: 'Ewa' }] });
    s.intakes.record({ personId: person.id, date: '2026-11-23', accessRoute: 'sprechstunde', targetGroupIds: [], decision: 'kurzberatung' });
    const json = s.information.json({ personId: person.id });
    expect(json.fileName).toBe('Auskunft_2026-11-23.json');
    const doc = JSON.parse(new TextDecoder().decode(json.bytes));
    expect(doc.cases).toEqual([]);
    expect(doc.intakes).toHaveLength(1);
    expect(doc.intakes[0]).toMatchObject({ decision: 'kurzberatung', decisionLabel: 'Kurzberatung ohne Fall', caseId: null });
    expect(doc.retention.personDueForErasureFrom).toBeNull();
    const text = (await pdfTextOf((await s.information.pdf({ personId: person.id })).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Erstgespräch am 23.11.2026');
    expect(text).toContain('Sie sind keinem Haushalt zugeordnet.');
  });
});
