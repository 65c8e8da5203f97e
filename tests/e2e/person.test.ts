/**
 * The person in Chromium (issue 12): the person's data corrected on their page, the new value
 * shown and the earlier version kept; the Erstberatung's person form chosen by typing (countries
 * and languages, the interpreter language) and the number of Tab presses to "Person anlegen";
 * typing an existing name and birth date warns and continues with the existing person. axe-core
 * checks each screen.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eDay, expectNoAxeViolations, useChromium, setUpStore, openApp } from './harness';
import type { Services } from '../../electron/services';

const chromium = useChromium();

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const button = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('button', { name, exact: typeof name === 'string' });

function omarWithCase(services: Services) {
  const person = services.persons.create({
    names: [{ familyName: 'Haddad', givenNames: 'Omar' }],
    birthDate: '1990-03-14',
    nationalities: ['SY'],
    languages: ['ar'],
    phone: '0151 1111111',
  });
  const opened = services.intakes.record({
    personId: person.id,
    date: e2eDay(-30).iso,
    accessRoute: 'sprechstunde',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: e2eDay(-30).iso, form: 'schriftlich' },
  });
  return { personId: person.id, caseNumber: opened.caseNumber! };
}

describe('the person in Chromium', () => {
  it("corrects the person's data: the new value is shown, the earlier version kept", { timeout: 90_000 }, async () => {
    const services = await setUpStore();
    const { personId, caseNumber } = omarWithCase(services);
    const page = await openApp(chromium, services);
    await page.keyboard.press('Alt+2');
    await h1(page, 'Fälle').waitFor();
    await page.getByLabel('Suchen (Name oder Fallnummer)').fill(caseNumber);
    await button(page, caseNumber).click();
    await button(page, 'Alle Angaben zur Person').click();
    await h1(page, 'Haddad, Omar').waitFor();

    await button(page, 'Angaben bearbeiten').click();
    const phone = page.getByLabel('Telefon', { exact: true });
    await phone.fill('0170 2222222');
    const languages = page.getByRole('combobox', { name: 'Sprachen' });
    await languages.fill('kurm');
    await languages.press('Enter');
    await page.getByRole('checkbox', { name: 'Braucht Dolmetschung' }).check();
    await expectNoAxeViolations(page, 'person-bearbeiten');
    await button(page, 'Angaben speichern').click();

    const data = page.getByRole('region', { name: 'Angaben zur Person' });
    await data.getByText('Die Angaben sind gespeichert.').or(page.getByText('Die Angaben sind gespeichert.')).first().waitFor();
    await expect.poll(() => data.textContent()).toContain('0170 2222222');
    expect(await data.textContent()).toContain('Arabisch (bevorzugt), Kurmandschi (Nordkurdisch)');
    expect(await data.textContent()).toContain('ja, Arabisch');
    await data.getByText(/^Die Angaben wurden berichtigt, zuletzt am .* von Anna Beispiel/).waitFor();
    await data.getByText('Frühere Fassung (1)').click();
    const earlier = data.locator('.version-history');
    expect(await earlier.textContent()).toContain('0151 1111111');
    expect(await earlier.textContent()).not.toContain('0170 2222222');
    await expectNoAxeViolations(page, 'person-berichtigt');
    // Stored: the new value, the interpreter language and the earlier version.
    expect(services.persons.get(personId)).toMatchObject({ phone: '0170 2222222', languages: ['ar', 'kmr'], interpreterLanguage: 'ar' });
    await page.context().close();
  });

  it('the Erstberatung: choices by typing, fewer Tab presses, and a warning of the existing person', { timeout: 90_000 }, async () => {
    const services = await setUpStore();
    omarWithCase(services);
    const page = await openApp(chromium, services);
    await page.keyboard.press('Alt+2');
    await h1(page, 'Fälle').waitFor();
    await button(page, 'Neue Erstberatung').click();
    await h1(page, 'Neue Erstberatung').waitFor();

    // Tab presses from the family name to "Person anlegen" (issue: 48 before).
    await page.getByLabel('Familienname', { exact: true }).focus();
    let presses = 0;
    while (presses < 80) {
      await page.keyboard.press('Tab');
      presses++;
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Person anlegen') break;
    }
    console.log(`Tab presses from Familienname to "Person anlegen": ${presses}`);
    expect(presses).toBeLessThan(30);

    await page.getByLabel('Familienname', { exact: true }).fill('Haddad');
    await page.getByLabel('Vornamen', { exact: true }).fill('Omar');
    await page.getByLabel('Geburtsdatum', { exact: true }).fill('14.03.1990');
    const warning = page.getByRole('region', { name: 'Diese Person gibt es vielleicht schon' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('geb. 14.03.1990');
    await expectNoAxeViolations(page, 'erstberatung-dublette');
    await button(warning, 'Diese Person nehmen: Haddad, Omar').click();
    await page.getByText('Person: Haddad, Omar').waitFor();
    await page.getByRole('heading', { level: 2, name: '2. Erstberatung' }).waitFor();
    // No second "Haddad, Omar".
    expect(services.persons.list().filter((p) => p.displayName === 'Haddad, Omar')).toHaveLength(1);
    await page.context().close();
  });
});
