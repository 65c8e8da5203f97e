/**
 * What a handover package holds (encrypted, package.ts): the rows of whole persons as stored —
 * every table of db/queries/personRecords.ts, nothing written a second time — plus the
 * households they live in and the names of the configuration entries their rows point to.
 *
 * Decisions, and why:
 * - Whole persons: erasure after the handover works per person, so a person must leave with all
 *   their cases or a part of them would stay behind.
 * - The links to the sender's consultation hours (queue entries, the session's lists of persons
 *   and contacts) stay behind: a consultation hour is the sender's day at a place, not part of the
 *   case; the contacts themselves travel. They go with the erasure at the sender.
 * - Households travel as their bare row (an id and a date, nothing personal), so members handed
 *   over together stay together; members who stay behind are not carried.
 * - Configuration (partners, locations, target groups, life areas) is the unit's, made on each
 *   device: ids rarely agree between devices, names do. An entry is taken by id when the receiver
 *   has it, else by its name (partner: organisation and legal area; location: name and
 *   municipality; target group, life area: name). What has neither is listed and the import
 *   refused, so that no referral or goal silently loses its partner.
 */
import { z } from 'zod';
import type Database from 'better-sqlite3';
import { PERSON_RECORDS, selectPersonRecords, type PersonTableRows } from '../../../db/queries/personRecords';
import {
  columnsOf,
  configurationByName,
  configurationEntry,
  configurationExists,
  foreignKeysOf,
  householdRow,
  isConfigurationTable,
  type ConfigurationTable,
  type HandoverPerson,
} from '../../../db/queries/handover';
import { KimError } from '../../contract/errors';

export const PAYLOAD_FORMAT = 1;

/**
 * Left behind: the links to the sender's consultation hours (see above), and the sender's own
 * mark of a handover (a case already handed over is never in a package).
 */
export const LEFT_BEHIND = new Set(['consultation_queue', 'consultation_session_persons', 'consultation_session_contacts', 'handover_cases']);

/** The tables a package carries, parents before children (the order they are written in). */
export const CARRIED_TABLES: readonly string[] = PERSON_RECORDS.filter((k) => !k.derived && !LEFT_BEHIND.has(k.table))
  .map((k) => k.table)
  .reverse();

const cell = z.union([z.string(), z.number(), z.null()]);
const row = z.record(z.string().max(64), cell);
const text = z.string().min(1).max(500);

export const payloadSchema = z
  .object({
    format: z.literal(PAYLOAD_FORMAT),
    packageId: z.string().min(1).max(64),
    createdAt: z.string().min(1).max(40),
    sender: text,
    recipient: text,
    households: z.array(z.object({ id: z.string().min(1).max(64), created_at: z.string().max(40) }).strict()),
    persons: z
      .array(
        z
          .object({
            personId: z.string().min(1).max(64),
            records: z.array(z.object({ table: z.string().max(64), rows: z.array(row) }).strict()),
          })
          .strict(),
      )
      .min(1),
    configuration: z.array(
      z
        .object({
          table: z.enum(['partners', 'locations', 'target_groups', 'life_areas']),
          id: z.string().min(1).max(64),
          names: z.record(z.string().max(64), z.string().max(500).nullable()),
        })
        .strict(),
    ),
  })
  .strict();

export type Payload = z.infer<typeof payloadSchema>;
export type PayloadPerson = Payload['persons'][number];

/** Reads the decrypted bytes; a package our app did not write (or a newer format) is damage. */
export function parsePayload(bytes: Buffer): Payload {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw new KimError('HANDOVER_DAMAGED', { cause });
  }
  if (typeof value === 'object' && value !== null && 'format' in value && typeof value.format === 'number' && value.format > PAYLOAD_FORMAT) {
    throw new KimError('HANDOVER_FROM_FUTURE');
  }
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) throw new KimError('HANDOVER_DAMAGED', { cause: parsed.error });
  return parsed.data;
}

/** The rows of the selected persons and what they point to: the sending side. */
export function collectPayload(
  sqlite: Database.Database,
  persons: HandoverPerson[],
  head: { packageId: string; createdAt: string; sender: string; recipient: string },
): Payload {
  const households = new Map<string, { id: string; created_at: string }>();
  const configuration = new Map<string, Payload['configuration'][number]>();
  const foreignKeys = new Map<string, ReturnType<typeof foreignKeysOf>>();
  const carried = persons.map((person) => {
    const records = selectPersonRecords(
      sqlite,
      person.personId,
      person.cases.map((c) => c.id),
    ).filter((r) => !LEFT_BEHIND.has(r.table));
    for (const { table, rows } of records) {
      const keys = foreignKeys.get(table) ?? foreignKeysOf(sqlite, table);
      foreignKeys.set(table, keys);
      for (const key of keys) {
        const target = key.table;
        for (const r of rows) {
          const id = r[key.column];
          if (typeof id !== 'string') continue;
          if (target === 'households' && !households.has(id)) {
            const h = householdRow(sqlite, id) as { id: string; created_at: string } | undefined;
            if (h) households.set(id, { id: h.id, created_at: h.created_at });
          }
          if (isConfigurationTable(target) && !configuration.has(`${target}:${id}`)) {
            const names = configurationEntry(sqlite, target, id);
            if (names) configuration.set(`${target}:${id}`, { table: target, id, names });
          }
        }
      }
    }
    return {
      personId: person.personId,
      records: records.map(({ table, rows }) => ({ table, rows: rows as PersonTableRows['rows'] as z.infer<typeof row>[] })),
    };
  });
  return { format: PAYLOAD_FORMAT, ...head, households: [...households.values()], persons: carried, configuration: [...configuration.values()] };
}

const CONFIGURATION_WORDS: Record<ConfigurationTable, string> = {
  partners: 'Partnerstelle',
  locations: 'Ort',
  target_groups: 'Zielgruppe',
  life_areas: 'Lebensbereich',
};

/** "Partnerstelle: Jobcenter Musterkreis (SGB II)": what the receiver must create. */
function describe(entry: Payload['configuration'][number]): string {
  const values = Object.values(entry.names).filter((v): v is string => typeof v === 'string' && v !== '');
  const [first, ...rest] = values;
  return `${CONFIGURATION_WORDS[entry.table]}: ${first ?? entry.id}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}`;
}

/** The receiver's id for each configuration entry of the package, and what it lacks. */
export function mapConfiguration(sqlite: Database.Database, payload: Payload): { ids: Map<string, string>; missing: string[] } {
  const ids = new Map<string, string>();
  const missing: string[] = [];
  for (const entry of payload.configuration) {
    const key = `${entry.table}:${entry.id}`;
    if (configurationExists(sqlite, entry.table, entry.id)) ids.set(key, entry.id);
    else {
      const [byName] = configurationByName(sqlite, entry.table, entry.names);
      if (byName) ids.set(key, byName);
      else missing.push(describe(entry));
    }
  }
  return { ids, missing: [...new Set(missing)].sort((a, b) => a.localeCompare(b, 'de')) };
}

export interface PreparedTable {
  table: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/**
 * The rows of one person as they will be written here: only carried tables, only their own
 * columns, configuration ids mapped. Anything a package of ours cannot hold is damage.
 */
export function prepareRecords(sqlite: Database.Database, person: PayloadPerson, configIds: Map<string, string>): PreparedTable[] {
  const tables = new Map(person.records.map((r) => [r.table, r.rows]));
  for (const table of tables.keys()) if (!CARRIED_TABLES.includes(table)) throw new KimError('HANDOVER_DAMAGED');
  return CARRIED_TABLES.filter((table) => tables.has(table)).map((table) => {
    const rows = tables.get(table) ?? [];
    const columns = columnsOf(sqlite, table);
    const known = new Set(columns);
    for (const r of rows) for (const column of Object.keys(r)) if (!known.has(column)) throw new KimError('HANDOVER_DAMAGED');
    const keys = foreignKeysOf(sqlite, table).filter((k) => isConfigurationTable(k.table));
    const mapped = rows.map((r) => {
      const out: Record<string, unknown> = { ...r };
      for (const key of keys) {
        const value = r[key.column];
        if (typeof value !== 'string') continue;
        const local = configIds.get(`${key.table}:${value}`);
        if (local === undefined) throw new KimError('HANDOVER_CONFIGURATION_MISSING');
        out[key.column] = local;
      }
      return out;
    });
    return { table, columns, rows: mapped };
  });
}

/** Every `id` the person's rows carry, by table (tables keyed by `id`). */
export function idsByTable(sqlite: Database.Database, person: PayloadPerson): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const { table, rows } of person.records) {
    if (!CARRIED_TABLES.includes(table) || !columnsOf(sqlite, table).includes('id')) continue;
    ids.set(table, [...(ids.get(table) ?? []), ...rows.map((r) => r.id).filter((v): v is string => typeof v === 'string')]);
  }
  return ids;
}

/** The rows of `table` in a person's records (empty when the table is not there). */
export function rowsOf(person: PayloadPerson, table: string): Record<string, unknown>[] {
  return person.records.find((r) => r.table === table)?.rows ?? [];
}
