/**
 * Timing for the benchmark: medians of several rounds, the sides of a comparison measured
 * alternately inside each round (A B, then B A), so that a busy moment of the machine falls on
 * both and the ratio stays honest.
 */

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Milliseconds one call takes. */
export async function timed(call: () => unknown): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** One side of a comparison: `prepare` runs untimed before each timed call (e.g. a write). */
export interface Side {
  name: string;
  call: () => unknown;
  prepare?: () => unknown;
}

/**
 * Every side once untimed (warm: statements prepared, caches filled), then `rounds` rounds in which
 * every side is timed once, the order turned round every other round. Returns the median per side.
 */
export async function compare(sides: Side[], rounds: number): Promise<Record<string, number>> {
  for (const side of sides) {
    await side.prepare?.();
    await side.call();
  }
  const times = new Map<string, number[]>(sides.map((s) => [s.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      await side.prepare?.();
      times.get(side.name)!.push(await timed(side.call));
    }
  }
  return Object.fromEntries([...times].map(([name, values]) => [name, median(values)]));
}
