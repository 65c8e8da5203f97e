/**
 * Queries that run on nearly every change (the audit entry, the case's phase) are built once per
 * connection as drizzle prepared queries with placeholders. drizzle builds the SQL text anew on
 * every ordinary call, and for such small queries that costs several times what SQLite needs to
 * run them; with thousands of records written at once (the demo data) it added up to minutes.
 *
 * Besides `preparedFor` (one query, keyed by the function that builds it) there are prepared
 * inserts and updates of whole rows (`insertRows`, `updateWhere`): the same statement drizzle
 * would build for that row, built once per shape of row (which columns are given, which are
 * null) and table.
 */
import { eq, is, SQL, sql, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import type { KimDb } from './open';
import { allOrNothing } from './queries/bulkLoad';

const preparedByConnection = new WeakMap<KimDb, Map<object | string, unknown>>();

function cacheOf(db: KimDb): Map<object | string, unknown> {
  let prepared = preparedByConnection.get(db);
  if (!prepared) preparedByConnection.set(db, (prepared = new Map()));
  return prepared;
}

/** The query that `prepare` builds, built on its first use on this connection and kept with it. */
export function preparedFor<Q>(db: KimDb, prepare: (db: KimDb) => Q): Q {
  const prepared = cacheOf(db);
  let query = prepared.get(prepare) as Q | undefined;
  if (query === undefined) prepared.set(prepare, (query = prepare(db)));
  return query;
}

/** Id lists up to this length get a prepared query each; longer ones are built each time. */
const MAX_KEPT_SHAPE = 16;

/**
 * A query whose shape varies (e.g. the length of an id list): `build` is called once per `shape`
 * on this connection. `prepare` is the function that builds it (its identity and the shape are the key).
 */
export function preparedShape<Q>(db: KimDb, prepare: (db: KimDb, shape: number) => Q, shape: number): Q {
  if (shape > MAX_KEPT_SHAPE) return prepare(db, shape); // rare and many: built each time, as before
  const prepared = cacheOf(db);
  let byShape = prepared.get(prepare) as Map<number, Q> | undefined;
  if (!byShape) prepared.set(prepare, (byShape = new Map()));
  let query = byShape.get(shape);
  if (query === undefined) byShape.set(shape, (query = prepare(db, shape)));
  return query;
}

/**
 * `select * from table where column = value`, the first row: prepared once per table and column
 * (the same statement as `db.select().from(table).where(eq(column, value)).get()`).
 */
export function rowWhere<T extends SQLiteTable>(db: KimDb, table: T, column: Column, value: string): T['$inferSelect'] | undefined {
  const query = preparedByShape(db, `select ${nameOf(table)} ${column.name}`, () =>
    db
      .select()
      .from(table as SQLiteTable)
      .where(eq(column, sql.placeholder('value')))
      .prepare(),
  ) as unknown as { get(values: { value: string }): T['$inferSelect'] | undefined };
  return query.get({ value });
}

/** Placeholders `${name}0` … `${name}${n-1}`, and the values that fill them. */
export const placeholders = (name: string, n: number) => Array.from({ length: n }, (_, i) => sql.placeholder(`${name}${i}`));
export function filled(name: string, values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  values.forEach((value, i) => {
    out[`${name}${i}`] = value;
  });
  return out;
}

type Row = Record<string, unknown>;
interface RunnableQuery {
  run(values?: Record<string, unknown>): unknown;
  get(values?: Record<string, unknown>): unknown;
}

/**
 * How a row's fields go into the statement: given (a placeholder), null (NULL in the text, as
 * drizzle binds null without its column's encoder: a JSON column would turn a bound null into the
 * text 'null'), or left out (drizzle puts the column's default in). A value that is SQL (or a
 * column) is not prepared: the caller's statement is built as before.
 */
function shapeOf(row: Row): string | null {
  let shape = '';
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value === undefined) continue;
    if (value !== null && typeof value === 'object' && (is(value, SQL) || typeof (value as { getSQL?: unknown }).getSQL === 'function')) return null;
    shape += `${key}${value === null ? '=n' : '=p'},`;
  }
  return shape;
}

function templateOf(row: Row): Row {
  const template: Row = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value === undefined) continue;
    template[key] = value === null ? sql`null` : sql.placeholder(key);
  }
  return template;
}

function valuesOf(row: Row): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value !== undefined && value !== null) values[key] = value;
  }
  return values;
}

const byTableAndShape = new WeakMap<KimDb, Map<string, RunnableQuery>>();

function preparedByShape(db: KimDb, key: string, build: () => RunnableQuery): RunnableQuery {
  let cache = byTableAndShape.get(db);
  if (!cache) byTableAndShape.set(db, (cache = new Map()));
  let query = cache.get(key);
  if (!query) cache.set(key, (query = build()));
  return query;
}

const clientOf = (db: KimDb) => (db as KimDb & { $client: Database.Database }).$client;

const tableNames = new WeakMap<SQLiteTable, string>();
function nameOf(table: SQLiteTable): string {
  let name = tableNames.get(table);
  if (!name) tableNames.set(table, (name = getTableConfig(table).name));
  return name;
}

/**
 * Inserts the rows one by one, each with the statement drizzle builds for it (`insert into t (every
 * column) values (…)`, defaults for the columns left out), prepared once per shape of row. One
 * statement per row instead of one for all: the same rows in the same order, and all or none.
 */
export function insertRows<T extends SQLiteTable>(db: KimDb, table: T, rows: readonly T['$inferInsert'][]): void {
  if (rows.length === 0) return;
  // Several rows stay all or nothing, as in one statement: a savepoint (or a transaction) around them.
  if (rows.length > 1) return void allOrNothing(clientOf(db), () => insertEach(db, table, rows));
  insertEach(db, table, rows);
}

function insertEach<T extends SQLiteTable>(db: KimDb, table: T, rows: readonly T['$inferInsert'][]): void {
  for (const row of rows as readonly Row[]) {
    const shape = shapeOf(row);
    if (shape === null) {
      db.insert(table)
        .values(row as T['$inferInsert'])
        .run();
      continue;
    }
    const query = preparedByShape(db, `insert ${nameOf(table)} ${shape}`, () =>
      db
        .insert(table)
        .values(templateOf(row) as T['$inferInsert'])
        .prepare(),
    );
    query.run(valuesOf(row));
  }
}

/**
 * `update t set … where column = value`, prepared once per table, column and shape of the change
 * (the fields given, which of them null). Fields left undefined are not changed, as in drizzle.
 */
export function updateWhere<T extends SQLiteTable>(db: KimDb, table: T, column: Column, value: string, patch: Partial<T['$inferInsert']>): void {
  const shape = shapeOf(patch as Row);
  if (shape === null || shape === '') {
    db.update(table)
      .set(patch as never)
      .where(eq(column, value))
      .run();
    return;
  }
  const query = preparedByShape(db, `update ${nameOf(table)} ${column.name} ${shape}`, () =>
    db
      .update(table)
      .set(templateOf(patch as Row) as never)
      .where(eq(column, sql.placeholder('__where')))
      .prepare(),
  );
  query.run({ ...valuesOf(patch as Row), __where: value });
}
