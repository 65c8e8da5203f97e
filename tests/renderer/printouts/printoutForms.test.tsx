/**
 * Print, then sign, on the screens: recording a signature asks which printout was signed (newest
 * first, "Ausdruck 7KQ3M9 · Arabisch · 23.11.2026 10:30"), preselects the only one, says so plainly
 * when there is none, and the tables name the printout signed.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PrintoutView } from '../../../electron/contract/areas/printouts';
import { GoalsSection } from '../../../renderer/features/goals/GoalsSection';
import { ReferralsSection } from '../../../renderer/features/referrals/ReferralsSection';
import { germanDay, germanTime } from '../../../renderer/i18n/dates';
import { agreement, documentLanguages, goal, partners, renderSection as renderCaseSection, violations } from '../assessment/fixtures';
import { ok, type FakeKim } from '../fakeKim';
import { jobcenter, PERSON_ID, renderSection as renderNetworkSection, validRelease } from '../network/networkFixtures';

vi.mock('../../../renderer/App', () => ({ App: () => null }));

function printout(patch: Partial<PrintoutView>): PrintoutView {
  return {
    id: 'pr-1',
    code: '7KQ3M9',
    document: 'zielvereinbarung',
    documentLabel: 'Zielvereinbarung',
    language: 'ar',
    languageName: 'Arabisch',
    printedAt: new Date(2026, 10, 23, 10, 30).toISOString(),
    printedBy: 'Aylin Demir',
    agreementId: 'ag-2',
    partnerId: null,
    signedAgreementId: null,
    releaseId: null,
    consentId: null,
    ...patch,
  };
}
const newer = printout({ id: 'pr-2', code: 'X4TZ0B', language: 'uk', languageName: 'Ukrainisch', printedAt: new Date(2026, 10, 24, 9, 5).toISOString() });
const older = printout({});
const optionText = (p: PrintoutView) => `Ausdruck ${p.code} · ${p.languageName} · ${germanDay(p.printedAt)} ${germanTime(p.printedAt)}`;

function renderGoals(printouts: PrintoutView[], configure: (kim: FakeKim) => void = () => {}) {
  return renderCaseSection(GoalsSection, (kim) => {
    kim['goal.list'].mockResolvedValue(ok([goal()]));
    kim['documentTexts.languages'].mockResolvedValue(ok(documentLanguages));
    kim['partners.list'].mockResolvedValue(ok(partners));
    kim['agreement.list'].mockResolvedValue(
      ok([agreement({ id: 'ag-2', version: 2, date: '2026-11-20' }), agreement({ signedAt: '2026-03-06', superseded: true })]),
    );
    kim['printouts.list'].mockResolvedValue(ok(printouts));
    configure(kim);
  });
}

async function openSignForm(user: ReturnType<typeof renderGoals>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Unterschrift erfassen (Fassung 2)' }));
  return screen.getByRole('group', { name: 'Unterschrift für Fassung 2' });
}

describe('Unterschrift der Zielvereinbarung: welcher Ausdruck', () => {
  it('offers the version’s printouts newest first; nothing is chosen with several, and the signature names the one chosen', async () => {
    const { kim, user } = renderGoals([newer, older], (k) =>
      k['agreement.sign'].mockResolvedValue(ok({ ...agreement({ id: 'ag-2', version: 2, signedAt: '2026-11-24' }), snapshot: { goals: [] } })),
    );
    const form = await openSignForm(user);
    expect(kim['printouts.list']).toHaveBeenCalledWith({ agreementId: 'ag-2', document: 'zielvereinbarung' });
    const choice = await within(form).findByRole('group', { name: 'Welcher Ausdruck wurde unterschrieben?' });
    const radios = within(choice).getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => (r.closest('label') as HTMLElement).textContent)).toEqual([optionText(newer), optionText(older)]);
    expect(optionText(older)).toBe('Ausdruck 7KQ3M9 · Arabisch · 23.11.2026 10:30');
    expect(radios.some((r) => r.checked)).toBe(false);
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Unterschrift speichern' });
    expect(save.disabled).toBe(true);
    expect(screen.getByText('Bitte wählen Sie den Ausdruck, der unterschrieben wurde.')).toBeTruthy();

    await user.click(within(choice).getByRole('radio', { name: optionText(older) }));
    await user.click(save);
    expect(kim['agreement.sign']).toHaveBeenLastCalledWith({ agreementId: 'ag-2', signedAt: expect.any(String), printoutId: older.id });
  });

  it('preselects the only printout', async () => {
    const { kim, user } = renderGoals([older], (k) =>
      k['agreement.sign'].mockResolvedValue(ok({ ...agreement({ id: 'ag-2', version: 2, signedAt: '2026-11-24' }), snapshot: { goals: [] } })),
    );
    const form = await openSignForm(user);
    const only = await within(form).findByRole<HTMLInputElement>('radio', { name: optionText(older) });
    expect(only.checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Unterschrift speichern' }));
    expect(kim['agreement.sign']).toHaveBeenLastCalledWith({ agreementId: 'ag-2', signedAt: expect.any(String), printoutId: older.id });
  });

  it('without printouts: a plain hint, no choice, and the signature is recorded without one', async () => {
    const { kim, user } = renderGoals([], (k) =>
      k['agreement.sign'].mockResolvedValue(ok({ ...agreement({ id: 'ag-2', version: 2, signedAt: '2026-11-24' }), snapshot: { goals: [] } })),
    );
    const form = await openSignForm(user);
    expect(
      await within(form).findByText('Diese Fassung wurde nicht aus der KIM Fallakte gedruckt. Sie können die Unterschrift trotzdem erfassen.'),
    ).toBeTruthy();
    expect(within(form).queryByRole('radio')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Unterschrift speichern' }));
    expect(kim['agreement.sign']).toHaveBeenLastCalledWith({ agreementId: 'ag-2', signedAt: expect.any(String) });
  });

  it('the list names the printout a version was signed on; the form has no axe violations', async () => {
    const { user } = renderGoals([newer, older], (k) =>
      k['agreement.list'].mockResolvedValue(
        ok([
          agreement({ id: 'ag-2', version: 2, date: '2026-11-20' }),
          agreement({
            signedAt: '2026-03-06',
            superseded: true,
            signedPrintout: { id: 'pr-0', code: 'M2R8QH', language: 'ar', languageName: 'Arabisch', printedAt: '2026-03-06T09:00:00.000Z' },
          }),
        ]),
      ),
    );
    expect(await screen.findByText('Unterschrieben am 06.03.2026 auf Ausdruck M2R8QH. Kann nicht mehr geändert werden.')).toBeTruthy();
    const form = await openSignForm(user);
    await within(form).findByRole('group', { name: 'Welcher Ausdruck wurde unterschrieben?' });
    expect(await violations()).toEqual([]);
  });
});

describe('Schweigepflichtentbindung erfassen: welches gedruckte Formular', () => {
  const releaseForm = (pr: Partial<PrintoutView>) =>
    printout({ document: 'schweigepflichtentbindung', documentLabel: 'Schweigepflichtentbindung', agreementId: null, partnerId: jobcenter.id, ...pr });
  const unsigned = releaseForm({ id: 'pr-r1', code: 'H3K9QX' });
  const signedAlready = releaseForm({ id: 'pr-r0', code: 'Z9Z9Z9', releaseId: 'r-1' });

  async function fill(user: ReturnType<typeof renderNetworkSection>['user'], form: 'schriftlich' | 'mündlich') {
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Schweigepflichtentbindung erfassen' }));
    const dialog = screen.getByRole('form', { name: 'Schweigepflichtentbindung erfassen' });
    await user.selectOptions(within(dialog).getByLabelText('Partner'), jobcenter.id);
    await user.type(within(dialog).getByLabelText('Umfang'), 'Antrag auf Bürgergeld');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Anlass der Verweisung' }));
    await user.click(within(dialog).getByRole('radio', { name: form }));
    return dialog;
  }

  it('a written release offers the printed forms of the person and partner not signed yet, the only one preselected, and names it', async () => {
    const { kim, user } = renderNetworkSection(ReferralsSection, {
      configure: (k) => {
        k['printouts.list'].mockResolvedValue(ok([unsigned, signedAlready]));
        k['releases.create'].mockResolvedValue(
          ok({ ...validRelease, printout: { id: unsigned.id, code: unsigned.code, language: 'ar', languageName: 'Arabisch', printedAt: unsigned.printedAt } }),
        );
      },
    });
    const dialog = await fill(user, 'schriftlich');
    expect(kim['printouts.list']).toHaveBeenLastCalledWith({ personId: PERSON_ID, partnerId: jobcenter.id, document: 'schweigepflichtentbindung' });
    const choice = await within(dialog).findByRole('group', { name: 'Welches gedruckte Formular wurde unterschrieben?' });
    const radios = within(choice).getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => (r.closest('label') as HTMLElement).textContent)).toEqual([optionText(unsigned)]);
    expect(radios[0]!.checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Schweigepflichtentbindung speichern' }));
    expect(kim['releases.create']).toHaveBeenLastCalledWith(expect.objectContaining({ form: 'schriftlich', printoutId: unsigned.id }));
  });

  it('an oral release asks for no printed form and names none', async () => {
    const { kim, user } = renderNetworkSection(ReferralsSection, {
      configure: (k) => {
        k['printouts.list'].mockResolvedValue(ok([unsigned]));
        k['releases.create'].mockResolvedValue(ok(validRelease));
      },
    });
    const dialog = await fill(user, 'mündlich');
    expect(within(dialog).queryByRole('group', { name: 'Welches gedruckte Formular wurde unterschrieben?' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Schweigepflichtentbindung speichern' }));
    expect(kim['releases.create']).toHaveBeenLastCalledWith(expect.not.objectContaining({ printoutId: expect.anything() }));
  });

  it('the releases table names the printed form a release was signed on', async () => {
    renderNetworkSection(ReferralsSection, {
      configure: (k) =>
        k['releases.listForPerson'].mockResolvedValue(
          ok([{ ...validRelease, printout: { id: 'pr-r1', code: 'H3K9QX', language: 'ar', languageName: 'Arabisch', printedAt: '2026-10-02T09:00:00.000Z' } }]),
        ),
    });
    const table = await screen.findByRole('table', { name: 'Schweigepflichtentbindungen' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Unterschrieben auf Ausdruck H3K9QX');
  });
});
