/**
 * The district's own protection of the exact sums of the masked exports (issue 15): the same
 * machinery a unit protects its tables with (anonymiseAll: primary and secondary suppression,
 * linked totals, cell key), applied once, to the district's counts, with the roster's settings.
 *
 * The cell keys cannot come from records (the district holds none). They are drawn per cell from
 * a district secret: an HMAC over table, row and column. The secret is a SHA-256 over every
 * file's vector (and the roster codes and the period): whoever holds all files knows the exact
 * sums anyway, a reader of a report holds none of them, and the same files always give the same
 * report.
 *
 * Linked totals: tables of one group (anonymise.ts, linkOf) show the same grand total, and with
 * `sharesColumns` the same column totals. A total's key is the sum of its cells' keys; were they
 * independent per table, the same total would be moved differently in two tables, and their mean
 * would come close to the true number. So one cell per table (per column for `sharesColumns`) is
 * shifted so that the total's key is one key derived from the group's name: every table of the
 * group moves the shared total alike.
 */
import { createHash, createHmac } from 'node:crypto';
import type { DistrictCell } from '../../contract/areas/district';
import type { LayoutTable } from '../../contract/districtAggregation';
import type { CountTableDoc } from '../../contract/statisticsDocument';
import { anonymiseAll, linkOf } from './anonymise';
import { MAX_DEVIATION } from './cellKey';
import type { MergedCounts } from './districtMerge';
import type { RawCountTable, RawHoursTable } from './tally';

const SPACE = 2 ** 32;

/** One table of exact district sums: counts, or minutes for an hours table. */
export interface ExactTable {
  layout: LayoutTable;
  values: number[][];
}

/** The district secret of a report: over everything the exact sums come from, in a fixed order. */
export function districtSecret(parts: {
  codes: readonly string[];
  period: string;
  vectors: readonly { unitId: string; quarter: string; vector: readonly number[] }[];
}): string {
  const hash = createHash('sha256');
  hash.update('kim-fallakte district protection v1\n');
  hash.update(`${JSON.stringify([...parts.codes])}\n${parts.period}\n`);
  const sorted = [...parts.vectors].sort((a, b) => a.unitId.localeCompare(b.unitId) || a.quarter.localeCompare(b.quarter));
  for (const { unitId, quarter, vector } of sorted) hash.update(`${unitId}|${quarter}|${vector.join(',')}\n`);
  return hash.digest('hex');
}

const keyOf = (secret: string, text: string): number => createHmac('sha256', secret).update(text).digest().readUInt32BE(0);
const mod = (n: number) => ((n % SPACE) + SPACE) % SPACE;
const sumMod = (values: readonly number[]) => values.reduce((a, b) => mod(a + b), 0);

/**
 * The cell keys of a count table: an HMAC per cell, adjusted for linked totals (see the file's
 * comment). Exported for the test that checks linked totals share their key.
 */
export function districtCellKeys(secret: string, table: LayoutTable): number[][] {
  const keys = table.rows.map((row) => table.columns.map((column) => keyOf(secret, `cell|${table.id}|${row.key}|${column.key}`)));
  const link = linkOf(table.id);
  if (!link) return keys;
  if (link.sharesColumns) {
    // Every column total's key is the group's key of that column; the grand total is then their sum, alike in every table.
    table.columns.forEach((column, j) => {
      const target = keyOf(secret, `group|${link.group}|column|${column.key}`);
      const current = sumMod(keys.map((row) => row[j]!));
      keys[0]![j] = mod(keys[0]![j]! + target - current);
    });
    return keys;
  }
  const target = keyOf(secret, `group|${link.group}|total`);
  keys[0]![0] = mod(keys[0]![0]! + target - sumMod(keys.flat()));
  return keys;
}

export interface ProtectedDistrict {
  /** By table id, as merged tables before a comparison (unitTotals left empty). */
  tables: Map<string, MergedCounts>;
  /** Over the count tables (not hours): hidden entries and all entries, cells and totals. */
  hidden: number;
  entries: number;
  /** The largest deviation, or null when perturbation is off. */
  perturbation: number | null;
}

const cell = (value: number | null): DistrictCell => ({ value, lowerBound: false });

/**
 * The tables of link groups whose totals (or shared column totals) differ, with the hours tables
 * that follow them. Units' real tables never do; a set of files that does cannot be protected as
 * a group (anonymise.ts relies on the link), so such tables are left out rather than published.
 */
export function brokenLinks(tables: readonly ExactTable[]): Set<string> {
  const groups = new Map<string, { sharesColumns: boolean; members: ExactTable[] }>();
  for (const table of tables) {
    const link = table.layout.kind === 'counts' ? linkOf(table.layout.id) : null;
    if (!link) continue;
    const group = groups.get(link.group) ?? { sharesColumns: link.sharesColumns, members: [] };
    group.members.push(table);
    groups.set(link.group, group);
  }
  const broken = new Set<string>();
  const columnTotals = (t: ExactTable) => t.layout.columns.map((c, j) => `${c.key}=${t.values.reduce((s, row) => s + row[j]!, 0)}`).join('|');
  for (const { sharesColumns, members } of groups.values()) {
    const totals = new Set(members.map((t) => t.values.flat().reduce((a, b) => a + b, 0)));
    const columns = new Set(members.map(columnTotals));
    if (totals.size > 1 || (sharesColumns && columns.size > 1)) for (const t of members) broken.add(t.layout.id);
  }
  for (const table of tables)
    if (table.layout.kind === 'hours' && table.layout.countsOf !== null && broken.has(table.layout.countsOf)) broken.add(table.layout.id);
  return broken;
}

/** Protects the exact sums with the district's k and perturbation; tables in the order given (see brokenLinks: none may break a link). */
export function protectDistrict(tables: readonly ExactTable[], protection: { threshold: number; perturbation: boolean }, secret: string): ProtectedDistrict {
  const raws = tables.map(({ layout, values }): RawCountTable | RawHoursTable => {
    const head = {
      id: layout.id,
      section: layout.section,
      title: layout.title,
      rowTitle: layout.rowTitle,
      timing: layout.timing,
      columnTitle: layout.columnTitle,
      rows: layout.rows.map(({ key, label }) => ({ key, label })),
      columns: layout.columns.map(({ key, label }) => ({ key, label })),
    };
    if (layout.kind === 'hours') {
      if (!layout.countsOf) throw new Error(`${layout.id}: hours without a count table`);
      return { ...head, kind: 'hours', minutes: values, countsOf: layout.countsOf };
    }
    return { ...head, kind: 'counts', unitOfCount: layout.unitOfCount, counts: values, keys: districtCellKeys(secret, layout) };
  });
  const done = anonymiseAll(raws, { k: protection.threshold, perturb: protection.perturbation, secret });
  const result: ProtectedDistrict = { tables: new Map(), hidden: 0, entries: 0, perturbation: protection.perturbation ? MAX_DEVIATION : null };
  done.forEach(({ table }, index) => {
    const doc = table as CountTableDoc;
    const layout = tables[index]!.layout;
    if (layout.kind === 'counts') {
      const all = [...doc.cells.flat(), ...(doc.rowTotals ?? []), ...doc.columnTotals, doc.total];
      result.entries += all.length;
      result.hidden += all.filter((v) => v === null).length;
    }
    result.tables.set(doc.id, {
      head: {
        kind: 'counts',
        id: doc.id,
        section: doc.section,
        title: doc.title,
        unitOfCount: doc.unitOfCount,
        timing: doc.timing,
        rowTitle: doc.rowTitle,
        columnTitle: doc.columnTitle,
        rows: doc.rows,
        columns: doc.columns,
      },
      cells: doc.cells.map((row) => row.map(cell)),
      rowTotals: doc.rowTotals?.map(cell) ?? null,
      columnTotals: doc.columnTotals.map(cell),
      total: cell(doc.total),
      unitTotals: [],
    });
  });
  return result;
}
