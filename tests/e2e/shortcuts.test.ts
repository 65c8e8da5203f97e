/**
 * The shortcut help overlay in Chromium, by keyboard only: F1 and "?" open it, Tab stays inside,
 * Esc closes it and gives the focus back, "?" typed into a field stays text, a page shortcut
 * leaves it. Then a search by keyboard into a case. axe-core checks it; screenshots are kept.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { bridge, expectNoAxeViolations, SCREENSHOTS, useChromium, setUpStore } from './harness';

const chromium = useChromium();

const focusedInside = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);
/** What the window shows (the overlay is fixed to the window; a full-page shot would stretch the page behind it). */
const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('shortcut help in Chromium', () => {
  it('opens with F1 and "?", keeps the focus inside, closes with Esc, all by keyboard', { timeout: 120_000 }, async () => {
    const services = await setUpStore();
    await services.demo.load({ cases: 5 });
    const someone = services.cases.list({})[0]!;

    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
    const page = await context.newPage();
    await bridge(page, services);
    await page.goto(chromium.url());
    const today = page.getByRole('heading', { level: 1, name: 'Heute' });
    await today.waitFor({ timeout: 20_000 });
    await expect.poll(() => focusedText(page)).toBe('Heute');

    // F1: the dialog, focus on its title, the frame behind it inert
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Tastenkürzel' });
    await help.waitFor();
    expect(await focusedText(page)).toBe('Tastenkürzel');
    expect(await page.locator('.app-frame').getAttribute('inert')).not.toBeNull();
    expect(await help.getByRole('table').count()).toBe(4);
    await screenshot(page, 'tastenkuerzel-01-hilfe');
    await expectNoAxeViolations(page, 'Tastenkürzel');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusedInside(page, '[role="dialog"]')).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInside(page, '[role="dialog"]')).toBe(true);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('Heute');

    // "?" on the nav button; a click inside the dialog keeps Esc working; focus back on that button
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: /^Fälle/ })
      .focus();
    await page.keyboard.press('?');
    await help.waitFor();
    await help.getByRole('table', { name: 'Formulare' }).click();
    expect(await focusedInside(page, '[role="dialog"]')).toBe(true);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toMatch(/^Fälle/);

    // In the search field "?" is text; F1 still helps and Esc goes back to the field
    await page.keyboard.press('Control+K');
    const field = page.getByRole('searchbox', { name: 'Suchbegriff' });
    await field.waitFor();
    await page.keyboard.type('Wer?');
    expect(await field.inputValue()).toBe('Wer?');
    expect(await help.count()).toBe(0);
    await page.keyboard.press('F1');
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

    // Search by keyboard: a case number, arrow down to the hit, Enter opens the case
    await field.fill(someone.caseNumber);
    const hit = page.locator('.search-hit').first();
    await hit.waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-hit'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Bereiche des Falls' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // A page shortcut while the help is open closes it and opens the page
    await page.keyboard.press('F1');
    await help.waitFor();
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    expect(await help.count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe('Einstellungen');

    // A small window: the dialog scrolls, its title and close button stay in view
    await page.setViewportSize({ width: 900, height: 600 });
    await page.getByRole('button', { name: 'Tastenkürzel' }).click();
    await help.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await screenshot(page, 'tastenkuerzel-02-hilfe-900x600');
    await expectNoAxeViolations(page, 'Tastenkürzel, kleines Fenster');
    await page.mouse.click(10, 590);
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Tastenkürzel');
    await context.close();
  });
});
