/**
 * A quarter's export against an imported roster (issue 15): the unit's exact counts, each cell
 * hidden under the pairwise masks of the roster's units, signed with the unit's Ed25519 key. It
 * carries no table of the unit's own figures (the exact district total minus them would give
 * its hidden cells away): only the masked vector, a few totals in bands for supervision, and the
 * medians as the plain export protects them (medians cannot be summed).
 *
 * Stored like the plain export in statistics_publications, frozen at the first export. The
 * stored text is the file; it is told apart from a plain document by its own `format` field
 * (MASKED_FORMAT), so the table needs no new column.
 */
import { KimError } from '../../contract/errors';
import {
  DISTRICT_AGGREGATION_VERSION,
  MASKED_FORMAT,
  maskedBody,
  maskedExport,
  SUPERVISION_TABLES,
  supervisionBand,
  type LayoutTable,
  type MaskedBody,
  type MaskedExport,
  type Roster,
  type SupervisionTotal,
} from '../../contract/districtAggregation';
import { readSetting } from '../../../db/queries/settings';
import { db, type ServiceContext } from '../context';
import { DEMO_SETTING } from '../seed/seedService';
import { anonymiseAll } from './anonymise';
import { APP_VERSION } from './appVersion';
import { prepareStatistics, rawIndicators } from './document';
import type { StoredRoster } from './rosterImport';
import { requireOwnEntry } from './rosterImport';
import { canonicalText, maskedVector, signText, type CellRef } from './secureAggregation';
import type { RawTable } from './tally';
import { districtKeys } from './unitKey';

type Grid = { kind: 'counts' | 'hours'; rows: { key: string }[]; columns: { key: string }[]; values: number[][] };

const gridOf = (raw: RawTable): Grid | null =>
  raw.kind === 'counts'
    ? { kind: 'counts', rows: raw.rows, columns: raw.columns, values: raw.counts }
    : raw.kind === 'hours'
      ? { kind: 'hours', rows: raw.rows, columns: raw.columns, values: raw.minutes }
      : null;

/**
 * The raw tables' cells in the roster's order (tables in order, rows × columns row-major; hours
 * tables in minutes). ROSTER_LAYOUT when the roster lists a table the app does not compute, or
 * when a cell counted is not on the roster (a zero cell off the roster is simply left out).
 */
export function cellsInLayout(layout: readonly LayoutTable[], raws: readonly RawTable[]): (CellRef & { count: number })[] {
  const grids = new Map<string, Grid>();
  for (const raw of raws) {
    const grid = gridOf(raw);
    if (grid) grids.set(raw.id, grid);
  }
  const cells: (CellRef & { count: number })[] = [];
  const placed = new Map<string, Set<string>>();
  for (const table of layout) {
    const grid = grids.get(table.id);
    if (!grid || grid.kind !== table.kind) throw new KimError('ROSTER_LAYOUT');
    const rowIndex = new Map(grid.rows.map((r, i) => [r.key, i]));
    const columnIndex = new Map(grid.columns.map((c, j) => [c.key, j]));
    const keys = new Set<string>();
    for (const row of table.rows) {
      for (const column of table.columns) {
        const i = rowIndex.get(row.key);
        const j = columnIndex.get(column.key);
        const cell = `${row.key}|${column.key}`;
        keys.add(cell);
        cells.push({ table: table.id, cell, count: i === undefined || j === undefined ? 0 : grid.values[i]![j]! });
      }
    }
    placed.set(table.id, keys);
  }
  for (const [id, grid] of grids) {
    const keys = placed.get(id);
    grid.rows.forEach((row, i) =>
      grid.columns.forEach((column, j) => {
        if (grid.values[i]![j]! !== 0 && !keys?.has(`${row.key}|${column.key}`)) throw new KimError('ROSTER_LAYOUT');
      }),
    );
  }
  return cells;
}

/** The bands of the supervision tables on the roster: floor(t / band) · band when t ≥ band, else null. */
export function supervisionOf(layout: readonly LayoutTable[], raws: readonly RawTable[], k: number): SupervisionTotal[] {
  const band = supervisionBand(k);
  const onRoster = new Set(layout.map((t) => t.id));
  const totals: SupervisionTotal[] = [];
  for (const id of SUPERVISION_TABLES) {
    const raw = raws.find((r) => r.id === id);
    if (raw?.kind !== 'counts' || !onRoster.has(id)) continue;
    const total = raw.counts.flat().reduce((a, b) => a + b, 0);
    totals.push({ tableId: id, title: raw.title, from: total >= band ? Math.floor(total / band) * band : null, band });
  }
  return totals;
}

/** The file of a body: signed over canonicalText(body), checked against the schema, indented. */
export function signedFile(body: MaskedBody, signingPrivateKey: string): { text: string; file: MaskedExport } {
  const parsedBody = maskedBody.parse(body);
  const file = maskedExport.parse({
    format: MASKED_FORMAT,
    formatVersion: DISTRICT_AGGREGATION_VERSION,
    body: parsedBody,
    signature: signText(signingPrivateKey, canonicalText(parsedBody)),
  });
  return { text: `${JSON.stringify(file, null, 2)}\n`, file };
}

/**
 * The masked export of a closed quarter against `stored`, as it would be published today: the
 * imported version of the roster that applies to the quarter (rosterImport.applicableRoster; the
 * caller chooses it). The caller checks the period (closed, not yet published) and the unit's name.
 */
export function buildMaskedExport(ctx: ServiceContext, periodLabel: string, stored: StoredRoster): { text: string; file: MaskedExport } {
  const roster: Roster = stored.roster;
  // The keys may have changed since the import (a restored store, a new key): then the masks would not cancel.
  const unitId = requireOwnEntry(ctx, roster);
  const { day, period, settings, secret, input } = prepareStatistics(ctx, periodLabel);
  const raws = rawIndicators(input);
  const cells = cellsInLayout(roster.layout, raws);
  const keys = districtKeys(ctx);
  const vector = maskedVector(
    { unitId, privateKey: keys.agreement.privateKey },
    roster.units.map((u) => ({ unitId: u.id, publicKey: u.keys.agreement })),
    { rosterId: roster.rosterId, rosterVersion: roster.version, period: period.label },
    cells,
  );
  const measures = anonymiseAll(
    raws.filter((r) => r.kind === 'measures'),
    { k: settings.threshold, perturb: settings.perturbation, secret },
  ).flatMap(({ table }) => (table.kind === 'measures' ? [table] : []));
  const body: MaskedBody = {
    appVersion: APP_VERSION,
    createdOn: day,
    demo: readSetting(db(ctx), DEMO_SETTING) === true,
    unit: { id: unitId, name: settings.unit.name ?? '', traeger: settings.unit.traeger, municipality: settings.unit.municipality },
    period: { label: period.label, from: period.from, to: period.to },
    roster,
    threshold: settings.threshold,
    vector,
    supervision: supervisionOf(roster.layout, raws, settings.threshold),
    measures,
  };
  return signedFile(body, keys.signing.privateKey);
}
