/**
 * Corrections in the Begleitendes Monitoring in Chromium (issue 12): a Wiedervorlage postponed and
 * another marked done right on "Heute"; a contact corrected in the case ("Bearbeiten"), shown as
 * corrected with its earlier version, both kept in the store; the correction leaves a draft while
 * typed. axe-core checks each screen.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eDay, expectNoAxeViolations, screenshot, useChromium, setUpStore, openApp } from './harness';

const chromium = useChromium();

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const button = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('button', { name, exact: typeof name === 'string' });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `monitoring-${name}`);
  await expectNoAxeViolations(page, name);
}

async function storeWithCase() {
  const services = await setUpStore();
  const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }], interpreterNeeded: true, interpreterLanguage: 'ar' });
  const opened = services.intakes.record({
    personId: person.id,
    date: e2eDay(-30).iso,
    accessRoute: 'sprechstunde',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: e2eDay(-30).iso, form: 'schriftlich' },
  });
  const caseId = opened.caseId!;
  const contact = services.contacts.create({
    personId: person.id,
    caseId,
    at: `${e2eDay(-3).iso}T09:30`,
    durationMinutes: 20,
    place: 'telefon',
    type: 'telefonat',
    topics: ['wohnen'],
    interpreterUsed: true,
    interpreterLanguage: 'Arabisch',
    note: 'Wohnungssuche besprochen',
  });
  const overdue = services.followUps.create({ caseId, dueDate: e2eDay(-2).iso, title: 'Bescheid vom Jobcenter nachfragen' });
  const dueToday = services.followUps.create({ caseId, dueDate: e2eDay(0).iso, title: 'Mietvertrag prüfen' });
  return { services, caseId, caseNumber: opened.caseNumber!, contact, overdue, dueToday };
}

describe('corrections in the Begleitendes Monitoring in Chromium', () => {
  it('postpones and finishes Wiedervorlagen on Heute, corrects a contact and keeps its earlier version', { timeout: 180_000 }, async () => {
    const { services, caseId, caseNumber, contact, overdue, dueToday } = await storeWithCase();
    const page = await openApp(chromium, services);

    // Heute: each Wiedervorlage can be done or postponed where it is listed.
    await h1(page, 'Heute').waitFor();
    const postpone = button(page, 'Verschieben: Wiedervorlage „Bescheid vom Jobcenter nachfragen“');
    await postpone.click();
    const form = page.getByRole('form', { name: '„Bescheid vom Jobcenter nachfragen“ verschieben' });
    const date = form.getByLabel('Neues Datum');
    // Overdue: a week after today, and the field has the focus.
    expect(await date.inputValue()).toBe(e2eDay(7).german);
    await expect.poll(() => date.evaluate((el) => el === document.activeElement)).toBe(true);
    await check(page, 'heute-verschieben');
    await date.fill(e2eDay(10).german);
    await page.keyboard.press('Enter');
    await status(page, `ist auf den ${e2eDay(10).german} verschoben`);
    // Due in ten days: off today's list; the other stays.
    await expect.poll(() => postpone.count()).toBe(0);
    await button(page, 'Verschieben: Wiedervorlage „Mietvertrag prüfen“').waitFor();
    await button(page, 'Erledigt: Wiedervorlage „Mietvertrag prüfen“').click();
    await status(page, 'Die Wiedervorlage „Mietvertrag prüfen“ ist erledigt.');
    await page.getByRole('heading', { name: 'Heute ist nichts fällig' }).waitFor();
    expect(services.followUps.listOpenForCase({ caseId }).map((f) => [f.id, f.dueDate])).toEqual([[overdue.id, e2eDay(10).iso]]);
    expect(services.versions.list({ kind: 'follow_up', recordId: overdue.id }).map((v) => v.before)).toEqual([
      { dueDate: e2eDay(-2).iso, title: 'Bescheid vom Jobcenter nachfragen' },
    ]);
    expect(services.followUps.listOpenForCase({ caseId }).some((f) => f.id === dueToday.id)).toBe(false);

    // The case: "Bearbeiten" opens the contact form filled with the contact.
    await page.keyboard.press('Alt+2');
    await h1(page, 'Fälle').waitFor();
    await page.getByLabel('Suchen (Name oder Fallnummer)').fill(caseNumber);
    await button(page, caseNumber).click();
    await page.getByRole('navigation', { name: 'Bereiche des Falls' }).getByRole('button', { name: 'Kontakte', exact: true }).click();
    const edit = button(page, `Kontakt vom ${e2eDay(-3).german}, 09:30 bearbeiten`);
    await edit.click();
    const correction = page.getByRole('form', { name: 'Kontakt berichtigen' });
    expect(await correction.getByLabel('Dauer in Minuten').inputValue()).toBe('20');
    expect(await correction.getByLabel('Notiz (optional)').inputValue()).toBe('Wohnungssuche besprochen');
    expect(await correction.getByLabel('Sprache (optional)').inputValue()).toBe('Arabisch');
    await correction.getByLabel('Dauer in Minuten').fill('35');
    await correction.getByLabel('Notiz (optional)').fill('Wohnungssuche und Kaution besprochen');
    // What is typed is kept as a draft in the encrypted store until it is saved.
    await expect.poll(() => services.drafts.load({ key: `contact:${contact.id}` })?.fields ?? '').toContain('Kaution');
    await check(page, 'kontakt-berichtigen');
    await button(correction, 'Berichtigung speichern').click();
    await status(page, 'Die Berichtigung ist gespeichert.');
    const card = page.getByRole('article').filter({ hasText: 'Wohnungssuche und Kaution besprochen' });
    await card.getByText('Berichtigt', { exact: true }).waitFor();
    await card.getByText('Frühere Fassung (1)').click();
    await card.getByText('Wohnungssuche besprochen', { exact: true }).waitFor();
    await card.getByText('20 Minuten').waitFor();
    await check(page, 'kontakt-berichtigt');

    const [stored] = services.contacts.listForCase({ caseId });
    expect(stored).toMatchObject({ id: contact.id, durationMinutes: 35, note: 'Wohnungssuche und Kaution besprochen', versions: 1 });
    expect(services.versions.list({ kind: 'contact', recordId: contact.id })[0]?.before).toMatchObject({
      durationMinutes: 20,
      note: 'Wohnungssuche besprochen',
    });
    expect(services.drafts.load({ key: `contact:${contact.id}` })).toBeNull();
    await page.context().close();
  });
});
