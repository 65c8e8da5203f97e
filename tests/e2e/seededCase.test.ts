/**
 * A store filled with demo data, as a case manager sees it: the case list and every section of a
 * case that has been through much of the cycle. axe-core checks each screen with realistic data;
 * the screenshots are for looking at.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bridge, expectNoAxeViolations, screenshot, useChromium, setUpStore } from './harness';

const chromium = useChromium();

async function look(page: Page, name: string): Promise<void> {
  await screenshot(page, `demo-${name}`);
  await expectNoAxeViolations(page, name);
}

describe('a store with demo data in Chromium', () => {
  it('shows the case list and every section of a busy case, accessibly', { timeout: 180_000 }, async () => {
    const services = await setUpStore();
    await services.demo.load({ cases: 30 });
    // The busiest open case: the most contacts among those in Monitoring.
    const candidates = services.cases.list({ phase: 'monitoring' });
    expect(candidates.length).toBeGreaterThan(0);
    const busiest = candidates
      .map((c) => ({ c, contacts: services.contacts.listForCase({ caseId: c.id }).length }))
      .sort((a, b) => b.contacts - a.contacts)[0]!.c;

    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const page = await context.newPage();
    await bridge(page, services);
    await page.goto(chromium.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 20_000 });
    await page.locator('.demo-badge').waitFor();
    await look(page, '01-heute');

    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
    await page.getByRole('table', { name: 'Fälle' }).getByRole('row').nth(1).waitFor();
    await look(page, '02-fallliste');

    // Only the rows in view are in the page: the case is found by its number, as a person would.
    await page.getByLabel('Suchen (Name oder Fallnummer)').fill(busiest.caseNumber);
    await page.getByRole('button', { name: busiest.caseNumber, exact: true }).click();
    await page.getByRole('navigation', { name: 'Bereiche des Falls' }).waitFor();
    await page.getByRole('heading', { name: 'Verlauf' }).waitFor();
    await look(page, '03-ueberblick');
    const sections = ['Assessment', 'Ziele', 'Vermittlungen', 'Kontakte', 'Fallkonferenzen', 'Abschluss'];
    for (const [index, section] of sections.entries()) {
      await page.getByRole('navigation', { name: 'Bereiche des Falls' }).getByRole('button', { name: section, exact: true }).click();
      await page
        .getByRole('heading', { level: 2, name: new RegExp(`^${section}`) })
        .first()
        .waitFor();
      await page.waitForLoadState('networkidle');
      await look(page, `${String(index + 4).padStart(2, '0')}-${section.toLowerCase()}`);
    }

    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByRole('heading', { name: 'Zielgruppen' }).first().waitFor();
    await look(page, '10-einstellungen');
    await context.close();
  });
});
