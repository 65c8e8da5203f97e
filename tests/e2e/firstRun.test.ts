/**
 * The production renderer in Debian's Chromium, wired to the real services on a real encrypted
 * temporary database: first-run setup, recovery key, lock, unlock with a wrong then the right
 * passphrase, auto-lock from the main side. axe-core checks every screen; screenshots are kept.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bridge, expectNoAxeViolations, realServices, requestedUrls, screenshot, useChromium } from './harness';
import { GOOD_PASSPHRASE, OTHER_PASSPHRASE } from '../fixtures/tempStore';

const chromium = useChromium();

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

describe('first run, lock and unlock in Chromium', () => {
  it('walks a new case manager from setup to the app frame and back through the lock', async () => {
    const services = realServices();
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
    const page = await context.newPage();
    await bridge(page, services);
    await page.goto(chromium.url());

    // Setup
    await heading(page, 'KIM Fallakte einrichten').waitFor();
    await expectNoAxeViolations(page, 'Einrichten');
    await page.getByLabel('Ihr Name', { exact: true }).fill('Anna Beispiel');
    await page.getByLabel('Passphrase', { exact: true }).fill('passwort123');
    await expect
      .poll(() =>
        page
          .getByText(/zu leicht zu erraten|mindestens 12/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await page.getByLabel('Passphrase', { exact: true }).fill(GOOD_PASSPHRASE);
    await page.getByLabel('Passphrase wiederholen', { exact: true }).fill(GOOD_PASSPHRASE);
    await screenshot(page, '01-einrichten');
    await expectNoAxeViolations(page, 'Einrichten, ausgefüllt');
    await page.getByLabel('Passphrase wiederholen', { exact: true }).press('Enter');

    // Recovery key: shown once, then two groups typed back
    await heading(page, 'Ihr Wiederherstellungsschlüssel').waitFor({ timeout: 30_000 });
    expect(services.store.status()).toEqual({ state: 'unlocked', recoveryKeyPending: true });
    const groups = await page.locator('.recovery-key-value').allTextContents();
    expect(groups).toHaveLength(8);
    groups.forEach((g) => expect(g).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/));
    await screenshot(page, '02-wiederherstellungsschluessel');
    await expectNoAxeViolations(page, 'Wiederherstellungsschlüssel');
    await page.getByRole('button', { name: 'Ich habe den Schlüssel aufgeschrieben' }).click();
    await heading(page, 'Wiederherstellungsschlüssel bestätigen').waitFor();
    const fields = page.getByRole('textbox', { name: /^Gruppe \d$/ });
    expect(await fields.count()).toBe(2);
    for (const field of await fields.all()) {
      const label = await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
      const n = Number(label.match(/\d/)?.[0]);
      await field.fill(groups[n - 1]!.toLowerCase());
    }
    await screenshot(page, '03-schluessel-bestaetigen');
    await expectNoAxeViolations(page, 'Schlüssel bestätigen');
    await fields.last().press('Enter');

    // App frame
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.waitFor();
    expect(services.store.status()).toEqual({ state: 'unlocked', recoveryKeyPending: false });
    for (const item of ['Heute', 'Fälle', 'Sprechstunde', 'Statistik', 'Einstellungen']) {
      await expect
        .poll(() =>
          nav
            .getByRole('link', { name: item })
            .or(nav.getByRole('button', { name: item }))
            .count(),
        )
        .toBe(1);
    }
    await expect.poll(() => page.getByText('Anna Beispiel').first().isVisible()).toBe(true);
    await screenshot(page, '04-app-rahmen');
    await expectNoAxeViolations(page, 'App-Rahmen');
    await page.keyboard.press('Alt+5');
    await heading(page, 'Einstellungen').waitFor();
    await screenshot(page, '05-einstellungen');
    await expectNoAxeViolations(page, 'Einstellungen');

    // Lock by button
    await page.getByRole('button', { name: /^Sperren/ }).click();
    await heading(page, 'Fallakte entsperren').waitFor();
    expect(services.store.status().state).toBe('locked');
    expect(await page.getByText('Anna Beispiel').count()).toBe(0);
    await screenshot(page, '06-entsperren');
    await expectNoAxeViolations(page, 'Entsperren');

    // Wrong passphrase: message, then a wait before the next attempt
    await page.getByLabel('Passphrase', { exact: true }).fill('Das ist falsch 123');
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Die Passphrase ist nicht richtig' }).waitFor({ timeout: 20_000 });
    const unlockButton = page.getByRole('button', { name: 'Entsperren', exact: true });
    expect(await unlockButton.isDisabled()).toBe(true);
    await screenshot(page, '07-falsche-passphrase');
    await expectNoAxeViolations(page, 'Entsperren, falsche Passphrase');
    await expect.poll(() => unlockButton.isEnabled(), { timeout: 5_000 }).toBe(true);

    // Right passphrase
    await page.getByLabel('Passphrase', { exact: true }).fill(GOOD_PASSPHRASE);
    await page.getByLabel('Passphrase', { exact: true }).press('Enter');
    await nav.waitFor({ timeout: 20_000 });
    expect(services.store.status().state).toBe('unlocked');

    // Auto-lock decided in the main process reaches the page, which drops everything
    services.autoLock.onIdle(60 * 60);
    await heading(page, 'Fallakte entsperren').waitFor();
    await expect.poll(() => page.getByText(/weil eine Weile nichts eingegeben wurde/).isVisible()).toBe(true);
    expect(await page.getByText('Anna Beispiel').count()).toBe(0);
    await screenshot(page, '08-automatisch-gesperrt');

    // Nothing but the app's own files was requested
    const origin = new URL(chromium.url()).origin;
    expect(requestedUrls(page).filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await context.close();
  });

  it('unlocks with the recovery key and a new passphrase when the passphrase is forgotten', async () => {
    const services = realServices();
    const { recoveryKey } = await services.store.create({ userName: 'Anna Beispiel', passphrase: GOOD_PASSPHRASE });
    const [g1, g2] = [recoveryKey.split('-')[0]!, recoveryKey.split('-')[1]!];
    services.store.confirmRecoveryKey({
      answers: [
        { group: 1, value: g1 },
        { group: 2, value: g2 },
      ],
    });
    services.store.lock('manual');
    const context = await chromium.browser().newContext({ viewport: { width: 900, height: 600 }, locale: 'de-DE' });
    const page = await context.newPage();
    await bridge(page, services);
    await page.goto(chromium.url());

    await heading(page, 'Fallakte entsperren').waitFor();
    await page
      .getByRole('button', { name: /Passphrase vergessen/ })
      .or(page.getByRole('link', { name: /Passphrase vergessen/ }))
      .click();
    await heading(page, 'Mit Wiederherstellungsschlüssel entsperren').waitFor();
    await expectNoAxeViolations(page, 'Wiederherstellung');
    await page.getByLabel('Wiederherstellungsschlüssel', { exact: true }).fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.getByLabel('Neue Passphrase', { exact: true }).fill(OTHER_PASSPHRASE);
    await page.getByLabel('Neue Passphrase wiederholen', { exact: true }).fill(OTHER_PASSPHRASE);
    await screenshot(page, '09-wiederherstellung-900x600');
    await page.getByLabel('Neue Passphrase wiederholen', { exact: true }).press('Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 30_000 });

    services.store.lock('manual');
    await heading(page, 'Fallakte entsperren').waitFor();
    await expect(services.store.unlock({ passphrase: GOOD_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await context.close();
  });
});
