/**
 * Issue 12 in Chromium: the releases table fits the case frame at 1280×800 and 900×600 (it was
 * 1,114 px wide in a 926 px frame, "Stand" and "Widerrufen" behind a sideways scroll), and the
 * way out of demo data: the badge leads to Einstellungen, removing asks first, Abbrechen keeps
 * everything, confirming removes the demo data and keeps the case recorded beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services';
import { expectNoAxeViolations, screenshot, useChromium, setUpStore, openApp } from './harness';

const chromium = useChromium();

async function demoStore(): Promise<Services> {
  const services = await setUpStore();
  await services.demo.load({ cases: 30 });
  return services;
}

/** The open case whose person has the most releases (ties: the longest scope). */
function caseWithMostReleases(services: Services) {
  return services.cases
    .list({})
    .filter((c) => c.open)
    .map((c) => {
      const releases = services.releases.listForPerson({ personId: c.personId });
      return { c, count: releases.length, scope: Math.max(0, ...releases.map((r) => r.scope.length)) };
    })
    .sort((a, b) => b.count - a.count || b.scope - a.scope)[0]!.c;
}

describe('issue 12 in Chromium: releases table and the way out of demo data', () => {
  it('the releases table fits the case frame at 1280×800 and 900×600, without a sideways scroll', { timeout: 180_000 }, async () => {
    const services = await demoStore();
    const chosen = caseWithMostReleases(services);
    // A long scope, as case managers write them, and a revoked release beside valid ones.
    const jobcenter = services.partners.list({}).find((p) => p.organisation.startsWith('Jobcenter'))!;
    services.releases.create({
      personId: chosen.personId,
      partnerId: jobcenter.id,
      givenAt: '2026-11-02',
      scope: 'Antrag auf Bürgergeld, Weiterbewilligung, Austausch zu Unterlagen, Terminen und zur Eingliederungsvereinbarung',
      dataKinds: ['anlass', 'kontakt', 'aufenthalt'],
      form: 'schriftlich',
      validUntil: null,
    });
    for (const [width, height] of [
      [1280, 800],
      [900, 600],
    ] as const) {
      const page = await openApp(chromium, services, width, height);
      await page.keyboard.press('Alt+2');
      await page.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
      await page.getByLabel('Suchen (Name oder Fallnummer)').fill(chosen.caseNumber);
      await page.getByRole('button', { name: chosen.caseNumber, exact: true }).click();
      await page.getByRole('navigation', { name: 'Bereiche des Falls' }).getByRole('button', { name: 'Vermittlungen', exact: true }).click();
      const table = page.getByRole('table', { name: 'Schweigepflichtentbindungen' });
      await table.waitFor();
      const sizes = await table.evaluate((element) => {
        const wrap = element.parentElement!;
        return { scroll: wrap.scrollWidth, client: wrap.clientWidth, table: element.getBoundingClientRect().width };
      });
      expect(sizes.scroll, `${width}×${height}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(sizes.client);
      // "Stand" and the revoke buttons are in view, not behind a scroll.
      const stateHeader = await page.getByRole('columnheader', { name: 'Stand' }).boundingBox();
      expect(stateHeader!.x + stateHeader!.width).toBeLessThanOrEqual(width);
      const revoke = page.getByRole('button', { name: /widerrufen/i }).first();
      const box = await revoke.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      await screenshot(page, `releases-${width}x${height}`);
      await expectNoAxeViolations(page, `Vermittlungen ${width}×${height}`);
      await page.context().close();
    }
  });

  it('removes demo data only after a clear confirmation; a case recorded beside it stays', { timeout: 180_000 }, async () => {
    const services = await demoStore();
    const demoCases = services.cases.list({}).length;
    const real = services.persons.create({ names: [{ familyName: 'Wirklich', givenNames: 'Zofia' }] });
    const page = await openApp(chromium, services, 1280, 800);

    await page.getByRole('button', { name: /^Demodaten/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByRole('button', { name: 'Demodaten entfernen …' }).click();
    await page.getByRole('heading', { name: 'Demodaten wirklich entfernen?' }).waitFor();
    await screenshot(page, 'demo-remove-confirm');
    await expectNoAxeViolations(page, 'Demodaten entfernen: Bestätigung');
    // Abbrechen (also Escape) keeps everything.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Demodaten entfernen …' }).waitFor();
    expect(services.cases.list({})).toHaveLength(demoCases);

    await page.getByRole('button', { name: 'Demodaten entfernen …' }).click();
    await page.getByRole('button', { name: 'Ja, Demodaten entfernen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Heute' }).waitFor();
    await page.getByText(/^Demodaten entfernt: \d+ erfundene Personen mit 30 Fällen\./).waitFor();
    await expect.poll(() => page.locator('.demo-badge').count()).toBe(0);
    expect(services.cases.list({})).toHaveLength(0);
    expect(services.persons.list().map((p) => p.id)).toEqual([real.id]);
    await page.context().close();
  });
});
