/**
 * Einstellungen → Texte der Dokumente: the languages with their review state, a language's texts
 * side by side with the German ones, confirming a translation, and the unit's own wording for a
 * text (e.g. its Träger's approved Einwilligung). Every change is written to the audit log.
 */
import { KimError } from '../../../contract/errors';
import type { DocumentLanguage, DocumentLanguageInfo, DocumentLanguageTexts } from '../../../contract/areas/documentTexts';
import { DOCUMENT_LANGUAGES } from '../../../contract/areas/documentTexts';
import { writeSetting } from '../../../../db/queries/settings';
import { actor, db, today, transaction, type ServiceContext } from '../../context';
import { de } from './de';
import {
  DOCUMENT_TEXT_CATALOGUE,
  DOCUMENT_TEXT_KEYS,
  placeholdersOf,
  replacementsSettingKey,
  reviewOf,
  reviewSettingKey,
  storedReplacements,
  textAt,
  textsHash,
} from './index';

function info(ctx: ServiceContext, code: DocumentLanguage): DocumentLanguageInfo {
  const entry = DOCUMENT_TEXT_CATALOGUE[code];
  return {
    code,
    name: entry.name,
    direction: entry.direction,
    review: reviewOf(ctx, code),
    replacements: Object.keys(storedReplacements(ctx, code)).length,
  };
}

export function listDocumentLanguages(ctx: ServiceContext): DocumentLanguageInfo[] {
  return DOCUMENT_LANGUAGES.map((code) => info(ctx, code));
}

export function languageTexts(ctx: ServiceContext, code: DocumentLanguage): DocumentLanguageTexts {
  const builtIn = DOCUMENT_TEXT_CATALOGUE[code].texts;
  const replacements = storedReplacements(ctx, code);
  return {
    ...info(ctx, code),
    entries: DOCUMENT_TEXT_KEYS.map((key) => {
      const own = replacements[key];
      const german = textAt(de, key) as string;
      return {
        key,
        text: own ?? (textAt(builtIn, key) as string),
        builtIn: textAt(builtIn, key) as string,
        german,
        replaced: own !== undefined,
        placeholders: placeholdersOf(german).map((name) => `{${name}}`),
      };
    }),
  };
}

/** The user confirms, today, the language's built-in texts as they are now; a later change of them lets the review lapse. */
export function confirmReview(ctx: ServiceContext, code: DocumentLanguage): DocumentLanguageTexts {
  return transaction(ctx, () => {
    const review = { by: actor(ctx), on: today(ctx.now()), hash: textsHash(DOCUMENT_TEXT_CATALOGUE[code].texts) };
    writeSetting(db(ctx), reviewSettingKey(code), review, ctx.now());
    ctx.store.audit('document_texts.review_confirmed', 'document_texts', code);
    return languageTexts(ctx, code);
  });
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Sets the unit's wording for one text (`text` null: back to the built-in one). The wording must
 * keep exactly the placeholders of the German text: a dropped one would lose the client's data
 * on paper, an invented one would print as `{…}`.
 */
export function replaceText(ctx: ServiceContext, input: { language: DocumentLanguage; key: string; text: string | null }): DocumentLanguageTexts {
  const german = textAt(de, input.key);
  if (german === undefined) throw new KimError('DOCUMENT_TEXT_UNKNOWN_KEY');
  return transaction(ctx, () => {
    const replacements = storedReplacements(ctx, input.language);
    if (input.text === null) {
      // Nothing to undo is not an error, and not worth an audit entry.
      if (!Object.hasOwn(replacements, input.key)) return languageTexts(ctx, input.language);
      delete replacements[input.key];
      writeSetting(db(ctx), replacementsSettingKey(input.language), replacements, ctx.now());
      ctx.store.audit('document_texts.replacement_cleared', 'document_texts', input.language);
      return languageTexts(ctx, input.language);
    }
    const text = input.text.trim();
    if (text === '') throw new KimError('DOCUMENT_TEXT_EMPTY');
    if (!sameSet(placeholdersOf(text), placeholdersOf(german))) throw new KimError('DOCUMENT_TEXT_PLACEHOLDERS');
    replacements[input.key] = text;
    writeSetting(db(ctx), replacementsSettingKey(input.language), replacements, ctx.now());
    ctx.store.audit('document_texts.replaced', 'document_texts', input.language);
    return languageTexts(ctx, input.language);
  });
}

export function createDocumentTextServices(ctx: ServiceContext) {
  return {
    documentTexts: {
      languages: () => listDocumentLanguages(ctx),
      get: (input: { language: DocumentLanguage }) => languageTexts(ctx, input.language),
      confirmReview: (input: { language: DocumentLanguage }) => confirmReview(ctx, input.language),
      replace: (input: { language: DocumentLanguage; key: string; text: string | null }) => replaceText(ctx, input),
    },
  };
}
