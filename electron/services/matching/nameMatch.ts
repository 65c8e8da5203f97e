/** Whether two words or two names are the same name: exactly, as a spelling variant, or with a typing error. */
import { allowedDistance, keyDistance, onlyVowels } from './fuzzy';
import { consonants, fold, isArabicScript, soundKey, wordForms, words } from './normalize';

/** exact: same letters once folded; variant: transliteration or diacritics differ; typo: also a typing error. */
export type Grade = 'exact' | 'variant' | 'typo';
const ORDER: Grade[] = ['exact', 'variant', 'typo'];
export const worse = (a: Grade, b: Grade): Grade => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);
export const better = (a: Grade | null, b: Grade | null): Grade | null => (a === null ? b : b === null ? a : ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b);

export interface WordInfo {
  folded: string;
  /** Sound keys of the word and of its forms (e.g. without a glued article). */
  keys: string[];
  arabic: boolean;
}

export function wordInfo(folded: string, arabic = false): WordInfo {
  return { folded, keys: wordForms(folded).map(soundKey), arabic };
}

/** The words of a name part (family or given names), ready to compare. */
export function nameWords(text: string): WordInfo[] {
  const arabic = isArabicScript(text);
  return words(text).map((w) => wordInfo(w, arabic));
}

export function compareWords(a: WordInfo, b: WordInfo): Grade | null {
  if (a.folded === b.folded) return 'exact';
  const shorter = Math.min(a.folded.length, b.folded.length);
  const arabic = a.arabic !== b.arabic;
  const shortVowelsIn = a.arabic ? 'b' : 'a';
  let distance = Infinity;
  for (const ka of a.keys) {
    for (const kb of b.keys) {
      if (ka === kb) return 'variant';
      if (onlyVowels(ka) || onlyVowels(kb)) continue;
      if (arabic) {
        // Short vowels are not written in Arabic script: only transliteration differences count.
        if (consonants(ka).length >= 2 && keyDistance(ka, kb, { shortVowelsIn }) <= 0.5) return 'variant';
        continue;
      }
      distance = Math.min(distance, keyDistance(ka, kb, { strictVowels: shorter < 5 }));
    }
  }
  if (distance <= 0.5) return 'variant';
  if (distance <= allowedDistance(shorter)) return 'typo';
  return null;
}

/** Every word of `a` is one of `b`'s words, or both written together are the same (Abdulrahman / Abdul Rahman). */
export function compareWordLists(a: WordInfo[], b: WordInfo[]): Grade | null {
  if (a.length === 0 || b.length === 0) return null;
  let grade: Grade | null = 'exact';
  for (const word of a) {
    let best: Grade | null = null;
    for (const other of b) best = better(best, compareWords(word, other));
    if (best === null) {
      grade = null;
      break;
    }
    grade = worse(grade, best);
  }
  if (grade !== null || (a.length === 1 && b.length === 1)) return grade;
  const joined = (list: WordInfo[]) =>
    wordInfo(
      list.map((w) => w.folded).join(''),
      list.some((w) => w.arabic),
    );
  const together = compareWords(joined(a), joined(b));
  return together === 'exact' ? 'variant' : together;
}

/** A whole name typed by a user, folded (for showing which spelling matched). */
export const foldedName = (familyName: string, givenNames: string): string => fold(`${familyName} ${givenNames}`);
