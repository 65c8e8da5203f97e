import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNavigation } from '../../../renderer/features/frame/navigation';
import { fail, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';
import { emptyToday, todayItem, todayOverview } from './todayFixtures';

const due = todayOverview([
  todayItem('followUp', {
    id: 'f1',
    title: 'Duldung läuft ab: ABH anrufen',
    dueDate: '2026-11-20',
    overdue: true,
    target: { caseId: 'c1', section: 'contacts' },
  }),
  todayItem('followUp', { id: 'f2', title: 'Jobcenter anrufen', caseNumber: '2026-0002', clientName: null, target: { caseId: 'c2', section: 'contacts' } }),
  todayItem('reassessment', {
    id: 'c3',
    title: 'Re-Assessment, das letzte war am 21.05.2026',
    clientName: 'Yonas Tesfaye',
    target: { caseId: 'c3', section: 'assessment' },
  }),
  todayItem('referralFeedback', {
    id: 'r1',
    title: 'Rückmeldung von Jobcenter Musterstadt fehlt (Vermittelt seit 06.11.2026)',
    dueDate: '2026-11-20',
    overdue: true,
    target: { caseId: 'c1', section: 'referrals' },
  }),
  todayItem('goalStep', {
    id: 's1',
    title: 'Lebenslauf schreiben (Ziel: Arbeit finden)',
    dueDate: '2026-11-10',
    overdue: true,
    target: { caseId: 'c4', section: 'goals' },
  }),
  todayItem('residence', { id: 'p1', title: 'Aufenthaltsdokument läuft ab', dueDate: '2027-01-16', target: { caseId: 'c5', section: 'overview' } }),
]);

function renderToday(configure: (kim: FakeKim) => void) {
  return renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 12 }));
      configure(kim);
    },
  });
}

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function followUpView(id: string, dueDate: string, doneAt: string | null) {
  return {
    id,
    caseId: 'c1',
    dueDate,
    title: 'Duldung läuft ab: ABH anrufen',
    source: 'manuell' as const,
    sourceLabel: 'Von Hand angelegt',
    sourceId: null,
    doneAt,
  };
}

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

describe('Heute', () => {
  it('loads what is due and shows each kind with its count, the items with case, name, date and overdue mark', async () => {
    const { kim } = renderToday((kim) => kim['today.items'].mockResolvedValue(ok(due)));
    const followUps = await screen.findByRole('region', { name: 'Wiedervorlagen (2)' });
    expect(kim['today.items']).toHaveBeenCalledWith({});
    expect(screen.getByRole('heading', { level: 1, name: 'Heute' })).toBeTruthy();
    expect(screen.getByText('Stand: 21.11.2026 · 6 Einträge sind fällig, 3 davon überfällig.')).toBeTruthy();
    const buttons = within(followUps).getAllByRole('button');
    // Each Wiedervorlage opens its case, and beside it can be done or postponed.
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Duldung läuft ab: ABH anrufenFall 2026-0001 · Amina HaddadFällig am 20.11.2026 · überfällig',
      'Erledigt',
      'Verschieben',
      'Jobcenter anrufenFall 2026-0002 · ohne NamenFällig am 21.11.2026',
      'Erledigt',
      'Verschieben',
    ]);
    // Other kinds open the case only.
    expect(within(screen.getByRole('region', { name: 'Re-Assessments (1)' })).getAllByRole('button')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Wiedervorlagen (2)',
      'Schritte der Zielvereinbarung über dem Termin (1)',
      'Re-Assessments (1)',
      'Vermittlungen ohne Rückmeldung (1)',
      'Aufenthaltsdokumente, die ablaufen (1)',
      'Zeiträume für „Heute“',
    ]);
    expect(within(screen.getByRole('region', { name: 'Aufenthaltsdokumente, die ablaufen (1)' })).getByRole('button').textContent).toContain(
      'Gültig bis 16.01.2027',
    );
    expect(screen.queryByRole('region', { name: /Aufgaben aus Fallkonferenzen/ })).toBeNull();
  });

  it.each([
    ['Duldung läuft ab: ABH anrufen', 'c1', 'contacts'],
    ['Re-Assessment, das letzte war am 21.05.2026', 'c3', 'assessment'],
    ['Rückmeldung von Jobcenter Musterstadt fehlt', 'c1', 'referrals'],
    ['Lebenslauf schreiben', 'c4', 'goals'],
    ['Aufenthaltsdokument läuft ab', 'c5', 'overview'],
  ])('opens the right place of the case: %s', async (title, caseId, section) => {
    const { user } = renderToday((kim) => kim['today.items'].mockResolvedValue(ok(due)));
    const button = await screen.findByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) });
    await user.click(button);
    expect(useNavigation.getState().route).toEqual({ page: 'cases', view: 'case', caseId, section });
  });

  it('marks a Wiedervorlage done where it is listed, and lists again', async () => {
    const { kim, user } = renderToday((kim) => {
      kim['today.items'].mockResolvedValue(ok(due));
      kim['followUps.markDone'].mockResolvedValue(ok(followUpView('f1', '2026-11-20', '2026-11-21T13:05:00.000Z')));
    });
    await user.click(await screen.findByRole('button', { name: 'Erledigt: Wiedervorlage „Duldung läuft ab: ABH anrufen“' }));
    expect(kim['followUps.markDone']).toHaveBeenCalledWith({ id: 'f1' });
    await waitFor(() => expect(screen.getByText('Die Wiedervorlage „Duldung läuft ab: ABH anrufen“ ist erledigt.')).toBeTruthy());
    expect(kim['today.items']).toHaveBeenCalledTimes(2);
    expect(useNavigation.getState().route).not.toMatchObject({ view: 'case' });
  });

  it('postpones a Wiedervorlage in place: a week ahead by default, typed German, never into the past', async () => {
    const { kim, user } = renderToday((kim) => {
      kim['today.items'].mockResolvedValue(ok(due));
      kim['followUps.postpone'].mockResolvedValue(ok(followUpView('f1', '2026-12-01', null)));
    });
    await user.click(await screen.findByRole('button', { name: 'Verschieben: Wiedervorlage „Duldung läuft ab: ABH anrufen“' }));
    const form = screen.getByRole('form', { name: '„Duldung läuft ab: ABH anrufen“ verschieben' });
    const date = within(form).getByLabelText<HTMLInputElement>('Neues Datum');
    // Overdue since 20.11.: a week after today (21.11.2026, the test clock).
    expect(date.value).toBe('28.11.2026');
    expect(document.activeElement).toBe(date);
    await user.clear(date);
    await user.type(date, '20.11.2026');
    const submit = within(form).getByRole<HTMLButtonElement>('button', { name: 'Verschieben' });
    expect(submit.disabled).toBe(true);
    expect(form.textContent).toContain('Das neue Datum liegt in der Vergangenheit.');
    await user.clear(date);
    await user.type(date, '01.12.2026');
    await user.click(submit);
    expect(kim['followUps.postpone']).toHaveBeenCalledWith({ followUpId: 'f1', dueDate: '2026-12-01' });
    await waitFor(() => expect(screen.getByText('Die Wiedervorlage „Duldung läuft ab: ABH anrufen“ ist auf den 01.12.2026 verschoben.')).toBeTruthy());
    expect(kim['today.items']).toHaveBeenCalledTimes(2);
  });

  it('closes the postpone form with Escape and gives the focus back to its button', async () => {
    const { kim, user } = renderToday((kim) => kim['today.items'].mockResolvedValue(ok(due)));
    const opener = await screen.findByRole('button', { name: 'Verschieben: Wiedervorlage „Jobcenter anrufen“' });
    await user.click(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    expect(await violations()).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: /verschieben/ })).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(kim['followUps.postpone']).not.toHaveBeenCalled();
  });

  it('shows the first 25 items of a long group and all of them on request', async () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      todayItem('goalStep', { id: `s${i}`, title: `Schritt ${i + 1}`, target: { caseId: `c${i}`, section: 'goals' } }),
    );
    const { user } = renderToday((kim) => kim['today.items'].mockResolvedValue(ok(todayOverview(many))));
    const region = await screen.findByRole('region', { name: 'Schritte der Zielvereinbarung über dem Termin (30)' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(25);
    await user.click(within(region).getByRole('button', { name: 'Alle 30 anzeigen' }));
    expect(within(region).getAllByRole('listitem')).toHaveLength(30);
    expect(within(region).queryByRole('button', { name: /^Alle/ })).toBeNull();
  });

  it('says plainly when nothing is due', async () => {
    renderToday((kim) => kim['today.items'].mockResolvedValue(ok(emptyToday)));
    expect(await screen.findByRole('heading', { level: 2, name: 'Heute ist nichts fällig' })).toBeTruthy();
    expect(screen.getByText('Stand: 21.11.2026')).toBeTruthy();
    expect(screen.queryAllByRole('region', { name: /\(\d+\)$/ })).toEqual([]);
  });

  it('shows the German reason when the list cannot be loaded, and loads again on request', async () => {
    const { kim, user } = renderToday((kim) => kim['today.items'].mockResolvedValue(fail('LOCKED')));
    expect((await screen.findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
    kim['today.items'].mockResolvedValue(ok(emptyToday));
    await user.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(await screen.findByRole('heading', { name: 'Heute ist nichts fällig' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the demo offer on the start screen of an empty store', async () => {
    renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(unlockedStatus));
        kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 0 }));
        kim['today.items'].mockResolvedValue(ok(emptyToday));
      },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Zum Ausprobieren: Demodaten' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Heute' })).toBeTruthy();
  });

  it('changes the two horizons, then lists again', async () => {
    const { kim, user } = renderToday((kim) => kim['today.items'].mockResolvedValue(ok(emptyToday)));
    kim['today.updateSettings'].mockResolvedValue(ok({ residenceHorizonWeeks: 12, referralFeedbackDays: 21 }));
    await user.click(await screen.findByText('Zeiträume einstellen'));
    const weeks = screen.getByLabelText('Aufenthaltsdokumente anzeigen, die in so vielen Wochen ablaufen');
    const days = screen.getByLabelText('Vermittlungen anzeigen, die so viele Tage ohne Rückmeldung sind');
    expect((weeks as HTMLInputElement).value).toBe('8');
    await user.clear(weeks);
    await user.type(weeks, '12');
    await user.clear(days);
    await user.type(days, '21{Enter}');
    expect(kim['today.updateSettings']).toHaveBeenCalledWith({ residenceHorizonWeeks: 12, referralFeedbackDays: 21 });
    await screen.findByText('Die Zeiträume sind gespeichert. Die Liste ist aktualisiert.');
    await waitFor(() => expect(kim['today.items']).toHaveBeenCalledTimes(2));
  });

  it('checks the horizons before sending, and shows the German reason of a refusal', async () => {
    const { kim, user } = renderToday((kim) => kim['today.items'].mockResolvedValue(ok(emptyToday)));
    await user.click(await screen.findByText('Zeiträume einstellen'));
    const weeks = screen.getByLabelText('Aufenthaltsdokumente anzeigen, die in so vielen Wochen ablaufen');
    await user.clear(weeks);
    await user.type(weeks, '60{Enter}');
    expect(screen.getAllByText('Bitte geben Sie eine ganze Zahl von 1 bis 52 ein.').length).toBeGreaterThan(0);
    expect(kim['today.updateSettings']).not.toHaveBeenCalled();
    kim['today.updateSettings'].mockResolvedValue(fail('LOCKED'));
    await user.clear(weeks);
    await user.type(weeks, '6{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
  });

  it('has no axe violations with items and the horizons form open', async () => {
    const { user } = renderToday((kim) => kim['today.items'].mockResolvedValue(ok(due)));
    await screen.findByRole('region', { name: 'Wiedervorlagen (2)' });
    await user.click(screen.getByText('Zeiträume einstellen'));
    expect(await violations()).toEqual([]);
  });

  it('has no axe violations when nothing is due', async () => {
    renderToday((kim) => kim['today.items'].mockResolvedValue(ok(emptyToday)));
    await screen.findByRole('heading', { name: 'Heute ist nichts fällig' });
    expect(await violations()).toEqual([]);
  });
});
