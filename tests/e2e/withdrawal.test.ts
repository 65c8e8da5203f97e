/**
 * Withdrawing what the person gave, in Chromium against the real services (issue 12's
 * corrections): a release is revoked on a typed day, then the consent to case management is
 * withdrawn and the case closed (Mitwirkung beendet); every release still in force ends that
 * day and the case is read only. axe-core checks each form.
 */
import { describe, expect, it } from 'vitest';
import { e2eDay, expectNoAxeViolations, openApp, screenshot, setUpStore, useChromium } from './harness';

const chromium = useChromium();

describe('withdrawals in Chromium', () => {
  it('revokes a release on a typed day, then withdraws the consent and closes the case', { timeout: 180_000 }, async () => {
    const services = await setUpStore();
    const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }] });
    const opened = services.intakes.record({
      personId: person.id,
      date: e2eDay(-60).iso,
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: e2eDay(-60).iso, form: 'schriftlich' },
    });
    const jobcenter = services.partners.create({ organisation: 'Jobcenter Kreisstadt', legalArea: 'sgb2' });
    const jugendamt = services.partners.create({ organisation: 'Jugendamt Kreisstadt', legalArea: 'sgb8' });
    for (const partner of [jobcenter, jugendamt]) {
      services.releases.create({
        personId: person.id,
        partnerId: partner.id,
        givenAt: e2eDay(-50).iso,
        scope: 'Austausch zu Anträgen',
        dataKinds: ['anlass'],
        form: 'schriftlich',
      });
    }
    const page = await openApp(chromium, services);
    await page.keyboard.press('Alt+2');
    await page.getByLabel('Suchen (Name oder Fallnummer)').fill(opened.caseNumber!);
    await page.getByRole('button', { name: opened.caseNumber!, exact: true }).click();
    const sections = page.getByRole('navigation', { name: 'Bereiche des Falls' });

    // The Jobcenter's release, revoked as of five days ago (typed in German).
    await sections.getByRole('button', { name: 'Vermittlungen', exact: true }).click();
    const releases = page.getByRole('table', { name: 'Schweigepflichtentbindungen' });
    await releases
      .getByRole('row', { name: /Jobcenter/ })
      .getByRole('button', { name: /widerrufen/i })
      .click();
    await page.getByLabel('Widerrufen am', { exact: true }).fill(e2eDay(-5).german);
    await expectNoAxeViolations(page, 'Schweigepflichtentbindung widerrufen');
    await page.getByRole('button', { name: 'Widerruf speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Der Widerruf ist gespeichert.' }).waitFor();
    const byPartner = () => Object.fromEntries(services.releases.listForPerson({ personId: person.id }).map((r) => [r.partnerId, r.revokedAt]));
    expect(byPartner()).toEqual({ [jobcenter.id]: e2eDay(-5).iso, [jugendamt.id]: null });

    // The consent, withdrawn today: the case closes, the Jugendamt's release ends today too.
    await sections.getByRole('button', { name: 'Abschluss', exact: true }).click();
    await page.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
    await page.getByRole('group', { name: 'Was geschieht mit dem Fall?' }).getByLabel('Fall abschließen (Grund: Mitwirkung beendet)').check();
    await page.getByLabel('Ich habe den Hinweis gelesen und möchte den Widerruf festhalten.').check();
    await screenshot(page, 'widerruf-einwilligung');
    await expectNoAxeViolations(page, 'Einwilligung widerrufen');
    await page.getByRole('button', { name: 'Widerruf festhalten' }).click();
    await expect.poll(() => services.cases.get(opened.caseId!).phase).toBe('abgeschlossen');
    expect(services.cases.get(opened.caseId!).closureReason).toBe('mitwirkung_beendet');
    expect(byPartner()).toEqual({ [jobcenter.id]: e2eDay(-5).iso, [jugendamt.id]: e2eDay(0).iso });
    await page.context().close();
  });
});
