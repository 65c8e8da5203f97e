/**
 * The fixed texts of client documents: every language has every German key, non-empty, with
 * exactly the German text's placeholders; the catalogue knows each language's direction.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES } from '../../../electron/contract/areas/documentTexts';
import { RELEASE_DATA_KINDS } from '../../../electron/contract/areas/network';
import { RELEASE_DATA_KIND_LABELS } from '../../../electron/contract/labels';
import { de } from '../../../electron/services/documents/texts/de';
import {
  DOCUMENT_TEXT_CATALOGUE,
  DOCUMENT_TEXT_KEYS,
  fillText,
  placeholdersOf,
  textAt,
  textsHash,
  withReplacements,
  type DocumentTextSet,
} from '../../../electron/services/documents/texts';

/** Every problem of one language's set compared with the German key set, as readable lines. */
function problemsOf(set: DocumentTextSet): string[] {
  const problems: string[] = [];
  for (const [doc, texts] of Object.entries(de)) {
    const own = (set as Record<string, Record<string, unknown> | undefined>)[doc];
    if (!own) {
      problems.push(`${doc}: missing`);
      continue;
    }
    for (const key of Object.keys(own)) if (!Object.hasOwn(texts, key)) problems.push(`${doc}.${key}: not a German key`);
    for (const [key, german] of Object.entries(texts)) {
      const text = own[key];
      if (typeof text !== 'string') problems.push(`${doc}.${key}: missing`);
      else if (text.trim() === '') problems.push(`${doc}.${key}: empty`);
      else if (placeholdersOf(text).join() !== placeholdersOf(german).join())
        problems.push(`${doc}.${key}: placeholders ${placeholdersOf(text).join()} instead of ${placeholdersOf(german).join()}`);
    }
  }
  for (const doc of Object.keys(set)) if (!Object.hasOwn(de, doc)) problems.push(`${doc}: not a German document`);
  return problems;
}

describe('document texts catalogue', () => {
  it('has every language of the contract, and German, Leichte Sprache and the eight client languages', () => {
    expect(Object.keys(DOCUMENT_TEXT_CATALOGUE).sort()).toEqual([...DOCUMENT_LANGUAGES].sort());
    expect([...DOCUMENT_LANGUAGES].sort()).toEqual(['ar', 'de', 'de-x-leicht', 'en', 'fa', 'fr', 'kmr', 'ru', 'tr', 'uk']);
  });

  it.each(DOCUMENT_LANGUAGES)('%s has every German key, non-empty, with exactly the German placeholders', (code) => {
    expect(problemsOf(DOCUMENT_TEXT_CATALOGUE[code].texts)).toEqual([]);
  });

  it('finds a missing key, an empty text and a changed placeholder (the check above is not blind)', () => {
    const broken = withReplacements(DOCUMENT_TEXT_CATALOGUE.ar.texts, { 'release.periodText': 'من {validFrom} حتى {bis}', 'agreement.title': '  ' });
    delete (broken.appointment as Partial<Record<string, string>>).bring;
    expect(problemsOf(broken)).toEqual([
      'agreement.title: empty',
      'release.periodText: placeholders bis,validFrom instead of validFrom,validUntil',
      'appointment.bring: missing',
    ]);
  });

  it('translations are translations: no client language is a copy of German', () => {
    // Leichte Sprache is German too: many short labels stay the same; its long texts must not.
    for (const code of DOCUMENT_LANGUAGES.filter((c) => c !== 'de' && c !== 'de-x-leicht')) {
      const same = DOCUMENT_TEXT_KEYS.filter((key) => textAt(DOCUMENT_TEXT_CATALOGUE[code].texts, key) === textAt(de, key));
      // A few texts are the same in many languages (labels like "Datum" or "{partner}, {partnerOrganisation}").
      expect(same.length, `${code}: ${same.join(', ')}`).toBeLessThan(DOCUMENT_TEXT_KEYS.length / 5);
    }
  });

  it('Leichte Sprache rewrites the long texts in short sentences, one per line', () => {
    const leicht = DOCUMENT_TEXT_CATALOGUE['de-x-leicht'].texts;
    for (const key of ['consent.intro', 'consent.retentionText', 'consent.withdrawalText', 'release.intro', 'appointment.cannotComeText']) {
      const text = textAt(leicht, key) as string;
      expect(text, key).not.toBe(textAt(de, key));
      for (const line of text.split('\n')) expect(line.split(' ').length, `${key}: ${line}`).toBeLessThanOrEqual(15);
    }
    // No abbreviations a reader of Leichte Sprache has to know.
    expect(DOCUMENT_TEXT_KEYS.map((key) => textAt(leicht, key)).join(' ')).not.toMatch(/\b(z\. B\.|Art\.|Abs\.|Buchst\.)/);
  });

  it('names every kind of data a release covers in every language; in German with the app’s own labels', () => {
    const keyOf = (kind: string) => `release.kind${kind[0]?.toUpperCase()}${kind.slice(1)}`;
    for (const kind of RELEASE_DATA_KINDS) {
      expect(textAt(de, keyOf(kind))).toBe(RELEASE_DATA_KIND_LABELS[kind]);
      for (const code of DOCUMENT_LANGUAGES) expect(textAt(DOCUMENT_TEXT_CATALOGUE[code].texts, keyOf(kind))?.trim(), `${code} ${kind}`).toBeTruthy();
    }
  });

  it('writes Arabic and Persian right to left, every other language left to right', () => {
    for (const code of DOCUMENT_LANGUAGES) {
      expect(DOCUMENT_TEXT_CATALOGUE[code].direction, code).toBe(code === 'ar' || code === 'fa' ? 'rtl' : 'ltr');
      expect(DOCUMENT_TEXT_CATALOGUE[code].code).toBe(code);
      expect(DOCUMENT_TEXT_CATALOGUE[code].name).not.toBe('');
    }
  });

  it('Arabic and Persian texts are in Arabic script, Ukrainian and Russian in Cyrillic', () => {
    const script = (code: (typeof DOCUMENT_LANGUAGES)[number], pattern: RegExp) =>
      expect(pattern.test(DOCUMENT_TEXT_CATALOGUE[code].texts.agreement.intro1), code).toBe(true);
    script('ar', /^[\p{Script=Arabic}\p{M}\s.،]+$/u);
    script('fa', /^[\p{Script=Arabic}\p{M}\s.،]+$/u);
    script('uk', /^[\p{Script=Cyrillic}\s.]+$/u);
    script('ru', /^[\p{Script=Cyrillic}\s.]+$/u);
  });

  it('names the app’s retention period as a placeholder, counted from the end of the year of closure', () => {
    expect(de.consent.retentionText).toContain('{retentionYears} Jahre');
    expect(de.consent.retentionText).toContain('ab dem Ende des Jahres');
  });

  it('the consent names the rights of Art. 15–18, 20 and 21, withdrawal (Art. 7 (3)) and the LDI NRW', () => {
    const consent = Object.values(de.consent).join('\n');
    for (const article of [
      'Art. 13',
      'Art. 6 Abs. 1 Buchst. a',
      'Art. 9 Abs. 2 Buchst. a',
      'Art. 15',
      'Art. 16',
      'Art. 17',
      'Art. 18',
      'Art. 20',
      'Art. 21',
      'Art. 7 Abs. 3',
    ])
      expect(consent).toContain(article);
    expect(consent).toContain('LDI NRW');
  });

  it('fills named placeholders in any order and leaves an unfilled one visible', () => {
    expect(fillText(DOCUMENT_TEXT_CATALOGUE.ar.texts.release.periodText, { validUntil: '31.12.2027', validFrom: '01.01.2027' })).toBe(
      'يسري هذا الإذن من 01.01.2027 حتى 31.12.2027.',
    );
    expect(fillText(de.appointment.cannotComeText, {})).toContain('{phone}');
  });

  it('a replacement takes the place of one text only, and unknown keys change nothing', () => {
    const texts = withReplacements(de, { 'consent.title': 'Einwilligungserklärung des Trägers', 'consent.nope': 'x', 'x.y': 'z' });
    expect(texts.consent.title).toBe('Einwilligungserklärung des Trägers');
    expect(textAt(texts, 'consent.nope')).toBeUndefined();
    expect(texts.consent.intro).toBe(de.consent.intro);
    expect(de.consent.title).toBe('Einwilligung in das Case Management und in die Verarbeitung Ihrer Daten');
  });

  it('the fingerprint of a language changes when any of its texts changes', () => {
    const before = textsHash(DOCUMENT_TEXT_CATALOGUE.tr.texts);
    expect(textsHash(DOCUMENT_TEXT_CATALOGUE.tr.texts)).toBe(before);
    expect(textsHash(withReplacements(DOCUMENT_TEXT_CATALOGUE.tr.texts, { 'appointment.place': 'Adres' }))).not.toBe(before);
    expect(textsHash(DOCUMENT_TEXT_CATALOGUE.en.texts)).not.toBe(before);
  });
});
