/**
 * Secure aggregation (issue 15, the core): the sum of every unit's masked vector is the exact
 * district count; one vector, and any sum that leaves out at least two units, looks uniformly
 * random (chi-square over many cells). Keys come from seeds and counts from fast-check with a
 * fixed seed, so every run checks the same cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  MASK_MODULUS,
  type CellRef,
  maskedVector,
  newSigningKeyPair,
  newUnitKeyPair,
  rosterCode,
  signText,
  unitFingerprint,
  verifyText,
  type RosterUnit,
  sumVectors,
} from '../../../electron/services/statistics/secureAggregation';

const CONTEXT = { rosterId: '7d0b4a53-0a43-4c49-9b46-0e7f4f3f6a11', rosterVersion: 1, period: '2026-Q3' };

/** Units with reproducible keys: unit i's private key is 32 bytes of i+1. */
function units(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const keys = newUnitKeyPair(new Uint8Array(32).fill(i + 1));
    return { unitId: `einheit-${String(i + 1).padStart(2, '0')}`, ...keys };
  });
}
const rosterOf = (all: ReturnType<typeof units>): RosterUnit[] => all.map(({ unitId, publicKey }) => ({ unitId, publicKey }));
const cellRefs = (count: number): CellRef[] => Array.from({ length: count }, (_, i) => ({ table: `t${i % 7}`, cell: `z${i}` }));

/**
 * Chi-square statistic of values mod 2^32 over 64 equal bins (by their top six bits). With 63
 * degrees of freedom, 103.4 is exceeded by uniform values with probability 0.001.
 */
function chiSquare(values: readonly number[]): number {
  const bins = new Array<number>(64).fill(0);
  for (const v of values) bins[Math.floor(v / 2 ** 26)] = (bins[Math.floor(v / 2 ** 26)] ?? 0) + 1;
  const expected = values.length / 64;
  return bins.reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0);
}
const CHI_SQUARE_P001_DF63 = 103.4;

describe('secure aggregation: pairwise masks that cancel in the sum', () => {
  it('the sum of every unit’s masked vector is the exact district count (3–12 units, random tables)', () => {
    const pool = units(12);
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.array(fc.array(fc.nat({ max: 400 }), { minLength: 40, maxLength: 40 }), { minLength: 12, maxLength: 12 }),
        (count, tables) => {
          const members = pool.slice(0, count);
          const roster = rosterOf(members);
          const refs = cellRefs(40);
          const vectors = members.map((unit, u) =>
            maskedVector(
              unit,
              roster,
              CONTEXT,
              refs.map((ref, i) => ({ ...ref, count: tables[u]?.[i] ?? 0 })),
            ),
          );
          const exact = refs.map((_, i) => members.reduce((sum, _unit, u) => sum + (tables[u]?.[i] ?? 0), 0));
          expect(sumVectors(vectors)).toEqual(exact);
          // No vector is its own counts in the clear.
          for (const [u, vector] of vectors.entries()) expect(vector).not.toEqual(tables[u]);
        },
      ),
      { numRuns: 25, seed: 20261204 },
    );
  });

  it('one vector, and the sum of all but two, look uniform whatever the counts (chi-square, p = 0.001)', () => {
    const members = units(5);
    const roster = rosterOf(members);
    const refs = cellRefs(6400);
    // The counts a district really has: mostly 0, a few small numbers, one large.
    const counts = refs.map((_, i) => (i % 10 === 0 ? (i % 37) + 1 : i === 5 ? 900 : 0));
    const vectors = members.map((unit) =>
      maskedVector(
        unit,
        roster,
        CONTEXT,
        refs.map((ref, i) => ({ ...ref, count: counts[i] ?? 0 })),
      ),
    );
    expect(chiSquare(counts)).toBeGreaterThan(CHI_SQUARE_P001_DF63 * 100); // the test sees a skewed table
    for (const vector of vectors) expect(chiSquare(vector)).toBeLessThan(CHI_SQUARE_P001_DF63);
    // Every set of three of the five (all but two units): still masked by the pair of the two left out.
    for (let left = 0; left < 5; left++)
      for (let other = left + 1; other < 5; other++) {
        const subset = vectors.filter((_, u) => u !== left && u !== other);
        expect(chiSquare(sumVectors(subset)), `without ${left} and ${other}`).toBeLessThan(CHI_SQUARE_P001_DF63);
      }
    // All but one: the total minus the missing unit's vector, which is itself masked; all five: exact.
    expect(sumVectors(vectors)).toEqual(counts.map((c) => c * 5));
  });

  it('binds the masks to the roster, its version, the period, the table and the cell', () => {
    const members = units(3);
    const roster = rosterOf(members);
    const cells = [{ table: 'neu_nach_zielgruppe', cell: 'a', count: 2 }];
    const vectors = members.map((unit) => maskedVector(unit, roster, CONTEXT, cells));
    const otherPeriod = maskedVector(members[2]!, roster, { ...CONTEXT, period: '2026-Q4' }, cells);
    const otherVersion = maskedVector(members[2]!, roster, { ...CONTEXT, rosterVersion: 2 }, cells);
    const otherList = maskedVector(members[2]!, roster, { ...CONTEXT, rosterId: 'b1f7f1c6-55a4-4c1e-8a55-3f1f0a6c2d90' }, cells);
    const otherCell = maskedVector(members[2]!, roster, CONTEXT, [{ ...cells[0]!, cell: 'b' }]);
    expect(sumVectors(vectors)).toEqual([6]);
    // A vector of another period, version or cell does not cancel: the sum is noise, not a count.
    for (const wrong of [otherPeriod, otherVersion, otherList, otherCell]) expect(sumVectors([vectors[0]!, vectors[1]!, wrong])[0]).toBeGreaterThan(1000);
  });

  it('keys: the same seed gives the same key, fingerprints are 5 groups of 4 unambiguous signs, different keys differ', () => {
    const [a, b] = units(2);
    expect(newUnitKeyPair(new Uint8Array(32).fill(1))).toEqual({ publicKey: a!.publicKey, privateKey: a!.privateKey });
    expect(Buffer.from(a!.publicKey, 'base64')).toHaveLength(32);
    expect(fingerprint(a!.publicKey)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(fingerprint(a!.publicKey)).not.toBe(fingerprint(b!.publicKey));
    const fresh = [newUnitKeyPair(), newUnitKeyPair()];
    expect(fresh[0]!.publicKey).not.toBe(fresh[1]!.publicKey);
  });

  it('refuses a unit not on the roster, a count outside [0, 2^32) and vectors of different length', () => {
    const [a, b, c, d] = units(4);
    const roster = rosterOf([a!, b!, c!]);
    const cell = { table: 't', cell: 'c' };
    expect(() => maskedVector(d!, roster, CONTEXT, [{ ...cell, count: 1 }])).toThrow(/not on the roster/);
    for (const count of [-1, 1.5, MASK_MODULUS, Number.NaN]) expect(() => maskedVector(a!, roster, CONTEXT, [{ ...cell, count }])).toThrow(RangeError);
    expect(() => sumVectors([[1, 2], [3]])).toThrow(/different length/);
  });
});

describe('signatures and readable codes', () => {
  it('an Ed25519 signature holds for its text and key only', () => {
    const own = newSigningKeyPair(new Uint8Array(32).fill(7));
    const other = newSigningKeyPair(new Uint8Array(32).fill(8));
    expect(newSigningKeyPair(new Uint8Array(32).fill(7))).toEqual(own);
    const signature = signText(own.privateKey, '{"vector":[1,2,3]}');
    expect(verifyText(own.publicKey, '{"vector":[1,2,3]}', signature)).toBe(true);
    expect(verifyText(own.publicKey, '{"vector":[1,2,4]}', signature)).toBe(false);
    expect(verifyText(other.publicKey, '{"vector":[1,2,3]}', signature)).toBe(false);
    expect(verifyText('kein Schlüssel', '{"vector":[1,2,3]}', signature)).toBe(false);
    expect(verifyText(own.publicKey, '{"vector":[1,2,3]}', 'AAAA')).toBe(false);
  });

  it('a unit fingerprint changes with either key; a roster code with any sign of the list', () => {
    const agreement = newUnitKeyPair(new Uint8Array(32).fill(1)).publicKey;
    const signing = newSigningKeyPair(new Uint8Array(32).fill(2)).publicKey;
    const base = unitFingerprint({ agreement, signing });
    expect(base).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(unitFingerprint({ agreement: newUnitKeyPair(new Uint8Array(32).fill(3)).publicKey, signing })).not.toBe(base);
    expect(unitFingerprint({ agreement, signing: newSigningKeyPair(new Uint8Array(32).fill(3)).publicKey })).not.toBe(base);
    expect(rosterCode('{"version":1}')).not.toBe(rosterCode('{"version":2}'));
    expect(rosterCode('{"version":1}')).toBe(rosterCode('{"version":1}'));
  });
});
