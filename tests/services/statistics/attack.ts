/**
 * An attacker's view of a published count table: the suppressed entries are unknowns, every line
 * (row with its total, column with its total, the totals with the grand total) is an equation.
 * Finds the suppressed entries those equations fix to one value, and the lines whose hidden
 * entries add up to a small number (1..k−1) that anybody can compute.
 */
export interface PublishedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[] | null;
  columnTotals: (number | null)[];
  total: number | null;
}

type Entry = { id: string; value: number | null };

export function linesOf(t: PublishedTable): Line[] {
  const cell = (i: number, j: number): Entry => ({ id: `c${i}.${j}`, value: t.cells[i]![j]! });
  const rows = t.cells.length;
  const columns = t.columnTotals.length;
  const total: Entry = { id: 't', value: t.total };
  const lines = [];
  for (let j = 0; j < columns; j++) lines.push({ members: t.cells.map((_, i) => cell(i, j)), sum: { id: `C${j}`, value: t.columnTotals[j]! } });
  lines.push({ members: t.columnTotals.map((v, j) => ({ id: `C${j}`, value: v })), sum: total });
  if (t.rowTotals) {
    for (let i = 0; i < rows; i++) lines.push({ members: t.cells[i]!.map((_, j) => cell(i, j)), sum: { id: `R${i}`, value: t.rowTotals[i]! } });
    lines.push({ members: t.rowTotals.map((v, i) => ({ id: `R${i}`, value: v })), sum: total });
  } else {
    // One column: each cell is its row's total.
  }
  return lines;
}

/** Ids of suppressed entries whose value the published equations determine. */
export const determinedEntries = (t: PublishedTable): string[] => determinedBy(linesOf(t));

export type Line = { members: Entry[]; sum: Entry };

/** Ids of suppressed entries these lines' equations fix (entries with the same id are one unknown). */
export function determinedBy(lines: readonly Line[]): string[] {
  const unknowns = [
    ...new Set(
      lines
        .flatMap((l) => [...l.members, l.sum])
        .filter((e) => e.value === null)
        .map((e) => e.id),
    ),
  ];
  if (unknowns.length === 0) return [];
  const index = new Map(unknowns.map((id, i) => [id, i]));
  const equations = lines
    .map((l) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const m of l.members) if (m.value === null) row[index.get(m.id)!]! += 1;
      if (l.sum.value === null) row[index.get(l.sum.id)!]! -= 1;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const base = rank(equations);
  return unknowns.filter((_, u) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[u] = 1;
    return rank([...equations, unit]) === base;
  });
}

/** Lines with a published total whose hidden members add up to 1..k−1 (computable as total minus the published members). */
export function smallHiddenSums(t: PublishedTable, k: number, truth: (id: string) => number): string[] {
  return linesOf(t)
    .filter((l) => l.sum.value !== null && l.members.some((m) => m.value === null))
    .map((l) => ({ l, hidden: l.members.filter((m) => m.value === null).reduce((a, m) => a + truth(m.id), 0) }))
    .filter(({ hidden }) => hidden >= 1 && hidden < k)
    .map(({ l }) => l.members.map((m) => m.id).join('+'));
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      if (f !== 0) for (let j = c; j < columns; j++) m[i]![j]! -= f * m[r]![j]!;
    }
    r++;
  }
  return r;
}
