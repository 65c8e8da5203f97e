/**
 * Corrections on a case and the handover to a colleague in Chromium (issue 12): a case
 * conference edited with its earlier version kept, the case's target groups changed, the case
 * closed on a past day, a location used again, a case handed to a colleague of the team and then
 * found by the list's filter for that colleague; and the case list's height: at least 10 rows at
 * 1280×800 and 6 at 900×600, open cases first. axe-core checks each screen.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eDay, expectNoAxeViolations, screenshot, useChromium, setUpStore, openApp } from './harness';
import type { Services } from '../../electron/services';

const chromium = useChromium();

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const button = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('button', { name, exact: typeof name === 'string' });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `korrekturen-${name}`);
  await expectNoAxeViolations(page, name);
}

/** One open case with a target group, a partner with a release and a recorded conference. */
function caseWithConference(services: Services) {
  const families = services.targetGroups.create({ name: 'Familien mit Kindern', validFrom: '2021-01-01' });
  services.targetGroups.create({ name: 'Junge Erwachsene', validFrom: '2021-01-01' });
  const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }] });
  const opened = services.intakes.record({
    personId: person.id,
    date: e2eDay(-60).iso,
    accessRoute: 'sprechstunde',
    targetGroupIds: [families.id],
    decision: 'fall_eroeffnet',
    consent: { givenAt: e2eDay(-60).iso, form: 'schriftlich' },
  });
  const caseId = opened.caseId!;
  const jugendamt = services.partners.create({ organisation: 'Jugendamt Kreisstadt', legalArea: 'sgb8' });
  services.releases.create({
    personId: person.id,
    partnerId: jugendamt.id,
    givenAt: e2eDay(-50).iso,
    scope: 'Fallkonferenz',
    dataKinds: ['anlass'],
    form: 'schriftlich',
  });
  services.caseConferences.create({
    caseId,
    date: e2eDay(-10).iso,
    clientPresent: true,
    participants: [{ partnerId: jugendamt.id }],
    agenda: 'Schulbesuch',
    results: null,
    actions: [],
  });
  return { caseId, caseNumber: opened.caseNumber! };
}

async function openCaseByNumber(page: Page, caseNumber: string): Promise<void> {
  await page.keyboard.press('Alt+2');
  await h1(page, 'Fälle').waitFor();
  await page.getByLabel('Suchen (Name oder Fallnummer)').fill(caseNumber);
  await button(page, caseNumber).click();
  await page.getByRole('navigation', { name: 'Bereiche des Falls' }).waitFor();
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Bereiche des Falls' }).getByRole('button', { name, exact: true }).click();
}

/** Rows of the case list wholly inside both the window and the table's scrolling area. */
async function visibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const area = document.querySelector('.case-list-viewport')!.getBoundingClientRect();
    const header = document.querySelector('.case-table thead')!.getBoundingClientRect();
    const top = Math.max(area.top, header.bottom, 0);
    const bottom = Math.min(area.bottom, window.innerHeight);
    return [...document.querySelectorAll('.case-table tbody tr.case-row')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= top - 0.5 && box.bottom <= bottom + 0.5;
    }).length;
  });
}

describe('case corrections and Vertretung in Chromium', () => {
  it('shows at least 10 rows at 1280×800 and 6 at 900×600, the open cases first, the filters folded', { timeout: 180_000 }, async () => {
    const services = await setUpStore();
    await services.demo.load({ cases: 40 });
    const open = services.cases.list({ status: 'offen' }).length;
    expect(open).toBeGreaterThanOrEqual(10);
    for (const [width, height, least] of [
      [1280, 800, 10],
      [900, 600, 6],
    ] as const) {
      const page = await openApp(chromium, services, width, height);
      await page.keyboard.press('Alt+2');
      await h1(page, 'Fälle').waitFor();
      await page.getByText(`${open} Fälle, sortiert nach`).waitFor();
      await page
        .locator('.case-table tbody tr.case-row')
        .nth(least - 1)
        .waitFor();
      expect(await visibleRows(page), `${width}×${height}`).toBeGreaterThanOrEqual(least);
      // The filters fold away behind a button that counts them; the status filter is the open cases.
      const toggle = button(page, 'Filter (1 aktiv)');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await check(page, `fallliste-${width}`);
      await toggle.click();
      expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('offen');
      // Phase and place are not cut off.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.case-table tbody tr.case-row')]
          .slice(0, 10)
          .flatMap((row) =>
            [row.children[2], ...row.children[3]!.querySelectorAll('.cell-line')]
              .filter((cell) => cell!.scrollWidth > cell!.clientWidth + 1)
              .map((cell) => cell!.textContent),
          ),
      );
      expect(cut).toEqual([]);
      // No sideways scrolling: a narrow window keeps number, name, phase and what is due.
      const viewport = page.locator('.case-list-viewport');
      expect(await viewport.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      const headers = await page.locator('.case-table thead th').allTextContents();
      expect(headers.length, `${width}×${height}`).toBe(width === 900 ? 4 : 6);
      await check(page, `fallliste-filter-${width}`);
      await page.context().close();
    }
  });

  it('hands a case to a colleague of the team; the list filtered by that colleague shows it', { timeout: 180_000 }, async () => {
    const services = await setUpStore();
    const { caseNumber } = caseWithConference(services);
    const page = await openApp(chromium, services, 1280, 800);

    // Einstellungen → Team: the user is listed; a colleague joins.
    await page.keyboard.press('Alt+5');
    await h1(page, 'Einstellungen').waitFor();
    const team = page.getByRole('region', { name: 'Team' });
    await team.getByRole('rowheader', { name: 'Anna Beispiel (Sie)' }).waitFor();
    await team.getByLabel('Name', { exact: true }).fill('Jana Weber');
    await button(team, 'Aufnehmen').click();
    await status(page, 'Jana Weber ist im Team.');
    await team.getByRole('rowheader', { name: 'Jana Weber' }).waitFor();
    await check(page, 'team');

    // On the case: hand it on, with a plain confirmation.
    await openCaseByNumber(page, caseNumber);
    await page.getByText('Zuständig ist Anna Beispiel.').waitFor();
    await button(page, 'Fall an Kollegin oder Kollegen übergeben').click();
    await page.getByLabel('Neue Fallmanagerin oder neuer Fallmanager').selectOption({ label: 'Jana Weber' });
    await button(page, 'Fall an Kollegin oder Kollegen übergeben').click();
    await page.getByText(`Soll der Fall ${caseNumber} an Jana Weber übergeben werden?`).waitFor();
    await check(page, 'uebergabe-bestaetigen');
    await button(page, 'Ja, Fall übergeben').click();
    await status(page, 'Der Fall ist an Jana Weber übergeben.');
    await page.getByText('Zuständig ist Jana Weber.').waitFor();
    await page.getByText('Frühere Fassung (1)').click();
    await page.getByText('Zuständig war Anna Beispiel.').waitFor();
    await check(page, 'uebergeben');

    // Fälle, filtered by the colleague: the case is there; by the user: it is not.
    await page.keyboard.press('Alt+2');
    await h1(page, 'Fälle').waitFor();
    await page.getByLabel('Suchen (Name oder Fallnummer)').fill('');
    await button(page, 'Filter (1 aktiv)').click();
    const manager = page.getByLabel('Case Manager:in', { exact: true });
    expect(await manager.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Anna Beispiel', 'Jana Weber']));
    await manager.selectOption('Jana Weber');
    await page.getByText('1 Fall, sortiert nach').or(page.getByText('1 Fälle, sortiert nach')).waitFor();
    await button(page, caseNumber).waitFor();
    await manager.selectOption('Anna Beispiel');
    await page.getByText('Keine Fälle gefunden.').waitFor();
    await check(page, 'fallliste-vertretung');
    await page.context().close();
  });

  it('corrects a conference and the target groups, closes on a past day and uses a location again', { timeout: 180_000 }, async () => {
    const services = await setUpStore();
    const { caseNumber } = caseWithConference(services);
    const office = services.locations.create({ name: 'Rathaus Ostbach', kind: 'buero', municipality: 'Ostbach' });
    services.locations.deactivate({ locationId: office.id });
    const page = await openApp(chromium, services, 1280, 800);
    await openCaseByNumber(page, caseNumber);

    // Target groups: one more, the earlier list kept.
    await page.getByRole('region', { name: 'Zielgruppen' }).waitFor();
    const groups = page.getByRole('region', { name: 'Zielgruppen' });
    await button(groups, 'Zielgruppen ändern').click();
    await groups.getByLabel('Junge Erwachsene').check();
    await button(groups, 'Zielgruppen speichern').click();
    await status(page, 'Die Zielgruppen sind geändert.');
    await groups.getByText('Familien mit Kindern, Junge Erwachsene').waitFor();
    await groups.getByText('Frühere Fassung (1)').click();
    await groups.getByText('Familien mit Kindern', { exact: true }).waitFor();
    await check(page, 'zielgruppen');

    // The conference: Bearbeiten, another agenda; the earlier one is kept.
    await openSection(page, 'Fallkonferenzen');
    const day = e2eDay(-10).german;
    await button(page, `Fallkonferenz am ${day} bearbeiten`).click();
    await page.getByRole('heading', { name: `Fallkonferenz am ${day} bearbeiten` }).waitFor();
    const agenda = page.getByLabel('Tagesordnung (optional)');
    expect(await agenda.inputValue()).toBe('Schulbesuch');
    await agenda.fill('Schulbesuch der Kinder und Hortplatz');
    await page.getByLabel('Datum', { exact: true }).fill(e2eDay(-9).german);
    await page.getByText('Jugendamt Kreisstadt: gültige Schweigepflichtentbindung liegt vor.').waitFor();
    await check(page, 'fallkonferenz-bearbeiten');
    await button(page, 'Änderungen speichern').click();
    await status(page, 'Die Änderungen an der Fallkonferenz sind gespeichert.');
    await page.getByRole('heading', { name: `Fallkonferenz am ${e2eDay(-9).german}` }).waitFor();
    await page.getByText('Schulbesuch der Kinder und Hortplatz').waitFor();
    await page.getByText('Frühere Fassung (1)').click();
    await page.getByText('Schulbesuch', { exact: true }).waitFor();
    await check(page, 'fallkonferenz-fassungen');

    // Closed on a past day: the case says so, and the statistic will count it then.
    await openSection(page, 'Abschluss');
    await page.getByLabel('Grund für den Abschluss').selectOption({ label: 'Wegzug' });
    await page.getByLabel('Abgeschlossen am').fill(e2eDay(-3).german);
    await check(page, 'abschliessen-rueckdatiert');
    await button(page, 'Fall abschließen').click();
    await page
      .getByText(`Abgeschlossen am ${e2eDay(-3).german}`)
      .first()
      .waitFor();
    await check(page, 'abgeschlossen-rueckdatiert');

    // Einstellungen → Orte: a location no longer used is offered again.
    await page.keyboard.press('Alt+5');
    await h1(page, 'Einstellungen').waitFor();
    await page.getByRole('button', { name: /^Wieder aktivieren\W+Rathaus Ostbach/ }).click();
    await status(page, 'Rathaus Ostbach wird wieder angeboten.');
    expect(services.locations.list({}).map((l) => l.name)).toContain('Rathaus Ostbach');
    await check(page, 'ort-wieder-aktiv');
    await page.context().close();
  });
});
