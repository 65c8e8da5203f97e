/**
 * The hash chain over the audit log. Every entry's hash commits to the entry before it:
 *
 *   hash(n) = SHA-256( "kim-audit-chain-v1" 0x00
 *                      ‖ hash(n-1) as 32 raw bytes (32 zero bytes for the first entry)
 *                      ‖ id as 8 bytes, unsigned big-endian
 *                      ‖ field(at) ‖ field(actor) ‖ field(action) ‖ field(entity) ‖ field(entity_id) )
 *   field(null) = 0x00;  field(text) = 0x01 ‖ byte length of its UTF-8 as 4 bytes big-endian ‖ UTF-8
 *
 * The label keeps these hashes apart from any other SHA-256 the app computes; the lengths make the
 * encoding unambiguous ("ab"+"c" and "a"+"bc" hash differently). Deleting, changing or reordering
 * entries breaks the chain at the first entry touched; recomputing the chain from there on changes
 * the hash at the anchored entry, which is kept outside the database (the key file).
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { KimDb } from '../open';

const LABEL = Buffer.from('kim-audit-chain-v1\0', 'utf8');
const GENESIS = Buffer.alloc(32);

/** The connection under a drizzle handle (drizzle() returns it as `$client`; the KimDb type omits it). */
export function sqliteOf(db: KimDb): Database.Database {
  return (db as KimDb & { $client: Database.Database }).$client;
}

export interface ChainedFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
}

export interface ChainHead {
  entryId: number;
  hash: string;
}

/** Writes field(value) at `offset`; returns the offset after it. */
function putField(buffer: Buffer, offset: number, value: string | null): number {
  if (value === null) {
    buffer[offset] = 0;
    return offset + 1;
  }
  buffer[offset] = 1;
  const length = buffer.write(value, offset + 5, 'utf8');
  buffer.writeUInt32BE(length, offset + 1);
  return offset + 5 + length;
}

/** The entry's hash given its predecessor's (hex, or null for the first entry of the chain). */
export function chainHash(previous: string | null, entry: ChainedFields): string {
  // One buffer per entry: a verify walks every entry, and separate small buffers per field
  // cost several times the hashing itself.
  const texts = [entry.at, entry.actor, entry.action, entry.entity, entry.entityId];
  let size = LABEL.length + 32 + 8;
  for (const text of texts) size += text === null ? 1 : 5 + Buffer.byteLength(text, 'utf8');
  const input = Buffer.allocUnsafe(size);
  let offset = LABEL.copy(input, 0);
  offset += previous === null ? GENESIS.copy(input, offset) : input.write(previous, offset, 'hex');
  input.writeBigUInt64BE(BigInt(entry.id), offset);
  offset += 8;
  for (const text of texts) offset = putField(input, offset, text);
  return createHash('sha256').update(input).digest('hex');
}

/**
 * A link's hash as hex. Stored as its 32 bytes (issue 13: half the size of the hex text), written
 * with `unhex(?)` (`HASH_FROM_HEX`); links written before are hex text and stay so (the table is
 * insert-only), and a link edited by hand may be any text: both are read as they are.
 */
export const hashHex = (column: string) => `CASE WHEN typeof(${column}) = 'blob' THEN lower(hex(${column})) ELSE ${column} END`;
/** The placeholder for a hash given as hex, stored as its bytes. */
export const HASH_FROM_HEX = 'unhex(?)';

export function chainHead(sqlite: Database.Database): ChainHead | null {
  const row = sqlite.prepare(`SELECT entry_id AS entryId, ${hashHex('hash')} AS hash FROM audit_chain ORDER BY entry_id DESC LIMIT 1`).get() as
    | ChainHead
    | undefined;
  return row ?? null;
}

export function chainHashAt(sqlite: Database.Database, entryId: number): string | null {
  const row = sqlite.prepare(`SELECT ${hashHex('hash')} AS hash FROM audit_chain WHERE entry_id = ?`).get(entryId) as { hash: string } | undefined;
  return row?.hash ?? null;
}

/**
 * Chains the entries written before the chain existed, once: only when the chain is empty (a
 * store from before migration 0012). A chain that exists is never extended here, so an entry
 * slipped in later with direct SQL stays unchained and is reported. Returns how many were chained.
 */
export function backfillAuditChain(sqlite: Database.Database): number {
  return sqlite.transaction(() => {
    if (sqlite.prepare('SELECT 1 FROM audit_chain LIMIT 1').get() !== undefined) return 0;
    const entries = sqlite
      .prepare('SELECT id, at, actor, action, entity, entity_id AS entityId FROM audit_log ORDER BY id')
      .iterate() as IterableIterator<ChainedFields>;
    const insert = sqlite.prepare(`INSERT INTO audit_chain (entry_id, hash) VALUES (?, ${HASH_FROM_HEX})`);
    let previous: string | null = null;
    let count = 0;
    const rows: [number, string][] = [];
    for (const entry of entries) {
      previous = chainHash(previous, entry);
      rows.push([entry.id, previous]);
    }
    for (const [id, hash] of rows) {
      insert.run(id, hash);
      count += 1;
    }
    return count;
  })();
}

/** What the walk found first; `at` is the entry's time where the entry is still there. */
export type ChainProblem =
  /** An entry (this id) is gone; its chain record is left. */
  | { kind: 'deleted'; entryId: number; at: null }
  /** This entry has no chain record: written with direct SQL, or its record was deleted. */
  | { kind: 'unchained'; entryId: number; at: string }
  /** The hash does not match: this entry changed, moved, or one before it was removed (`gap`). */
  | { kind: 'changed'; entryId: number; at: string; gap: boolean }
  /** The key file confirms entries up to `anchorId`, the log ends at `entryId` (null: empty). */
  | { kind: 'truncated'; entryId: number | null; at: string | null; anchorId: number }
  /** The entry the key file anchors has another hash now: rewritten, or an older copy written on. */
  | { kind: 'anchor-mismatch'; entryId: number; at: string };

export interface ChainVerdict {
  entries: number;
  head: ChainHead | null;
  problem: ChainProblem | null;
}

interface WalkRow extends ChainedFields {
  hash: string | null;
}

/** The entries in id order with their links: both by primary key, so each batch costs its size. */
export const WALK_SQL = `
  SELECT l.id AS id, l.at AS at, l.actor AS actor, l.action AS action, l.entity AS entity,
         l.entity_id AS entityId, ${hashHex('c.hash')} AS hash
    FROM audit_log l LEFT JOIN audit_chain c ON c.entry_id = l.id
   WHERE l.id > @after ORDER BY l.id LIMIT @limit`;

/** A link whose entry is gone, between two ids (exclusive). */
const ORPHAN_SQL = `
  SELECT c.entry_id FROM audit_chain c
   WHERE c.entry_id > @after AND c.entry_id < @before
     AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.id = c.entry_id)
   ORDER BY c.entry_id LIMIT 1`;

/**
 * Walks the chain in batches (so a caller can yield between them) and stops at the first problem.
 * `anchor`: the head the key file vouches for, or null when there is none to compare with.
 */
export class ChainWalk {
  private previous: string | null = null;
  private lastId = 0;
  private lastAt: string | null = null;
  private entries = 0;
  private problem: ChainProblem | null = null;
  private done = false;
  private readonly statement: Database.Statement;
  private readonly orphans: Database.Statement;

  constructor(
    sqlite: Database.Database,
    private readonly anchor: ChainHead | null,
  ) {
    this.statement = sqlite.prepare(WALK_SQL);
    this.orphans = sqlite.prepare(ORPHAN_SQL).pluck();
  }

  /** A deleted entry whose link was left, between the last good entry and `before`. */
  private deletedBefore(before: number): ChainProblem | null {
    const id = this.orphans.get({ after: this.lastId, before }) as number | undefined;
    return id === undefined ? null : { kind: 'deleted', entryId: id, at: null };
  }

  /** Reads up to `limit` rows; false once the walk has finished. */
  step(limit: number): boolean {
    if (this.done) return false;
    const rows = this.statement.all({ after: this.lastId, limit }) as WalkRow[];
    for (const row of rows) {
      const problem = this.check(row);
      if (problem) {
        // A link left behind before this entry says more precisely what happened.
        this.problem = this.deletedBefore(row.id) ?? problem;
        return this.finish();
      }
      this.previous = row.hash;
      this.lastId = row.id;
      this.lastAt = row.at;
      this.entries += 1;
    }
    if (rows.length < limit) {
      this.problem = this.deletedBefore(Number.MAX_SAFE_INTEGER);
      if (this.problem) return this.finish();
      if (this.anchor && this.lastId < this.anchor.entryId) {
        this.problem = { kind: 'truncated', entryId: this.entries === 0 ? null : this.lastId, at: this.lastAt, anchorId: this.anchor.entryId };
      }
      return this.finish();
    }
    return true;
  }

  get verdict(): ChainVerdict {
    const head = this.entries === 0 ? null : { entryId: this.lastId, hash: this.previous as string };
    return { entries: this.entries, head, problem: this.problem };
  }

  private finish(): false {
    this.done = true;
    return false;
  }

  private check(row: WalkRow): ChainProblem | null {
    const at = row.at;
    if (row.hash === null) return { kind: 'unchained', entryId: row.id, at };
    const expected = chainHash(this.previous, row);
    // Ids only grow by one (AUTOINCREMENT, rolled-back inserts give their id back): a gap before a
    // broken link says an entry was removed there.
    if (expected !== row.hash) return { kind: 'changed', entryId: row.id, at, gap: row.id !== this.lastId + 1 };
    if (this.anchor && row.id === this.anchor.entryId && row.hash !== this.anchor.hash) return { kind: 'anchor-mismatch', entryId: row.id, at };
    return null;
  }
}

export const WALK_BATCH = 5000;

/** The whole walk at once (`kim verify`, tests). */
export function verifyAuditChain(sqlite: Database.Database, anchor: ChainHead | null): ChainVerdict {
  const walk = new ChainWalk(sqlite, anchor);
  while (walk.step(WALK_BATCH));
  return walk.verdict;
}
