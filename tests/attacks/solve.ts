/**
 * The attacker's solver: for every hidden count, the smallest and the largest integer value that
 * all constraints of the model allow (HiGHS, an exact branch-and-cut MILP solver, as WebAssembly).
 * A hidden count is recovered when both are equal.
 *
 * Deciding min == max needs no full optimisation: every integer solution found is a witness for
 * every variable at once. A hidden count stays open as soon as two witnesses differ; otherwise we
 * ask HiGHS for a solution with the count above the largest value seen, then below the smallest.
 * Both infeasible (proved by branch and cut) means min == max: recovered. Fixed variables are
 * substituted first, and the model is split into its independent parts, so each solve is small.
 */
import loadHighs from 'highs';
import type { AttackModel } from './model';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;
const solver = () => {
  highs ??= loadHighs();
  return highs;
};

/** Solutions in random directions before the one-by-one checks (they only save time). */
const DIVERSE_ROUNDS = 6;

export interface HiddenOutcome {
  name: string;
  /** The value every solution gives it, or null when at least two values are possible. */
  recovered: number | null;
}

export interface SolveStats {
  parts: number;
  largestPart: number;
  solves: number;
  seconds: number;
}

/** Union-find over the variables that are not fixed. */
function components(model: AttackModel, fixed: (i: number) => boolean): Map<number, number[]> {
  const parent = model.variables.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const c of model.constraints) {
    const free = c.terms.filter(([i]) => !fixed(i));
    for (let t = 1; t < free.length; t++) parent[find(free[t]![0])] = find(free[0]![0]);
  }
  const groups = new Map<number, number[]>();
  model.variables.forEach((_, i) => {
    if (fixed(i)) return;
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return groups;
}

export async function solveHidden(model: AttackModel): Promise<{ outcomes: HiddenOutcome[]; stats: SolveStats }> {
  const started = performance.now();
  const h = await solver();
  const INF = h.infinity;
  const fixed = (i: number) => model.variables[i]!.lo === model.variables[i]!.hi;
  const outcomes: HiddenOutcome[] = [];
  const stats: SolveStats = { parts: 0, largestPart: 0, solves: 0, seconds: 0 };

  for (const v of model.variables) if (v.hidden && v.lo === v.hi) outcomes.push({ name: v.name, recovered: v.lo });

  const constraintsOf = new Map<number, number[]>();
  model.constraints.forEach((c, ci) => {
    const free = c.terms.find(([i]) => !fixed(i));
    if (!free) {
      const sum = c.terms.reduce((a, [i, k]) => a + k * model.variables[i]!.lo, 0);
      if (sum < c.lo || sum > c.hi) throw new Error(`inconsistent documents: a ${c.kind} constraint fails on published values`);
      return;
    }
    constraintsOf.set(free[0], [...(constraintsOf.get(free[0]) ?? []), ci]);
  });

  for (const members of components(model, fixed).values()) {
    const targets = members.filter((i) => model.variables[i]!.hidden);
    if (targets.length === 0) continue;
    stats.parts += 1;
    stats.largestPart = Math.max(stats.largestPart, members.length);
    const column = new Map(members.map((i, j) => [i, j]));
    const memberSet = new Set(members);
    const rows = [...new Set(members.flatMap((i) => constraintsOf.get(i) ?? []))];
    // Constraint rows whose first free variable lies in this part; all their free variables do (same component).
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    const rowLower: number[] = [];
    const rowUpper: number[] = [];
    for (const ci of rows) {
      const c = model.constraints[ci]!;
      let constant = 0;
      for (const [i, k] of c.terms) {
        if (fixed(i)) constant += k * model.variables[i]!.lo;
        else {
          if (!memberSet.has(i)) throw new Error('a constraint spans two parts');
          indices.push(column.get(i)!);
          values.push(k);
        }
      }
      starts.push(indices.length);
      rowLower.push(c.lo === Number.NEGATIVE_INFINITY ? -INF : c.lo - constant);
      rowUpper.push(c.hi === Number.POSITIVE_INFINITY ? INF : c.hi - constant);
    }
    const lower = members.map((i) => model.variables[i]!.lo);
    const upper = members.map((i) => (model.variables[i]!.hi === Number.POSITIVE_INFINITY ? INF : model.variables[i]!.hi));
    const m = h.createModel({
      numCols: members.length,
      numRows: rows.length,
      colCost: members.map(() => 0),
      colLower: lower,
      colUpper: upper,
      rowLower,
      rowUpper,
      matrix: { format: 'csr', numRows: rows.length, numCols: members.length, starts, indices, values },
      integrality: members.map(() => h.constants.variableType.integer),
    });
    try {
      m.options.set({ output_flag: false });
      const seen = new Map<number, { min: number; max: number }>();
      /** Solves; on a solution, every target takes note of its value. */
      const feasible = (): boolean => {
        stats.solves += 1;
        m.run();
        const status = m.getModelStatus();
        if (status === h.constants.modelStatus.infeasible) return false;
        if (status !== h.constants.modelStatus.optimal) throw new Error(`HiGHS ended with status ${status}`);
        const x = m.getSolution().colValue;
        for (const t of targets) {
          const value = Math.round(x[column.get(t)!]!);
          const s = seen.get(t);
          if (!s) seen.set(t, { min: value, max: value });
          else {
            s.min = Math.min(s.min, value);
            s.max = Math.max(s.max, value);
          }
        }
        return true;
      };
      if (!feasible()) throw new Error('inconsistent documents: no table fits what is published');
      // A few solutions pushed in random directions (a random half of the open counts as small as
      // possible; bounded, as counts are ≥ 0) settle many counts at once before the one-by-one checks.
      let random = 0x9e3779b9 ^ members.length;
      const coin = () => {
        random = (Math.imul(random ^ (random >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
        return (random >>> 16) & 1;
      };
      for (let round = 0; round < DIVERSE_ROUNDS; round++) {
        const open = targets.filter((t) => seen.get(t)!.min === seen.get(t)!.max);
        if (open.length < 2) break;
        for (const t of open) m.changeColCost(column.get(t)!, coin());
        feasible();
        for (const t of open) m.changeColCost(column.get(t)!, 0);
      }
      for (const t of targets) {
        const j = column.get(t)!;
        for (const side of ['above', 'below'] as const) {
          const s = seen.get(t)!;
          if (s.min < s.max) break;
          if (side === 'above' && s.max + 1 <= upper[j]!) {
            m.changeColBounds(j, s.max + 1, upper[j]!);
            feasible();
          }
          if (side === 'below' && s.min - 1 >= lower[j]!) {
            m.changeColBounds(j, lower[j]!, s.min - 1);
            feasible();
          }
          m.changeColBounds(j, lower[j]!, upper[j]!);
        }
        const s = seen.get(t)!;
        outcomes.push({ name: model.variables[t]!.name, recovered: s.min === s.max ? s.min : null });
      }
    } finally {
      m.dispose();
    }
  }
  stats.seconds = (performance.now() - started) / 1000;
  return { outcomes, stats };
}
