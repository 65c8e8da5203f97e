/**
 * Consistent perturbation by the cell-key method (as used by the German statistical offices).
 *
 * Every record gets a key: 32 bits of HMAC-SHA256(secret of the unit, kind and id of the record),
 * so keys look random but never change. A cell's key is the sum of its records' keys modulo 2^32;
 * it depends only on which records the cell counts, not on the table or the period. A published
 * count v ≥ 1 moves by a deviation d read from a small probability table at the cell key, so the
 * same logical cell gets the same deviation wherever it is shown. Zeros stay zero, and no
 * perturbed count falls below k (a deviation that would is dropped). Hours move by the deviation
 * of their count's cell, medians by that of the records they rest on (anonymise.ts).
 */
import { createHmac } from 'node:crypto';

export const MAX_DEVIATION = 2;
const SPACE = 2 ** 32;

/** Probabilities of the deviations −2 … +2: mean 0, variance 0.6. */
const P_TABLE = [0.05, 0.2, 0.5, 0.2, 0.05] as const;
const THRESHOLDS: number[] = [];
for (const p of P_TABLE) THRESHOLDS.push((THRESHOLDS.at(-1) ?? 0) + p * SPACE);

/** Gives each record its key; `record` is "<kind>:<id>", e.g. "fall:…" or "kontakt:…". */
export type RecordKeyer = (record: string) => number;

export const noRecordKeys: RecordKeyer = () => 0;

/**
 * The record keys of one document: each record's HMAC is computed once and kept for the other
 * tables that count it (a case is counted in some twenty tables of a quarter, a contact in two).
 * The keys are the same as computed anew each time; they live as long as the keyer, one document.
 */
export function recordKeyer(secret: string, count?: { hmacs: number }): RecordKeyer {
  const keys = new Map<string, number>();
  return (record) => {
    let key = keys.get(record);
    if (key === undefined) {
      key = createHmac('sha256', secret).update(record).digest().readUInt32BE(0);
      keys.set(record, key);
      if (count) count.hmacs += 1;
    }
    return key;
  };
}

export const addKeys = (a: number, b: number): number => (a + b) % SPACE;

/** The deviation the probability table gives this key, −2 … +2, before any rule about the value. */
export function keyDeviation(cellKey: number): number {
  const index = THRESHOLDS.findIndex((limit) => cellKey < limit);
  return (index === -1 ? P_TABLE.length - 1 : index) - MAX_DEVIATION;
}

/** The deviation of a count with this cell key. */
export function deviation(cellKey: number, value: number, k: number): number {
  if (value === 0) return 0;
  const d = keyDeviation(cellKey);
  return value + d < k ? 0 : d;
}

/** A measure (a median in days) moved by the deviation of the key of its records, never below 0. */
export function perturbMeasure(cellKey: number, value: number): number {
  return Math.max(0, value + keyDeviation(cellKey));
}
