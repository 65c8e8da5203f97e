import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../electron/contract/areas/consultation';
import { useNavigation } from '../../../renderer/features/frame/navigation';
import { fail, ok } from '../fakeKim';
import { axeViolations, emptySummary, mohammed, queueEntry, registered, renderConsultation, session } from './consultationFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

const searchName = 'Name, Fallnummer oder Geburtsdatum';

async function running() {
  const field = await screen.findByRole('combobox', { name: searchName });
  await waitFor(() => expect(document.activeElement).toBe(field));
  return field;
}

describe('Sprechstunde: the waiting list', { timeout: 20_000 }, () => {
  it('adds a person with Enter and lists the queue in arrival order', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) => {
        kim['queue.list'].mockResolvedValue(ok([queueEntry('q1', 'Frau mit Kind')]));
        kim['queue.add'].mockResolvedValue(ok([queueEntry('q1', 'Frau mit Kind'), queueEntry('q2', 'Nummer 7', { arrivedAt: '2026-11-21T09:40:00' })]));
      },
    });
    await running();
    const list = await screen.findByRole('list', { name: 'Wartende in der Reihenfolge, in der sie kamen' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.keyboard('{Alt>}e{/Alt}');
    const field = screen.getByRole('textbox', { name: 'Wartende Person' });
    expect(document.activeElement).toBe(field);
    await user.keyboard('Nummer 7{Enter}');
    expect(kim['queue.add']).toHaveBeenCalledWith({ sessionId: 's1', label: 'Nummer 7' });
    await screen.findByText('Nummer 7 ist in der Warteliste.');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.consultation-hit-name')!.textContent),
    ).toEqual(['Frau mit Kind', 'Nummer 7']);
    expect(within(list).getAllByRole('listitem')[1]!.textContent).toContain('seit 09:40 Uhr');
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/· 2 warten$/)).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('calls a person: the label goes into the search and the contact carries the queue entry', async () => {
    const { kim, user } = renderConsultation({ configure: (kim) => kim['queue.list'].mockResolvedValue(ok([queueEntry('q1', 'Muhamad')])) });
    await running();
    await user.click(await screen.findByRole('button', { name: 'Aufrufen: Muhamad' }));
    const field = screen.getByRole('combobox', { name: searchName }) as HTMLInputElement;
    expect(field.value).toBe('Muhamad');
    expect(document.activeElement).toBe(field);
    expect(screen.getByText('Aufgerufen aus der Warteliste: Muhamad')).toBeTruthy();
    await screen.findByRole('listbox');
    kim['queue.list'].mockResolvedValue(ok([]));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Kontakt: Al-Hassan, Mohammed' });
    await user.keyboard('1{Enter}');
    await waitFor(() => expect(kim['sessions.logContact']).toHaveBeenCalledWith(expect.objectContaining({ personId: mohammed.personId, queueEntryId: 'q1' })));
    await screen.findByText('Niemand wartet.');
    expect(screen.queryByText(/Aufgerufen aus der Warteliste/)).toBeNull();
  });

  it('passes the called entry to a new person and a Kurzberatung', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) => {
        kim['queue.list'].mockResolvedValue(ok([queueEntry('q1', 'Rahimi'), queueEntry('q2', 'Nummer 8')]));
        kim['persons.find'].mockResolvedValue(ok([]));
        kim['sessions.registerPerson'].mockResolvedValue(ok(registered('p9', 'Rahimi, Sara')));
        kim['shortAdvice.record'].mockResolvedValue(
          ok({ id: 'a', at: '', lifeAreaId: 'la-wohnen', lifeAreaName: 'Wohnen', language: null, interpreterUsed: false }),
        );
      },
    });
    await running();
    await user.click(await screen.findByRole('button', { name: 'Aufrufen: Rahimi' }));
    await user.keyboard('{Alt>}n{/Alt}');
    expect(((await screen.findByRole('textbox', { name: 'Familienname' })) as HTMLInputElement).value).toBe('Rahimi');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['sessions.registerPerson']).toHaveBeenCalledWith(expect.objectContaining({ familyName: 'Rahimi', queueEntryId: 'q1' })));
    await screen.findByRole('heading', { level: 2, name: 'Kontakt: Rahimi, Sara' });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['sessions.logContact']).toHaveBeenCalledWith(expect.objectContaining({ personId: 'p9', queueEntryId: 'q1' })));

    await user.click(await screen.findByRole('button', { name: 'Aufrufen: Nummer 8' }));
    await user.keyboard('{Alt>}k{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Kurzberatung' });
    await user.keyboard('2{Enter}');
    await waitFor(() =>
      expect(kim['shortAdvice.record']).toHaveBeenCalledWith({
        sessionId: 's1',
        lifeAreaId: 'la-wohnen',
        language: null,
        interpreterUsed: false,
        queueEntryId: 'q2',
      }),
    );
  });

  it('removes an entry, and shows the German error of a failed change', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) => {
        kim['queue.list'].mockResolvedValue(ok([queueEntry('q1', 'Frau mit Kind')]));
        kim['queue.remove'].mockResolvedValue(ok([]));
        kim['queue.add'].mockResolvedValue(fail('QUEUE_FULL'));
      },
    });
    await running();
    await user.click(await screen.findByRole('button', { name: 'Entfernen: Frau mit Kind' }));
    expect(kim['queue.remove']).toHaveBeenCalledWith({ entryId: 'q1' });
    await screen.findByText('Niemand wartet.');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Wartende Person' }));
    await user.keyboard('Herr Ali{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Die Warteliste ist voll/);
  });
});

const ended: SessionSummary = emptySummary({
  session: { ...session, endedAt: '2026-11-21T11:30:00' },
  contacts: [
    {
      contactId: 'k1',
      at: '2026-11-21T09:20:00',
      personId: 'p1',
      personName: 'Al-Hassan, Mohammed',
      caseId: 'c1',
      caseNumber: '2026-0001',
      topics: ['Wohnen', 'Aufenthalt'],
      followUps: 1,
    },
    { contactId: 'k2', at: '2026-11-21T09:50:00', personId: 'p9', personName: 'Rahimi, Sara', caseId: null, caseNumber: null, topics: [], followUps: 0 },
  ],
  newPersons: [{ personId: 'p9', displayName: 'Rahimi, Sara', incomplete: true }],
  shortAdvice: {
    total: 3,
    byTopic: [
      { lifeAreaName: 'Wohnen', count: 2 },
      { lifeAreaName: 'Aufenthalt', count: 1 },
    ],
  },
  followUpsCreated: 1,
  stillWaiting: 2,
  totalMinutes: 40,
});

async function endHour() {
  const app = renderConsultation({ configure: (kim) => kim['sessions.end'].mockResolvedValue(ok(ended)) });
  await running();
  await app.user.click(screen.getByRole('button', { name: 'Sprechstunde beenden' }));
  const confirm = screen.getByRole('button', { name: 'Ja, Sprechstunde beenden' });
  expect(document.activeElement).toBe(confirm);
  expect(app.kim['sessions.end']).not.toHaveBeenCalled();
  await app.user.keyboard('{Enter}');
  await screen.findByRole('heading', { level: 1, name: 'Zusammenfassung der Sprechstunde' });
  return app;
}

describe('Sprechstunde: ending and the summary', { timeout: 20_000 }, () => {
  it('ends only after the confirm step; "Weiter beraten" goes back', async () => {
    const { kim, user } = renderConsultation();
    await running();
    await user.click(screen.getByRole('button', { name: 'Sprechstunde beenden' }));
    expect(screen.getByText(/Sprechstunde jetzt beenden\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Weiter beraten' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sprechstunde beenden' }));
    expect(kim['sessions.end']).not.toHaveBeenCalled();
  });

  it('shows the numbers, the contacts with their case, the new people, and starts anew', async () => {
    const { kim, user } = await endHour();
    expect(kim['sessions.end']).toHaveBeenCalledWith({ sessionId: 's1' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByText('GU Am Bahnhof (Kreisstadt), 21.11.2026, 09:05 bis 11:30 Uhr')).toBeTruthy();
    const counts = [...document.querySelectorAll('.consultation-count')].map(
      (n) => `${n.querySelector('dt')!.textContent}=${n.querySelector('dd')!.textContent}`,
    );
    expect(counts).toEqual(['Kontakte=2', 'Neue Personen=1', 'Kurzberatungen=3', 'Wiedervorlagen=1', 'Noch wartend=2', 'Beratungszeit in Minuten=40']);
    const byTopic = screen.getByRole('table', { name: 'Kurzberatungen nach Thema' });
    expect(
      within(byTopic)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['ThemaAnzahl', 'Wohnen2', 'Aufenthalt1']);
    const contacts = screen.getByRole('table', { name: 'Kontakte dieser Sprechstunde' });
    expect(
      within(contacts)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['UhrzeitPersonFallThemenWiedervorlagen', '09:20Al-Hassan, Mohammed2026-0001Wohnen, Aufenthalt1', '09:50Rahimi, Sara––0']);
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Fall 2026-0001 öffnen' }));
    expect(useNavigation.getState().route).toEqual({ page: 'cases', view: 'case', caseId: 'c1', section: 'contacts' });
    await user.click(screen.getByRole('button', { name: 'Angaben vervollständigen: Rahimi, Sara' }));
    expect(useNavigation.getState().route).toEqual({ page: 'cases', view: 'person', personId: 'p9' });
    await user.click(screen.getByRole('button', { name: 'Neue Sprechstunde beginnen' }));
    await screen.findByRole('combobox', { name: 'Ort der Sprechstunde' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Sprechstunde' }));
  });

  it('shows the German error of a failed end and stays in the running hour', async () => {
    const { user } = renderConsultation({ configure: (kim) => kim['sessions.end'].mockResolvedValue(fail('SESSION_ENDED')) });
    await running();
    await user.click(screen.getByRole('button', { name: 'Sprechstunde beenden' }));
    await user.click(screen.getByRole('button', { name: 'Ja, Sprechstunde beenden' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Diese Sprechstunde ist schon beendet. Bitte beginnen Sie eine neue.');
    expect(screen.getByRole('combobox', { name: searchName })).toBeTruthy();
  });
});
