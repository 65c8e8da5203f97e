/**
 * Contract methods for the fixed texts of client documents (Zielvereinbarung, Einwilligung,
 * Schweigepflichtentbindung, Terminzettel): the languages with their review state, a language's
 * texts, confirming a translation ("fachlich geprüft") and a unit's own wording for a text.
 * Plain module (zod only): the renderer loads it too.
 */
import { z } from 'zod';
import { method } from '../define';

/**
 * The languages of client documents. `de-x-leicht` is German in Leichte Sprache (a private-use
 * BCP 47 tag: there is no registered one); it is used for the German parts of client documents.
 */
export const DOCUMENT_LANGUAGES = ['de', 'de-x-leicht', 'ar', 'fa', 'uk', 'ru', 'tr', 'en', 'fr', 'kmr'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** A replacement text: long enough for the longest legal paragraph a Träger may want to use. */
export const DOCUMENT_TEXT_MAX = 3000;

/**
 * `geprueft`: a person confirmed the built-in texts as they are now; `nicht_geprueft`: never
 * confirmed; `veraltet`: confirmed once, but the built-in texts changed since (a new app version).
 */
export type DocumentTextReviewState = 'geprueft' | 'nicht_geprueft' | 'veraltet';

export interface DocumentTextReview {
  state: DocumentTextReviewState;
  /** Who confirmed and when (YYYY-MM-DD); also kept when the review has lapsed, null when never confirmed. */
  by: string | null;
  on: string | null;
}

export interface DocumentLanguageInfo {
  code: DocumentLanguage;
  /** German name of the language, as Einstellungen shows it. */
  name: string;
  direction: 'ltr' | 'rtl';
  review: DocumentTextReview;
  /** How many texts the unit has replaced with its own wording. */
  replacements: number;
}

export interface DocumentTextEntry {
  /** `document.key`, e.g. `consent.title`. */
  key: string;
  /** The text as documents print it: the unit's wording if it replaced the built-in one. */
  text: string;
  builtIn: string;
  /** The German built-in text, for comparison. */
  german: string;
  replaced: boolean;
  /** Placeholders the text must keep, e.g. `{partner}`. */
  placeholders: string[];
}

export interface DocumentLanguageTexts extends DocumentLanguageInfo {
  entries: DocumentTextEntry[];
}

const language = z.enum(DOCUMENT_LANGUAGES);
/** `document.key`: letters and digits only, so it can never reach anything but a lookup. */
const textKey = z
  .string()
  .max(80)
  .regex(/^[a-z]+\.[a-zA-Z0-9]+$/);

export const documentTextMethods = {
  'documentTexts.languages': method<DocumentLanguageInfo[]>()(z.object({}).strict(), ['LOCKED']),
  'documentTexts.get': method<DocumentLanguageTexts>()(z.object({ language }).strict(), ['LOCKED']),
  /** The user confirms today that the language's built-in texts are correct (a translator or a colleague who checked them). */
  'documentTexts.confirmReview': method<DocumentLanguageTexts>()(z.object({ language }).strict(), ['LOCKED']),
  /** Sets the unit's own wording for one text; `text: null` goes back to the built-in text. */
  'documentTexts.replace': method<DocumentLanguageTexts>()(z.object({ language, key: textKey, text: z.string().max(DOCUMENT_TEXT_MAX).nullable() }).strict(), [
    'LOCKED',
    'DOCUMENT_TEXT_UNKNOWN_KEY',
    'DOCUMENT_TEXT_EMPTY',
    'DOCUMENT_TEXT_PLACEHOLDERS',
  ]),
} as const;
