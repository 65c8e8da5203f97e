/**
 * One case through the whole Baustein-2 cycle in Chromium, by keyboard and mouse as a case
 * manager would: intake with target group and consent, assessment, two goals and a signed
 * agreement (whose PDF has the goals in it), a referral to the Jobcenter refused without a release
 * and accepted with one, three contacts, a re-assessment showing a change, a case conference and
 * the closure. axe-core checks each screen; screenshots are kept in test-results/screenshots.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { bridge, E2E_TODAY, e2eDay, expectNoAxeViolations, requestedUrls, screenshot, useChromium, setUpStore } from './harness';
import { GOOD_PASSPHRASE } from '../fixtures/tempStore';

const chromium = useChromium();

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const button = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('button', { name, exact: typeof name === 'string' });
const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `zyklus-${name}`);
  await expectNoAxeViolations(page, name);
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Bereiche des Falls' }).getByRole('button', { name, exact: true }).click();
}

async function chooseRadio(scope: Page | Locator, group: string, option: string): Promise<void> {
  await scope.getByRole('group', { name: group }).getByLabel(option, { exact: true }).check();
}

describe('the Baustein-2 cycle in Chromium', () => {
  it('walks one case from the first consultation to its closure', { timeout: 180_000 }, async () => {
    const services = await setUpStore();
    // The district's configuration, as the settings screens would have recorded it.
    services.targetGroups.create({ name: 'Geduldete und Gestattete über 27', description: null, validFrom: '2021-01-01', validUntil: null });
    services.partners.create({
      organisation: 'Jobcenter Kreisstadt',
      legalArea: 'sgb2',
      municipality: 'Kreisstadt',
      contactName: null,
      phone: null,
      email: null,
    });
    services.locations.create({ name: 'GU Am Bahnhof', kind: 'gu', municipality: 'Kreisstadt' });
    services.store.lock('manual');

    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    await bridge(page, services);
    await page.goto(chromium.url());
    await field(page, 'Passphrase').fill(GOOD_PASSPHRASE);
    await field(page, 'Passphrase').press('Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });

    // 1. Intake: a new person, Erstberatung with target group and consent → the case opens.
    await page.keyboard.press('Alt+2');
    await h1(page, 'Fälle').waitFor();
    await check(page, '01-fallliste-leer');
    await button(page, 'Neue Erstberatung').click();
    await h1(page, 'Neue Erstberatung').waitFor();
    await chooseRadio(page, 'Wer kommt zur Erstberatung?', 'Neue Person erfassen');
    await field(page, 'Familienname').fill('Al-Hassan');
    await field(page, 'Vornamen').fill('Fatima');
    await field(page, 'Geburtsdatum').fill('1991');
    await check(page, '02-erstberatung-person');
    await button(page, 'Person anlegen').click();
    await page
      .getByText('Person: Fatima Al-Hassan')
      .or(page.getByText(/Al-Hassan/).first())
      .waitFor();
    await page.getByLabel('Zugangsweg', { exact: true }).selectOption({ label: 'Selbst in die Sprechstunde gekommen' });
    await page.getByRole('group', { name: 'Zielgruppen' }).getByLabel('Geduldete und Gestattete über 27').check();
    await chooseRadio(page, 'Ergebnis der Erstberatung', 'Fall eröffnet');
    await page.getByLabel('Die Person hat in das Case Management und die Datenverarbeitung eingewilligt.').check();
    await chooseRadio(page, 'Form der Einwilligung', 'schriftlich');
    await check(page, '03-erstberatung-einwilligung');
    await button(page, 'Erstberatung speichern').click();
    const caseNumber = `${E2E_TODAY.slice(0, 4)}-0001`;
    await page.getByText(caseNumber).first().waitFor({ timeout: 20_000 });
    const caseId = services.cases.list({}).find((c) => c.caseNumber === caseNumber)!.id;
    expect(services.cases.get(caseId).phase).toBe('assessment');
    await check(page, '04-fall-ueberblick');

    // 2. Assessment.
    await openSection(page, 'Assessment');
    await button(page, 'Assessment erfassen').click();
    const wohnen = page.getByRole('group', { name: 'Wohnen', exact: true });
    await wohnen.getByLabel('Wohnen: in diesem Assessment erfassen').check();
    await wohnen.getByLabel(/^2 – /).check();
    await wohnen.getByLabel('Dringlichkeit').selectOption({ label: 'hoch' });
    const arbeit = page.getByRole('group', { name: 'Ausbildung/Arbeit', exact: true });
    await arbeit.getByLabel('Ausbildung/Arbeit: in diesem Assessment erfassen').check();
    await arbeit.getByLabel(/^3 – /).check();
    await arbeit.getByLabel('Dringlichkeit').selectOption({ label: 'mittel' });
    await check(page, '05-assessment');
    await button(page, 'Assessment speichern').click();
    await page.getByRole('table', { name: 'Bisherige Assessments' }).waitFor();
    expect(services.cases.get(caseId).phase).toBe('zielvereinbarung');

    // 3. Two goals and a signed agreement; its PDF has the goals in it.
    await openSection(page, 'Ziele');
    for (const [area, title] of [
      ['Wohnen', 'Eine eigene Wohnung finden'],
      ['Ausbildung/Arbeit', 'Einen Sprachkurs B1 beginnen'],
    ] as const) {
      await button(page, 'Ziel hinzufügen').click();
      await page.getByLabel('Lebensbereich', { exact: true }).selectOption({ label: area });
      await field(page, 'Ziel').fill(title);
      await button(page, 'Ziel speichern').click();
      await page.getByRole('article', { name: title }).waitFor();
    }
    await page
      .getByRole('article', { name: 'Eine eigene Wohnung finden' })
      .getByRole('button', { name: /^Schritt hinzufügen/ })
      .click();
    await field(page, 'Was ist zu tun?').fill('Wohnungsangebote mit der Person durchgehen');
    await chooseRadio(page, 'Wer übernimmt den Schritt?', 'Case Management');
    await button(page, 'Schritt speichern').click();
    await page.getByText('Wohnungsangebote mit der Person durchgehen', { exact: true }).waitFor();
    await button(page, 'Zielvereinbarung erstellen').click();
    // Print, then sign: the paper to sign names its printout in the footer, and the signature names the printout.
    const [toSign] = await Promise.all([page.waitForEvent('download'), button(page, 'Zum Unterschreiben drucken (Fassung 1)').click()]);
    const printed = (await extractText(await getDocumentProxy(new Uint8Array(fs.readFileSync((await toSign.path())!))), { mergePages: true })).text;
    const code = /Ausdruck ([0-9A-Z]{6})/.exec(printed)?.[1];
    expect(code).toBeDefined();
    await button(page, 'Unterschrift erfassen (Fassung 1)').click();
    await button(page, 'Unterschrift speichern').click();
    await page
      .getByText(/Unterschrieben am/)
      .first()
      .waitFor();
    await check(page, '06-ziele-zielvereinbarung');
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Als PDF speichern (Fassung 1)').click()]);
    const pdf = fs.readFileSync((await download.path())!);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    // Bilingual in Leichte Sprache unless German alone is chosen: "Ziel-Vereinbarung".
    expect(text).toContain('Ziel-Vereinbarung');
    expect(text).toContain('Eine eigene Wohnung finden');
    expect(text).toContain('Einen Sprachkurs B1 beginnen');
    expect(text).toContain('Fatima');
    expect(services.cases.get(caseId).phase).toBe('leistungssteuerung');
    expect(services.agreements.list(caseId)[0]?.signedPrintout?.code).toBe(code);

    // 4. Referral to the Jobcenter: refused without a release, then accepted with one.
    await openSection(page, 'Vermittlungen');
    await button(page, 'Vermittlung anlegen').click();
    await page
      .getByLabel('Partner', { exact: true })
      .selectOption({ label: 'Jobcenter Kreisstadt (SGB II – Jobcenter)' })
      .catch(async () => {
        const option = page.getByLabel('Partner', { exact: true }).locator('option', { hasText: 'Jobcenter Kreisstadt' });
        await page.getByLabel('Partner', { exact: true }).selectOption((await option.getAttribute('value'))!);
      });
    await page.getByLabel('Lebensbereich', { exact: true }).selectOption({ label: 'Ausbildung/Arbeit' });
    await field(page, 'Anlass').fill('Beratung zu Arbeit und Sprachkurs');
    await chooseRadio(page, 'Gehen Daten der Person an den Partner?', 'Daten an den Partner weitergeben');
    await button(page, 'Vermittlung speichern').click();
    await page.getByRole('alert').filter({ hasText: 'keine gültige Schweigepflichtentbindung' }).waitFor();
    await check(page, '07-vermittlung-ohne-entbindung');
    await button(page, 'Schweigepflichtentbindung jetzt erfassen').click();
    await field(page, 'Umfang').fill('Angaben zu Aufenthalt, Sprache und Arbeit');
    for (const kind of ['Anlass der Verweisung', 'Aufenthaltsstatus', 'Sprachen und Sprachmittlung'])
      await page.getByRole('checkbox', { name: kind, exact: true }).check();
    await chooseRadio(page, 'Form der Entbindung', 'schriftlich');
    await button(page, 'Schweigepflichtentbindung speichern').click();
    await status(page, 'Die Schweigepflichtentbindung ist gespeichert.');
    await button(page, 'Vermittlung speichern').click();
    await status(page, 'Die Vermittlung ist gespeichert.');
    const referrals = services.referrals.listForCase({ caseId });
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toMatchObject({ dataTransfer: true, partnerName: 'Jobcenter Kreisstadt' });
    await check(page, '08-vermittlung-mit-entbindung');

    // 5. Three contacts.
    await openSection(page, 'Kontakte');
    for (const [type, note] of [
      ['Beratung', 'Unterlagen für das Jobcenter besprochen'],
      ['Telefonat', 'Termin beim Jobcenter bestätigt'],
      ['Begleitung', 'Zum Jobcenter begleitet'],
    ] as const) {
      await button(page, 'Kontakt erfassen').click();
      await chooseRadio(page, 'Ort', 'Büro');
      await chooseRadio(page, 'Art des Kontakts', type);
      await page.getByRole('group', { name: 'Themen' }).getByLabel('Ausbildung/Arbeit').check();
      await field(page, 'Notiz (optional)').fill(note);
      await button(page, 'Kontakt speichern').click();
      await status(page, 'Der Kontakt ist gespeichert.');
    }
    expect(services.contacts.listForCase({ caseId })).toHaveLength(3);
    await check(page, '09-kontakte');

    // 6. Re-assessment showing a change.
    await openSection(page, 'Assessment');
    await button(page, 'Re-Assessment erfassen').click();
    await page.getByRole('group', { name: 'Ausbildung/Arbeit', exact: true }).getByLabel(/^4 – /).check();
    await button(page, 'Assessment speichern').click();
    const changes = page.getByRole('table', { name: 'Was sich verändert hat' });
    await changes.waitFor();
    await expect.poll(() => changes.getByText('besser').count()).toBeGreaterThan(0);
    await check(page, '10-re-assessment');

    // 7. Case conference with the Jobcenter (the release covers it).
    await openSection(page, 'Fallkonferenzen');
    await button(page, 'Fallkonferenz erfassen').click();
    await page.getByRole('group', { name: 'Teilnehmende Partner' }).getByLabel('Jobcenter Kreisstadt').check();
    await page.getByText('Jobcenter Kreisstadt: gültige Schweigepflichtentbindung liegt vor.').waitFor();
    await chooseRadio(page, 'War die Person bei der Fallkonferenz dabei?', 'Ja');
    await field(page, 'Ergebnisse (optional)').fill('Sprachkurs vor Arbeitsaufnahme');
    await button(page, 'Schritt hinzufügen').click();
    await field(page, 'Schritt 1: Was ist zu tun?').fill('Anmeldung zum Sprachkurs prüfen');
    await field(page, 'Schritt 1: fällig am').fill(e2eDay(14).german);
    await check(page, '11-fallkonferenz');
    await button(page, 'Fallkonferenz speichern').click();
    await status(page, 'Die Fallkonferenz ist gespeichert.');
    expect(services.caseConferences.listForCase({ caseId })).toHaveLength(1);

    // 8. Closure with a reason and an outcome per open goal; the case becomes read-only.
    await openSection(page, 'Abschluss');
    await page.getByLabel('Grund für den Abschluss', { exact: true }).selectOption({ label: 'Ziele erreicht' });
    await page.getByLabel(/^Ergebnis: Eine eigene Wohnung finden/).selectOption({ label: 'erreicht' });
    await page.getByLabel(/^Ergebnis: Einen Sprachkurs B1 beginnen/).selectOption({ label: 'teilweise erreicht' });
    await check(page, '12-abschluss');
    await button(page, 'Fall abschließen').click();
    await page
      .getByText(/Dieser Fall ist seit .* abgeschlossen/)
      .first()
      .waitFor();
    expect(services.cases.get(caseId).phase).toBe('abgeschlossen');
    await openSection(page, 'Kontakte');
    expect(await button(page, 'Kontakt erfassen').count()).toBe(0);
    await openSection(page, 'Überblick');
    await check(page, '13-abgeschlossen');

    const origin = new URL(chromium.url()).origin;
    expect(requestedUrls(page).filter((url) => !url.startsWith('blob:') && new URL(url).origin !== origin)).toEqual([]);
    await context.close();
  });
});
