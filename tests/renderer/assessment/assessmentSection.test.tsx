import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentSection } from '../../../renderer/features/assessment/AssessmentSection';
import { fail, ok } from '../fakeKim';
import { CASE_ID, comparison, firstDetail, firstSummary, reDetail, reSummary, renderSection, status, violations } from './fixtures';

// The section is tested on its own; the whole app (and what others build in it) stays out.
vi.mock('../../../renderer/App', () => ({ App: () => null }));

const noAssessment = status({ lastAssessmentDate: null, dueDate: null });

function renderEmpty(props = {}) {
  return renderSection(
    AssessmentSection,
    (kim) => {
      kim['assessment.list'].mockResolvedValue(ok([]));
      kim['reassessment.status'].mockResolvedValue(ok(noAssessment));
    },
    props,
  );
}

function renderWithFirst(props = {}) {
  return renderSection(
    AssessmentSection,
    (kim) => {
      kim['assessment.list'].mockResolvedValue(ok([firstSummary]));
      kim['reassessment.status'].mockResolvedValue(ok(status({ overdue: true })));
      kim['assessment.get'].mockImplementation(async ({ assessmentId }) => ok(assessmentId === 'as-2' ? reDetail : firstDetail));
      kim['reassessment.template'].mockResolvedValue(ok({ previousAssessmentId: 'as-1', previousDate: firstSummary.date, entries: firstDetail.entries }));
      kim['reassessment.compare'].mockResolvedValue(ok(comparison));
    },
    props,
  );
}

describe('AssessmentSection', () => {
  it('lists the assessments newest first with kind and date, and the re-assessment status', async () => {
    const app = renderSection(AssessmentSection, (kim) => {
      kim['assessment.list'].mockResolvedValue(ok([reSummary, firstSummary]));
      kim['reassessment.status'].mockResolvedValue(ok(status({ dueDate: '2027-03-10', overdue: false })));
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Assessment' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Bisherige Assessments' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('10.09.2026Re-Assessment2'), expect.stringContaining('02.03.2026Assessment2')]);
    expect(screen.getByText(/Fällig am 10.03.2027\./)).toBeTruthy();
    expect(screen.getByText('Es ist noch nicht überfällig.')).toBeTruthy();
    expect(screen.getByText('Rhythmus: alle 6 Monate, wie in den Einstellungen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Re-Assessment erfassen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Assessment erfassen' })).toBeNull();
    expect(app.kim['assessment.list']).toHaveBeenCalledWith({ caseId: CASE_ID });
  });

  it('records a first assessment: only the chosen life areas are sent', async () => {
    const { kim, user, onChanged } = renderEmpty();
    kim['assessment.create'].mockResolvedValue(ok(firstDetail));
    kim['assessment.get'].mockResolvedValue(ok(firstDetail));
    expect(await screen.findByText('Für diesen Fall ist noch kein Assessment erfasst.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Assessment erfassen' }));

    const heading = screen.getByRole('heading', { level: 3, name: 'Assessment erfassen' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByLabelText<HTMLInputElement>('Datum des Assessments').value).toBe('21.11.2026');
    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Assessment speichern' });
    expect(submit.disabled).toBe(true);
    expect(screen.getByText('Bitte erfassen Sie mindestens einen Lebensbereich.')).toBeTruthy();

    const date = screen.getByLabelText('Datum des Assessments');
    await user.clear(date);
    await user.type(date, '02.03.2026');
    await user.click(screen.getByLabelText('Wohnen: in diesem Assessment erfassen'));
    const wohnen = screen.getByRole('group', { name: 'Wohnen' });
    expect(screen.getByText('Bitte wählen Sie für „Wohnen“ die Situation.')).toBeTruthy();
    const situation = within(wohnen).getByRole('group', { name: 'Wie ist die Situation?' });
    expect(
      within(situation)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      '1 – akute Krise – sofortiger Handlungsbedarf',
      '2 – erhebliche Probleme – Unterstützung dringend nötig',
      '3 – instabil – Unterstützung nötig',
      '4 – weitgehend stabil – gelegentliche Unterstützung',
      '5 – stabil und selbstständig',
    ]);
    await user.click(within(situation).getByLabelText('2 – erhebliche Probleme – Unterstützung dringend nötig'));
    await user.type(within(wohnen).getByLabelText('Bedarfe (was gebraucht wird)'), 'Eigene Wohnung');
    await user.type(within(wohnen).getByLabelText('Ressourcen (was gut läuft, was die Person selbst kann)'), '  ');
    expect(screen.getByText('Bitte wählen Sie für „Wohnen“ die Dringlichkeit.')).toBeTruthy();
    await user.selectOptions(within(wohnen).getByLabelText('Dringlichkeit'), 'hoch');
    await user.selectOptions(within(wohnen).getByLabelText('Zuständige Stelle / Rechtskreis'), 'Ausländerbehörde');
    // Sprache is started, then left out again: nothing of it is sent.
    await user.click(screen.getByLabelText('Sprache: in diesem Assessment erfassen'));
    const sprache = screen.getByRole('group', { name: 'Sprache' });
    await user.click(within(sprache).getByLabelText('3 – instabil – Unterstützung nötig'));
    await user.selectOptions(within(sprache).getByLabelText('Dringlichkeit'), 'niedrig');
    await user.click(screen.getByLabelText('Sprache: in diesem Assessment erfassen'));
    expect(within(sprache).queryByLabelText('Dringlichkeit')).toBeNull();
    await user.click(submit);

    expect(kim['assessment.create']).toHaveBeenCalledWith({
      caseId: CASE_ID,
      date: '2026-03-02',
      entries: [{ lifeAreaId: 'la-wohnen', situation: 2, resources: null, needs: 'Eigene Wohnung', urgency: 'hoch', responsibleService: 'abh' }],
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'Assessment vom 02.03.2026' })).toBeTruthy();
    expect(screen.getByText('Das Assessment ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(kim['assessment.list']).toHaveBeenCalledTimes(2);
  });

  it('shows the German error of a failed save next to the form', async () => {
    const { kim, user, onChanged } = renderWithFirst();
    kim['assessment.create'].mockResolvedValue(fail('ASSESSMENT_BEFORE_PREVIOUS'));
    await user.click(await screen.findByRole('button', { name: 'Re-Assessment erfassen' }));
    await user.click(await screen.findByRole('button', { name: 'Assessment speichern' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Das Datum liegt vor dem letzten Assessment dieses Falls. Ein Re-Assessment kommt immer danach. Bitte prüfen Sie das Datum.',
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Re-Assessment erfassen' })).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('prefills a re-assessment from the last one and shows what changed after saving', async () => {
    const { kim, user, onChanged } = renderWithFirst();
    kim['assessment.create'].mockResolvedValue(ok(reDetail));
    expect(await screen.findByText('Das Re-Assessment ist überfällig.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Re-Assessment erfassen' }));
    expect(await screen.findByText(/Die Angaben aus dem Assessment vom 02.03.2026 sind schon eingetragen/)).toBeTruthy();
    expect(kim['reassessment.template']).toHaveBeenCalledWith({ caseId: CASE_ID });

    const wohnen = screen.getByRole('group', { name: 'Wohnen' });
    expect(within(wohnen).getByLabelText<HTMLInputElement>('Wohnen: in diesem Assessment erfassen').checked).toBe(true);
    expect(within(wohnen).getByLabelText<HTMLInputElement>('2 – erhebliche Probleme – Unterstützung dringend nötig').checked).toBe(true);
    expect(within(wohnen).getByLabelText<HTMLTextAreaElement>('Bedarfe (was gebraucht wird)').value).toBe('Eigene Wohnung');
    expect(within(wohnen).getByLabelText<HTMLSelectElement>('Dringlichkeit').value).toBe('hoch');
    expect(screen.getByLabelText<HTMLInputElement>('Ausbildung und Arbeit: in diesem Assessment erfassen').checked).toBe(false);

    await user.click(within(wohnen).getByLabelText('4 – weitgehend stabil – gelegentliche Unterstützung'));
    await user.selectOptions(within(wohnen).getByLabelText('Dringlichkeit'), 'mittel');
    const date = screen.getByLabelText('Datum des Assessments');
    await user.clear(date);
    await user.type(date, '10.09.2026{Enter}');

    expect(kim['assessment.create']).toHaveBeenCalledWith({
      caseId: CASE_ID,
      date: '2026-09-10',
      entries: [
        { lifeAreaId: 'la-wohnen', situation: 4, resources: null, needs: 'Eigene Wohnung', urgency: 'mittel', responsibleService: 'keine' },
        { lifeAreaId: 'la-sprache', situation: 3, resources: 'Besucht Integrationskurs', needs: null, urgency: 'mittel', responsibleService: 'keine' },
      ],
    });
    const changes = await screen.findByRole('table', { name: 'Was sich verändert hat' });
    expect(kim['reassessment.compare']).toHaveBeenCalledWith({ assessmentId: 'as-2' });
    const wohnenRow = within(changes).getByRole('row', { name: /Wohnen/ });
    expect(
      within(wohnenRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2 – erhebliche Probleme', '4 – weitgehend stabil', 'besser', 'Dringlichkeit']);
    const spracheRow = within(changes).getByRole('row', { name: /Sprache/ });
    expect(
      within(spracheRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3 – instabil', '3 – instabil', 'gleich', 'Ressourcen']);
    // The focus moves to the saved assessment after it is drawn: on a busy machine that is a moment later.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Re-Assessment vom 10.09.2026' })));
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('shows one assessment with all its entries', async () => {
    const { kim, user } = renderWithFirst();
    await user.click(await screen.findByRole('button', { name: 'Ansehen: Assessment vom 02.03.2026' }));
    const heading = await screen.findByRole('heading', { level: 3, name: 'Assessment vom 02.03.2026' });
    expect(kim['assessment.get']).toHaveBeenCalledWith({ assessmentId: 'as-1' });
    expect(kim['reassessment.compare']).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('heading', { level: 4, name: 'Wohnen' })).toBeTruthy();
    expect(screen.getByText('2 von 5 – erhebliche Probleme')).toBeTruthy();
    expect(screen.getByText('Eigene Wohnung')).toBeTruthy();
    expect(screen.getByText('Besucht Integrationskurs')).toBeTruthy();
    expect(screen.getByText('hoch')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ansicht schließen' }));
    expect(screen.queryByRole('heading', { level: 3, name: 'Assessment vom 02.03.2026' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Bisherige Assessments' }));
  });

  it('shows the error when an assessment cannot be loaded', async () => {
    const { kim, user } = renderWithFirst();
    kim['assessment.get'].mockResolvedValue(fail('ASSESSMENT_NOT_FOUND'));
    await user.click(await screen.findByRole('button', { name: 'Ansehen: Assessment vom 02.03.2026' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Dieses Assessment gibt es nicht.');
  });

  it('sets the case cadence, and back to the setting', async () => {
    const { kim, user, onChanged } = renderWithFirst();
    kim['reassessment.setCadence'].mockResolvedValueOnce(ok(status({ caseMonths: 3, months: 3, dueDate: '2026-06-02', overdue: true })));
    const cadence = await screen.findByLabelText<HTMLSelectElement>('Rhythmus für diesen Fall');
    expect(cadence.value).toBe('default');
    await user.selectOptions(cadence, 'alle 3 Monate');
    await user.click(screen.getByRole('button', { name: 'Rhythmus speichern' }));
    expect(kim['reassessment.setCadence']).toHaveBeenCalledWith({ caseId: CASE_ID, months: 3 });
    expect(await screen.findByText('Rhythmus: alle 3 Monate, für diesen Fall festgelegt.')).toBeTruthy();
    expect(screen.getByText(/Fällig am 02.06.2026\./)).toBeTruthy();
    expect(screen.getByText('Der Rhythmus ist gespeichert.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);

    kim['reassessment.setCadence'].mockResolvedValueOnce(fail('CASE_CLOSED'));
    await user.selectOptions(cadence, 'wie in den Einstellungen');
    await user.click(screen.getByRole('button', { name: 'Rhythmus speichern' }));
    expect(kim['reassessment.setCadence']).toHaveBeenLastCalledWith({ caseId: CASE_ID, months: null });
    expect((await screen.findByRole('alert')).textContent).toBe((await import('../../../electron/contract/errors')).errorMessages.CASE_CLOSED);
  });

  it('is read-only for a closed case, but assessments can still be viewed', async () => {
    const { user } = renderWithFirst({ closed: true });
    expect(await screen.findByText('Dieser Fall ist abgeschlossen. Sie können alles ansehen, aber nichts mehr ändern.')).toBeTruthy();
    await screen.findByRole('table', { name: 'Bisherige Assessments' });
    expect(await screen.findByText('Rhythmus: alle 6 Monate, wie in den Einstellungen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Re-Assessment erfassen' })).toBeNull();
    expect(screen.queryByLabelText('Rhythmus für diesen Fall')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rhythmus speichern' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ansehen: Assessment vom 02.03.2026' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Assessment vom 02.03.2026' })).toBeTruthy();
  });

  it('shows the error when the list cannot be loaded', async () => {
    renderSection(AssessmentSection, (kim) => {
      kim['assessment.list'].mockResolvedValue(fail('CASE_NOT_FOUND'));
      kim['reassessment.status'].mockResolvedValue(fail('CASE_NOT_FOUND'));
    });
    expect((await screen.findByRole('alert')).textContent).toBe((await import('../../../electron/contract/errors')).errorMessages.CASE_NOT_FOUND);
  });

  it('keeps what is typed as the draft of the case’s next assessment, and a stored draft opens the form again', async () => {
    const first = renderEmpty();
    await first.user.click(await screen.findByRole('button', { name: 'Assessment erfassen' }));
    const wohnen = screen.getByRole('group', { name: 'Wohnen' });
    await first.user.click(within(wohnen).getByRole('checkbox', { name: 'Wohnen: in diesem Assessment erfassen' }));
    await first.user.type(within(wohnen).getByLabelText('Bedarfe (was gebraucht wird)'), 'Eigene Wohnung');
    await waitFor(() => expect(first.kim['drafts.save']).toHaveBeenCalled());
    const saved = first.kim['drafts.save'].mock.calls.at(-1)?.[0];
    expect(saved).toMatchObject({ key: `assessment:new:${CASE_ID}`, caseId: CASE_ID });
    first.view.unmount();

    renderSection(AssessmentSection, (kim) => {
      kim['assessment.list'].mockResolvedValue(ok([]));
      kim['reassessment.status'].mockResolvedValue(ok(noAssessment));
      kim['drafts.load'].mockImplementation(async ({ key }) =>
        ok(key === saved?.key ? { key, fields: saved.fields, route: '{}', savedAt: new Date(2026, 10, 21, 13, 50).toISOString() } : null),
      );
    });
    // No click: the form opens by itself, with what was typed.
    const again = await screen.findByRole('group', { name: 'Wohnen' });
    await waitFor(() => expect(within(again).getByLabelText<HTMLTextAreaElement>('Bedarfe (was gebraucht wird)').value).toBe('Eigene Wohnung'));
    expect(screen.getByText('Ihr Entwurf vom 21.11.2026, 13:50 wurde wiederhergestellt.')).toBeTruthy();
  });

  it('takes the date typed in German and refuses a day in the future', async () => {
    const { user } = renderEmpty();
    await user.click(await screen.findByRole('button', { name: 'Assessment erfassen' }));
    const wohnen = screen.getByRole('group', { name: 'Wohnen' });
    await user.click(within(wohnen).getByRole('checkbox', { name: 'Wohnen: in diesem Assessment erfassen' }));
    const date = screen.getByLabelText('Datum des Assessments');
    await user.clear(date);
    await user.type(date, '22.11.2026');
    expect(screen.getByText('Das Datum liegt in der Zukunft. Bitte geben Sie den Tag des Gesprächs ein.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Assessment speichern' }).disabled).toBe(true);
  });

  it('has no axe violations: list, form, detail with changes', async () => {
    const { kim, user } = renderWithFirst();
    kim['assessment.create'].mockResolvedValue(ok(reDetail));
    await screen.findByRole('table', { name: 'Bisherige Assessments' });
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Re-Assessment erfassen' }));
    await screen.findByText(/sind schon eingetragen/);
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Assessment speichern' }));
    await screen.findByRole('table', { name: 'Was sich verändert hat' });
    expect(await violations()).toEqual([]);
  });
});
