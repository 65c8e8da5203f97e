/**
 * Nothing typed is lost, in Chromium against the real services: a half-written contact note
 * comes back after Strg+L, after the auto-lock, and after the services restart (as after a crash
 * of the app), on the same screen and form; leaving the form with unsaved input asks first.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_TODAY, expectNoAxeViolations, realServices, screenshot, useChromium, setUpStore, openApp } from './harness';
import { GOOD_PASSPHRASE, tempDir } from '../fixtures/tempStore';
import type { Services } from '../../electron/services';

const chromium = useChromium();
const NOTE = 'Langes Gespräch über die Wohnungssuche, Unterlagen für das Jobcenter fehlen noch';

/** A store for Omar Haddad's case, and its number. */
async function storeWithCase(dbPath: string): Promise<{ services: Services; caseNumber: string }> {
  const services = await setUpStore(dbPath);
  const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }] });
  const opened = services.intakes.record({
    personId: person.id,
    date: E2E_TODAY,
    accessRoute: 'sprechstunde',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: E2E_TODAY, form: 'schriftlich' },
  });
  return { services, caseNumber: opened.caseNumber as string };
}

async function unlock(page: Page): Promise<void> {
  const field = page.getByLabel('Passphrase', { exact: true });
  await field.waitFor({ timeout: 20_000 });
  await field.fill(GOOD_PASSPHRASE);
  await field.press('Enter');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });
}

const note = (page: Page) => page.getByRole('form', { name: 'Neuer Kontakt' }).getByLabel('Notiz (optional)');

/** The contacts section with the new contact's form open and the note as it was. */
async function expectDraftBack(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 2, name: 'Kontakte' }).waitFor();
  await expect.poll(() => note(page).inputValue(), { timeout: 10_000 }).toBe(NOTE);
  await page.getByText(/Ihr Entwurf vom .* wurde wiederhergestellt\./).waitFor();
}

describe('drafts in Chromium', () => {
  it('brings a half-written contact back after Strg+L, the auto-lock and a restart, and asks before leaving it', { timeout: 180_000 }, async () => {
    const dbPath = path.join(tempDir(), 'kim.db');
    const { services, caseNumber } = await storeWithCase(dbPath);
    const page = await openApp(chromium, services);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });

    await page.keyboard.press('Alt+2');
    await page.getByLabel('Suchen (Name oder Fallnummer)').fill(caseNumber);
    await page.getByRole('button', { name: caseNumber, exact: true }).click();
    await page.getByRole('navigation', { name: 'Bereiche des Falls' }).getByRole('button', { name: 'Kontakte', exact: true }).click();
    await page.getByRole('button', { name: 'Kontakt erfassen' }).click();
    await note(page).fill(NOTE);
    // The draft reaches the encrypted store a moment after typing stops.
    await expect.poll(() => services.drafts.resume()?.fields ?? '').toContain('Wohnungssuche');

    // Strg+L: everything leaves the screen; after unlock the same form with the note.
    await note(page).press('End');
    await page.keyboard.type(' (Strg+L)');
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { level: 1, name: 'Fallakte entsperren' }).waitFor();
    expect(await page.getByText('Wohnungssuche').count()).toBe(0);
    await unlock(page);
    await expect.poll(() => note(page).inputValue(), { timeout: 10_000 }).toBe(`${NOTE} (Strg+L)`);
    await note(page).fill(NOTE);
    await expect.poll(() => services.drafts.resume()?.fields ?? '').not.toContain('Strg+L');

    // The auto-lock, decided in the main process.
    services.autoLock.onIdle(60 * 60);
    await page.getByRole('heading', { level: 1, name: 'Fallakte entsperren' }).waitFor();
    await unlock(page);
    await expectDraftBack(page);
    await screenshot(page, 'entwurf-01-nach-dem-entsperren');
    await expectNoAxeViolations(page, 'Kontakt mit wiederhergestelltem Entwurf');

    // Leaving the form asks; "Weiter bearbeiten" stays, with the note.
    await page.keyboard.press('Alt+1');
    const question = page.getByRole('alertdialog', { name: 'Ungespeicherte Eingaben' });
    await question.waitFor();
    await screenshot(page, 'entwurf-02-verlassen-fragt');
    await expectNoAxeViolations(page, 'Frage vor dem Verlassen');
    await question.getByRole('button', { name: 'Weiter bearbeiten' }).click();
    expect(await note(page).inputValue()).toBe(NOTE);

    // A restart of the services without a lock, as after a crash of the app.
    await page.context().close();
    const again = realServices(dbPath);
    const restarted = await openApp(chromium, again);
    await unlock(restarted);
    await expectDraftBack(restarted);

    // Saved as a contact, the draft is gone and leaving asks nothing.
    const form = restarted.getByRole('form', { name: 'Neuer Kontakt' });
    await form.getByRole('group', { name: 'Ort' }).getByLabel('Büro', { exact: true }).check();
    await form.getByRole('group', { name: 'Art des Kontakts' }).getByLabel('Beratung', { exact: true }).check();
    await form.getByRole('button', { name: 'Kontakt speichern' }).click();
    await restarted.getByRole('status').filter({ hasText: 'Der Kontakt ist gespeichert.' }).waitFor();
    expect(again.drafts.resume()).toBeNull();
    await restarted.keyboard.press('Alt+1');
    await restarted.getByRole('heading', { level: 1, name: 'Heute' }).waitFor();
    expect(await restarted.getByRole('alertdialog').count()).toBe(0);
    await restarted.context().close();
  });
});
