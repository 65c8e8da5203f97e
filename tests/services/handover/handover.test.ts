/**
 * Handover (Übergabe) between two stores: three cases of two persons (one with two cases) move
 * in an encrypted package; every row arrives as it was (only the case numbers are new, and one
 * event per case names the former number); the sender's cases are read only until the receiver's
 * code is entered, and after the erasure nothing of the two persons is left at the sender. Both
 * audit chains verify afterwards.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectPersonRecords, type PersonTableRows } from '../../../db/queries/personRecords';
import { errorMessages } from '../../../electron/contract/errors';
import { LEFT_BEHIND } from '../../../electron/services/handover/payload';
import { codeOf } from '../../fixtures/kimError';
import { packagePath, receiver, rows, senderWithCases } from './helpers';

type Records = Map<string, Record<string, unknown>[]>;
const asMap = (records: PersonTableRows[]): Records => new Map(records.map((r) => [r.table, r.rows]));

describe('handing cases over to a colleague', { timeout: 30_000 }, () => {
  it('moves three cases of two persons whole, makes them read only at the sender, and erases them there after the confirmation', async () => {
    const sender = await senderWithCases();
    const { personA, personB } = sender;
    const before = [personA, personB].map((p) => asMap(selectPersonRecords(sender.sqlite, p.id, p.caseIds)));
    const names = rows<{ family_name: string; given_names: string }>(
      sender.sqlite,
      `SELECT family_name, given_names FROM person_names WHERE person_id IN ('${personA.id}', '${personB.id}')`,
    );
    const note = rows<{ note: string }>(sender.sqlite, `SELECT note FROM contacts WHERE person_id = '${personB.id}' AND note IS NOT NULL LIMIT 1`)[0]!.note;

    // Selecting one of A's cases takes A with both cases.
    const selection = sender.handover.preview({ caseIds: [personA.caseIds[0]!, personB.caseIds[0]!] });
    expect(selection.caseNumbers).toHaveLength(3);
    expect(selection.persons.find((p) => p.personId === personA.id)?.addedCaseNumbers).toHaveLength(1);

    const file = packagePath();
    const sent = await sender.handover.exportTo({ caseIds: [personA.caseIds[0]!, personB.caseIds[0]!], recipient: 'Frau Kollegin, Außenstelle Nord', file });
    expect(sent.caseNumbers).toHaveLength(3);
    expect(sent.passphrase).toMatch(/^([A-HJ-NP-Z2-9]{4}-){5}[A-HJ-NP-Z2-9]{4}$/);

    // No plaintext in the package: neither a name nor a note nor a case number, in any encoding.
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('KIMFUEBG');
    const needles = [...names.flatMap((n) => [n.family_name, n.given_names]).filter((t) => t.length >= 4), note, ...sent.caseNumbers, 'person_names'];
    for (const needle of needles) {
      for (const encoding of ['utf8', 'utf16le', 'latin1'] as const)
        expect(bytes.includes(Buffer.from(needle, encoding)), `${needle} (${encoding})`).toBe(false);
    }
    // Nothing else left in the folder (the temporary part was renamed).
    expect(fs.readdirSync(file.slice(0, file.lastIndexOf('/')))).toEqual(['uebergabe.kimuebergabe']);

    // The sender's cases are read only now, and listed as sent.
    const openCase = personB.caseIds[0]!;
    expect(await codeOf(() => sender.cases.update({ caseId: openCase, traeger: 'Neuer Träger' }))).toBe('CASE_HANDED_OVER');
    expect(await codeOf(() => sender.cases.reopen({ caseId: personA.caseIds[0]!, reason: 'Doch noch hier' }))).toBe('CASE_HANDED_OVER');
    // The persons' own data went along: changing it here is refused too.
    expect(await codeOf(() => sender.persons.update({ personId: personB.id, phone: '+49 30 1234567' }))).toBe('PERSON_HANDED_OVER');
    const contact = {
      personId: personB.id,
      at: '2026-03-15T10:00:00',
      durationMinutes: 10,
      place: 'telefon',
      type: 'telefonat',
      topics: [] as string[],
      interpreterUsed: false,
    } as const;
    expect(await codeOf(() => sender.contacts.create(contact))).toBe('PERSON_HANDED_OVER');
    expect(await codeOf(() => sender.households.unlink({ personId: personA.id }))).toBe('PERSON_HANDED_OVER');
    const intake = { personId: personA.id, date: '2026-03-15', accessRoute: 'sprechstunde', targetGroupIds: [] as string[], decision: 'kurzberatung' } as const;
    expect(await codeOf(() => sender.intakes.record(intake))).toBe('PERSON_HANDED_OVER');
    expect(await codeOf(() => sender.handover.preview({ caseIds: [openCase] }))).toBe('HANDOVER_ALREADY_HANDED_OVER');
    expect(sender.handover.list()).toMatchObject([{ id: sent.handoverId, status: 'versandt', caseNumbers: sent.caseNumbers }]);
    expect(sender.cases.get(openCase)).toMatchObject({ handover: { recipient: 'Frau Kollegin, Außenstelle Nord', confirmedAt: null }, dueNext: [] });

    // The receiver: same configuration (set up together), nobody of the two known yet.
    const other = await receiver(sender.sqlite);
    const inspection = await other.handover.inspect({ file, passphrase: sent.passphrase.toLowerCase().replaceAll('-', ' ') });
    expect(inspection).toMatchObject({ packageId: sent.handoverId, sender: 'Test Beraterin', recipient: 'Frau Kollegin, Außenstelle Nord' });
    expect(inspection.persons.flatMap((p) => p.formerCaseNumbers).sort()).toEqual([...sent.caseNumbers].sort());
    expect(inspection.persons.every((p) => p.duplicates.length === 0)).toBe(true);
    expect(inspection.missingConfiguration).toEqual([]);

    const imported = await other.handover.importChosen({ token: inspection.token, passphrase: sent.passphrase, acceptDuplicates: false });
    expect(imported.caseNumbers).toHaveLength(3);
    expect([...imported.formerCaseNumbers].sort()).toEqual([...sent.caseNumbers].sort());

    // Every row arrived as stored; only the case numbers are new and one event per case is added.
    const numberHere = new Map(imported.formerCaseNumbers.map((former, i) => [former, imported.caseNumbers[i]!]));
    [personA, personB].forEach((person, i) => {
      const after = asMap(selectPersonRecords(other.sqlite, person.id, person.caseIds));
      const was = before[i]!;
      for (const [table, rowsBefore] of was) {
        const arrived = after.get(table) ?? [];
        if (LEFT_BEHIND.has(table)) expect(arrived, table).toEqual([]);
        else if (table === 'cases') expect(arrived, table).toEqual(rowsBefore.map((c) => ({ ...c, case_number: numberHere.get(String(c.case_number)) })));
        else if (table === 'case_events') {
          const added = arrived.filter((e) => String(e.reason ?? '').startsWith('Übernommen von'));
          expect(
            arrived.filter((e) => !added.includes(e)),
            table,
          ).toEqual(rowsBefore);
          expect(added.map((e) => e.reason).sort()).toEqual(
            rowsBefore
              .filter((e) => e.kind === 'eroeffnet')
              .map((e) => {
                const former = was.get('cases')!.find((c) => c.id === e.case_id)!.case_number;
                return `Übernommen von Test Beraterin (vorher ${String(former)})`;
              })
              .sort(),
          );
        } else expect(arrived, table).toEqual(rowsBefore);
      }
    });
    // The case's timeline there says where it came from.
    expect(other.cases.timeline(personB.caseIds[0]!).map((item) => item.title)).toContainEqual(
      expect.stringMatching(/^Übernommen von Test Beraterin \(vorher \d{4}-\d{4}\) \(Phase: .+\)$/),
    );
    // Found by the search under the new number and the name.
    expect(other.search.global({ query: imported.caseNumbers[0]! }).groups.flatMap((g) => g.hits)).not.toHaveLength(0);
    expect(other.search.global({ query: names[0]!.family_name }).groups.flatMap((g) => g.hits)).not.toHaveLength(0);
    expect(other.store.auditChainReport({ fresh: true }).state).toBe('ok');

    // Erasure only after the confirmation, and only with the right code.
    expect(await codeOf(() => sender.handover.erase({ handoverId: sent.handoverId }))).toBe('HANDOVER_NOT_CONFIRMED');
    expect(await codeOf(() => sender.handover.confirm({ handoverId: sent.handoverId, code: '0000-0000' }))).toBe('HANDOVER_CONFIRMATION_MISMATCH');
    expect(sender.handover.confirm({ handoverId: sent.handoverId, code: imported.confirmationCode.toLowerCase() }).status).toBe('bestaetigt');
    expect(sender.handover.erase({ handoverId: sent.handoverId }).status).toBe('geloescht');
    for (const person of [personA, personB]) {
      expect(selectPersonRecords(sender.sqlite, person.id, person.caseIds).flatMap((r) => r.rows)).toEqual([]);
    }
    const erasures = rows<{ reason: string; case_numbers: string }>(sender.sqlite, 'SELECT reason, case_numbers FROM erasures');
    expect(erasures).toHaveLength(2);
    expect(erasures.every((e) => e.reason.startsWith('Übergeben an Frau Kollegin, Außenstelle Nord'))).toBe(true);
    expect(sender.handover.list()[0]).toMatchObject({ status: 'geloescht', caseNumbers: sent.caseNumbers });
    expect(sender.store.auditChainReport({ fresh: true }).state).toBe('ok');
  });

  it('refuses a wrong one-time passphrase, a damaged package, a backup, and a package imported twice, with their German messages', async () => {
    const sender = await senderWithCases();
    const file = packagePath();
    const sent = await sender.handover.exportTo({ caseIds: sender.personB.caseIds, recipient: 'Herr Kollege', file });
    const other = await receiver(sender.sqlite);

    const wrong = sent.passphrase.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(other.handover.inspect({ file, passphrase: wrong })).rejects.toThrow(errorMessages.HANDOVER_WRONG_PASSPHRASE);
    await expect(other.handover.importFile({ file, passphrase: wrong, acceptDuplicates: true })).rejects.toThrow(errorMessages.HANDOVER_WRONG_PASSPHRASE);

    const { alteredCopy } = await import('./helpers');
    const size = fs.statSync(file).size;
    const flip = (offsets: number[]) => (b: Buffer) => {
      for (const o of offsets) b[o]! ^= 0x5a;
      return b;
    };
    const damaged = {
      'header lengths': alteredCopy(file, flip([13, 20])),
      'header checksum': alteredCopy(file, flip([30, 41])),
      parameters: alteredCopy(file, flip([70, 80])),
      payload: alteredCopy(file, flip([size - 200, size - 100, size - 1])),
      truncated: alteredCopy(file, (b) => b.subarray(0, size - 17)),
      'header only': alteredCopy(file, (b) => b.subarray(0, 40)),
    };
    for (const [what, copy] of Object.entries(damaged)) {
      await expect(other.handover.inspect({ file: copy, passphrase: sent.passphrase }), what).rejects.toThrow(errorMessages.HANDOVER_DAMAGED);
      await expect(other.handover.importFile({ file: copy, passphrase: sent.passphrase, acceptDuplicates: true }), what).rejects.toThrow(
        errorMessages.HANDOVER_DAMAGED,
      );
    }
    const otherMagic = alteredCopy(file, flip([0]));
    expect(await codeOf(other.handover.inspect({ file: otherMagic, passphrase: sent.passphrase }))).toBe('HANDOVER_NOT_A_PACKAGE');
    expect(await codeOf(other.handover.inspect({ file: `${file}.fehlt`, passphrase: sent.passphrase }))).toBe('HANDOVER_FILE_MISSING');

    // A backup is not a package, and a package is not a backup.
    const backupFile = `${packagePath()}.kimsich`;
    sender.backup.create({ file: backupFile });
    expect(await codeOf(other.handover.inspect({ file: backupFile, passphrase: sent.passphrase }))).toBe('HANDOVER_NOT_A_PACKAGE');
    expect(await codeOf(sender.backup.verify({ file, secret: { passphrase: 'Kaffee-Tasse-Regen-1987' } }))).toBe('BACKUP_NOT_A_BACKUP');

    // Nothing was written by any refusal.
    expect(rows(other.sqlite, 'SELECT * FROM persons')).toEqual([]);

    await other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: false });
    await expect(other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: true })).rejects.toThrow(
      errorMessages.HANDOVER_ALREADY_IMPORTED,
    );
    expect((await other.handover.inspect({ file, passphrase: sent.passphrase })).alreadyImported).toBe(true);
    // Back into the sender's own store: the ids are there already.
    expect(await codeOf(sender.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: true }))).toBe('HANDOVER_RECORDS_EXIST');
  });

  it('shows a person the receiver already has as a possible duplicate and imports only when the case manager agrees', async () => {
    const sender = await senderWithCases();
    const file = packagePath();
    const sent = await sender.handover.exportTo({ caseIds: sender.personB.caseIds, recipient: 'Herr Kollege', file });
    const person = sender.persons.get(sender.personB.id);
    const other = await receiver(sender.sqlite);
    const known = other.persons.create({
      names: person.names.map((n) => ({ familyName: n.familyName, givenNames: n.givenNames })),
      ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    });

    const inspection = await other.handover.inspect({ file, passphrase: sent.passphrase });
    expect(inspection.persons[0]!.duplicates.map((d) => d.personId)).toEqual([known.id]);
    await expect(other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: false })).rejects.toThrow(
      errorMessages.HANDOVER_DUPLICATES_UNCONFIRMED,
    );
    expect(rows(other.sqlite, 'SELECT id FROM persons')).toEqual([{ id: known.id }]);
    await other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: true });
    expect(rows(other.sqlite, 'SELECT id FROM persons ORDER BY id').map((r) => r.id)).toEqual([known.id, sender.personB.id].sort());
  });

  it('refuses restricted cases and unknown ones before anything is written', async () => {
    const sender = await senderWithCases();
    const [caseId] = sender.personB.caseIds;
    sender.sqlite
      .prepare(
        "INSERT INTO case_restrictions (id, case_id, since, reason, recorded_by, recorded_at) VALUES ('r1', ?, '2026-03-01', 'Bestritten', 'x', '2026-03-01T10:00:00Z')",
      )
      .run(caseId);
    const file = packagePath();
    expect(await codeOf(sender.handover.exportTo({ caseIds: [caseId!], recipient: 'Herr Kollege', file }))).toBe('HANDOVER_CASE_RESTRICTED');
    expect(await codeOf(sender.handover.exportTo({ caseIds: ['gibt-es-nicht'], recipient: 'Herr Kollege', file }))).toBe('CASE_NOT_FOUND');
    expect(fs.existsSync(file)).toBe(false);
    expect(rows(sender.sqlite, 'SELECT * FROM handovers')).toEqual([]);
  });
});
