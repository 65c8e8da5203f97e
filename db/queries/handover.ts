/**
 * The handover of cases to a colleague's device (electron/services/handover): which persons a
 * selection takes, the configuration their records point to, writing the carried rows on the
 * receiving side, and the two registers (handovers sent, packages imported).
 *
 * Plain prepared statements on the connection, as erasure does: the rows travel as stored
 * (column names of the tables, personRecords.ts), and are written back the same way.
 */
import type Database from 'better-sqlite3';

/** A person a selection takes, with every case of theirs and what forbids the handover. */
export interface HandoverPerson {
  personId: string;
  householdId: string | null;
  cases: { id: string; caseNumber: string; openedAt: string; restricted: boolean; handedOver: boolean }[];
}

/** The persons of the selected cases, each with all their cases (oldest first); missing ids are left out. */
export function personsOfCases(sqlite: Database.Database, caseIds: readonly string[]): { persons: HandoverPerson[]; found: string[] } {
  const found = sqlite.prepare('SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(caseIds)) as string[];
  const rows = sqlite
    .prepare(
      `SELECT c.person_id AS personId, p.household_id AS householdId, c.id, c.case_number AS caseNumber, c.opened_at AS openedAt,
              EXISTS (SELECT 1 FROM case_restrictions r WHERE r.case_id = c.id AND r.lifted_at IS NULL) AS restricted,
              EXISTS (SELECT 1 FROM handover_cases h WHERE h.case_id = c.id) AS handedOver
       FROM cases c JOIN persons p ON p.id = c.person_id
       WHERE c.person_id IN (SELECT person_id FROM cases WHERE id IN (SELECT value FROM json_each(?)))
       ORDER BY c.person_id, c.opened_at, c.case_number`,
    )
    .all(JSON.stringify(caseIds)) as {
    personId: string;
    householdId: string | null;
    id: string;
    caseNumber: string;
    openedAt: string;
    restricted: number;
    handedOver: number;
  }[];
  const persons = new Map<string, HandoverPerson>();
  for (const r of rows) {
    const person = persons.get(r.personId) ?? { personId: r.personId, householdId: r.householdId, cases: [] };
    person.cases.push({ id: r.id, caseNumber: r.caseNumber, openedAt: r.openedAt, restricted: r.restricted === 1, handedOver: r.handedOver === 1 });
    persons.set(r.personId, person);
  }
  return { persons: [...persons.values()], found };
}

export function householdRow(sqlite: Database.Database, householdId: string): Record<string, unknown> | undefined {
  return sqlite.prepare('SELECT * FROM households WHERE id = ?').get(householdId) as Record<string, unknown> | undefined;
}

/** The configuration tables a person's records may point to, and what names an entry across devices. */
export const CONFIGURATION_TABLES = {
  partners: ['organisation', 'legal_area'],
  locations: ['name', 'municipality'],
  target_groups: ['name'],
  life_areas: ['name'],
} as const;
export type ConfigurationTable = keyof typeof CONFIGURATION_TABLES;

export const isConfigurationTable = (table: string): table is ConfigurationTable => Object.hasOwn(CONFIGURATION_TABLES, table);

/** What a configuration entry is called (the columns of CONFIGURATION_TABLES), by id; undefined when there is none. */
export function configurationEntry(sqlite: Database.Database, table: ConfigurationTable, id: string): Record<string, string | null> | undefined {
  const columns = CONFIGURATION_TABLES[table].map((c) => `"${c}"`).join(', ');
  return sqlite.prepare(`SELECT ${columns} FROM "${table}" WHERE id = ?`).get(id) as Record<string, string | null> | undefined;
}

/** Entries of `table` with exactly these names (the columns of CONFIGURATION_TABLES), active ones first. */
export function configurationByName(sqlite: Database.Database, table: ConfigurationTable, names: Record<string, string | null>): string[] {
  const columns = CONFIGURATION_TABLES[table];
  const where = columns.map((c) => `"${c}" IS ?`).join(' AND ');
  const order = table === 'target_groups' ? 'valid_until IS NOT NULL, valid_from DESC' : 'active DESC';
  return sqlite
    .prepare(`SELECT id FROM "${table}" WHERE ${where} ORDER BY ${order}`)
    .pluck()
    .all(...columns.map((c) => names[c] ?? null)) as string[];
}

/** Whether the configuration entry with this id exists here. */
export function configurationExists(sqlite: Database.Database, table: ConfigurationTable, id: string): boolean {
  return sqlite.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(id) !== undefined;
}

export interface ForeignKey {
  column: string;
  table: string;
}

/** The foreign keys of a table, as SQLite knows them (so a column added later is not forgotten). */
export function foreignKeysOf(sqlite: Database.Database, table: string): ForeignKey[] {
  return (sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { from: string; table: string }[]).map((k) => ({ column: k.from, table: k.table }));
}

/** The columns of a table. */
export function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

/** Whether `table` has a row whose `id` is one of `ids` (tables keyed by `id` only). */
export function anyIdExists(sqlite: Database.Database, table: string, ids: readonly string[]): boolean {
  if (ids.length === 0) return false;
  return sqlite.prepare(`SELECT 1 FROM "${table}" WHERE id IN (SELECT value FROM json_each(?)) LIMIT 1`).get(JSON.stringify(ids)) !== undefined;
}

/**
 * Writes rows as stored into `table`. Only the table's own columns are written: the caller
 * checked the table name against the person records list and every column against `columnsOf`.
 */
export function insertRows(sqlite: Database.Database, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const names = columns.map((c) => `"${c}"`).join(', ');
  const statement = sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
  for (const row of rows) statement.run(...columns.map((c) => row[c] ?? null));
}

/** A household carried with its members: written when this store does not have it yet. */
export function insertHouseholdIfMissing(sqlite: Database.Database, row: { id: string; created_at: string }): void {
  sqlite.prepare('INSERT INTO households (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING').run(row.id, row.created_at);
}

// ——— the sending side ———

export function insertHandover(
  sqlite: Database.Database,
  row: { id: string; createdAt: string; createdBy: string; recipient: string; caseNumbers: string[]; caseIds: string[] },
): void {
  sqlite
    .prepare('INSERT INTO handovers (id, created_at, created_by, recipient, case_numbers, confirmed_at) VALUES (?, ?, ?, ?, ?, NULL)')
    .run(row.id, row.createdAt, row.createdBy, row.recipient, JSON.stringify(row.caseNumbers));
  const link = sqlite.prepare('INSERT INTO handover_cases (handover_id, case_id) VALUES (?, ?)');
  for (const caseId of row.caseIds) link.run(row.id, caseId);
}

export interface HandoverRow {
  id: string;
  createdAt: string;
  createdBy: string;
  recipient: string;
  caseNumbers: string[];
  confirmedAt: string | null;
  /** The cases of the handover still in this store. */
  remainingCaseIds: string[];
}

const HANDOVER_SELECT = `SELECT h.id, h.created_at AS createdAt, h.created_by AS createdBy, h.recipient, h.case_numbers AS caseNumbers,
       h.confirmed_at AS confirmedAt,
       (SELECT json_group_array(case_id) FROM handover_cases WHERE handover_id = h.id) AS remaining
FROM handovers h`;

type RawHandover = Omit<HandoverRow, 'caseNumbers' | 'remainingCaseIds'> & { caseNumbers: string; remaining: string };
const parseHandover = (r: RawHandover): HandoverRow => {
  const { remaining, ...rest } = r;
  return { ...rest, caseNumbers: JSON.parse(r.caseNumbers) as string[], remainingCaseIds: JSON.parse(remaining) as string[] };
};

/** Every handover sent from this store, the newest first. */
export function listHandovers(sqlite: Database.Database): HandoverRow[] {
  return (sqlite.prepare(`${HANDOVER_SELECT} ORDER BY h.created_at DESC, h.id`).all() as RawHandover[]).map(parseHandover);
}

export function handoverById(sqlite: Database.Database, id: string): HandoverRow | undefined {
  const row = sqlite.prepare(`${HANDOVER_SELECT} WHERE h.id = ?`).get(id) as RawHandover | undefined;
  return row ? parseHandover(row) : undefined;
}

export function setHandoverConfirmed(sqlite: Database.Database, id: string, confirmedAt: string): void {
  sqlite.prepare('UPDATE handovers SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL').run(confirmedAt, id);
}

/**
 * The persons of a handover's remaining cases: one case of each (the lowest number, to name the
 * person to the erasure), the number of their cases here and how many of them the handover holds.
 */
export function personsOfHandover(
  sqlite: Database.Database,
  handoverId: string,
): { personId: string; caseId: string; caseNumber: string; allCases: number; handedOverCases: number }[] {
  return sqlite
    .prepare(
      `SELECT c.person_id AS personId, c.id AS caseId, c.case_number AS caseNumber,
              (SELECT count(*) FROM cases a WHERE a.person_id = c.person_id) AS allCases,
              (SELECT count(*) FROM cases a JOIN handover_cases x ON x.case_id = a.id WHERE a.person_id = c.person_id AND x.handover_id = $h) AS handedOverCases
       FROM handover_cases h JOIN cases c ON c.id = h.case_id
       WHERE h.handover_id = $h
         AND c.case_number = (SELECT min(a.case_number) FROM handover_cases y JOIN cases a ON a.id = y.case_id WHERE y.handover_id = $h AND a.person_id = c.person_id)
       ORDER BY c.case_number`,
    )
    .all({ h: handoverId }) as { personId: string; caseId: string; caseNumber: string; allCases: number; handedOverCases: number }[];
}

// ——— the receiving side ———

export function packageImported(sqlite: Database.Database, packageId: string): boolean {
  return sqlite.prepare('SELECT 1 FROM handover_imports WHERE package_id = ?').get(packageId) !== undefined;
}

export function insertHandoverImport(
  sqlite: Database.Database,
  row: { packageId: string; importedAt: string; importedBy: string; sender: string; caseNumbers: string[] },
): void {
  sqlite
    .prepare('INSERT INTO handover_imports (package_id, imported_at, imported_by, sender, case_numbers) VALUES (?, ?, ?, ?, ?)')
    .run(row.packageId, row.importedAt, row.importedBy, row.sender, JSON.stringify(row.caseNumbers));
}

/** Whether a case of the person is handed over (their data went with it: read only here). */
export function personHandedOver(sqlite: Database.Database, personId: string): boolean {
  return sqlite.prepare('SELECT 1 FROM handover_cases h JOIN cases c ON c.id = h.case_id WHERE c.person_id = ? LIMIT 1').get(personId) !== undefined;
}

/** The handover a case is part of, for the case screen; null when it is not handed over. */
export function handoverOfCase(sqlite: Database.Database, caseId: string): { recipient: string; createdAt: string; confirmedAt: string | null } | null {
  const row = sqlite
    .prepare(
      'SELECT h.recipient, h.created_at AS createdAt, h.confirmed_at AS confirmedAt FROM handover_cases x JOIN handovers h ON h.id = x.handover_id WHERE x.case_id = ?',
    )
    .get(caseId) as { recipient: string; createdAt: string; confirmedAt: string | null } | undefined;
  return row ?? null;
}
