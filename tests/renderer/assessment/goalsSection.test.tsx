import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoalsSection } from '../../../renderer/features/goals/GoalsSection';
import { fail, ok, type FakeKim } from '../fakeKim';
import { TEST_TODAY } from '../testClock';
import { germanDay } from '../../../renderer/i18n/dates';
import { agreement, CASE_ID, documentLanguages, goal, partners, renderSection, violations } from './fixtures';

// The section is tested on its own; the whole app (and what others build in it) stays out.
vi.mock('../../../renderer/App', () => ({ App: () => null }));

const partnerStep = {
  id: 's-2',
  description: 'Termin beim Jobcenter',
  descriptionTranslation: null,
  responsible: 'partner' as const,
  responsibleLabel: 'Netzwerkpartner',
  partnerId: 'p-jc',
  partnerName: 'Jobcenter Kreis Coesfeld',
  dueDate: null,
  doneAt: '2026-03-20',
  sortOrder: 2,
};
const workGoal = goal({ id: 'g-2', lifeAreaId: 'la-arbeit', lifeAreaName: 'Ausbildung und Arbeit', title: 'Ausbildungsplatz finden', steps: [] });

function withData(kim: FakeKim) {
  kim['goal.list'].mockResolvedValue(ok([goal(), workGoal]));
  kim['documentTexts.languages'].mockResolvedValue(ok(documentLanguages));
  kim['partners.list'].mockResolvedValue(ok(partners));
  kim['agreement.list'].mockResolvedValue(
    ok([agreement({ id: 'ag-2', version: 2, date: '2026-04-01' }), agreement({ signedAt: '2026-03-06', superseded: true })]),
  );
}

function renderGoals(props = {}, configure: (kim: FakeKim) => void = () => {}) {
  return renderSection(
    GoalsSection,
    (kim) => {
      withData(kim);
      configure(kim);
    },
    props,
  );
}

const goalCard = (title: string) => screen.findByRole('article', { name: title });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GoalsSection: goals and steps', () => {
  it('shows goals under their life area with status and steps', async () => {
    const { kim } = renderGoals({}, (k) => k['goal.list'].mockResolvedValue(ok([goal({ steps: [...goal().steps, partnerStep] }), workGoal])));
    expect(screen.getByRole('heading', { level: 2, name: 'Ziele und Zielvereinbarung' })).toBeTruthy();
    const card = await goalCard('Eigene Wohnung finden');
    expect(kim['goal.list']).toHaveBeenCalledWith({ caseId: CASE_ID });
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Wohnen', 'Ausbildung und Arbeit']);
    expect(within(card).getByText('Status: offen')).toBeTruthy();
    const steps = within(card).getByRole('list', { name: 'Schritte zu „Eigene Wohnung finden“' });
    const [first, second] = within(steps).getAllByRole('listitem');
    expect(first!.textContent).toContain('Wohnberechtigungsschein beantragen');
    expect(first!.textContent).toContain('Wer: Klient:in');
    expect(first!.textContent).toContain('Bis: 30.04.2026');
    expect(first!.textContent).toContain('Noch offen');
    expect(second!.textContent).toContain('Wer: Netzwerkpartner – Jobcenter Kreis Coesfeld');
    expect(second!.textContent).toContain('Erledigt am 20.03.2026');
    expect(within(await goalCard('Ausbildungsplatz finden')).getByText('Noch keine Schritte.')).toBeTruthy();
  });

  it('changes the status of a goal', async () => {
    const { kim, user, onChanged } = renderGoals();
    kim['goal.update'].mockResolvedValue(ok(goal({ status: 'in_arbeit', statusLabel: 'in Arbeit' })));
    const card = await goalCard('Eigene Wohnung finden');
    await user.selectOptions(within(card).getByLabelText('Status des Ziels'), 'in Arbeit');
    await user.click(within(card).getByRole('button', { name: 'Status speichern' }));
    expect(kim['goal.update']).toHaveBeenCalledWith({ goalId: 'g-1', status: 'in_arbeit' });
    expect(await within(card).findByText('Status: in Arbeit')).toBeTruthy();
    expect(within(card).getByText('Der Status ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('shows the German error of a failed status change', async () => {
    const { kim, user, onChanged } = renderGoals();
    kim['goal.update'].mockResolvedValue(fail('GOAL_NOT_FOUND'));
    const card = await goalCard('Eigene Wohnung finden');
    await user.selectOptions(within(card).getByLabelText('Status des Ziels'), 'erreicht');
    await user.click(within(card).getByRole('button', { name: 'Status speichern' }));
    expect((await within(card).findByRole('alert')).textContent).toBe('Dieses Ziel gibt es nicht.');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('adds a goal in a life area', async () => {
    const { kim, user, onChanged } = renderGoals();
    const created = goal({ id: 'g-3', lifeAreaId: 'la-sprache', lifeAreaName: 'Sprache', title: 'B1-Kurs abschließen', steps: [] });
    kim['goal.create'].mockResolvedValue(ok(created));
    await goalCard('Eigene Wohnung finden');
    await user.click(screen.getByRole('button', { name: 'Ziel hinzufügen' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 4, name: 'Ziel hinzufügen' }));
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Ziel speichern' });
    expect(save.disabled).toBe(true);
    expect(screen.getByText('Bitte wählen Sie den Lebensbereich.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Lebensbereich'), 'Sprache');
    kim['goal.list'].mockResolvedValue(ok([goal(), created, workGoal]));
    await user.type(screen.getByLabelText('Ziel'), '  B1-Kurs abschließen {Enter}');
    expect(kim['goal.create']).toHaveBeenCalledWith({ caseId: CASE_ID, lifeAreaId: 'la-sprache', title: 'B1-Kurs abschließen', titleTranslation: null });
    const card = await goalCard('B1-Kurs abschließen');
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByRole('heading', { level: 5 })));
    expect(screen.getByText('Das Ziel ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('shows the German error of a failed goal', async () => {
    const { kim, user } = renderGoals();
    kim['goal.create'].mockResolvedValue(fail('LIFE_AREA_INACTIVE'));
    await user.click(await screen.findByRole('button', { name: 'Ziel hinzufügen' }));
    await user.selectOptions(screen.getByLabelText('Lebensbereich'), 'Wohnen');
    await user.type(screen.getByLabelText('Ziel'), 'Umzug{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Dieser Lebensbereich wird nicht mehr verwendet. Bitte wählen Sie einen anderen.');
  });

  it('adds a step for a network partner: the partner is required', async () => {
    const { kim, user, onChanged } = renderGoals();
    kim['goal.addStep'].mockResolvedValue(ok(workGoal));
    const card = await goalCard('Ausbildungsplatz finden');
    await user.click(within(card).getByRole('button', { name: 'Schritt hinzufügen: Ausbildungsplatz finden' }));
    const form = within(card).getByRole('group', { name: 'Neuer Schritt zu „Ausbildungsplatz finden“' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Was ist zu tun?'));
    await user.type(within(form).getByLabelText('Was ist zu tun?'), 'Beratung zur Ausbildung');
    await user.click(within(form).getByLabelText('Netzwerkpartner'));
    const save = within(card).getByRole<HTMLButtonElement>('button', { name: 'Schritt speichern' });
    expect(save.disabled).toBe(true);
    expect(within(card).getByText('Bitte wählen Sie den Netzwerkpartner.')).toBeTruthy();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Netzwerkpartner' }), 'Jobcenter Kreis Coesfeld (Coesfeld)');
    await user.type(within(form).getByLabelText('Bis wann? (optional)'), '15.05.2026');
    await user.click(save);
    expect(kim['goal.addStep']).toHaveBeenCalledWith({
      goalId: 'g-2',
      description: 'Beratung zur Ausbildung',
      descriptionTranslation: null,
      responsible: 'partner',
      partnerId: 'p-jc',
      dueDate: '2026-05-15',
    });
    expect(await within(card).findByText('Der Schritt ist gespeichert.')).toBeTruthy();
    expect(within(card).queryByRole('group', { name: /Neuer Schritt/ })).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('keeps the step form with the German error when the step is refused', async () => {
    const { kim, user } = renderGoals();
    kim['goal.addStep'].mockResolvedValue(fail('STEP_PARTNER_REQUIRED'));
    const card = await goalCard('Ausbildungsplatz finden');
    await user.click(within(card).getByRole('button', { name: /Schritt hinzufügen/ }));
    await user.type(within(card).getByLabelText('Was ist zu tun?'), 'Lebenslauf schreiben');
    await user.click(within(card).getByLabelText('Klient:in'));
    await user.click(within(card).getByRole('button', { name: 'Schritt speichern' }));
    expect(kim['goal.addStep']).toHaveBeenCalledWith({
      goalId: 'g-2',
      description: 'Lebenslauf schreiben',
      descriptionTranslation: null,
      responsible: 'klient',
      partnerId: null,
      dueDate: null,
    });
    expect((await within(card).findByRole('alert')).textContent).toBe('Bitte wählen Sie den Netzwerkpartner, der diesen Schritt übernimmt.');
    expect(within(card).getByRole('group', { name: /Neuer Schritt/ })).toBeTruthy();
  });

  it('changes a step', async () => {
    const { kim, user } = renderGoals();
    kim['goal.updateStep'].mockResolvedValue(ok(goal()));
    const card = await goalCard('Eigene Wohnung finden');
    await user.click(within(card).getByRole('button', { name: 'Ändern: Wohnberechtigungsschein beantragen' }));
    const form = within(card).getByRole('group', { name: 'Schritt ändern: Wohnberechtigungsschein beantragen' });
    expect(within(form).getByLabelText<HTMLInputElement>('Klient:in').checked).toBe(true);
    expect(within(form).getByLabelText<HTMLInputElement>('Bis wann? (optional)').value).toBe('30.04.2026');
    await user.click(within(form).getByLabelText('Case Management'));
    await user.clear(within(form).getByLabelText('Bis wann? (optional)'));
    await user.click(within(card).getByRole('button', { name: 'Schritt speichern' }));
    expect(kim['goal.updateStep']).toHaveBeenCalledWith({
      stepId: 's-1',
      description: 'Wohnberechtigungsschein beantragen',
      descriptionTranslation: null,
      responsible: 'case_management',
      partnerId: null,
      dueDate: null,
    });
  });

  it('marks a step done today and opens it again', async () => {
    const { kim, user, onChanged } = renderGoals();
    const done = goal({ steps: [{ ...goal().steps[0]!, doneAt: TEST_TODAY }] });
    kim['goal.completeStep'].mockResolvedValueOnce(ok(done)).mockResolvedValueOnce(ok(goal()));
    const card = await goalCard('Eigene Wohnung finden');
    await user.click(within(card).getByRole('button', { name: 'Erledigt: Wohnberechtigungsschein beantragen' }));
    expect(kim['goal.completeStep']).toHaveBeenCalledWith({ stepId: 's-1', doneAt: TEST_TODAY });
    await user.click(await within(card).findByRole('button', { name: 'Wieder öffnen: Wohnberechtigungsschein beantragen' }));
    expect(kim['goal.completeStep']).toHaveBeenLastCalledWith({ stepId: 's-1', doneAt: null });
    expect(await within(card).findByText('Noch offen')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('shows the error of a refused completion', async () => {
    const { kim, user } = renderGoals();
    kim['goal.completeStep'].mockResolvedValue(fail('DATE_IN_FUTURE'));
    const card = await goalCard('Eigene Wohnung finden');
    await user.click(within(card).getByRole('button', { name: /^Erledigt/ }));
    expect((await within(card).findByRole('alert')).textContent).toBe((await import('../../../electron/contract/errors')).errorMessages.DATE_IN_FUTURE);
  });
});

describe('GoalsSection: Zielvereinbarung', () => {
  it('lists the versions with date and signature', async () => {
    renderGoals();
    const table = await screen.findByRole('table', { name: 'Zielvereinbarung' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Fassung 2');
    expect(rows[0]!.textContent).toContain('01.04.2026');
    expect(rows[0]!.textContent).toContain('Noch nicht unterschrieben.');
    expect(within(rows[0]!).getByRole('button', { name: 'Unterschrift erfassen (Fassung 2)' })).toBeTruthy();
    expect(rows[1]!.textContent).toContain('Unterschrieben am 06.03.2026. Kann nicht mehr geändert werden.');
    expect(within(rows[1]!).queryByRole('button', { name: /Unterschrift erfassen/ })).toBeNull();
  });

  it('creates a new version and shows the error when there is no goal', async () => {
    const { kim, user, onChanged } = renderGoals({}, (k) => k['agreement.list'].mockResolvedValue(ok([])));
    kim['agreement.create'].mockResolvedValueOnce(fail('AGREEMENT_WITHOUT_GOALS'));
    expect(await screen.findByText('Es gibt noch keine Zielvereinbarung.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Datum der Zielvereinbarung').value).toBe(germanDay(TEST_TODAY));
    await user.click(screen.getByRole('button', { name: 'Zielvereinbarung erstellen' }));
    expect(kim['agreement.create']).toHaveBeenCalledWith({ caseId: CASE_ID, date: TEST_TODAY });
    expect((await screen.findByRole('alert')).textContent).toBe('Eine Zielvereinbarung braucht mindestens ein Ziel.');
    expect(onChanged).not.toHaveBeenCalled();

    kim['agreement.create'].mockResolvedValueOnce(ok({ ...agreement(), snapshot: { goals: [] } }));
    kim['agreement.list'].mockResolvedValue(ok([agreement()]));
    const date = screen.getByLabelText('Datum der Zielvereinbarung');
    await user.clear(date);
    await user.type(date, '06.03.2026{Enter}');
    expect(kim['agreement.create']).toHaveBeenLastCalledWith({ caseId: CASE_ID, date: '2026-03-06' });
    expect(await screen.findByText('Fassung 1 der Zielvereinbarung ist erstellt.')).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Fassung 1' })).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('records the signature of the latest version', async () => {
    const { kim, user, onChanged } = renderGoals();
    kim['agreement.sign'].mockResolvedValueOnce(fail('SIGNED_BEFORE_AGREEMENT'));
    await user.click(await screen.findByRole('button', { name: 'Unterschrift erfassen (Fassung 2)' }));
    const form = screen.getByRole('group', { name: 'Unterschrift für Fassung 2' });
    const date = within(form).getByLabelText<HTMLInputElement>('Datum der Unterschrift');
    expect(date.value).toBe(germanDay(TEST_TODAY));
    expect(document.activeElement).toBe(date);
    await user.clear(date);
    await user.type(date, '01.03.2026{Enter}');
    expect(kim['agreement.sign']).toHaveBeenCalledWith({ agreementId: 'ag-2', signedAt: '2026-03-01' });
    expect((await screen.findByRole('alert')).textContent).toBe('Das Datum der Unterschrift liegt vor dem Datum der Zielvereinbarung. Bitte prüfen Sie es.');

    kim['agreement.sign'].mockResolvedValueOnce(ok({ ...agreement({ id: 'ag-2', version: 2, signedAt: '2026-04-02' }), snapshot: { goals: [] } }));
    kim['agreement.list'].mockResolvedValue(ok([agreement({ id: 'ag-2', version: 2, date: '2026-04-01', signedAt: '2026-04-02' })]));
    await user.clear(date);
    await user.type(date, '02.04.2026');
    await user.click(screen.getByRole('button', { name: 'Unterschrift speichern' }));
    expect(kim['agreement.sign']).toHaveBeenLastCalledWith({ agreementId: 'ag-2', signedAt: '2026-04-02' });
    expect(await screen.findByText('Die Unterschrift für Fassung 2 ist gespeichert.')).toBeTruthy();
    expect(await screen.findByText('Unterschrieben am 02.04.2026. Kann nicht mehr geändert werden.')).toBeTruthy();
    expect(screen.getByText(/erstellen Sie bitte eine neue Fassung/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Unterschrift erfassen/ })).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('saves a version as PDF through a download link', async () => {
    const { kim, user } = renderGoals();
    const bytes = new Uint8Array([37, 80, 68, 70]);
    kim['agreement.pdf'].mockResolvedValue(ok({ fileName: 'Zielvereinbarung-2026-0001-Fassung-1.pdf', bytes }));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:kim/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await user.click(await screen.findByRole('button', { name: 'Als PDF speichern (Fassung 1)' }));
    // No language of the person is in the catalogue: German in Leichte Sprache.
    expect(kim['agreement.pdf']).toHaveBeenCalledWith({ agreementId: 'ag-1', language: 'de-x-leicht' });
    expect(await screen.findByText(/Das PDF ist erstellt: Zielvereinbarung-2026-0001-Fassung-1\.pdf\./)).toBeTruthy();
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/pdf');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(bytes);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('Zielvereinbarung-2026-0001-Fassung-1.pdf');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:kim/1');
    expect(clicked[0]!.isConnected).toBe(false);
  });

  it('offers the latest unsigned version to print for signing first, then to record the signature', async () => {
    const { kim, user } = renderGoals();
    kim['agreement.pdf'].mockResolvedValue(ok({ fileName: 'Zielvereinbarung_2026-0001_Fassung-2_zum-Unterschreiben.pdf', bytes: new Uint8Array([37]) }));
    URL.createObjectURL = vi.fn(() => 'blob:kim/2');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const table = await screen.findByRole('table', { name: 'Zielvereinbarung' });
    const [latest, older] = within(table).getAllByRole('row').slice(1);
    // In the row of the version to sign: print first, then record the signature.
    const names = (row: HTMLElement) =>
      within(row)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names(latest!)).toEqual(['Zum Unterschreiben drucken (Fassung 2)', 'Unterschrift erfassen (Fassung 2)']);
    expect(names(older!)).toEqual(['Als PDF speichern (Fassung 1)']);
    expect(screen.getByText(/Drucken Sie die Fassung aus und lassen Sie sie/)).toBeTruthy();
    await user.click(within(latest!).getByRole('button', { name: 'Zum Unterschreiben drucken (Fassung 2)' }));
    expect(kim['agreement.pdf']).toHaveBeenCalledWith({ agreementId: 'ag-2', language: 'de-x-leicht' });
    await screen.findByText(/Das PDF ist erstellt: Zielvereinbarung_2026-0001_Fassung-2_zum-Unterschreiben\.pdf\./);
    await user.click(within(latest!).getByRole('button', { name: 'Unterschrift erfassen (Fassung 2)' }));
    expect(screen.getByText('Erfassen Sie die Unterschrift, wenn die gedruckte Fassung von beiden unterschrieben ist.')).toBeTruthy();
  });

  it('shows the error of a failed PDF', async () => {
    const { kim, user } = renderGoals();
    kim['agreement.pdf'].mockResolvedValue(fail('AGREEMENT_NOT_FOUND'));
    await user.click(await screen.findByRole('button', { name: 'Zum Unterschreiben drucken (Fassung 2)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Diese Zielvereinbarung gibt es nicht.');
  });
});

describe('GoalsSection: the agreement first, finished goals folded', () => {
  const reached = goal({
    id: 'g-3',
    title: 'Deutschkurs A2 abschließen',
    status: 'erreicht',
    statusLabel: 'erreicht',
    steps: goal().steps.map((step) => ({ ...step, id: 's-3', doneAt: '2026-03-20' })),
  });
  const givenUp = goal({ id: 'g-4', title: 'Führerschein machen', status: 'verworfen', statusLabel: 'verworfen', steps: [] });

  it('puts the Zielvereinbarung before the goals', async () => {
    renderGoals();
    const agreements = await screen.findByRole('heading', { level: 3, name: 'Zielvereinbarung' });
    const goals = screen.getByRole('heading', { level: 3, name: 'Ziele' });
    expect(agreements.compareDocumentPosition(goals) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('folds a reached or given-up goal to one line after the open ones, and opens it on demand', async () => {
    const { user } = renderGoals({}, (k) => k['goal.list'].mockResolvedValue(ok([reached, goal(), givenUp, workGoal])));
    const folded = await goalCard('Deutschkurs A2 abschließen');
    const toggle = within(folded).getByRole('button', { name: /^Deutschkurs A2 abschließen/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('erreicht · 1 von 1 Schritt erledigt');
    expect(within(folded).queryByLabelText('Status des Ziels')).toBeNull();
    expect(within(folded).queryByRole('list')).toBeNull();
    expect(within(await goalCard('Führerschein machen')).getByRole('button').textContent).toContain('verworfen');
    // Open goals keep their form; the finished one comes after the open one of its life area.
    const open = await goalCard('Eigene Wohnung finden');
    expect(within(open).getByLabelText('Status des Ziels')).toBeTruthy();
    expect(open.compareDocumentPosition(folded) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(toggle);
    const opened = await goalCard('Deutschkurs A2 abschließen');
    expect(
      within(opened)
        .getByRole('button', { name: /^Deutschkurs A2 abschließen/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(within(opened).getByLabelText('Status des Ziels')).toBeTruthy();
    expect(within(opened).getByText('Status: erreicht')).toBeTruthy();
    await user.click(within(opened).getByRole('button', { name: /^Deutschkurs A2 abschließen/ }));
    expect(within(await goalCard('Deutschkurs A2 abschließen')).queryByLabelText('Status des Ziels')).toBeNull();
    expect(await violations()).toEqual([]);
  });
});

describe('GoalsSection: closed case and accessibility', () => {
  it('is read-only for a closed case, the PDF stays available', async () => {
    renderGoals({ closed: true });
    expect(await screen.findByText('Dieser Fall ist abgeschlossen. Sie können alles ansehen, aber nichts mehr ändern.')).toBeTruthy();
    const card = await goalCard('Eigene Wohnung finden');
    expect(within(card).getByText('Wohnberechtigungsschein beantragen')).toBeTruthy();
    await screen.findByRole('table', { name: 'Zielvereinbarung' });
    for (const name of [
      /Ziel hinzufügen/,
      /Status speichern/,
      /Schritt hinzufügen/,
      /^Erledigt/,
      /^Ändern/,
      /Unterschrift erfassen/,
      /Zielvereinbarung erstellen/,
    ]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByLabelText('Status des Ziels')).toBeNull();
    expect(screen.getByRole('button', { name: 'Zum Unterschreiben drucken (Fassung 2)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Als PDF speichern (Fassung 1)' })).toBeTruthy();
  });

  it('has no axe violations: goals, step form, add-goal form and signature form', async () => {
    const { user } = renderGoals();
    const card = await goalCard('Ausbildungsplatz finden');
    await screen.findByRole('table', { name: 'Zielvereinbarung' });
    expect(await violations()).toEqual([]);
    await user.click(within(card).getByRole('button', { name: /Schritt hinzufügen/ }));
    await user.click(within(card).getByLabelText('Netzwerkpartner'));
    await user.click(screen.getByRole('button', { name: 'Ziel hinzufügen' }));
    await user.click(screen.getByRole('button', { name: 'Unterschrift erfassen (Fassung 2)' }));
    expect(await violations()).toEqual([]);
  });
});

describe('GoalsSection: nothing typed is lost', () => {
  const draftOf =
    (wanted: string, fields: Record<string, unknown>) =>
    async ({ key }: { key: string }) =>
      ok(key === wanted ? { key, fields: JSON.stringify(fields), route: '{}', savedAt: new Date(2026, 10, 21, 13, 50).toISOString() } : null);

  it('keeps a new goal as a draft while typed, and opens the form with it again', async () => {
    const { kim, user } = renderGoals();
    await goalCard('Eigene Wohnung finden');
    await user.click(screen.getByRole('button', { name: 'Ziel hinzufügen' }));
    await user.type(screen.getByLabelText('Ziel'), 'Umzug in eine größere Wohnung');
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalled(), { timeout: 3000 });
    const saved = kim['drafts.save'].mock.calls.at(-1)![0] as { key: string; caseId: string; fields: string };
    expect(saved).toMatchObject({ key: `goal:new:${CASE_ID}`, caseId: CASE_ID });
    expect(JSON.parse(saved.fields)).toMatchObject({ title: 'Umzug in eine größere Wohnung' });
  });

  it('opens the new-goal form and the signature form with their drafts after a lock', async () => {
    renderGoals({}, (k) =>
      k['drafts.load'].mockImplementation(async ({ key }) =>
        key === `goal:new:${CASE_ID}`
          ? draftOf(key, { lifeAreaId: '', title: 'Vor dem Sperren geschrieben' })({ key })
          : draftOf('agreementSign:ag-2', { signedAt: '2026-04-02' })({ key }),
      ),
    );
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Ziel').value).toBe('Vor dem Sperren geschrieben'));
    const sign = await screen.findByRole('group', { name: 'Unterschrift für Fassung 2' });
    await waitFor(() => expect(within(sign).getByLabelText<HTMLInputElement>('Datum der Unterschrift').value).toBe('02.04.2026'));
    expect(screen.getAllByText('Ihr Entwurf vom 21.11.2026, 13:50 wurde wiederhergestellt.')).toHaveLength(2);
  });
});
