/**
 * Einstellungen → Texte der Dokumente: review state (confirm, lapse when the built-in texts
 * change), the unit's own wording (kept, refused when empty or when a placeholder is dropped or
 * invented, cleared), what documents then print, and an audit entry for every change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { writeSetting } from '../../../db/queries/settings';
import { KimError } from '../../../electron/contract/errors';
import { DOCUMENT_TEXT_CATALOGUE, documentTexts } from '../../../electron/services/documents/texts';
import { createdStore, runningClock } from '../../fixtures/tempStore';

const NOW = new Date('2026-11-23T09:30:00Z');

async function store() {
  const services = await createdStore({ now: runningClock(NOW) });
  const ctx = { store: services.store, now: runningClock(NOW) };
  const { db } = services.store.session();
  const actions = () =>
    recentAudit(db, 100)
      .filter((e) => e.action.startsWith('document_texts.'))
      .map((e) => `${e.action} ${e.entity} ${e.entityId}`)
      .reverse();
  return { ...services, ctx, db, actions };
}

const errorCode = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof KimError ? error.code : String(error);
  }
  return 'no error';
};

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

describe('document texts in the store', () => {
  it('lists every language as not reviewed, with its German name, direction and no replacements', async () => {
    const s = await store();
    const languages = s.documentTexts.languages();
    expect(languages.map((l) => l.code)).toEqual(['de', 'de-x-leicht', 'ar', 'fa', 'uk', 'ru', 'tr', 'en', 'fr', 'kmr']);
    expect(languages.find((l) => l.code === 'fa')).toEqual({
      code: 'fa',
      name: 'Persisch (Farsi/Dari)',
      direction: 'rtl',
      review: { state: 'nicht_geprueft', by: null, on: null },
      replacements: 0,
    });
    expect(languages.every((l) => l.review.state === 'nicht_geprueft')).toBe(true);
  });

  it('a confirmed review names who and when, holds for that language only and is audited', async () => {
    const s = await store();
    const result = s.documentTexts.confirmReview({ language: 'ar' });
    expect(result.review).toEqual({ state: 'geprueft', by: 'Test Beraterin', on: '2026-11-23' });
    expect(documentTexts(s.ctx, 'ar').review.state).toBe('geprueft');
    expect(documentTexts(s.ctx, 'fa').review.state).toBe('nicht_geprueft');
    expect(s.actions()).toEqual(['document_texts.review_confirmed document_texts ar']);
  });

  it('a review lapses when the built-in texts of the language change (a new version of the app)', async () => {
    const s = await store();
    s.documentTexts.confirmReview({ language: 'uk' });
    // The built-in texts are read-only to the app; the test plays the part of an update.
    const texts = DOCUMENT_TEXT_CATALOGUE.uk.texts.appointment as { place: string };
    const before = texts.place;
    texts.place = 'Адреса';
    restore.push(() => {
      texts.place = before;
    });
    expect(s.documentTexts.languages().find((l) => l.code === 'uk')?.review).toEqual({ state: 'veraltet', by: 'Test Beraterin', on: '2026-11-23' });
    expect(documentTexts(s.ctx, 'uk').review.state).toBe('veraltet');
    // Confirming again accepts the new texts.
    expect(s.documentTexts.confirmReview({ language: 'uk' }).review.state).toBe('geprueft');
  });

  it('a damaged stored review counts as not reviewed', async () => {
    const s = await store();
    writeSetting(s.db, 'documentTexts.review.tr', { by: 'X', on: '2026-01-01' }, NOW);
    expect(documentTexts(s.ctx, 'tr').review).toEqual({ state: 'nicht_geprueft', by: null, on: null });
  });

  it('keeps a replacement with its placeholders: documents print it, the entry shows both texts', async () => {
    const s = await store();
    const own = 'Ich entbinde das Team von {controller} gegenüber {partner} und {partner} gegenüber dem Team von der Schweigepflicht.';
    const result = s.documentTexts.replace({ language: 'de', key: 'release.declarationText', text: `  ${own}  ` });
    const entry = result.entries.find((e) => e.key === 'release.declarationText');
    expect(entry).toMatchObject({ text: own, replaced: true, placeholders: ['{controller}', '{partner}'] });
    expect(entry?.builtIn).toBe(DOCUMENT_TEXT_CATALOGUE.de.texts.release.declarationText);
    expect(result.replacements).toBe(1);
    const printed = documentTexts(s.ctx, 'de');
    expect(printed.texts.release.declarationText).toBe(own);
    expect(printed.replacedKeys).toEqual(['release.declarationText']);
    expect(printed.texts.release.intro).toBe(DOCUMENT_TEXT_CATALOGUE.de.texts.release.intro);
    // Another language is untouched.
    expect(documentTexts(s.ctx, 'en').texts.release.declarationText).toBe(DOCUMENT_TEXT_CATALOGUE.en.texts.release.declarationText);
    expect(s.actions()).toEqual(['document_texts.replaced document_texts de']);
  });

  it('refuses an empty replacement, a dropped or an invented placeholder and an unknown key, and changes nothing', async () => {
    const s = await store();
    const replace = (key: string, text: string) => () => s.documentTexts.replace({ language: 'fr', key, text });
    expect(errorCode(replace('consent.title', '   '))).toBe('DOCUMENT_TEXT_EMPTY');
    expect(errorCode(replace('release.periodText', 'Valable du {validFrom}.'))).toBe('DOCUMENT_TEXT_PLACEHOLDERS');
    expect(errorCode(replace('release.periodText', 'Du {validFrom} au {validUntil}, signé par {client}.'))).toBe('DOCUMENT_TEXT_PLACEHOLDERS');
    expect(errorCode(replace('release.periodText', 'Du {validFrom} au {validUntil} ({validfrom}).'))).toBe('DOCUMENT_TEXT_PLACEHOLDERS');
    expect(errorCode(replace('consent.title', 'Consentement {controller}'))).toBe('DOCUMENT_TEXT_PLACEHOLDERS');
    expect(errorCode(replace('consent.nope', 'x'))).toBe('DOCUMENT_TEXT_UNKNOWN_KEY');
    expect(errorCode(replace('nope.title', 'x'))).toBe('DOCUMENT_TEXT_UNKNOWN_KEY');
    expect(errorCode(replace('common.constructor', 'x'))).toBe('DOCUMENT_TEXT_UNKNOWN_KEY');
    expect(documentTexts(s.ctx, 'fr').replacedKeys).toEqual([]);
    expect(s.actions()).toEqual([]);
    // The same placeholders in another order are fine.
    s.documentTexts.replace({ language: 'fr', key: 'release.periodText', text: "Jusqu'au {validUntil}, à partir du {validFrom}." });
    expect(documentTexts(s.ctx, 'fr').texts.release.periodText).toBe("Jusqu'au {validUntil}, à partir du {validFrom}.");
  });

  it('clears a replacement: the built-in text prints again; clearing what is not replaced changes nothing', async () => {
    const s = await store();
    s.documentTexts.replace({ language: 'kmr', key: 'appointment.bring', text: 'Van tiştan bînin' });
    s.documentTexts.replace({ language: 'kmr', key: 'appointment.place', text: 'Navnîşan' });
    const cleared = s.documentTexts.replace({ language: 'kmr', key: 'appointment.bring', text: null });
    expect(cleared.entries.find((e) => e.key === 'appointment.bring')).toMatchObject({
      text: DOCUMENT_TEXT_CATALOGUE.kmr.texts.appointment.bring,
      replaced: false,
    });
    expect(documentTexts(s.ctx, 'kmr').replacedKeys).toEqual(['appointment.place']);
    s.documentTexts.replace({ language: 'kmr', key: 'appointment.bring', text: null });
    expect(s.actions()).toEqual([
      'document_texts.replaced document_texts kmr',
      'document_texts.replaced document_texts kmr',
      'document_texts.replacement_cleared document_texts kmr',
    ]);
  });

  it('a replacement does not touch the review of the built-in texts', async () => {
    const s = await store();
    s.documentTexts.confirmReview({ language: 'ru' });
    s.documentTexts.replace({ language: 'ru', key: 'consent.title', text: 'Согласие' });
    expect(documentTexts(s.ctx, 'ru').review.state).toBe('geprueft');
  });

  it('ignores damaged stored replacements: the built-in text prints', async () => {
    const s = await store();
    writeSetting(s.db, 'documentTexts.replacements.en', { 'consent.title': 42, 'agreement.title': '', 'x.y': 'z', 'appointment.place': 'Address' }, NOW);
    const texts = documentTexts(s.ctx, 'en');
    expect(texts.replacedKeys).toEqual(['appointment.place']);
    expect(texts.texts.consent.title).toBe(DOCUMENT_TEXT_CATALOGUE.en.texts.consent.title);
  });

  it('is LOCKED while the store is locked', async () => {
    const s = await store();
    s.store.lock('manual');
    expect(errorCode(() => s.documentTexts.languages())).toBe('LOCKED');
    expect(errorCode(() => s.documentTexts.replace({ language: 'de', key: 'consent.title', text: 'x' }))).toBe('LOCKED');
  });
});
