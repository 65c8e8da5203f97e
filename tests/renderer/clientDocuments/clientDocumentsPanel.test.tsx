/** "Dokumente für die Person" on the person's page: the language, Einwilligung, Terminzettel and Schweigepflichtentbindung as PDFs, from the keyboard. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentLanguageInfo } from '../../../electron/contract/areas/documentTexts';
import { errorMessages } from '../../../electron/contract/errors';
import { axeViolations, openAt, PERSON_ID, personDetail } from '../cases/caseFixtures';
import { fail, ok, type FakeKim } from '../fakeKim';

const notReviewed = { state: 'nicht_geprueft' as const, by: null, on: null };
const languages: DocumentLanguageInfo[] = [
  { code: 'de', name: 'Deutsch', direction: 'ltr', review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-02' }, replacements: 0 },
  {
    code: 'de-x-leicht',
    name: 'Deutsch in Leichter Sprache',
    direction: 'ltr',
    review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-02' },
    replacements: 0,
  },
  { code: 'ar', name: 'Arabisch', direction: 'rtl', review: notReviewed, replacements: 0 },
  { code: 'fa', name: 'Persisch (Farsi/Dari)', direction: 'rtl', review: notReviewed, replacements: 0 },
  { code: 'uk', name: 'Ukrainisch', direction: 'ltr', review: { state: 'geprueft', by: 'Olena K.', on: '2026-10-01' }, replacements: 0 },
  { code: 'tr', name: 'Türkisch', direction: 'ltr', review: { state: 'veraltet', by: 'Olena K.', on: '2026-03-01' }, replacements: 0 },
];
const pdf = (fileName: string) => ok({ fileName, bytes: new Uint8Array([37, 80, 68, 70]) });

function captureDownloads() {
  const saved: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:dokument');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

async function openPanel(configure: (kim: FakeKim) => void = () => {}) {
  const app = await openAt({ page: 'cases', view: 'person', personId: PERSON_ID }, (kim) => {
    kim['documentTexts.languages'].mockResolvedValue(ok(languages));
    configure(kim);
  });
  const panel = await screen.findByRole('region', { name: 'Dokumente für die Person' });
  const select = (await within(panel).findByRole('combobox', { name: /^Sprache der Dokumente/ })) as HTMLSelectElement;
  return { ...app, panel, select };
}

// Typing whole forms takes a while when the machine is busy.
describe('Dokumente für die Person', { timeout: 20_000 }, () => {
  it('chooses the first of the person languages the catalogue has, and marks unconfirmed translations', async () => {
    // The person speaks Arabic (first) and Amharic: Arabic is in the catalogue.
    const { panel, select } = await openPanel();
    expect(select.value).toBe('ar');
    expect(within(panel).getByRole('heading', { level: 2 })).toBeTruthy();
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Deutsch',
      'Deutsch in Leichter Sprache',
      'Arabisch (noch nicht fachlich geprüft)',
      'Persisch (Farsi/Dari) (noch nicht fachlich geprüft)',
      'Ukrainisch',
      // Confirmed once, but the texts changed since: not confirmed any more.
      'Türkisch (noch nicht fachlich geprüft)',
    ]);
    expect(panel.textContent).toContain('Die Texte auf Arabisch sind noch nicht fachlich geprüft.');
  });

  it('maps Dari to Persian, and falls back to Leichte Sprache when no language of the person has texts', async () => {
    const dari = await openPanel((kim) => kim['persons.get'].mockResolvedValue(ok({ ...personDetail, languages: ['am', 'prs', 'uk'] })));
    expect(dari.select.value).toBe('fa');
    dari.view.unmount();
    const none = await openPanel((kim) => kim['persons.get'].mockResolvedValue(ok({ ...personDetail, languages: ['am', 'ti'] })));
    expect(none.select.value).toBe('de-x-leicht');
    expect(none.panel.textContent).not.toContain('noch nicht fachlich geprüft.');
  });

  it('saves the Einwilligung in the chosen language', async () => {
    const { kim, user, panel, select } = await openPanel((k) => {
      k['clientDocuments.consent'].mockResolvedValue(pdf('Einwilligung_uk.pdf'));
    });
    const saved = captureDownloads();
    await user.selectOptions(select, 'uk');
    expect(panel.textContent).not.toContain('noch nicht fachlich geprüft.');
    within(panel).getByRole('button', { name: 'Einwilligung drucken' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['clientDocuments.consent']).toHaveBeenCalledWith({ personId: PERSON_ID, language: 'uk' }));
    await within(panel).findByText(/Das PDF ist erstellt: Einwilligung_uk\.pdf/);
    expect(saved).toEqual(['Einwilligung_uk.pdf']);
  });

  it('fills the Terminzettel with the keyboard and saves it with date, time and the fields given', async () => {
    const { kim, user, panel } = await openPanel((k) => {
      k['clientDocuments.appointment'].mockResolvedValue(pdf('Terminzettel.pdf'));
    });
    const saved = captureDownloads();
    const opener = within(panel).getByRole('button', { name: 'Terminzettel vorbereiten' });
    opener.focus();
    await user.keyboard('{Enter}');
    const form = within(panel).getByRole('group', { name: 'Terminzettel' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'Terminzettel' }));
    // Without date and time there is nothing to print yet.
    expect(within(form).queryByRole('button', { name: 'Terminzettel drucken' })).toBeNull();
    expect(form.textContent).toContain('Zum Drucken bitte Datum und Uhrzeit eintragen.');
    await user.tab();
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: /^Datum/ }));
    await user.keyboard('09.12.2026');
    await user.tab();
    await user.keyboard('25:00');
    await user.tab();
    expect(
      within(form)
        .getByRole('textbox', { name: /^Uhrzeit/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await user.clear(within(form).getByRole('textbox', { name: /^Uhrzeit/ }));
    await user.type(within(form).getByRole('textbox', { name: /^Uhrzeit/ }), '9.30');
    await user.type(within(form).getByRole('textbox', { name: /^Ort/ }), 'Rathaus Coesfeld, Zimmer 12');
    await user.type(within(form).getByRole('textbox', { name: /^Bitte mitbringen/ }), 'Pass und Mietvertrag');
    await user.type(within(form).getByRole('textbox', { name: /^Telefon/ }), '   ');
    await user.click(within(form).getByRole('button', { name: 'Terminzettel drucken' }));
    await waitFor(() =>
      expect(kim['clientDocuments.appointment']).toHaveBeenCalledWith({
        personId: PERSON_ID,
        language: 'ar',
        date: '2026-12-09',
        time: '09:30',
        place: 'Rathaus Coesfeld, Zimmer 12',
        withWhom: null,
        bring: 'Pass und Mietvertrag',
        phone: null,
      }),
    );
    await waitFor(() => expect(saved).toEqual(['Terminzettel.pdf']));
    // Closing gives the focus back to the opener.
    await user.click(within(form).getByRole('button', { name: 'Schließen' }));
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Terminzettel vorbereiten' }));
  });

  it('saves the Schweigepflichtentbindung for the chosen partner with the ticked data in list order', async () => {
    const { kim, user, panel, select } = await openPanel((k) => {
      k['clientDocuments.release'].mockResolvedValue(pdf('Schweigepflichtentbindung.pdf'));
    });
    captureDownloads();
    await user.selectOptions(select, 'tr');
    await user.click(within(panel).getByRole('button', { name: 'Schweigepflichtentbindung vorbereiten' }));
    const form = within(panel).getByRole('group', { name: 'Schweigepflichtentbindung' });
    expect(within(form).queryByRole('button', { name: 'Schweigepflichtentbindung drucken' })).toBeNull();
    await waitFor(() => expect(kim['partners.list']).toHaveBeenCalledWith({}));
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Netzwerkpartner/ }), 'Jobcenter Kreis Coesfeld');
    await user.click(within(form).getByRole('checkbox', { name: 'Ziele und vereinbarte Schritte' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Anlass der Verweisung' }));
    await user.type(within(form).getByRole('textbox', { name: /^Zweck/ }), 'Arbeitssuche');
    await user.click(within(form).getByRole('button', { name: 'Schweigepflichtentbindung drucken' }));
    await waitFor(() =>
      expect(kim['clientDocuments.release']).toHaveBeenCalledWith({
        personId: PERSON_ID,
        partnerId: 'pa-1',
        language: 'tr',
        purpose: 'Arbeitssuche',
        dataKinds: ['anlass', 'ziele'],
        // Valid from today (the tests' clock) until revoked: nothing typed, nothing left blank on paper.
        validFrom: '2026-11-21',
        validUntil: null,
      }),
    );
    await within(form).findByText(/Das PDF ist erstellt: Schweigepflichtentbindung\.pdf/);
  });

  it('prints the period of the Schweigepflichtentbindung, and refuses a last day before the first', async () => {
    const { kim, user, panel } = await openPanel((k) => {
      k['clientDocuments.release'].mockResolvedValue(pdf('Schweigepflichtentbindung.pdf'));
    });
    captureDownloads();
    await user.click(within(panel).getByRole('button', { name: 'Schweigepflichtentbindung vorbereiten' }));
    const form = within(panel).getByRole('group', { name: 'Schweigepflichtentbindung' });
    await waitFor(() => expect(kim['partners.list']).toHaveBeenCalledWith({}));
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Netzwerkpartner/ }), 'Jobcenter Kreis Coesfeld');
    const from = within(form).getByRole('textbox', { name: /^Gültig ab/ }) as HTMLInputElement;
    expect(from.value).toBe('21.11.2026');
    const until = within(form).getByRole('textbox', { name: /^Gültig bis/ });
    await user.type(until, '20.11.2026');
    await user.tab();
    await within(form).findByText('Das Ende liegt vor dem Beginn. Bitte prüfen Sie die Daten.');
    expect(within(form).queryByRole('button', { name: 'Schweigepflichtentbindung drucken' })).toBeNull();
    await user.clear(until);
    await user.type(until, '20.11.2027');
    await user.click(within(form).getByRole('button', { name: 'Schweigepflichtentbindung drucken' }));
    await waitFor(() =>
      expect(kim['clientDocuments.release']).toHaveBeenCalledWith(expect.objectContaining({ validFrom: '2026-11-21', validUntil: '2027-11-20' })),
    );
  });

  it('says in German why a paper was refused and saves nothing', async () => {
    const { kim, user, panel } = await openPanel((k) => {
      k['clientDocuments.consent'].mockResolvedValue(fail('TEXT_UNPRINTABLE'));
    });
    const saved = captureDownloads();
    await user.click(within(panel).getByRole('button', { name: 'Einwilligung drucken' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe(errorMessages.TEXT_UNPRINTABLE);
    expect(errorMessages.TEXT_UNPRINTABLE).toMatch(/^Das Dokument enthält Zeichen/);
    expect(kim['clientDocuments.consent']).toHaveBeenCalledTimes(1);
    expect(saved).toEqual([]);
  });

  it('has no accessibility violations, with both forms open', async () => {
    const { user, panel } = await openPanel();
    expect(await axeViolations()).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Terminzettel vorbereiten' }));
    await user.click(within(panel).getByRole('button', { name: 'Schweigepflichtentbindung vorbereiten' }));
    await within(panel).findByRole('option', { name: 'Jobcenter Kreis Coesfeld' });
    expect(await axeViolations()).toEqual([]);
  });
});
