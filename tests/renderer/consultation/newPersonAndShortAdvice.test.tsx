import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LikelyDuplicate } from '../../../electron/contract/areas/consultation';
import { fail, ok } from '../fakeKim';
import { axeViolations, registered, renderConsultation } from './consultationFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

const duplicate: LikelyDuplicate = {
  personId: 'p1',
  displayName: 'Al-Hassan, Mohammed',
  birthDate: '1991-04-03',
  openCaseId: 'c1',
  openCaseNumber: '2026-0001',
  likelihood: 'hoch',
  reasons: ['Schreibvariante des Namens: Al Hasan, Muhammad', 'Gleiches Geburtsdatum'],
  restricted: false,
};

async function running() {
  const field = await screen.findByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' });
  await waitFor(() => expect(document.activeElement).toBe(field));
  return field;
}

describe('Sprechstunde: a new person', { timeout: 20_000 }, () => {
  it('opens with Alt+N (the search text as family name), registers the minimal record and goes on to the contact', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) => {
        kim['persons.find'].mockResolvedValue(ok([]));
        kim['sessions.registerPerson'].mockResolvedValue(ok(registered('p9', 'Rahimi, Sara')));
      },
    });
    await running();
    await user.keyboard('Rahimi');
    await user.keyboard('{Alt>}n{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Neue Person erfassen' });
    const family = screen.getByRole('textbox', { name: 'Familienname' }) as HTMLInputElement;
    expect(family.value).toBe('Rahimi');
    expect(document.activeElement).toBe(family);
    expect(await axeViolations()).toEqual([]);
    await user.tab();
    await user.keyboard('Sara');
    await user.type(screen.getByRole('textbox', { name: /^Geburtsdatum/ }), '2001');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache (optional)' }), 'Farsi/Dari');
    await user.click(screen.getByRole('checkbox', { name: 'Braucht Dolmetscher:in' }));
    await user.click(family);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(kim['sessions.registerPerson']).toHaveBeenCalledWith({
        sessionId: 's1',
        familyName: 'Rahimi',
        givenNames: 'Sara',
        birthDate: '2001',
        languages: ['fa'],
        interpreterNeeded: true,
        // The language chosen is the interpreter's too.
        interpreterLanguage: 'fa',
      }),
    );
    await screen.findByRole('heading', { level: 2, name: 'Kontakt: Rahimi, Sara' });
    expect(screen.getByText('Rahimi, Sara ist angelegt. Erfassen Sie jetzt den Kontakt.')).toBeTruthy();
    expect(screen.getByText('Die Person hat keinen offenen Fall. Der Kontakt wird bei der Person gespeichert.')).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['sessions.logContact']).toHaveBeenCalledWith(expect.objectContaining({ personId: 'p9', caseId: null })));
  });

  it('warns of a likely duplicate with the reasons and takes that person instead', async () => {
    const { kim, user } = renderConsultation({ configure: (kim) => kim['persons.likelyDuplicates'].mockResolvedValue(ok([duplicate])) });
    await running();
    expect(screen.getByRole('button', { name: 'Neue Person' }).getAttribute('aria-keyshortcuts')).toBe('Alt+N');
    expect(screen.getByRole('button', { name: 'Kurzberatung' }).getAttribute('aria-keyshortcuts')).toBe('Alt+K');
    await user.click(screen.getByRole('button', { name: 'Neue Person' }));
    await user.keyboard('Al Hasan');
    await user.tab();
    await user.keyboard('Muhammad');
    const warning = await screen.findByRole('region', { name: 'Diese Person gibt es vielleicht schon' });
    await waitFor(() =>
      expect(kim['persons.likelyDuplicates']).toHaveBeenLastCalledWith({ names: [{ familyName: 'Al Hasan', givenNames: 'Muhammad' }], birthDate: null }),
    );
    expect(within(warning).getByText('Schreibvariante des Namens: Al Hasan, Muhammad')).toBeTruthy();
    expect(within(warning).getByText('geb. 03.04.1991 · Fall 2026-0001 · sehr wahrscheinlich dieselbe Person')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
    await user.click(within(warning).getByRole('button', { name: 'Diese Person nehmen: Al-Hassan, Mohammed' }));
    await screen.findByRole('heading', { level: 2, name: 'Kontakt: Al-Hassan, Mohammed' });
    expect(kim['sessions.registerPerson']).not.toHaveBeenCalled();
  });

  it('asks for the family name and a valid birth date, and shows the German error of a failed save', async () => {
    const { kim, user } = renderConsultation({ configure: (kim) => kim['sessions.registerPerson'].mockResolvedValue(fail('DATE_IN_FUTURE')) });
    await running();
    await user.keyboard('{Alt>}n{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Neue Person erfassen' });
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte geben Sie den Familiennamen ein.');
    await user.keyboard('Haddad');
    await user.type(screen.getByRole('textbox', { name: /^Geburtsdatum/ }), '31.02.1990{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Bitte als TT.MM.JJJJ, MM.JJJJ oder JJJJ eingeben.'));
    expect(kim['sessions.registerPerson']).not.toHaveBeenCalled();
    const birth = screen.getByRole('textbox', { name: /^Geburtsdatum/ });
    await user.clear(birth);
    await user.type(birth, '01.02.2030{Enter}');
    await waitFor(() =>
      expect(kim['sessions.registerPerson']).toHaveBeenCalledWith(expect.objectContaining({ familyName: 'Haddad', birthDate: '2030-02-01' })),
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Das Datum liegt in der Zukunft. Bitte prüfen Sie es.'));
  });
});

describe('Sprechstunde: Kurzberatung', { timeout: 20_000 }, () => {
  it('opens with Alt+K, says that nothing about the person is stored, picks the topic by digit and counts it with Enter', async () => {
    const { kim, user } = renderConsultation({
      configure: (kim) =>
        kim['shortAdvice.record'].mockResolvedValue(
          ok({ id: 'a1', at: '2026-11-21T09:30:00', lifeAreaId: 'la-wohnen', lifeAreaName: 'Wohnen', language: 'ar', interpreterUsed: true }),
        ),
    });
    await running();
    await user.keyboard('{Alt>}k{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Kurzberatung' });
    expect(screen.getByText(/wird nichts zur Person gespeichert/)).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Thema' });
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: /Aufenthalt/ }));
    expect(await axeViolations()).toEqual([]);
    await user.keyboard('2');
    expect((within(group).getByRole('radio', { name: /Wohnen/ }) as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: /Wohnen/ }));
    const language = screen.getByRole('combobox', { name: 'Sprache der Beratung' }) as HTMLSelectElement;
    expect(language.options[0]!.textContent).toBe('Deutsch');
    await user.selectOptions(language, 'Arabisch');
    await user.click(screen.getByRole('checkbox', { name: 'Dolmetscher:in dabei' }));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(kim['shortAdvice.record']).toHaveBeenCalledWith({ sessionId: 's1', lifeAreaId: 'la-wohnen', language: 'ar', interpreterUsed: true }),
    );
    await screen.findByText('Die Kurzberatung zum Thema „Wohnen“ ist gezählt.');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Name, Fallnummer oder Geburtsdatum' }));
  });

  it('counts German advice as language null, asks for a topic, and shows the German error of a failed save', async () => {
    const { kim, user } = renderConsultation({ configure: (kim) => kim['shortAdvice.record'].mockResolvedValue(fail('LIFE_AREA_NOT_FOUND')) });
    await running();
    await user.click(screen.getByRole('button', { name: 'Kurzberatung' }));
    await screen.findByRole('heading', { level: 2, name: 'Kurzberatung' });
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte wählen Sie ein Thema.');
    await user.keyboard('3{Enter}');
    await waitFor(() =>
      expect(kim['shortAdvice.record']).toHaveBeenCalledWith({ sessionId: 's1', lifeAreaId: 'la-arbeit', language: null, interpreterUsed: false }),
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Lebensbereich/));
  });
});
