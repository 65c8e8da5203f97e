/**
 * How far apart two sound keys are: an edit distance (with adjacent transpositions) where
 * differences that transliteration produces cost half, and typing errors cost one.
 */

const VOWEL_KEYS = new Set(['A', 'E', 'O']);

/** Pairs that differ between transliterations or when diacritics are missing: half a step. */
const NEAR = new Set(
  [
    ['A', 'E'], // Mohammed / Muhammad, Zeynep / Zainab
    ['S', 's'], // Ayşe / Ayse, Şahin / Sahin
    ['C', 'k'], // Çelik / Celik, Chalid / Kalid
    ['C', 'h'], // Khalid / Halid
    ['s', 'z'], // Yasmin / Yazmin
    ['t', 'd'], // Ahmet / Ahmed, Halit / Halid
    ['b', 'p'], // Zainab / Zeynep
    ['g', 'h'], // Oleg / Oleh
    ['v', 'f'],
    ['J', 'E'], // Yasmin / Iasmin
    ['J', 'S'], // Zhanna / Jeanne
  ].flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]),
);

function substitution(a: string, b: string, strictVowels: boolean): number {
  if (a === b) return 0;
  if (strictVowels && VOWEL_KEYS.has(a) && VOWEL_KEYS.has(b)) return 1;
  if (NEAR.has(a + b)) return 0.5;
  return 1;
}

/**
 * An h or a word-initial y/j is often left out in one spelling: half a step. Any other first
 * letter missing or added is rarely a typing error but another name (Amira / Samira): one and a half.
 */
function indel(symbol: string, atStart: boolean, unwritten: boolean): number {
  if (unwritten && VOWEL_KEYS.has(symbol)) return 0.1;
  if (symbol === 'h') return 0.5;
  if (atStart) return symbol === 'J' ? 0.5 : 1.5;
  return 1;
}

/**
 * Weighted optimal-string-alignment distance between two keys. `strictVowels` (for short names)
 * counts every vowel difference fully: Ali / Ala are two names. `shortVowelsIn` names the Latin
 * side when the other is in Arabic script, which does not write short vowels: a vowel only the
 * Latin side has costs a tenth (Mohammed / محمد); a long vowel written in Arabic must be there.
 */
export function keyDistance(a: string, b: string, options: { strictVowels?: boolean; shortVowelsIn?: 'a' | 'b' } = {}): number {
  const strictVowels = options.strictVowels ?? false;
  const cheapA = options.shortVowelsIn === 'a';
  const cheapB = options.shortVowelsIn === 'b';
  const x = [...a];
  const y = [...b];
  const rows = x.length + 1;
  const cols = y.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 1; i < rows; i++) d[i * cols] = at(i - 1, 0) + indel(x[i - 1] ?? '', i === 1, cheapA);
  for (let j = 1; j < cols; j++) d[j] = at(0, j - 1) + indel(y[j - 1] ?? '', j === 1, cheapB);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const xi = x[i - 1] ?? '';
      const yj = y[j - 1] ?? '';
      let best = Math.min(
        at(i - 1, j) + indel(xi, i === 1, cheapA),
        at(i, j - 1) + indel(yj, j === 1, cheapB),
        at(i - 1, j - 1) + substitution(xi, yj, strictVowels),
      );
      if (i > 1 && j > 1 && xi === y[j - 2] && x[i - 2] === yj && xi !== yj) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * How much difference two spellings may have and still be the same name, by the length of the
 * shorter folded word: short names only transliteration differences (Ali / Aly, Ayşe / Ayse),
 * from 5 letters also one typing error (a missing, extra, swapped or wrong letter), from 10 two.
 */
export function allowedDistance(shorterLength: number): number {
  if (shorterLength >= 10) return 2;
  if (shorterLength >= 5) return 1;
  return 0.5;
}

/** True when the key's symbols are all vowels (never matched fuzzily: too little to go on). */
export const onlyVowels = (key: string): boolean => [...key].every((s) => VOWEL_KEYS.has(s));
