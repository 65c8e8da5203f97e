/**
 * German whatever the system's locale (issue 16). In the German harness (as the app runs, with
 * Electron's `lang` switch) Chromium's own strings are German. On a Chromium started in English,
 * in New York's zone, a case manager types a contact's date and time the German way and the
 * screen shows them the German way: no 3/5/2026, no 2:30 PM, no native date or time picker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Services } from '../../electron/services';
import { e2eDay, launchChromium, openApp, screenshot, setUpStore, useChromium } from './harness';

const chromium = useChromium();

const NATIVE_DATE_INPUTS = 'input[type=date], input[type=time], input[type=datetime-local], input[type=month], input[type=week]';

let services: Services;
let caseNumber: string;
let caseId: string;

beforeAll(async () => {
  services = await setUpStore();
  const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }] });
  const opened = services.intakes.record({
    personId: person.id,
    date: e2eDay(-300).iso,
    accessRoute: 'sprechstunde',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: e2eDay(-300).iso, form: 'schriftlich' },
  });
  caseNumber = opened.caseNumber!;
  caseId = opened.caseId!;
});

/** The case's contacts with the form for a new one open; returns the form's date and time fields. */
async function openContactForm(page: Page) {
  await page.keyboard.press('Alt+2');
  await page.getByLabel('Suchen (Name oder Fallnummer)').fill(caseNumber);
  await page.getByRole('button', { name: caseNumber, exact: true }).click();
  await page.getByRole('navigation', { name: 'Bereiche des Falls' }).getByRole('button', { name: 'Kontakte', exact: true }).click();
  await page.getByRole('button', { name: 'Kontakt erfassen' }).click();
  const form = page.getByRole('form', { name: 'Neuer Kontakt' });
  const when = form.getByRole('group', { name: 'Datum und Uhrzeit' });
  return { form, day: when.getByLabel('Datum', { exact: true }), time: when.getByLabel('Uhrzeit', { exact: true }) };
}

/** What Chromium itself would say about the empty required day field (the form has noValidate). */
const requiredMessage = (page: Page) =>
  page
    .getByRole('group', { name: 'Datum und Uhrzeit' })
    .getByLabel('Datum', { exact: true })
    .evaluate((el) => (el as HTMLInputElement).validationMessage);

describe('German whatever the system’s locale, in Chromium', () => {
  it('the German harness: Chromium’s own strings and navigator.language are German', { timeout: 30_000 }, async () => {
    const page = await openApp(chromium, services);
    const { day } = await openContactForm(page);
    await day.fill('');
    expect(await requiredMessage(page)).toBe('Fülle dieses Feld aus.');
    expect(await page.evaluate(() => [navigator.language, new Intl.DateTimeFormat().resolvedOptions().locale])).toEqual(['de-DE', 'de-DE']);
    expect(await page.locator(NATIVE_DATE_INPUTS).count()).toBe(0);
    await page.context().close();
  });

  describe('a Chromium in English, in New York', () => {
    let english: Browser;
    const zoneBefore = process.env.TZ;
    beforeAll(async () => {
      english = await launchChromium({ lang: 'en-US' });
      // The services stand in for the main process, which runs in the same zone as the window.
      process.env.TZ = 'America/New_York';
    });
    afterAll(async () => {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
      await english?.close();
    });

    it('takes and shows a contact’s date and time the German way', { timeout: 30_000 }, async () => {
      const page = await openApp({ browser: () => english, url: chromium.url }, services, 1280, 800, {
        locale: 'en-US',
        timezoneId: 'America/New_York',
      });
      // The system really is English: Chromium's own strings and the Intl default.
      expect(await page.evaluate(() => [navigator.language, new Date(2026, 2, 5, 14, 30).toLocaleString()])).toEqual(['en-US', '3/5/2026, 2:30:00 PM']);
      expect(await page.locator(NATIVE_DATE_INPUTS).count()).toBe(0);

      const { form, day, time } = await openContactForm(page);
      expect(await page.locator(NATIVE_DATE_INPUTS).count()).toBe(0);
      expect([await day.getAttribute('type'), await day.getAttribute('placeholder')]).toEqual(['text', 'TT.MM.JJJJ']);
      expect([await time.getAttribute('type'), await time.getAttribute('placeholder')]).toEqual(['text', 'SS:MM']);
      // Prefilled with now, the German way.
      expect(await day.inputValue()).toMatch(/^\d\d\.\d\d\.\d{4}$/);
      expect(await time.inputValue()).toMatch(/^\d\d:\d\d$/);
      await day.fill('');
      expect(await requiredMessage(page)).toBe('Please fill out this field.');

      await day.fill('05.03.2026');
      await time.fill('14:30');
      await form.getByRole('group', { name: 'Ort' }).getByLabel('Büro', { exact: true }).check();
      await form.getByRole('group', { name: 'Art des Kontakts' }).getByLabel('Beratung', { exact: true }).check();
      await screenshot(page, 'locale-en-us-kontakt');
      await form.getByRole('button', { name: 'Kontakt speichern' }).click();
      await page.getByRole('status').filter({ hasText: 'Der Kontakt ist gespeichert.' }).waitFor();

      await page.getByRole('article').getByRole('heading', { name: '05.03.2026, 14:30 · Beratung' }).waitFor();
      const shown = (await page.locator('main').textContent()) ?? '';
      expect(shown).not.toMatch(/\b3\/5\/2026\b|\b2:30\s?PM\b/i);
      // 14:30 in New York, where the window and the main process are.
      expect(services.contacts.listForCase({ caseId }).map((c) => c.at)).toEqual(['2026-03-05T19:30:00.000Z']);
      await page.context().close();
    });
  });
});
