/**
 * Einstellungen → Texte der Dokumente: review state per language, a language's texts per document
 * as a table (German · the language, right to left where it is written so · change), confirming a
 * translation (the button says what it confirms), replacing and clearing a text in its row, by keyboard.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DocumentLanguageInfo, DocumentLanguageTexts } from '../../../electron/contract/areas/documentTexts';
import { fail, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';

const notReviewed = { state: 'nicht_geprueft' as const, by: null, on: null };
const languages: DocumentLanguageInfo[] = [
  { code: 'de', name: 'Deutsch', direction: 'ltr', review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-02' }, replacements: 1 },
  { code: 'ar', name: 'Arabisch', direction: 'rtl', review: notReviewed, replacements: 0 },
  { code: 'uk', name: 'Ukrainisch', direction: 'ltr', review: { state: 'veraltet', by: 'Olena K.', on: '2026-03-01' }, replacements: 2 },
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
    {
      key: 'release.title',
      text: 'إذن بتبادل المعلومات',
      builtIn: 'إذن بتبادل المعلومات',
      german: 'Schweigepflichtentbindung',
      replaced: false,
      placeholders: [],
    },
  ],
};
const ukrainian: DocumentLanguageTexts = {
  ...(languages[2] as DocumentLanguageInfo),
  entries: [
    { key: 'agreement.title', text: 'Угода про цілі (наша)', builtIn: 'Угода про цілі', german: 'Zielvereinbarung', replaced: true, placeholders: [] },
    { key: 'consent.title', text: 'Згода (наша)', builtIn: 'Згода', german: 'Einwilligung', replaced: true, placeholders: [] },
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

/** A text's row, found by its German text (the first column). */
function rowOf(german: string): HTMLElement {
  return screen.getByRole('cell', { name: german }).closest('tr') as HTMLElement;
}

describe('Einstellungen: Texte der Dokumente', () => {
  it('lists each language with its review state and own texts, and loads only when opened', async () => {
    const { list } = await openSection(() => {});
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Deutsch, fachlich geprüft am 02.11.2026 von Aylin Demir, 1 eigener TextTexte ansehen',
      'Arabisch (von rechts nach links), noch nicht fachlich geprüftTexte ansehen',
      'Ukrainisch, veraltet: Texte geändert seit der Prüfung am 01.03.2026 von Olena K., 2 eigene TexteTexte ansehen',
    ]);
    // The state's class gives it its sign and colour; the words above say the same.
    expect(within(items[2] as HTMLElement).getByText(/^veraltet:/).className).toBe('review-state review-veraltet');
    expect(
      within(items[1] as HTMLElement)
        .getByRole('button', { name: 'Texte ansehen: Arabisch' })
        .getAttribute('aria-expanded'),
    ).toBe('false');
  });

  it('shows a language per document beside German, right to left, moves the focus there, and confirms what the button says', async () => {
    const { kim, user, list } = await openSection((kim) => {
      kim['documentTexts.get'].mockResolvedValue(ok(arabic));
      kim['documentTexts.confirmReview'].mockResolvedValue(ok({ ...arabic, review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-23' } }));
    });
    const show = within(list).getByRole('button', { name: 'Texte ansehen: Arabisch' });
    await user.click(show);
    expect(kim['documentTexts.get']).toHaveBeenCalledWith({ language: 'ar' });
    const heading = await screen.findByRole('heading', { level: 3, name: 'Texte auf Arabisch' });
    expect(document.activeElement).toBe(heading);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(show.closest('li')?.className).toBe('is-open');

    // One table per document, named by it: German · Arabic · change
    const agreement = screen.getByRole('table', { name: 'Zielvereinbarung · 1 Text' });
    expect(screen.getByRole('table', { name: 'Schweigepflichtentbindung · 2 Texte' })).toBeTruthy();
    expect(
      within(agreement)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Deutsch (Ausgangstext)', 'Arabisch', 'Ändern']);
    const [german, title] = within(agreement).getAllByRole('cell');
    expect(german?.textContent).toBe('Zielvereinbarung');
    expect(german?.getAttribute('lang')).toBe('de');
    const text = within(title as HTMLElement).getByText('اتفاقية الأهداف');
    expect(text.getAttribute('dir')).toBe('rtl');
    expect(text.getAttribute('lang')).toBe('ar');
    expect(within(agreement).queryByText('eigener Text')).toBeNull();

    // The confirmation says which texts it confirms, then the state changes in the list too
    expect(screen.getByText(/Bestätigen Sie nur, wenn Sie oder eine Fachperson alle Texte auf Arabisch gelesen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '3 Texte auf Arabisch als fachlich geprüft bestätigen' }));
    expect(kim['documentTexts.confirmReview']).toHaveBeenCalledWith({ language: 'ar' });
    expect(await screen.findByText('Die Texte auf Arabisch sind als fachlich geprüft bestätigt.')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')[1]?.textContent).toContain('fachlich geprüft am 23.11.2026 von Aylin Demir');
    expect(screen.queryByRole('button', { name: /als fachlich geprüft bestätigen$/ })).toBeNull();
    // The button is gone: the focus is on the heading, the new state below it
    expect(document.activeElement).toBe(heading);
    expect(heading.closest('section')?.querySelector('.document-language-state')?.textContent).toContain('fachlich geprüft am 23.11.2026 von Aylin Demir');

    // Closing gives the focus back to the language's button
    await user.click(screen.getAllByRole('button', { name: 'Texte schließen' })[0] as HTMLElement);
    expect(screen.queryByRole('heading', { level: 3, name: 'Texte auf Arabisch' })).toBeNull();
    expect(document.activeElement).toBe(show);
    expect(show.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks own texts beside the built-in one, and says an outdated review must be renewed', async () => {
    const { user, list } = await openSection((kim) => {
      kim['documentTexts.get'].mockResolvedValue(ok(ukrainian));
    });
    await user.click(within(list).getByRole('button', { name: 'Texte ansehen: Ukrainisch' }));
    await screen.findByRole('heading', { level: 3, name: 'Texte auf Ukrainisch' });
    expect(screen.getByRole('table', { name: 'Zielvereinbarung · 1 Text, 1 eigener Text' })).toBeTruthy();
    const row = rowOf('Zielvereinbarung');
    expect(row.className).toBe('document-text-entry is-replaced');
    const mark = within(row).getByText('eigener Text');
    expect(mark.getAttribute('lang')).toBe('de');
    const own = within(row).getByText('Угода про цілі (наша)');
    expect(own.getAttribute('lang')).toBe('uk');
    expect(own.getAttribute('dir')).toBe('ltr');
    expect(within(row).getByText('Eingebauter Text:').nextElementSibling?.textContent).toBe('Угода про цілі');
    expect(within(row).getByRole('button', { name: 'Eigenen Text entfernen' })).toBeTruthy();
    expect(screen.getByText(/Seit der letzten Prüfung haben sich eingebaute Texte geändert/)).toBeTruthy();
    expect(screen.getByText(/Ihre eigenen Texte gehören nicht dazu/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '2 Texte auf Ukrainisch als fachlich geprüft bestätigen' })).toBeTruthy();

    // Editing the own text starts from it, the built-in one still beside it
    await user.click(within(row).getByRole('button', { name: 'Ersetzen' }));
    const editing = rowOf('Zielvereinbarung');
    expect(within(editing).getByLabelText<HTMLTextAreaElement>('Eigener Text auf Ukrainisch').value).toBe('Угода про цілі (наша)');
    expect(within(editing).getByText('Eingebauter Text:').nextElementSibling?.textContent).toBe('Угода про цілі');
  });

  it('replaces a text in its row (the service’s refusal shown in German), then clears it, the focus kept in the row', async () => {
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
    await screen.findByRole('heading', { level: 3, name: 'Texte auf Arabisch' });
    const german = 'Diese Erlaubnis gilt vom {validFrom} bis zum {validUntil}.';
    const replace = within(rowOf(german)).getByRole('button', { name: 'Ersetzen' });
    // The row's buttons are described by the German text they change.
    expect(document.getElementById(replace.getAttribute('aria-describedby') ?? '')?.textContent).toBe(german);

    // Esc leaves editing; the focus is back on "Ersetzen"
    await user.click(replace);
    let field = within(rowOf(german)).getByLabelText<HTMLTextAreaElement>('Eigener Text auf Arabisch');
    expect(document.activeElement).toBe(field);
    await user.keyboard('{Escape}');
    expect(within(rowOf(german)).queryByLabelText('Eigener Text auf Arabisch')).toBeNull();
    expect(document.activeElement).toBe(within(rowOf(german)).getByRole('button', { name: 'Ersetzen' }));
    expect(kim['documentTexts.replace']).not.toHaveBeenCalled();

    // Enter on "Ersetzen": the field, right to left, with the placeholders to keep
    await user.keyboard('{Enter}');
    const entry = rowOf(german);
    field = within(entry).getByLabelText<HTMLTextAreaElement>('Eigener Text auf Arabisch');
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('dir')).toBe('rtl');
    expect(field.getAttribute('lang')).toBe('ar');
    expect(entry.textContent).toContain('Diese Platzhalter müssen genau so im Text bleiben: {validFrom}, {validUntil}.');
    await user.clear(field);
    await user.type(field, 'الإذن صالح من {{validFrom}.');
    await user.click(within(entry).getByRole('button', { name: 'Eigenen Text speichern' }));
    expect(kim['documentTexts.replace']).toHaveBeenLastCalledWith({ language: 'ar', key: 'release.periodText', text: 'الإذن صالح من {validFrom}.' });
    expect(await within(entry).findByText(/genau die Platzhalter in geschweiften Klammern/)).toBeTruthy();
    expect(document.activeElement).toBe(field);

    await user.clear(field);
    await user.type(field, own.replaceAll('{', '{{'));
    await user.click(within(entry).getByRole('button', { name: 'Eigenen Text speichern' }));
    expect(kim['documentTexts.replace']).toHaveBeenLastCalledWith({ language: 'ar', key: 'release.periodText', text: own });
    expect(await screen.findByText('Der eigene Text ist gespeichert.')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')[1]?.textContent).toContain('1 eigener Text');

    const entryAfter = rowOf(german);
    expect(within(entryAfter).getByText('eigener Text')).toBeTruthy();
    const shown = within(entryAfter).getByText(own);
    expect(shown.getAttribute('dir')).toBe('rtl');
    expect(document.activeElement).toBe(within(entryAfter).getByRole('button', { name: 'Ersetzen' }));
    await user.click(within(entryAfter).getByRole('button', { name: 'Eigenen Text entfernen' }));
    expect(kim['documentTexts.replace']).toHaveBeenLastCalledWith({ language: 'ar', key: 'release.periodText', text: null });
    expect(await screen.findByText('Der eigene Text ist entfernt. Gedruckt wird wieder der eingebaute Text.')).toBeTruthy();
    expect(within(rowOf(german)).queryByText('eigener Text')).toBeNull();
    expect(document.activeElement).toBe(within(rowOf(german)).getByRole('button', { name: 'Ersetzen' }));
  });
});
