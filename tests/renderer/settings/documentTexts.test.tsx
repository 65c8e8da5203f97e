/** Einstellungen → Texte der Dokumente: review state per language, confirming a translation, replacing and clearing a text. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DocumentLanguageInfo, DocumentLanguageTexts } from '../../../electron/contract/areas/documentTexts';
import { fail, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';

const notReviewed = { state: 'nicht_geprueft' as const, by: null, on: null };
const languages: DocumentLanguageInfo[] = [
  { code: 'de', name: 'Deutsch', direction: 'ltr', review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-02' }, replacements: 1 },
  { code: 'ar', name: 'Arabisch', direction: 'rtl', review: notReviewed, replacements: 0 },
  { code: 'uk', name: 'Ukrainisch', direction: 'ltr', review: { state: 'veraltet', by: 'Olena K.', on: '2026-03-01' }, replacements: 0 },
];
const arabic: DocumentLanguageTexts = {
  ...(languages[1] as DocumentLanguageInfo),
  entries: [
    { key: 'agreement.title', text: 'اتفاقية الأهداف', builtIn: 'اتفاقية الأهداف', german: 'Zielvereinbarung', replaced: false, placeholders: [] },
    {
      key: 'release.periodText',
      text: 'يسري هذا الإذن من {validFrom} حتى {validUntil}.',
      builtIn: 'يسري هذا الإذن من {validFrom} حتى {validUntil}.',
      german: 'Diese Erlaubnis gilt vom {validFrom} bis zum {validUntil}.',
      replaced: false,
      placeholders: ['{validFrom}', '{validUntil}'],
    },
  ],
};

async function openSection(configure: (kim: FakeKim) => void) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['documentTexts.languages'].mockResolvedValue(ok(languages));
      configure(kim);
    },
  });
  await screen.findByText('Angemeldet: Aylin Demir');
  await app.user.keyboard('{Alt>}5{/Alt}');
  expect(app.kim['documentTexts.languages']).not.toHaveBeenCalled();
  await app.user.click(screen.getByText('Texte der Dokumente: Sprachen und Übersetzungen'));
  const list = await screen.findByRole('list', { name: 'Sprachen' });
  return { ...app, list };
}

describe('Einstellungen: Texte der Dokumente', () => {
  it('lists each language with its review state, and loads only when opened', async () => {
    const { list } = await openSection(() => {});
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Deutsch · fachlich geprüft von Aylin Demir am 02.11.2026 · 1 eigener Text');
    expect(items[1]).toContain('Arabisch (von rechts nach links) · noch nicht fachlich geprüft');
    expect(items[2]).toContain('Ukrainisch · noch nicht fachlich geprüft: geprüft von Olena K. am 01.03.2026, die Texte haben sich seither geändert');
  });

  it('shows a language beside German, right to left, and confirms the translation', async () => {
    const { kim, user, list } = await openSection((kim) => {
      kim['documentTexts.get'].mockResolvedValue(ok(arabic));
      kim['documentTexts.confirmReview'].mockResolvedValue(ok({ ...arabic, review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-23' } }));
    });
    await user.click(within(list).getByRole('button', { name: 'Texte ansehen: Arabisch' }));
    expect(kim['documentTexts.get']).toHaveBeenCalledWith({ language: 'ar' });
    const title = await screen.findByText('اتفاقية الأهداف');
    expect(title.getAttribute('dir')).toBe('rtl');
    expect(title.getAttribute('lang')).toBe('ar');
    expect(screen.getByText('Deutsch: Zielvereinbarung')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Übersetzung bestätigen' }));
    expect(kim['documentTexts.confirmReview']).toHaveBeenCalledWith({ language: 'ar' });
    expect(await screen.findByText('Die Übersetzung ist als fachlich geprüft bestätigt.')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')[1]?.textContent).toContain('fachlich geprüft von Aylin Demir am 23.11.2026');
    expect(screen.queryByRole('button', { name: 'Übersetzung bestätigen' })).toBeNull();
  });

  it('replaces a text (the service’s refusal shown in German), then clears it', async () => {
    const own = 'الإذن صالح من {validFrom} إلى {validUntil}.';
    const replaced: DocumentLanguageTexts = {
      ...arabic,
      replacements: 1,
      entries: arabic.entries.map((e) => (e.key === 'release.periodText' ? { ...e, text: own, replaced: true } : e)),
    };
    const { kim, user, list } = await openSection((kim) => {
      kim['documentTexts.get'].mockResolvedValue(ok(arabic));
      kim['documentTexts.replace']
        .mockResolvedValueOnce(fail('DOCUMENT_TEXT_PLACEHOLDERS'))
        .mockResolvedValueOnce(ok(replaced))
        .mockResolvedValueOnce(ok(arabic));
    });
    await user.click(within(list).getByRole('button', { name: 'Texte ansehen: Arabisch' }));
    const german = await screen.findByText('Deutsch: Diese Erlaubnis gilt vom {validFrom} bis zum {validUntil}.');
    const entry = german.closest('.document-text-entry') as HTMLElement;
    await user.click(within(entry).getByRole('button', { name: 'Text ersetzen' }));
    const field = within(entry).getByLabelText<HTMLTextAreaElement>('Eigene Fassung des Textes');
    expect(entry.textContent).toContain('Diese Platzhalter müssen genau so im Text bleiben: {validFrom}, {validUntil}.');
    await user.clear(field);
    await user.type(field, 'الإذن صالح من {{validFrom}.');
    await user.click(within(entry).getByRole('button', { name: 'Eigene Fassung speichern' }));
    expect(kim['documentTexts.replace']).toHaveBeenLastCalledWith({ language: 'ar', key: 'release.periodText', text: 'الإذن صالح من {validFrom}.' });
    expect(await within(entry).findByText(/genau die Platzhalter in geschweiften Klammern/)).toBeTruthy();

    await user.clear(field);
    await user.type(field, own.replaceAll('{', '{{'));
    await user.click(within(entry).getByRole('button', { name: 'Eigene Fassung speichern' }));
    expect(kim['documentTexts.replace']).toHaveBeenLastCalledWith({ language: 'ar', key: 'release.periodText', text: own });
    expect(await screen.findByText('Die eigene Fassung ist gespeichert.')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')[1]?.textContent).toContain('1 eigener Text');

    const entryAfter = screen.getByText('Deutsch: Diese Erlaubnis gilt vom {validFrom} bis zum {validUntil}.').closest('.document-text-entry') as HTMLElement;
    expect(entryAfter.textContent).toContain(own);
    await user.click(within(entryAfter).getByRole('button', { name: 'Eigene Fassung entfernen' }));
    expect(kim['documentTexts.replace']).toHaveBeenLastCalledWith({ language: 'ar', key: 'release.periodText', text: null });
    expect(await screen.findByText('Die eigene Fassung ist entfernt. Gedruckt wird wieder der eingebaute Text.')).toBeTruthy();
  });
});
