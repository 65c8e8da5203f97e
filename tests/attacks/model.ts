/**
 * The attacker's knowledge as a system of integer constraints, built only from published
 * documents (threat model of issue 10: an analyst holds every document a unit exported and knows
 * the algorithm, not the unit's secret).
 *
 * Variables: the true value of every count position (cells, row totals, column totals, grand
 * total) of every count table of every document. Constraints:
 *  - each table adds up (rows, columns, totals);
 *  - a published value p is exact without perturbation, else the true value lies in [p−D, p+D];
 *    a published count other than 0 is at least k (1..k−1 is never published, 0 stays 0);
 *  - totals shared by tables of one document that count the same population (derived from the
 *    documents: same unit of count and the same title before " nach …"); tables whose title says
 *    a record may belong to several rows count at least the population, each row at most;
 *  - across consecutive quarters the stock and flow of cases, per row of the dimensions that do
 *    not change over time: running(Q) = running(Q−1) + new(Q) − closed(Q) + r, r ≥ 0 (reopened);
 *  - a document whose period is tiled by others (a half-year, a year: format 1 only) is their sum
 *    ('zeitraum') or its last part ('stichtag').
 * Pure functions over plain objects: any document-shaped input works, also format-1-style ones
 * a test composes.
 */

/** The parts of a published count table the attacker reads. */
export interface PublishedCountTable {
  kind: 'counts';
  id: string;
  title: string;
  unitOfCount: string;
  timing: 'zeitraum' | 'stichtag';
  columnTitle: string | null;
  rows: { key: string }[];
  columns: { key: string }[];
  cells: (number | null)[][];
  rowTotals: (number | null)[] | null;
  columnTotals: (number | null)[];
  total: number | null;
}

export interface PublishedMeasureTable {
  kind: 'measures';
  id: string;
  rows: { key: string; unitOfMeasure: string; value: number | null }[];
}

export interface PublishedDocument {
  period: { label: string; from: string; to: string };
  threshold: number;
  perturbation: { maxDeviation: number } | null;
  tables: (PublishedCountTable | PublishedMeasureTable)[];
}

export interface Variable {
  name: string;
  lo: number;
  hi: number;
  /** A count position the document hides (null): what the attacker tries to recover. */
  hidden: boolean;
}

export interface Constraint {
  terms: [variable: number, coefficient: number][];
  lo: number;
  hi: number;
  /** Which kind of knowledge it is, for the report. */
  kind: 'table' | 'shared' | 'stock-flow' | 'nesting';
}

export interface AttackModel {
  variables: Variable[];
  constraints: Constraint[];
  index: Map<string, number>;
  /** What the attacker linked, for the report (e.g. "2026-Q1: faelle-neu-geschlecht = faelle-neu-gemeinde (Summe)"). */
  links: string[];
}

export interface AttackOptions {
  /** Within each document: totals shared by tables counting the same population (default on). */
  shared?: boolean;
  /** Across consecutive quarters: stock and flow of cases (default on). */
  stockFlow?: boolean;
  /** Documents whose period is tiled by others are their sum (default on). */
  nesting?: boolean;
}

/** Dimensions of the case tables whose value for a case does not change over time. */
export const STABLE_CASE_DIMENSIONS = ['geschlecht', 'herkunftsregion', 'zugangsweg'] as const;

/** Tables that hold hours, not counts: their additivity is broken by rounding and they count no records. */
export const isHoursTable = (t: PublishedCountTable) => t.unitOfCount === 'Stunden';

export const countTables = (doc: PublishedDocument): PublishedCountTable[] =>
  doc.tables.filter((t): t is PublishedCountTable => t.kind === 'counts' && !isHoursTable(t));

/** A position's name, by line keys: the same position in every quarter has the same name. */
export const cellName = (row: string, column: string) => `c:${row}:${column}`;
export const rowTotalName = (row: string) => `r:${row}`;
export const columnTotalName = (column: string) => `C:${column}`;
export const TOTAL_NAME = 'T';
export const variableName = (period: string, table: string, position: string) => `${period}|${table}|${position}`;

/** Every position of a table with its published value. */
export function positionsOf(t: PublishedCountTable): { position: string; published: number | null }[] {
  const out: { position: string; published: number | null }[] = [];
  t.rows.forEach((r, i) => {
    t.columns.forEach((c, j) => out.push({ position: cellName(r.key, c.key), published: t.cells[i]![j]! }));
  });
  if (t.rowTotals) t.rows.forEach((r, i) => out.push({ position: rowTotalName(r.key), published: t.rowTotals![i]! }));
  t.columns.forEach((c, j) => out.push({ position: columnTotalName(c.key), published: t.columnTotals[j]! }));
  out.push({ position: TOTAL_NAME, published: t.total });
  return out;
}

/** The value of a row as a whole: its row total, or its one cell when the table has one column. */
export const rowPosition = (t: PublishedCountTable, row: string) => (t.rowTotals ? rowTotalName(row) : cellName(row, t.columns[0]!.key));

/** What a published value tells about the true one. */
export function boundsOf(published: number | null, doc: Pick<PublishedDocument, 'threshold' | 'perturbation'>): [number, number] {
  if (published === null) return [0, Number.POSITIVE_INFINITY];
  if (published === 0) return [0, 0];
  const d = doc.perturbation?.maxDeviation ?? 0;
  return [Math.max(doc.threshold, published - d), published + d];
}

/** The title's part before " nach …": what is counted, regardless of the dimension. */
const stemOf = (title: string) =>
  title
    .split(' nach ')[0]!
    .replace(/^im zeitraum /i, '') // "Im Zeitraum abgeschlossene Fälle" counts the closed cases too
    .trim()
    .toLowerCase();
/** A table in which one record may be counted in several rows (e.g. target groups). */
const severalRows = (title: string) => /mehreren/i.test(title);
const sameColumns = (a: PublishedCountTable, b: PublishedCountTable) =>
  a.columns.length > 1 && a.columnTitle === b.columnTitle && a.columns.length === b.columns.length && a.columns.every((c, j) => c.key === b.columns[j]!.key);

/** Groups of count tables of one document that count the same population. */
export function populationGroups(doc: PublishedDocument): { stem: string; tables: PublishedCountTable[]; multi: PublishedCountTable[] }[] {
  const groups = new Map<string, { stem: string; tables: PublishedCountTable[]; multi: PublishedCountTable[] }>();
  for (const t of countTables(doc)) {
    const key = `${t.unitOfCount}\u0000${stemOf(t.title)}`;
    const group = groups.get(key) ?? { stem: stemOf(t.title), tables: [], multi: [] };
    (severalRows(t.title) ? group.multi : group.tables).push(t);
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.tables.length + g.multi.length > 1);
}

export function buildModel(documents: readonly PublishedDocument[], options: AttackOptions = {}): AttackModel {
  const { shared = true, stockFlow = true, nesting = true } = options;
  const variables: Variable[] = [];
  const constraints: Constraint[] = [];
  const index = new Map<string, number>();
  const links: string[] = [];
  const labels = new Set<string>();

  const addVariable = (name: string, lo: number, hi: number, hidden: boolean): number => {
    if (index.has(name)) throw new Error(`${name} twice`);
    index.set(name, variables.length);
    variables.push({ name, lo, hi, hidden });
    return variables.length - 1;
  };
  const v = (period: string, table: string, position: string): number | undefined => index.get(variableName(period, table, position));
  const equal = (terms: [number, number][], kind: Constraint['kind'], value = 0) => constraints.push({ terms, lo: value, hi: value, kind });
  const atLeast = (terms: [number, number][], kind: Constraint['kind'], value = 0) =>
    constraints.push({ terms, lo: value, hi: Number.POSITIVE_INFINITY, kind });

  for (const doc of documents) {
    const period = doc.period.label;
    if (labels.has(period)) throw new Error(`${period}: two documents of one period (a re-export must be identical; pass one)`);
    labels.add(period);
    for (const t of countTables(doc)) {
      for (const { position, published } of positionsOf(t)) {
        const [lo, hi] = boundsOf(published, doc);
        addVariable(variableName(period, t.id, position), lo, hi, published === null);
      }
      const at = (position: string) => v(period, t.id, position)!;
      // Additivity: each row, each column, and the totals.
      if (t.rowTotals)
        for (const r of t.rows) equal([...t.columns.map((c): [number, number] => [at(cellName(r.key, c.key)), 1]), [at(rowTotalName(r.key)), -1]], 'table');
      for (const c of t.columns) equal([...t.rows.map((r): [number, number] => [at(cellName(r.key, c.key)), 1]), [at(columnTotalName(c.key)), -1]], 'table');
      equal([...t.columns.map((c): [number, number] => [at(columnTotalName(c.key)), 1]), [at(TOTAL_NAME), -1]], 'table');
      if (t.rowTotals) equal([...t.rows.map((r): [number, number] => [at(rowTotalName(r.key)), 1]), [at(TOTAL_NAME), -1]], 'table');
    }

    if (!shared) continue;
    for (const group of populationGroups(doc)) {
      const [first, ...others] = group.tables;
      if (!first) continue;
      const total = v(period, first.id, TOTAL_NAME)!;
      for (const other of others) {
        equal(
          [
            [total, 1],
            [v(period, other.id, TOTAL_NAME)!, -1],
          ],
          'shared',
        );
        links.push(`${period}: ${first.id} = ${other.id} (Summe)`);
        if (sameColumns(first, other)) {
          for (const c of first.columns)
            equal(
              [
                [v(period, first.id, columnTotalName(c.key))!, 1],
                [v(period, other.id, columnTotalName(c.key))!, -1],
              ],
              'shared',
            );
          links.push(`${period}: ${first.id} = ${other.id} (Spaltensummen)`);
        }
      }
      for (const multi of group.multi) {
        // Every record in at least one row: the sum over the rows is at least the population; each row at most.
        atLeast(
          [
            [v(period, multi.id, TOTAL_NAME)!, 1],
            [total, -1],
          ],
          'shared',
        );
        for (const r of multi.rows)
          atLeast(
            [
              [total, 1],
              [v(period, multi.id, rowPosition(multi, r.key))!, -1],
            ],
            'shared',
          );
        links.push(`${period}: ${multi.id} ≥ ${first.id} (Summe; Zeilen ≤ Summe)`);
      }
    }
  }

  const quarters = [...documents].filter((d) => /-Q[1-4]$/.test(d.period.label)).sort((a, b) => a.period.from.localeCompare(b.period.from));

  if (stockFlow) {
    const table = (doc: PublishedDocument, id: string) => countTables(doc).find((t) => t.id === id);
    for (let q = 1; q < quarters.length; q++) {
      const previous = quarters[q - 1]!;
      const current = quarters[q]!;
      if (dayAfter(previous.period.to) !== current.period.from) continue;
      for (const dim of STABLE_CASE_DIMENSIONS) {
        const before = table(previous, `faelle-laufend-${dim}`);
        const after = table(current, `faelle-laufend-${dim}`);
        const opened = table(current, `faelle-neu-${dim}`);
        const closed = table(current, `faelle-abgeschlossen-${dim}`);
        if (!before || !after || !opened || !closed) continue;
        const rowKeys = [...new Set([before, after, opened, closed].flatMap((t) => t.rows.map((r) => r.key)))];
        const term = (doc: PublishedDocument, t: PublishedCountTable, row: string, coefficient: number): [number, number][] => {
          const i = t.rows.some((r) => r.key === row) ? v(doc.period.label, t.id, rowPosition(t, row)) : undefined;
          return i === undefined ? [] : [[i, coefficient]]; // a line the table does not show counts 0
        };
        const reopened: number[] = [];
        for (const row of rowKeys) {
          const r = addVariable(`${current.period.label}|stock-flow|${dim}|${row}`, 0, Number.POSITIVE_INFINITY, false);
          reopened.push(r);
          equal(
            [...term(current, after, row, 1), ...term(previous, before, row, -1), ...term(current, opened, row, -1), ...term(current, closed, row, 1), [r, -1]],
            'stock-flow',
          );
        }
        const rTotal = addVariable(`${current.period.label}|stock-flow|${dim}|${TOTAL_NAME}`, 0, Number.POSITIVE_INFINITY, false);
        equal([...reopened.map((r): [number, number] => [r, 1]), [rTotal, -1]], 'stock-flow');
        equal(
          [
            [v(current.period.label, after.id, TOTAL_NAME)!, 1],
            [v(previous.period.label, before.id, TOTAL_NAME)!, -1],
            [v(current.period.label, opened.id, TOTAL_NAME)!, -1],
            [v(current.period.label, closed.id, TOTAL_NAME)!, 1],
            [rTotal, -1],
          ],
          'stock-flow',
        );
        links.push(`${previous.period.label} → ${current.period.label}: Bestand und Zugang nach ${dim}`);
      }
    }
  }

  if (nesting) {
    for (const doc of documents) {
      if (/-Q[1-4]$/.test(doc.period.label)) continue;
      const parts = quarters.filter((q) => q.period.from >= doc.period.from && q.period.to <= doc.period.to);
      const tiles =
        parts.length > 0 &&
        parts[0]!.period.from === doc.period.from &&
        parts.at(-1)!.period.to === doc.period.to &&
        parts.every((p, i) => i === 0 || dayAfter(parts[i - 1]!.period.to) === p.period.from);
      if (!tiles) continue;
      for (const t of countTables(doc)) {
        const partTables = parts.map((p) => countTables(p).find((x) => x.id === t.id));
        if (partTables.some((x) => x === undefined)) continue;
        for (const { position } of positionsOf(t)) {
          const whole = v(doc.period.label, t.id, position)!;
          const used = t.timing === 'stichtag' ? [parts.length - 1] : parts.map((_, i) => i);
          const terms: [number, number][] = [[whole, -1]];
          for (const i of used) {
            const part = v(parts[i]!.period.label, t.id, position);
            if (part !== undefined) terms.push([part, 1]); // a line a quarter does not show counts 0 there
          }
          equal(terms, 'nesting');
        }
      }
      links.push(`${doc.period.label} = ${parts.map((p) => p.period.label).join(' + ')}`);
    }
  }

  return { variables, constraints, index, links };
}

export function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
