/**
 * Übergabe: cases go to a colleague's device as an encrypted package (package.ts) under a
 * one-time passphrase told by phone; the colleague's app takes them over as new persons (after
 * the intake's duplicate check) and shows a short code, which the sender enters; then the sender
 * may erase the persons here (erasure.erase, by the case manager's click, never by itself).
 *
 * Sending marks every case of the carried persons handed over (handover_cases): from then on the
 * gate (requireOpenCase) refuses changes to them. Receiving keeps the records' ids (UUIDs, made
 * to merge across devices) and refuses a package whose ids exist here already; case numbers are
 * given anew from this store's sequence, the former number kept in a case event.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { ScryptCost } from '../crypto/kdf';
import { KimError } from '../../contract/errors';
import type { HandoverImported, HandoverInspection, HandoverSelection, HandoverSent, HandoverSummary } from '../../contract/areas/handover';
import { germanDay } from '../../contract/dayText';
import { personName } from '../../contract/labels';
import { caseIdByNumber, primaryNameOf } from '../../../db/queries/erasure';
import {
  anyIdExists,
  handoverById,
  insertHandover,
  insertHandoverImport,
  insertHouseholdIfMissing,
  insertRows,
  listHandovers,
  packageImported,
  personsOfCases,
  personsOfHandover,
  setHandoverConfirmed,
  type HandoverPerson,
  type HandoverRow,
} from '../../../db/queries/handover';
import { insertCaseEvent } from '../../../db/queries/cases';
import { actor, db, newId, today, transaction, type ServiceContext } from '../context';
import { nextCaseNumber } from '../cases/caseNumbers';
import { erasePerson } from '../erasure/erase';
import { loadCandidates } from '../matching/candidates';
import { likelyDuplicates } from '../matching/duplicates';
import { canonicalCode, confirmationCode, newOneTimePassphrase, packageSealer, readPackage } from './package';
import { collectPayload, idsByTable, mapConfiguration, parsePayload, prepareRecords, rowsOf, type Payload, type PayloadPerson } from './payload';
import type { FileChooser } from '../fileChooser';

/** How the app asks for a file: the main process's dialogs, a fixed path in tests. Null when cancelled. */
export class HandoverService {
  private chooser: FileChooser | null = null;
  /** Files chosen by `inspect`, by token: the renderer never names a path. Forgotten when locked. */
  private readonly chosen = new Map<string, string>();

  /**
   * `kdfCost`: scrypt's cost for new packages (OWASP's floor by default; the passphrase has 120
   * random bits, so the cost only has to be decent). Tests pass a cheap one.
   */
  constructor(
    private readonly ctx: ServiceContext,
    private readonly kdfCost?: ScryptCost,
  ) {
    ctx.store.onLocked(() => this.chosen.clear());
  }

  chooseFilesWith(chooser: FileChooser): void {
    this.chooser = chooser;
  }

  private files(): FileChooser {
    if (!this.chooser) throw new Error('no file chooser: only the app asks for handover files');
    return this.chooser;
  }

  // ——— sending ———

  /** The persons a selection takes, each with all their cases; refuses what may not go. */
  preview({ caseIds }: { caseIds: string[] }): HandoverSelection {
    const persons = this.select(caseIds);
    const selected = new Set(caseIds);
    const sqlite = this.ctx.store.session().sqlite;
    const previews = persons.map((p) => ({
      personId: p.personId,
      displayName: primaryNameOf(sqlite, p.personId),
      caseNumbers: p.cases.map((c) => c.caseNumber),
      addedCaseNumbers: p.cases.filter((c) => !selected.has(c.id)).map((c) => c.caseNumber),
    }));
    return { persons: previews, caseNumbers: previews.flatMap((p) => p.caseNumbers) };
  }

  private select(caseIds: string[]): HandoverPerson[] {
    const sqlite = this.ctx.store.session().sqlite;
    const { persons, found } = personsOfCases(sqlite, [...new Set(caseIds)]);
    if (found.length !== new Set(caseIds).size) throw new KimError('CASE_NOT_FOUND');
    const cases = persons.flatMap((p) => p.cases);
    if (cases.some((c) => c.restricted)) throw new KimError('HANDOVER_CASE_RESTRICTED');
    if (cases.some((c) => c.handedOver)) throw new KimError('HANDOVER_ALREADY_HANDED_OVER');
    return persons;
  }

  /** The app's "Übergabepaket speichern": asks where, then writes. Null when the dialog was cancelled. */
  async exportChosen(input: { caseIds: string[]; recipient: string }): Promise<HandoverSent | null> {
    this.select(input.caseIds); // refused before a dialog is shown
    const file = await this.files().saveAs(suggestedName(this.ctx.now()));
    return file === null ? null : this.exportTo({ ...input, file });
  }

  /**
   * Writes the package of the selected cases' persons to `file` and marks their cases handed
   * over. The key is derived first; then reading, encrypting, writing and marking run without a
   * pause, so nothing can change in between. Returns the one-time passphrase, shown once.
   */
  async exportTo(input: { caseIds: string[]; recipient: string; file: string }): Promise<HandoverSent> {
    this.select(input.caseIds);
    const passphrase = newOneTimePassphrase();
    const sealer = await packageSealer(passphrase, this.kdfCost);
    try {
      const sqlite = this.ctx.store.session().sqlite;
      const persons = this.select(input.caseIds); // again: the key derivation gave others a turn
      const handoverId = newId();
      const createdAt = this.ctx.now().toISOString();
      const recipient = input.recipient.trim();
      const payload = Buffer.from(JSON.stringify(collectPayload(sqlite, persons, { packageId: handoverId, createdAt, sender: actor(this.ctx), recipient })));
      let bytes: number;
      try {
        bytes = sealer.write(input.file, payload);
      } finally {
        payload.fill(0);
      }
      const cases = persons.flatMap((p) => p.cases);
      const caseNumbers = cases.map((c) => c.caseNumber);
      try {
        transaction(this.ctx, () => {
          insertHandover(sqlite, { id: handoverId, createdAt, createdBy: actor(this.ctx), recipient, caseNumbers, caseIds: cases.map((c) => c.id) });
          this.ctx.store.audit('handover.sent', 'handover', handoverId);
          for (const c of cases) this.ctx.store.audit('case.handed_over', 'case', c.id);
        });
      } catch (error) {
        // The store refused to record the handover (e.g. its drive is full, the package's is not):
        // the package, whose one-time passphrase nobody will see, does not stay behind (issue 17).
        fs.rmSync(input.file, { force: true });
        throw error;
      }
      return { handoverId, passphrase, file: input.file, bytes, caseNumbers };
    } finally {
      sealer.dispose();
    }
  }

  /** The command line names cases by their numbers. */
  exportByCaseNumbers(input: { caseNumbers: string[]; recipient: string; file: string }): Promise<HandoverSent> {
    const sqlite = this.ctx.store.session().sqlite;
    const caseIds = input.caseNumbers.map((n) => caseIdByNumber(sqlite, n.trim()));
    if (caseIds.some((id) => id === null)) throw new KimError('CASE_NOT_FOUND');
    return this.exportTo({ caseIds: caseIds as string[], recipient: input.recipient, file: input.file });
  }

  list(): HandoverSummary[] {
    return listHandovers(this.ctx.store.session().sqlite).map(summary);
  }

  /** The receiver's code, read back by phone: proves the package arrived and was taken over whole. */
  confirm({ handoverId, code }: { handoverId: string; code: string }): HandoverSummary {
    const sqlite = this.ctx.store.session().sqlite;
    const row = handoverById(sqlite, handoverId);
    if (!row) throw new KimError('HANDOVER_NOT_FOUND');
    if (canonicalCode(code) !== canonicalCode(confirmationCode(row.id, row.caseNumbers.length))) throw new KimError('HANDOVER_CONFIRMATION_MISMATCH');
    if (row.confirmedAt === null) {
      transaction(this.ctx, () => {
        setHandoverConfirmed(sqlite, handoverId, this.ctx.now().toISOString());
        this.ctx.store.audit('handover.confirmed', 'handover', handoverId);
      });
    }
    return summary(handoverById(sqlite, handoverId) as HandoverRow);
  }

  /**
   * Erases the handed-over persons here with the erasure of Art. 17 (everything of them, the
   * erasure record naming the handover as the reason). Only after the confirmation; a person who
   * meanwhile has a case here that did not go along is not erased (nothing is, then).
   */
  erase({ handoverId }: { handoverId: string }): HandoverSummary {
    const sqlite = this.ctx.store.session().sqlite;
    const row = handoverById(sqlite, handoverId);
    if (!row) throw new KimError('HANDOVER_NOT_FOUND');
    if (row.confirmedAt === null) throw new KimError('HANDOVER_NOT_CONFIRMED');
    const persons = personsOfHandover(sqlite, handoverId);
    if (persons.some((p) => p.allCases !== p.handedOverCases)) throw new KimError('HANDOVER_PERSON_HAS_OTHER_CASES');
    const reason = `Übergeben an ${row.recipient} (Übergabe vom ${germanDay(today(new Date(row.createdAt)))}, bestätigt)`.slice(0, 500);
    for (const p of persons) erasePerson(this.ctx, { caseId: p.caseId, confirmCaseNumber: p.caseNumber, reason });
    return summary(handoverById(sqlite, handoverId) as HandoverRow);
  }

  // ——— receiving ———

  /** The app's "Übergabepaket öffnen": asks for the file, then opens it. Null when cancelled. */
  async inspectChosen({ passphrase }: { passphrase: string }): Promise<HandoverInspection | null> {
    this.ctx.store.session(); // LOCKED before a dialog is shown
    const file = await this.files().open();
    return file === null ? null : this.inspect({ file, passphrase });
  }

  /** Opens a package and tells what it holds and whether it can be taken over; writes nothing. */
  async inspect({ file, passphrase }: { file: string; passphrase: string }): Promise<HandoverInspection> {
    const payload = parsePayload(await readPackage(file, passphrase));
    const sqlite = this.ctx.store.session().sqlite;
    const candidates = loadCandidates(db(this.ctx));
    const token = randomBytes(16).toString('hex');
    this.chosen.set(token, file);
    return {
      token,
      packageId: payload.packageId,
      createdAt: payload.createdAt,
      sender: payload.sender,
      recipient: payload.recipient,
      persons: payload.persons.map((person) => {
        const { names, birthDate } = personFacts(person);
        const primary = names[0];
        return {
          displayName: primary ? personName(primary) : null,
          birthDate,
          formerCaseNumbers: rowsOf(person, 'cases').map((c) => String(c.case_number)),
          duplicates: names.length === 0 ? [] : likelyDuplicates(candidates, { names: names.slice(0, 10), birthDate }),
        };
      }),
      missingConfiguration: mapConfiguration(sqlite, payload).missing,
      alreadyImported: packageImported(sqlite, payload.packageId),
      recordsExist: recordsExist(sqlite, payload),
    };
  }

  /** Takes over the package `inspect` named by `token`. */
  async importChosen(input: { token: string; passphrase: string; acceptDuplicates: boolean }): Promise<HandoverImported> {
    const file = this.chosen.get(input.token);
    if (file === undefined) throw new KimError('HANDOVER_CHOICE_EXPIRED');
    const result = await this.importFile({ file, passphrase: input.passphrase, acceptDuplicates: input.acceptDuplicates });
    this.chosen.delete(input.token);
    return result;
  }

  /**
   * Takes the package over in one transaction: every person as a new person, with the ids they
   * had; every case with a new number from this store's sequence and an event naming the former
   * one. Refused: a package taken over before, ids that exist here, configuration missing here,
   * and possible duplicates the case manager has not seen (`acceptDuplicates`).
   */
  async importFile(input: { file: string; passphrase: string; acceptDuplicates: boolean }): Promise<HandoverImported> {
    const payload = parsePayload(await readPackage(input.file, input.passphrase));
    const sqlite = this.ctx.store.session().sqlite;
    if (packageImported(sqlite, payload.packageId)) throw new KimError('HANDOVER_ALREADY_IMPORTED');
    if (recordsExist(sqlite, payload)) throw new KimError('HANDOVER_RECORDS_EXIST');
    const { ids: configIds, missing } = mapConfiguration(sqlite, payload);
    if (missing.length > 0) throw new KimError('HANDOVER_CONFIGURATION_MISSING');
    if (!input.acceptDuplicates) {
      const candidates = loadCandidates(db(this.ctx));
      const anyDuplicate = payload.persons.some((person) => {
        const { names, birthDate } = personFacts(person);
        return names.length > 0 && likelyDuplicates(candidates, { names: names.slice(0, 10), birthDate }).length > 0;
      });
      if (anyDuplicate) throw new KimError('HANDOVER_DUPLICATES_UNCONFIRMED');
    }

    const prepared = payload.persons.map((person) => ({ person, tables: prepareRecords(sqlite, person, configIds) }));
    const now = this.ctx.now().toISOString();
    const by = actor(this.ctx);
    const caseNumbers: string[] = [];
    const formerCaseNumbers: string[] = [];
    const formerOf = new Map<string, string>();
    transaction(this.ctx, () => {
      // A signed agreement and the printout it was signed on point at each other: no order of
      // inserts satisfies both keys, so they are checked at the commit instead (all of them still).
      sqlite.pragma('defer_foreign_keys = ON');
      for (const household of payload.households) insertHouseholdIfMissing(sqlite, household);
      for (const { person, tables } of prepared) {
        for (const { table, columns, rows } of tables) {
          const written =
            table === 'cases'
              ? rows.map((c) => {
                  const number = nextCaseNumber(this.ctx, String(c.opened_at));
                  caseNumbers.push(number);
                  formerCaseNumbers.push(String(c.case_number));
                  formerOf.set(String(c.id), String(c.case_number));
                  return { ...c, case_number: number };
                })
              : rows;
          insertRows(sqlite, table, columns, written);
        }
        this.ctx.store.audit('person.taken_over', 'person', person.personId);
        for (const c of rowsOf(person, 'cases')) {
          insertCaseEvent(db(this.ctx), {
            id: newId(),
            caseId: String(c.id),
            at: now,
            // A 'phase' event in the phase the case is in: the timeline and statistics know it; the reason says what happened.
            kind: 'phase',
            phase: c.phase as never,
            reason: `Übernommen von ${payload.sender} (vorher ${formerOf.get(String(c.id))})`.slice(0, 500),
            by,
          });
          this.ctx.store.audit('case.taken_over', 'case', String(c.id));
        }
      }
      insertHandoverImport(sqlite, { packageId: payload.packageId, importedAt: now, importedBy: by, sender: payload.sender, caseNumbers });
      this.ctx.store.audit('handover.imported', 'handover', payload.packageId);
    });
    return { packageId: payload.packageId, caseNumbers, formerCaseNumbers, confirmationCode: confirmationCode(payload.packageId, caseNumbers.length) };
  }
}

/** `kim-uebergabe-2026-03-15.kimuebergabe`: the local date. */
export function suggestedName(now: Date): string {
  return `kim-uebergabe-${today(now)}.kimuebergabe`;
}

function summary(row: HandoverRow): HandoverSummary {
  const { remainingCaseIds, ...rest } = row;
  const status = remainingCaseIds.length === 0 ? 'geloescht' : row.confirmedAt !== null ? 'bestaetigt' : 'versandt';
  return { ...rest, status };
}

/** The names (primary first) and birth date of a carried person, for the duplicate check. */
function personFacts(person: PayloadPerson): { names: { familyName: string; givenNames: string }[]; birthDate: string | null } {
  const names = [...rowsOf(person, 'person_names')]
    .sort((a, b) => Number(b.is_primary ?? 0) - Number(a.is_primary ?? 0))
    .map((n) => ({ familyName: String(n.family_name ?? ''), givenNames: String(n.given_names ?? '') }))
    .filter((n) => n.familyName.trim() !== '');
  const birth = rowsOf(person, 'persons')[0]?.birth_date;
  return { names, birthDate: typeof birth === 'string' ? birth : null };
}

/** Whether any id of the package's rows exists here already. */
function recordsExist(sqlite: Parameters<typeof anyIdExists>[0], payload: Payload): boolean {
  const byTable = new Map<string, string[]>();
  for (const person of payload.persons) for (const [table, ids] of idsByTable(sqlite, person)) byTable.set(table, [...(byTable.get(table) ?? []), ...ids]);
  return [...byTable].some(([table, ids]) => anyIdExists(sqlite, table, ids));
}
