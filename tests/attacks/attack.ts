/**
 * One attack: the model of what the documents tell (model.ts), solved for every hidden count
 * (solve.ts), and, where the true counts are known, checked against them: every recovered value
 * must be the true one (else the attacker's model is wrong, and the test says so), and the truth
 * must satisfy every constraint the attacker assumed.
 */
import { buildModel, cellName, columnTotalName, rowTotalName, TOTAL_NAME, variableName, type AttackOptions, type PublishedDocument } from './model';
import { solveHidden, type SolveStats } from './solve';

/** The true counts of a table (RawCountTable of electron/services/statistics/tally.ts has this shape). */
export interface TrueCountTable {
  kind: 'counts';
  id: string;
  rows: { key: string }[];
  columns: { key: string }[];
  counts: number[][];
}

/** Every position's true value by variable name (cells and all totals, as the attacker names them). */
export function truthOf(period: string, tables: readonly (TrueCountTable | { kind: 'hours' | 'measures'; id: string })[]): Map<string, number> {
  const truth = new Map<string, number>();
  for (const t of tables) {
    if (t.kind !== 'counts') continue;
    const { id, rows, columns, counts } = t;
    const name = (position: string) => variableName(period, id, position);
    let total = 0;
    rows.forEach((r, i) => {
      let rowSum = 0;
      columns.forEach((c, j) => {
        truth.set(name(cellName(r.key, c.key)), counts[i]![j]!);
        rowSum += counts[i]![j]!;
      });
      if (columns.length > 1) truth.set(name(rowTotalName(r.key)), rowSum);
      total += rowSum;
    });
    columns.forEach((c, j) =>
      truth.set(
        name(columnTotalName(c.key)),
        counts.reduce((a, row) => a + row[j]!, 0),
      ),
    );
    truth.set(name(TOTAL_NAME), total);
  }
  return truth;
}

export interface AttackReport {
  documents: number;
  hidden: number;
  recovered: number;
  /** Recovered counts whose true value lies in 1..k−1: the breach the statistic must prevent. */
  recoveredSmall: number;
  /** Hidden counts whose true value lies in 1..k−1. */
  hiddenSmall: number;
  /** The recovered counts, with their values. */
  cells: { name: string; value: number }[];
  links: string[];
  stats: SolveStats & { variables: number; constraints: number };
}

export async function attack(documents: readonly PublishedDocument[], options: AttackOptions & { truth?: Map<string, number> } = {}): Promise<AttackReport> {
  const model = buildModel(documents, options);
  const { truth } = options;
  const k = Math.min(...documents.map((d) => d.threshold));
  if (truth) checkTruthFits(model, truth);
  const { outcomes, stats } = await solveHidden(model);
  const cells = outcomes.filter((o) => o.recovered !== null).map((o) => ({ name: o.name, value: o.recovered! }));
  if (truth)
    for (const c of cells) {
      const real = truth.get(c.name);
      if (real !== c.value) throw new Error(`the attacker's model is wrong: ${c.name} recovered as ${c.value}, true ${real}`);
    }
  const small = (value: number | undefined) => value !== undefined && value >= 1 && value < k;
  return {
    documents: documents.length,
    hidden: outcomes.length,
    recovered: cells.length,
    recoveredSmall: cells.filter((c) => small(c.value)).length,
    hiddenSmall: truth ? outcomes.filter((o) => small(truth.get(o.name))).length : Number.NaN,
    cells,
    links: model.links,
    stats: { ...stats, variables: model.variables.length, constraints: model.constraints.length },
  };
}

/**
 * The truth must satisfy what the attacker assumes (bounds from the published values, the tables'
 * sums, the links, stock and flow with r ≥ 0): otherwise "0 recovered" would prove nothing.
 */
export function checkTruthFits(model: ReturnType<typeof buildModel>, truth: Map<string, number>): void {
  const value = (i: number) => truth.get(model.variables[i]!.name);
  model.variables.forEach((v, i) => {
    const t = value(i);
    if (v.name.includes('|stock-flow|')) return;
    if (t === undefined) throw new Error(`no true value for ${v.name}`);
    if (t < v.lo || t > v.hi) throw new Error(`${v.name}: true ${t} outside what the attacker reads from the document [${v.lo}, ${v.hi}]`);
  });
  for (const c of model.constraints) {
    const unknown = c.terms.filter(([i]) => value(i) === undefined);
    const sum = c.terms.reduce((a, [i, k]) => a + k * (value(i) ?? 0), 0);
    if (unknown.length === 0) {
      if (sum < c.lo || sum > c.hi)
        throw new Error(`a ${c.kind} constraint does not hold for the true counts (${c.terms.map(([i]) => model.variables[i]!.name).join(', ')})`);
    } else if (unknown.length === 1 && c.lo === 0 && c.hi === 0 && unknown[0]![1] === -1 && sum < 0) {
      // Stock and flow: the reopened cases r (the one unknown) would be negative.
      throw new Error(`stock and flow does not hold for the true counts: ${model.variables[unknown[0]![0]]!.name} = ${sum}`);
    }
  }
}

/** One line for the test's output. */
export const summary = (label: string, r: AttackReport) =>
  `[attack] ${label}: ${r.documents} Dokumente, ${r.hidden} verborgene Zellen (davon ${Number.isNaN(r.hiddenSmall) ? '?' : r.hiddenSmall} mit wahrem Wert 1..k−1), ` +
  `${r.recovered} aufgedeckt, davon ${r.recoveredSmall} mit Wert 1..k−1 ` +
  `(${r.stats.variables} Variablen, ${r.stats.constraints} Bedingungen, ${r.stats.parts} Teile, größter ${r.stats.largestPart}, ${r.stats.solves} MILP, ${r.stats.seconds.toFixed(1)} s)`;
