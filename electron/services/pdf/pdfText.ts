/**
 * Text for the PDF's built-in Helvetica, which only has the Windows-1252 (WinAnsi) characters.
 * German (äöüß, „…“, –, €) passes unchanged; Latin letters with other accents lose the accent
 * (ş → s, ć → c, ł → l); anything else (Arabic, Cyrillic, …) cannot be printed with this font
 * and becomes '?' in free text. Names are chosen instead (see `printableName`), never garbled.
 */
import { personName } from '../../contract/labels';

/** Windows-1252's printable characters above ASCII that are not Latin-1 (0x80–0x9F). */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const FALLBACKS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'ng',
  Ŋ: 'NG',
  ſ: 's',
  ə: 'e',
  Ə: 'E',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2212': '-',
};

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.includes(char) || char === '\n';
}

/** One character as WinAnsi text, or null when it has no sensible Latin form. */
function printableChar(char: string): string | null {
  if (isWinAnsi(char)) return char;
  if (/[\u2000-\u200a\u202f\u205f\u3000\t]/.test(char)) return ' ';
  if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(char)) return '';
  const fallback = FALLBACKS[char];
  if (fallback !== undefined) return fallback;
  const bare = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return bare.length > 0 && [...bare].every(isWinAnsi) ? bare : null;
}

/** Whether the whole text prints without replacing anything. */
export function printsFully(text: string): boolean {
  return [...text.normalize('NFC')].every((char) => printableChar(char) !== null);
}

/** Free text for the PDF: what cannot be printed becomes '?', one per run of such characters. */
export function pdfText(text: string): string {
  let out = '';
  let replacing = false;
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const printable = printableChar(char);
    if (printable === null) {
      if (!replacing) out += '?';
      replacing = true;
    } else {
      out += printable;
      replacing = false;
    }
  }
  return out;
}

/** Whether the text prints exactly as written, with nothing replaced or simplified. */
export const printsExactly = (text: string): boolean => [...text.normalize('NFC')].every(isWinAnsi);

/**
 * The client's name for the agreement, from the spellings (primary first): the first that prints
 * exactly, else the first that prints with accents simplified (Ayşe → Ayse), else null: then
 * the document leaves a line to write the name by hand instead of printing a wrong one. So a
 * Latin passport spelling beside an Arabic or Cyrillic primary one is used; no script is guessed
 * into Latin letters.
 */
export function printableName(spellings: { givenNames: string; familyName: string }[]): string | null {
  const names = spellings.map((name) => personName(name)).filter(Boolean);
  const chosen = names.find(printsExactly) ?? names.find(printsFully);
  return chosen === undefined ? null : pdfText(chosen);
}
