/**
 * The catalogue of the client documents' fixed texts: one set per language, each typed as the
 * German key set (so the compiler refuses a language with a missing key), with its German name
 * and writing direction. `documentTexts` gives a language's texts as documents print them: the
 * built-in texts with the unit's own wording applied, plus the review state.
 */
import { createHash } from 'node:crypto';
import type { DocumentLanguage, DocumentTextReview } from '../../../contract/areas/documentTexts';
import { readSetting } from '../../../../db/queries/settings';
import { db, type ServiceContext } from '../../context';
import { ar } from './ar';
import { de, type DocumentTextSet } from './de';
import { deLeicht } from './deLeicht';
import { en } from './en';
import { fa } from './fa';
import { fr } from './fr';
import { kmr } from './kmr';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';

export type { DocumentKind, DocumentTextSet } from './de';

export interface CatalogueEntry {
  code: DocumentLanguage;
  /** German name of the language (Einstellungen, choosing the client's language). */
  name: string;
  direction: 'ltr' | 'rtl';
  texts: DocumentTextSet;
}

export const DOCUMENT_TEXT_CATALOGUE: Record<DocumentLanguage, CatalogueEntry> = {
  de: { code: 'de', name: 'Deutsch', direction: 'ltr', texts: de },
  'de-x-leicht': { code: 'de-x-leicht', name: 'Deutsch in Leichter Sprache', direction: 'ltr', texts: deLeicht },
  ar: { code: 'ar', name: 'Arabisch', direction: 'rtl', texts: ar },
  fa: { code: 'fa', name: 'Persisch (Farsi/Dari)', direction: 'rtl', texts: fa },
  uk: { code: 'uk', name: 'Ukrainisch', direction: 'ltr', texts: uk },
  ru: { code: 'ru', name: 'Russisch', direction: 'ltr', texts: ru },
  tr: { code: 'tr', name: 'Türkisch', direction: 'ltr', texts: tr },
  en: { code: 'en', name: 'Englisch', direction: 'ltr', texts: en },
  fr: { code: 'fr', name: 'Französisch', direction: 'ltr', texts: fr },
  kmr: { code: 'kmr', name: 'Kurdisch (Kurmancî)', direction: 'ltr', texts: kmr },
};

/** Every key as `document.key`, in the German set's order. */
export const DOCUMENT_TEXT_KEYS: readonly string[] = Object.entries(de).flatMap(([doc, texts]) => Object.keys(texts).map((k) => `${doc}.${k}`));

/** The named placeholders of a text (`{partner}` → `partner`), sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] as string))].sort();
}

/** One text of a set by its `document.key`; undefined for an unknown key. */
export function textAt(set: DocumentTextSet, key: string): string | undefined {
  const [doc, name] = key.split('.');
  if (doc === undefined || name === undefined || !Object.hasOwn(set, doc)) return undefined;
  const texts = set[doc as keyof DocumentTextSet] as Record<string, string>;
  return Object.hasOwn(texts, name) ? texts[name] : undefined;
}

/**
 * A fingerprint of a language's built-in texts: a confirmed review holds while it matches, and
 * lapses when an update changes any text of that language.
 */
export function textsHash(set: DocumentTextSet): string {
  const flat = DOCUMENT_TEXT_KEYS.map((key) => [key, textAt(set, key) ?? '']);
  return createHash('sha256').update(JSON.stringify(flat)).digest('hex');
}

/** A copy of `set` with `replacements` (`document.key` → text) in place of the built-in texts; unknown keys are ignored. */
export function withReplacements(set: DocumentTextSet, replacements: Readonly<Record<string, string>>): DocumentTextSet {
  const copy = Object.fromEntries(Object.entries(set).map(([doc, texts]) => [doc, { ...texts }])) as Record<string, Record<string, string>>;
  for (const [key, text] of Object.entries(replacements)) {
    const [doc, name] = key.split('.');
    const texts = doc === undefined ? undefined : copy[doc];
    if (texts && name !== undefined && Object.hasOwn(texts, name)) texts[name] = text;
  }
  return copy as DocumentTextSet;
}

/** Fills the named placeholders of a text; a placeholder without a value stays visible, so a gap is seen, not hidden. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Settings keys (encrypted store) of a language's review and replacements. */
export const reviewSettingKey = (code: DocumentLanguage): string => `documentTexts.review.${code}`;
export const replacementsSettingKey = (code: DocumentLanguage): string => `documentTexts.replacements.${code}`;

/** A confirmed review as stored: who, on which day, and the fingerprint of the texts they confirmed. */
export interface StoredReview {
  by: string;
  on: string;
  hash: string;
}

export function storedReview(ctx: ServiceContext, code: DocumentLanguage): StoredReview | null {
  const value = readSetting(db(ctx), reviewSettingKey(code));
  if (typeof value !== 'object' || value === null) return null;
  const { by, on, hash } = value as Record<string, unknown>;
  return typeof by === 'string' && typeof on === 'string' && typeof hash === 'string' ? { by, on, hash } : null;
}

/** The unit's replacements of a language; anything malformed in the store is left out (the built-in text prints). */
export function storedReplacements(ctx: ServiceContext, code: DocumentLanguage): Record<string, string> {
  const value = readSetting(db(ctx), replacementsSettingKey(code));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '' && textAt(de, entry[0]) !== undefined,
    ),
  );
}

export function reviewOf(ctx: ServiceContext, code: DocumentLanguage): DocumentTextReview {
  const review = storedReview(ctx, code);
  if (!review) return { state: 'nicht_geprueft', by: null, on: null };
  const current = review.hash === textsHash(DOCUMENT_TEXT_CATALOGUE[code].texts);
  return { state: current ? 'geprueft' : 'veraltet', by: review.by, on: review.on };
}

export interface DocumentTexts {
  code: DocumentLanguage;
  direction: 'ltr' | 'rtl';
  /** The texts documents print: built-in, with the unit's own wording where it replaced one. */
  texts: DocumentTextSet;
  review: DocumentTextReview;
  /** Keys (`document.key`) the unit replaced. */
  replacedKeys: string[];
}

/** A language's texts as documents print them (builders call this), with its review state. */
export function documentTexts(ctx: ServiceContext, code: DocumentLanguage): DocumentTexts {
  const entry = DOCUMENT_TEXT_CATALOGUE[code];
  const replacements = storedReplacements(ctx, code);
  return {
    code,
    direction: entry.direction,
    texts: withReplacements(entry.texts, replacements),
    review: reviewOf(ctx, code),
    replacedKeys: Object.keys(replacements),
  };
}
