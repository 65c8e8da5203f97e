/**
 * Übergabe in the renderer: sending from a case shows what travels and then the one-time
 * passphrase once, with the instruction to tell it by phone; taking over a package shows what it
 * holds and its possible duplicates before anything is written, and then the code to read back;
 * the list of sent handovers takes the colleague's code and offers the erasure after it.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HandoverInspection, HandoverSummary } from '../../../electron/contract/areas/handover';
import { HandoverBanner } from '../../../renderer/features/handover/HandoverBanner';
import { HandoverSettings } from '../../../renderer/features/handover/HandoverSettings';
import { caseView } from '../cases/caseFixtures';
import { SendHandoverPanel } from '../../../renderer/features/handover/SendHandoverPanel';
import { fail, installFakeKim, ok } from '../fakeKim';
import { localMoment } from '../testClock';

const PASSPHRASE = 'K7QM-2XHB-9RTA-PLW4-ZC3N-8FYE';

function setUp() {
  const fake = installFakeKim();
  return { ...fake, user: userEvent.setup() };
}

const inspection: HandoverInspection = {
  token: 'a'.repeat(32),
  packageId: 'pkg-1',
  createdAt: localMoment('2026-11-20T16:00'),
  sender: 'Aylin Demir',
  recipient: 'Jonas Weber, Außenstelle Nord',
  persons: [
    {
      displayName: 'Amina Haddad',
      birthDate: '1990-04-03',
      formerCaseNumbers: ['2026-0007', '2025-0031'],
      duplicates: [
        {
          personId: 'p-here',
          displayName: 'Haddad, Amina',
          birthDate: '1990-04-03',
          openCaseId: null,
          openCaseNumber: null,
          likelihood: 'hoch',
          reasons: ['Gleicher Name: Amina Haddad', 'Gleiches Geburtsdatum: 03.04.1990'],
          restricted: false,
        },
      ],
    },
  ],
  missingConfiguration: [],
  alreadyImported: false,
  recordsExist: false,
};

describe('Übergabe', () => {
  it('sends a case with its person and shows the one-time passphrase once, to be told by phone', async () => {
    const { kim, user } = setUp();
    kim['handover.preview'].mockResolvedValue(
      ok({
        persons: [{ personId: 'p1', displayName: 'Amina Haddad', caseNumbers: ['2025-0031', '2026-0007'], addedCaseNumbers: ['2025-0031'] }],
        caseNumbers: ['2025-0031', '2026-0007'],
      }),
    );
    kim['handover.export'].mockResolvedValue(
      ok({
        handoverId: 'h1',
        passphrase: PASSPHRASE,
        file: '/media/usb/kim-uebergabe-2026-11-23.kimuebergabe',
        bytes: 40_000,
        caseNumbers: ['2025-0031', '2026-0007'],
      }),
    );
    render(<SendHandoverPanel caseId="c1" />);
    await user.click(screen.getByText('An ein anderes Gerät übergeben'));
    expect(await screen.findByText(/Amina Haddad: Fälle 2025-0031, 2026-0007/)).toBeTruthy();
    expect(screen.getByText(/Mit übergeben wird auch der Fall 2025-0031 derselben Person\./)).toBeTruthy();

    const submit = screen.getByRole('button', { name: 'Übergabepaket speichern …' });
    await user.click(submit);
    expect(kim['handover.export']).not.toHaveBeenCalled(); // no recipient yet
    await user.type(screen.getByLabelText(/An wen\?/), 'Jonas Weber, Außenstelle Nord{Enter}');
    expect(kim['handover.export']).toHaveBeenCalledWith({ caseIds: ['c1'], recipient: 'Jonas Weber, Außenstelle Nord' });

    const groups = await screen.findByRole('list', { name: 'Einmal-Passwort, in sechs Gruppen' });
    expect(
      within(groups)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(PASSPHRASE.split('-').map((g, i) => `${i + 1}${g}`));
    expect(screen.getByText(/am Telefon, Gruppe für Gruppe/)).toBeTruthy();
    expect(screen.getByText(/nicht in eine E-Mail/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Einmal-Passwort für dieses Paket');

    await user.click(screen.getByRole('button', { name: 'Ich habe das Passwort weitergegeben' }));
    expect(screen.queryByRole('list', { name: 'Einmal-Passwort, in sechs Gruppen' })).toBeNull();
    expect(document.body.textContent).not.toContain('K7QM');
    expect(screen.getByRole('status').textContent).toMatch(/schreibgeschützt/);
  });

  it('a case that may not go says why, in German', async () => {
    const { kim, user } = setUp();
    kim['handover.preview'].mockResolvedValue(fail('HANDOVER_CASE_RESTRICTED'));
    render(<SendHandoverPanel caseId="c1" />);
    await user.click(screen.getByText('An ein anderes Gerät übergeben'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/eingeschränkt \(Art\. 18 DSGVO\)/);
    expect(screen.queryByRole('button', { name: 'Übergabepaket speichern …' })).toBeNull();
  });

  it('opens a package with the one-time passphrase, shows the possible duplicate, takes it over only when agreed, and shows the code', async () => {
    const { kim, user } = setUp();
    kim['handover.list'].mockResolvedValue(ok([]));
    kim['handover.inspect'].mockResolvedValueOnce(fail('HANDOVER_WRONG_PASSPHRASE')).mockResolvedValueOnce(ok(inspection));
    kim['handover.import'].mockResolvedValue(
      ok({ packageId: 'pkg-1', caseNumbers: ['2025-0002', '2026-0012'], formerCaseNumbers: ['2025-0031', '2026-0007'], confirmationCode: '3F9A-0C21' }),
    );
    render(<HandoverSettings />);
    await user.click(screen.getByRole('button', { name: 'Übergabepaket übernehmen oder Übergabe bestätigen' }));
    const field = await screen.findByLabelText('Einmal-Passwort (Groß- und Kleinschreibung egal)');
    await user.type(field, 'k7qm 2xhb 9rta plw4 zc3n 8fyX{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Einmal-Passwort passt nicht/);
    expect(document.activeElement).toBe(field);

    await user.clear(field);
    await user.type(field, 'k7qm 2xhb 9rta plw4 zc3n 8fye{Enter}');
    expect(kim['handover.inspect']).toHaveBeenLastCalledWith({ passphrase: 'k7qm 2xhb 9rta plw4 zc3n 8fye' });
    expect(await screen.findByText(/^Von Aylin Demir, erstellt am 20\.11\.2026, 16:00\.$/)).toBeTruthy();
    expect(screen.getByText(/Amina Haddad, geboren 03\.04\.1990, bisher Fälle 2026-0007, 2025-0031/)).toBeTruthy();
    expect(screen.getByText('Haddad, Amina – Gleicher Name: Amina Haddad; Gleiches Geburtsdatum: 03.04.1990')).toBeTruthy();
    expect(screen.getByText(/Zusammenführen .* ist nicht möglich/)).toBeTruthy();

    const takeOver = screen.getByRole('button', { name: 'Übernehmen' });
    expect((takeOver as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /als neue Personen anlegen/ }));
    await user.click(takeOver);
    expect(kim['handover.import']).toHaveBeenCalledWith({ token: 'a'.repeat(32), passphrase: 'k7qm 2xhb 9rta plw4 zc3n 8fye', acceptDuplicates: true });
    expect(await screen.findByText('Übernommen. Neue Fallnummern hier: 2025-0002, 2026-0012.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Bestätigungscode' })).getByText('3F9A-0C21')).toBeTruthy();
  });

  it('refuses to take over a package whose configuration is missing here, naming what to create', async () => {
    const { kim, user } = setUp();
    kim['handover.list'].mockResolvedValue(ok([]));
    kim['handover.inspect'].mockResolvedValue(
      ok({ ...inspection, persons: [{ ...inspection.persons[0]!, duplicates: [] }], missingConfiguration: ['Partnerstelle: Jobcenter Kreis Mettmann (sgb2)'] }),
    );
    render(<HandoverSettings />);
    await user.click(screen.getByRole('button', { name: 'Übergabepaket übernehmen oder Übergabe bestätigen' }));
    await user.type(await screen.findByLabelText('Einmal-Passwort (Groß- und Kleinschreibung egal)'), `${PASSPHRASE}{Enter}`);
    expect(await screen.findByText('Partnerstelle: Jobcenter Kreis Mettmann (sgb2)')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Übernehmen' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists sent handovers, takes the colleague code, and erases only after a second click', async () => {
    const { kim, user } = setUp();
    const sent: HandoverSummary = {
      id: 'h1',
      createdAt: localMoment('2026-11-20T16:00'),
      createdBy: 'Aylin Demir',
      recipient: 'Jonas Weber',
      caseNumbers: ['2026-0007'],
      confirmedAt: null,
      status: 'versandt',
    };
    kim['handover.list'].mockResolvedValue(ok([sent]));
    kim['handover.confirm']
      .mockResolvedValueOnce(fail('HANDOVER_CONFIRMATION_MISMATCH'))
      .mockResolvedValueOnce(ok({ ...sent, confirmedAt: sent.createdAt, status: 'bestaetigt' }));
    kim['handover.erase'].mockResolvedValue(ok({ ...sent, confirmedAt: sent.createdAt, status: 'geloescht' }));
    render(<HandoverSettings />);
    await user.click(screen.getByRole('button', { name: 'Übergabepaket übernehmen oder Übergabe bestätigen' }));
    expect(await screen.findByText('Geschickt, noch nicht bestätigt')).toBeTruthy();
    const code = screen.getByLabelText('Bestätigungscode der Kollegin oder des Kollegen');
    await user.type(code, '0000-0000{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Bestätigungscode passt nicht/);
    await user.clear(code);
    await user.type(code, '3f9a-0c21{Enter}');
    expect(kim['handover.confirm']).toHaveBeenLastCalledWith({ handoverId: 'h1', code: '3f9a-0c21' });
    expect(await screen.findByText('Bestätigt, hier noch gespeichert')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Personen hier löschen …' }));
    expect(kim['handover.erase']).not.toHaveBeenCalled();
    expect(screen.getByText(/endgültig gelöscht/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ja, endgültig löschen' }));
    expect(kim['handover.erase']).toHaveBeenCalledWith({ handoverId: 'h1' });
    expect(await screen.findByText('Hier gelöscht')).toBeTruthy();
  });

  it('a handed-over case says to whom and when, and what comes next', () => {
    const handover = { recipient: 'Jonas Weber, Außenstelle Nord', createdAt: localMoment('2026-11-20T16:00'), confirmedAt: null };
    const { rerender } = render(<HandoverBanner view={{ ...caseView, handover }} />);
    const banner = screen.getByRole('region', { name: 'An ein anderes Gerät übergeben' });
    expect(banner.textContent).toContain('Dieser Fall wurde am 20.11.2026 an Jonas Weber, Außenstelle Nord übergeben. Er ist hier schreibgeschützt.');
    expect(banner.textContent).toContain('Bestätigungscode');
    rerender(<HandoverBanner view={{ ...caseView, handover: { ...handover, confirmedAt: handover.createdAt } }} />);
    expect(screen.getByRole('region', { name: 'An ein anderes Gerät übergeben' }).textContent).toContain('hier löschen');
    rerender(<HandoverBanner view={caseView} />);
    expect(screen.queryByRole('region', { name: 'An ein anderes Gerät übergeben' })).toBeNull();
  });
});
