/**
 * Spellings of a name brought to comparable forms:
 * - `fold`: lower case Latin letters, Cyrillic and Arabic script transliterated, diacritics dropped
 *   (Yılmaz → yilmaz, Олена → olena, Müller → muller);
 * - `soundKey`: a coarse sound key over the folded word, so that transliteration variants meet
 *   (Schewtschenko / Shevchenko → SEvCEnkO, Hüseyin / Hussein → hOsEn, Jamal / Dschamal → JAmAl).
 *
 * Key alphabet: vowel runs become one of A (a), E (e, i, y), O (o, u); consonants keep their letter
 * except the classes S (sh, sch, zh, ş), C (ch, tsch, kh, ç), J (j, dsch, dj, y or i before a vowel
 * at the start of a word). Doubled consonants count once, v/w, f/ph, k/c/ck/q, z/ts/tz are one.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Arabic and Persian letters; short vowels are not written, long ones become a, u, i. */
const ARABIC: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'u',
  ؤ: 'u',
  ي: 'i',
  ئ: 'i',
  ى: 'a',
  ء: '',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ک: 'k',
  ی: 'i',
};

/** Letters whose decomposition does not give the usual typed form. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ş: 'sh',
  ș: 'sh',
  š: 'sh',
  ç: 'ch',
  č: 'ch',
  ž: 'zh',
  ğ: 'g',
  ħ: 'h',
};

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** True when the spelling is written in Arabic script (short vowels unwritten, see keyDistance). */
export const isArabicScript = (text: string): boolean => ARABIC_SCRIPT.test(text);

/** One word or a whole name in plain lower-case Latin letters, spaces between words. */
export function fold(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) {
    out += CYRILLIC[char] ?? ARABIC[char] ?? SPECIAL[char] ?? char;
  }
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Arabic article glued to a name or written apart: al-Hassan, El Sayed, Alhassan. */
const ARTICLES = new Set(['al', 'el', 'ul']);

/** The words of a name, without a standalone Arabic article. */
export function words(text: string): string[] {
  return fold(text)
    .split(' ')
    .filter((w) => w !== '' && !ARTICLES.has(w) && !/^\d+$/.test(w));
}

/** A word's alternatives: itself, and without a glued article when enough is left (Alhassan → hassan). */
export function wordForms(word: string): string[] {
  const glued = /^(al|el)(.{4,})$/.exec(word);
  return glued?.[2] ? [word, glued[2]] : [word];
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Consonant clusters, longest first, with their key symbol. */
const CLUSTERS: [string, string][] = [
  ['tsch', 'C'],
  ['dsch', 'J'],
  ['shch', 'S'],
  ['sch', 'S'],
  ['tch', 'C'],
  ['dzh', 'J'],
  ['sh', 'S'],
  ['zh', 'S'],
  ['ch', 'C'],
  ['kh', 'C'],
  ['dj', 'J'],
  ['ph', 'f'],
  ['th', 't'],
  ['dh', 'd'],
  ['gh', 'g'],
  ['ck', 'k'],
  ['ts', 'z'],
  ['tz', 'z'],
  ['j', 'J'],
  ['w', 'v'],
  ['q', 'k'],
  ['c', 'k'],
  ['x', 'ks'],
];

function vowelRun(run: string): string {
  if (run === 'ue' || run === 'oe') return 'O';
  if (run === 'ae') return 'A';
  if (/[eiy]/.test(run)) return 'E';
  return run[0] === 'a' ? 'A' : 'O';
}

/** The sound key of one folded word (see the file comment). */
export function soundKey(word: string): string {
  const symbols: string[] = [];
  let i = 0;
  while (i < word.length) {
    const char = word[i] ?? '';
    if (VOWELS.has(char)) {
      let end = i;
      while (end < word.length && VOWELS.has(word[end] ?? '')) end += 1;
      let run = word.slice(i, end);
      // y or i opening a word before another vowel is a consonant: Yulia, Iuliia, Yelena.
      if (i === 0 && run.length > 1 && (run[0] === 'y' || run[0] === 'i')) {
        symbols.push('J');
        run = run.slice(1);
      }
      symbols.push(vowelRun(run));
      i = end;
      continue;
    }
    const cluster = CLUSTERS.find(([from]) => word.startsWith(from, i));
    if (cluster) {
      symbols.push(...cluster[1]);
      i += cluster[0].length;
    } else {
      symbols.push(char);
      i += 1;
    }
  }
  // A final h after a is silent (Fatimah, Abdullah); doubled symbols count once.
  if (symbols.length > 1 && symbols.at(-1) === 'h' && symbols.at(-2) === 'A') symbols.pop();
  return symbols.filter((s, index) => s !== symbols[index - 1]).join('');
}

/** Only the consonants of a key (a word in Arabic script needs at least two to be compared). */
export const consonants = (key: string): string =>
  key
    .replace(/[AEO]/g, '')
    .split('')
    .filter((s, i, all) => s !== all[i - 1])
    .join('');
