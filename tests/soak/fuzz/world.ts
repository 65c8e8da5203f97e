/**
 * What the fuzz knows of its store: real record ids per table (read by rowid, so the choice of a
 * record depends on the seed, not on the random ids the store gave), and the secrets valid right
 * now (passphrase, recovery key, one-time passphrases of handover packages, inspection tokens).
 */
import type Database from 'better-sqlite3';
import type { Random } from './random';
import type { World } from './generate';

const POOL_SIZE = 300;

/** Field names whose table is not their singular: `stepId` → goal_steps, `entryId` → the queue. */
const ALIASES: Record<string, string> = {
  step: 'goalsteps',
  session: 'consultationsessions',
  sessions: 'consultationsessions',
  queueentry: 'queue',
  entry: 'queue',
  goal: 'goals',
  agreement: 'agreements',
  conference: 'caseconferences',
  followup: 'followups',
};

const norm = (name: string) => name.toLowerCase().replace(/[_\s]/g, '');

export interface Secrets {
  passphrase: string;
  recoveryKey: string;
  /** One-time passphrases of packages this store wrote. */
  handoverPassphrases: string[];
  /** Tokens handover.inspect gave. */
  tokens: string[];
}

export class FuzzWorld implements World {
  private pools = new Map<string, string[]>();
  private all: string[] = [];
  private tables: string[] = [];
  /** Tables with an `id` column, empty ones included (they fill during the run). */
  private idTables = new Set<string>();
  private resolved = new Map<string, string | null>();

  constructor(
    readonly random: Random,
    private readonly clock: () => Date,
    readonly secrets: Secrets,
  ) {}

  /** Reads the ids again (records come and go with the calls). */
  refresh(sqlite: Database.Database): void {
    this.pools.clear();
    this.all = [];
    this.tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    for (const table of this.tables) {
      const columns = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
      if (!columns.includes('id')) continue;
      this.idTables.add(table);
      let ids: string[];
      try {
        ids = sqlite.prepare(`SELECT id FROM "${table}" ORDER BY rowid LIMIT ${POOL_SIZE}`).pluck().all() as string[];
      } catch {
        ids = sqlite.prepare(`SELECT id FROM "${table}" ORDER BY id LIMIT ${POOL_SIZE}`).pluck().all() as string[];
      }
      const texts = ids.filter((id): id is string => typeof id === 'string');
      if (texts.length > 0) this.pools.set(table, texts);
      this.all.push(...texts.slice(0, 20));
    }
  }

  today(): string {
    return this.clock().toISOString().slice(0, 10);
  }

  /** The table a field's id points into, or null (then any id of the store). */
  tableFor(method: string, key: string): string | null {
    const memo = `${method}|${key}`;
    const known = this.resolved.get(memo);
    if (known !== undefined) return known;
    let base = key === 'id' ? method.split('.')[0]! : key.replace(/^(with|exclude)(?=[A-Z])/, '').replace(/Ids?$/, '');
    base = norm(base);
    base = ALIASES[base] ?? base;
    const names = this.tables.filter((t) => this.idTables.has(t));
    const found =
      names.find((t) => [base, `${base}s`, `${base}es`].includes(norm(t))) ??
      names.find((t) => norm(t).endsWith(base) || norm(t).endsWith(`${base}s`)) ??
      names.find((t) => norm(t).startsWith(base)) ??
      null;
    if (this.tables.length > 0) this.resolved.set(memo, found);
    return found;
  }

  idFor(method: string, key: string): string | undefined {
    if (this.random.chance(0.08)) return undefined; // a well-formed id of no record
    const table = method === '' ? null : this.tableFor(method, key);
    const pool = (table !== null ? this.pools.get(table) : undefined) ?? this.all;
    return pool.length > 0 ? this.random.pick(pool) : undefined;
  }

  secretFor(method: string, key: string): string | undefined {
    const { random, secrets } = this;
    if (method.startsWith('handover.') && key === 'passphrase') {
      return secrets.handoverPassphrases.length > 0 && random.chance(0.7) ? random.pick(secrets.handoverPassphrases) : undefined;
    }
    if (key === 'token') return secrets.tokens.length > 0 && random.chance(0.7) ? random.pick(secrets.tokens) : undefined;
    if (key === 'recoveryKey') return random.chance(0.6) ? secrets.recoveryKey : undefined;
    if (key === 'passphrase' || key === 'current') return random.chance(0.75) ? secrets.passphrase : undefined;
    if (key === 'next' || key === 'newPassphrase') {
      return random.pick([
        secrets.passphrase,
        'Laterne Fluss Kiesel Brombeere 42',
        'Fahrrad Brücke Nebel Ahorn',
        'kurz',
        `Wolke-Tinte-Anker-${random.int(1000, 9999)}`,
      ]);
    }
    return undefined;
  }
}
