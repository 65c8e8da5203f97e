import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseSection } from '../../../renderer/features/frame/navigation';
import { fail, ok, type FakeKim } from '../fakeKim';
import { CASE_ID, PERSON_ID, axeViolations, caseView, closedCaseView, openAt } from './caseFixtures';
import { TEST_TODAY } from '../testClock';

const SECTIONS = ['Überblick', 'Assessment', 'Ziele', 'Vermittlungen', 'Kontakte', 'Fallkonferenzen', 'Abschluss'];
const sectionNav = () => screen.getByRole('navigation', { name: 'Bereiche des Falls' });
const sectionButton = (name: string) => within(sectionNav()).getByRole('button', { name });

async function openCaseAt(section: CaseSection = 'overview', configure?: Parameters<typeof openAt>[1]) {
  const app = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section }, configure);
  await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
  return app;
}

// Typing whole forms takes a while when the machine is busy.
describe('case shell', { timeout: 20_000 }, () => {
  it('shows the header: name, case number, phase in the cycle, case manager, target groups, what is due', async () => {
    const { kim } = await openCaseAt();
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: CASE_ID });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Haddad, Rana' }));
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('Fallnummer2026-0007');
    expect(main.textContent).toContain('Case Manager:inAylin Demir');
    expect(main.textContent).toContain('ZielgruppenGeduldete über 27');

    const steps = within(screen.getByRole('list', { name: 'Phasen des Falls' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent?.replace(/ \(.*\)$/, ''))).toEqual([
      'Erstberatung',
      'Assessment',
      'Zielvereinbarung',
      'Leistungssteuerung',
      'Monitoring',
      'Abgeschlossen',
    ]);
    expect(steps.filter((s) => s.getAttribute('aria-current') === 'step').map((s) => s.textContent)).toEqual(['Zielvereinbarung (aktuelle Phase)']);

    const due = screen.getByRole('heading', { level: 2, name: 'Als Nächstes' }).parentElement!;
    expect(
      within(due)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Nächster Schritt: Zielvereinbarung erstellen und unterschreiben lassen',
      'Wiedervorlage: Rückruf Jobcenter – fällig am 02.11.2026 (überfällig)',
    ]);
    expect(screen.queryByText(/Dieser Fall ist seit/)).toBeNull();
  });

  it('offers every section, marks the shown one and moves the focus to its heading', async () => {
    const { user } = await openCaseAt();
    expect(
      within(sectionNav())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(SECTIONS);
    expect(sectionButton('Überblick').getAttribute('aria-current')).toBe('true');
    for (const name of SECTIONS.slice(1)) {
      await user.click(sectionButton(name));
      expect(sectionButton(name).getAttribute('aria-current')).toBe('true');
      expect(
        within(sectionNav())
          .getAllByRole('button')
          .filter((b) => b.getAttribute('aria-current')),
      ).toHaveLength(1);
      const focused = document.activeElement as HTMLElement;
      expect(focused.tagName).toBe('H2');
      expect(focused.closest('.case-section')).toBeTruthy();
    }
    // Keyboard: Tab to a section button and Enter.
    sectionButton('Überblick').focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Überblick' }));
  });

  it('shows the overview: person, case, consent and the history newest first with German dates', async () => {
    const { kim, user } = await openCaseAt();
    await screen.findByRole('heading', { level: 3, name: 'Verlauf' });
    // The heading comes at once, the history when cases.timeline has answered: wait for its entries.
    await screen.findByText('Beratung in der Sprechstunde');
    expect(kim['cases.timeline']).toHaveBeenCalledWith({ caseId: CASE_ID });
    const overview = screen.getByRole('region', { name: 'Überblick' });
    expect(overview.textContent).toContain('Weitere SchreibweisenAl-Haddad, Rana');
    expect(overview.textContent).toContain('Geburtsdatum03.1990');
    expect(overview.textContent).toContain('StaatsangehörigkeitSyrien');
    expect(overview.textContent).toContain('SprachenArabisch, Kurdisch');
    expect(overview.textContent).toContain('Braucht Dolmetschungja');
    expect(overview.textContent).toContain('AufenthaltAufenthaltserlaubnis, § 25 Abs. 2 AufenthG, gültig bis 31.05.2027');
    expect(overview.textContent).toContain('Eröffnet am01.10.2026');
    expect(overview.textContent).toContain('OrtGU Am Bahnhof (Coesfeld)');
    expect(overview.textContent).toContain('Re-Assessmentalle 6 Monate');
    expect(overview.textContent).toContain('Eingewilligt am 01.10.2026 (schriftlich), erfasst von Aylin Demir.');

    const items = [...document.querySelectorAll('.timeline li')].map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^03\.11\.2026, 13:05Beratung in der Sprechstunde$/),
      expect.stringMatching(/^01\.10\.2026, 09:00Fall eröffnet$/),
      '01.10.2026Erstberatung (Zugang: Sprechstunde)',
    ]);

    await user.click(screen.getByRole('button', { name: 'Alle Angaben zur Person' }));
    expect(kim['persons.get']).toHaveBeenCalledWith({ personId: PERSON_ID });
  });

  it('shows the latest 20 history entries first, and the whole history on request', async () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      at: `2026-10-${String(i + 1).padStart(2, '0')}`,
      kind: 'kontakt',
      title: `Kontakt ${i + 1}`,
      refId: `c${i}`,
    }));
    const { user } = await openCaseAt(undefined, (kim) => kim['cases.timeline'].mockResolvedValue(ok(many as never)));
    await screen.findByText('Kontakt 25');
    expect(document.querySelectorAll('.timeline li')).toHaveLength(20);
    expect(screen.queryByText('Kontakt 5')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ganzen Verlauf zeigen (25 Einträge)' }));
    expect(document.querySelectorAll('.timeline li')).toHaveLength(25);
    expect(screen.getByText('Kontakt 1')).toBeTruthy();
  });

  it('shows the German error when the case cannot be loaded', async () => {
    await openAt({ page: 'cases', view: 'case', caseId: 'gone', section: 'overview' }, (kim) => kim['cases.get'].mockResolvedValue(fail('CASE_NOT_FOUND')));
    expect(await screen.findByText('Diesen Fall gibt es nicht (mehr).')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Fall' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zur Fallliste' })).toBeTruthy();
  });

  it('closes a case with a reason and an outcome per open goal, then reloads the case', async () => {
    const { kim, user } = await openCaseAt('closure', (k) => k['cases.close'].mockResolvedValue(ok(closedCaseView)));
    expect(kim['goal.list']).toHaveBeenCalledWith({ caseId: CASE_ID });
    const submit = await screen.findByRole<HTMLButtonElement>('button', { name: 'Fall abschließen' });
    expect(submit.disabled).toBe(true);
    const reasons = [...screen.getByLabelText<HTMLSelectElement>('Grund für den Abschluss').options].map((o) => o.textContent);
    expect(reasons).toEqual([
      'Bitte wählen',
      'Ziele erreicht',
      'An einen Regeldienst übergeben',
      'Wegzug',
      'Kontaktabbruch',
      'Mitwirkung beendet',
      'Ausreise',
      'Sonstiger Grund',
    ]);
    // Only the open goals (offen, in Arbeit) need an outcome.
    expect(screen.queryByLabelText(/Kita-Platz/)).toBeNull();
    await user.selectOptions(screen.getByLabelText('Grund für den Abschluss'), 'wegzug');
    expect(screen.getByText('Bitte geben Sie für jedes offene Ziel ein Ergebnis an.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Ergebnis: Deutschkurs B1 abschließen (Sprache)'), 'teilweise_erreicht');
    await user.selectOptions(screen.getByLabelText('Ergebnis: Eigene Wohnung finden (Wohnen)'), 'verworfen');
    kim['cases.get'].mockResolvedValue(ok(closedCaseView));
    const loadsBefore = kim['cases.get'].mock.calls.length;
    await user.click(submit);
    expect(kim['cases.close']).toHaveBeenCalledWith({
      caseId: CASE_ID,
      reason: 'wegzug',
      date: TEST_TODAY,
      goalOutcomes: [
        { goalId: 'goal-1', outcome: 'teilweise_erreicht' },
        { goalId: 'goal-2', outcome: 'verworfen' },
      ],
    });
    const closedHeading = await screen.findByRole('heading', { level: 2, name: 'Der Fall ist abgeschlossen' });
    expect(kim['cases.get'].mock.calls.length).toBe(loadsBefore + 1);
    expect(document.activeElement).toBe(closedHeading);
    expect(screen.getByText('Dieser Fall ist seit 15.11.2026 abgeschlossen (Grund: Wegzug). Sie können alles lesen, aber nichts ändern.')).toBeTruthy();
  });

  it('shows the German error of a failed closure', async () => {
    const { user } = await openCaseAt('closure', (k) => {
      k['goal.list'].mockResolvedValue(ok([]));
      k['cases.close'].mockResolvedValue(fail('GOAL_OUTCOME_MISSING'));
    });
    expect(await screen.findByText('Es gibt keine offenen Ziele.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Grund für den Abschluss'), 'ziele_erreicht');
    await user.click(screen.getByRole('button', { name: 'Fall abschließen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte geben Sie für jedes offene Ziel an, was daraus geworden ist.');
  });

  it('shows a closed case read-only with its reason and reopens it with a reason', async () => {
    const { kim, user } = await openCaseAt('closure', (k) => {
      k['cases.get'].mockResolvedValue(ok(closedCaseView));
      k['cases.reopen'].mockResolvedValue(ok(caseView));
    });
    expect(screen.getByText('Dieser Fall ist seit 15.11.2026 abgeschlossen (Grund: Wegzug). Sie können alles lesen, aber nichts ändern.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Als Nächstes' })).toBeNull();
    const steps = within(screen.getByRole('list', { name: 'Phasen des Falls' })).getAllByRole('listitem');
    expect(steps.find((s) => s.getAttribute('aria-current') === 'step')?.textContent).toBe('Abgeschlossen (aktuelle Phase)');
    expect(screen.getByText('Abgeschlossen am 15.11.2026.')).toBeTruthy();
    expect(screen.getByText('Grund: Wegzug')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Fall abschließen' })).toBeNull();
    expect(kim['goal.list']).not.toHaveBeenCalled();

    const reopen = screen.getByRole<HTMLButtonElement>('button', { name: 'Fall wieder eröffnen' });
    expect(reopen.disabled).toBe(true);
    await user.type(screen.getByLabelText('Warum wird der Fall wieder eröffnet?'), 'Ist zurückgekehrt');
    kim['cases.get'].mockResolvedValue(ok(caseView));
    await user.click(reopen);
    expect(kim['cases.reopen']).toHaveBeenCalledWith({ caseId: CASE_ID, reason: 'Ist zurückgekehrt', date: TEST_TODAY });
    expect(await screen.findByRole('button', { name: 'Fall abschließen' })).toBeTruthy();
    expect(screen.queryByText(/Dieser Fall ist seit/)).toBeNull();
  });

  it('shows the German error of a failed reopening', async () => {
    const { user } = await openCaseAt('closure', (k) => {
      k['cases.get'].mockResolvedValue(ok(closedCaseView));
      k['cases.reopen'].mockResolvedValue(fail('CASE_NOT_CLOSED'));
    });
    await user.type(screen.getByLabelText('Warum wird der Fall wieder eröffnet?'), 'Zurück{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Der Fall ist nicht abgeschlossen.');
  });

  it('passes the case, the person and the closed state to the sections', async () => {
    await openCaseAt('overview', (k) => k['cases.get'].mockResolvedValue(ok(closedCaseView)));
    // The overview of a closed case offers nothing to change (the case file and the Art. 15 information only read).
    await screen.findByRole('heading', { level: 3, name: 'Verlauf' });
    const section = screen.getByRole('region', { name: 'Überblick' });
    expect(
      within(section)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Alle Angaben zur Person', 'Verlauf als PDF speichern', 'Auskunft als PDF speichern', 'Auskunft als JSON-Datei speichern']);
    expect(within(section).queryByRole('textbox')).toBeNull();
  });

  it('drops the case from the screen on lock, also answers that arrive afterwards', async () => {
    let answer: (value: Awaited<ReturnType<FakeKim['cases.timeline']>>) => void = () => {};
    const { emit } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'overview' }, (k) =>
      k['cases.timeline'].mockReturnValue(new Promise((resolve) => (answer = resolve))),
    );
    await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
    act(() => emit({ name: 'locked', reason: 'idle' }));
    await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' });
    await act(async () => answer(ok([])));
    expect(document.body.textContent).not.toContain('Haddad');
    expect(document.body.textContent).not.toContain('2026-0007');
  });

  it('has no axe violations: overview, closure form, closed case', async () => {
    const { user } = await openCaseAt();
    await screen.findByRole('heading', { level: 3, name: 'Verlauf' });
    await screen.findByText('Fall eröffnet');
    expect(await axeViolations()).toEqual([]);
    await user.click(sectionButton('Abschluss'));
    await screen.findByLabelText('Ergebnis: Eigene Wohnung finden (Wohnen)');
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations for a closed case', async () => {
    await openCaseAt('closure', (k) => k['cases.get'].mockResolvedValue(ok(closedCaseView)));
    await screen.findByLabelText('Warum wird der Fall wieder eröffnet?');
    expect(await axeViolations()).toEqual([]);
  });
});
