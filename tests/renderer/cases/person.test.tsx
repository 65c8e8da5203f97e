import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PersonHit } from '../../../electron/contract/areas/consultation';
import { fail, ok } from '../fakeKim';
import { CASE_ID, PERSON_ID, axeViolations, openAt, personDetail } from './caseFixtures';

const hit = (
  personId: string,
  displayName: string,
  birthDate: string | null,
  openCaseNumber: string | null,
  matchedSpelling: string | null = null,
): PersonHit => ({
  personId,
  displayName,
  matchedSpelling,
  matchedBy: ['name'],
  birthDate,
  openCaseId: openCaseNumber ? `case-${personId}` : null,
  openCaseNumber,
  incomplete: false,
  score: 1,
});

async function openPerson(configure?: Parameters<typeof openAt>[1]) {
  const app = await openAt({ page: 'cases', view: 'person', personId: PERSON_ID }, configure);
  await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' });
  return app;
}

// Typing whole forms takes a while when the machine is busy.
describe('person view', { timeout: 20_000 }, () => {
  it('shows every spelling, the data, the household, the cases and the intakes', async () => {
    const { kim } = await openPerson();
    expect(kim['persons.get']).toHaveBeenCalledWith({ personId: PERSON_ID });
    const data = screen.getByRole('region', { name: 'Angaben zur Person' });
    expect(
      within(data)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Haddad, Rana (Hauptschreibweise)', 'Al-Haddad, Rana – so im Ausweis']);
    for (const text of [
      'Geburtsdatum03.1990',
      'GeschlechtWeiblich',
      'StaatsangehörigkeitSyrien, Libanon',
      'SprachenArabisch (bevorzugt), Amharisch',
      'Braucht Dolmetschungja, Arabisch',
      'Telefon0151 2345678',
      'UnterbringungGemeinschaftsunterkunft',
      'Name der UnterkunftGU Am Bahnhof',
      'AufenthaltsstatusAufenthaltserlaubnis',
      'Gültig bis31.05.2027',
    ]) {
      expect(data.textContent).toContain(text);
    }
    const household = screen.getByRole('region', { name: 'Haushalt' });
    expect(household.textContent).toContain('Rolle: Bezugsperson');
    expect(within(household).getByRole('button', { name: 'Haddad, Sami' })).toBeTruthy();
    const personCases = screen.getByRole('region', { name: 'Fälle' });
    expect(personCases.textContent).toContain('2026-0007 Zielvereinbarung, eröffnet am 01.10.2026');
    expect(screen.getByRole('region', { name: 'Erstberatungen' }).textContent).toContain('01.10.2026: Fall eröffnet – Selbst in die Sprechstunde gekommen');
  });

  it('opens a case and a household member from the person', async () => {
    const { kim, user } = await openPerson();
    await user.click(screen.getByRole('button', { name: '2026-0007' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Überblick' })).toBeTruthy();
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: CASE_ID });
  });

  it('edits the data with persons.update (same fields as creation) and shows it saved', async () => {
    const { kim, user } = await openPerson((k) =>
      k['persons.update'].mockImplementation(async (input) => ok({ ...personDetail, phone: input.phone ?? null, displayName: 'Haddad, Rana' })),
    );
    await user.click(screen.getByRole('button', { name: 'Angaben bearbeiten' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Angaben bearbeiten' }));
    expect(screen.getByLabelText<HTMLInputElement>('Familienname').value).toBe('Haddad');
    expect(screen.getByLabelText<HTMLInputElement>('Familienname (Schreibweise 2)').value).toBe('Al-Haddad');
    expect(screen.getByLabelText<HTMLInputElement>('Geburtsdatum').value).toBe('03.1990');
    const chips = (label: string) =>
      within(screen.getByRole('list', { name: `${label}: gewählt` }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(chips('Staatsangehörigkeit')).toEqual(['Syrien×', 'Libanon×']);
    expect(chips('Sprachen')).toEqual(['Arabisch (bevorzugt)×', 'Amharisch×']);
    expect(chips('Sprache für die Dolmetschung')).toEqual(['Arabisch×']);

    // The second spelling becomes the primary one; the phone changes.
    await user.click(screen.getByRole('button', { name: 'Schreibweise 2 als Hauptschreibweise verwenden' }));
    expect(screen.getByLabelText<HTMLInputElement>('Familienname').value).toBe('Al-Haddad');
    await user.clear(screen.getByLabelText('Telefon'));
    await user.type(screen.getByLabelText('Telefon'), '0170 1111111');
    await user.click(screen.getByRole('button', { name: 'Angaben speichern' }));
    expect(kim['persons.update']).toHaveBeenCalledWith({
      personId: PERSON_ID,
      names: [
        { familyName: 'Al-Haddad', givenNames: 'Rana', primary: true, note: 'so im Ausweis' },
        { familyName: 'Haddad', givenNames: 'Rana', primary: false, note: null },
      ],
      birthDate: '1990-03',
      gender: 'weiblich',
      nationalities: ['SY', 'LB'],
      languages: ['ar', 'am'],
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
      phone: '0170 1111111',
      email: null,
      address: 'Bahnhofstraße 4, 48653 Coesfeld',
      municipality: 'Coesfeld',
      accommodationType: 'gu',
      accommodationName: 'GU Am Bahnhof',
      residenceStatus: 'aufenthaltserlaubnis',
      residenceParagraph: '§ 25 Abs. 2 AufenthG',
      residenceValidUntil: '2027-05-31',
      incomplete: false,
    });
    expect(await screen.findByText('Die Angaben sind gespeichert.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Angaben zur Person' }));
    expect(screen.getByRole('region', { name: 'Angaben zur Person' }).textContent).toContain('Telefon0170 1111111');
  });

  it('shows that the data was corrected, with the earlier version folded under it', async () => {
    const { kim, user } = await openPerson((k) =>
      k['versions.list'].mockResolvedValue(
        ok([
          {
            version: 1,
            changedAt: new Date(2026, 10, 20, 9, 30).toISOString(),
            changedBy: 'Aylin Demir',
            before: { ...personDetail, phone: '0151 0000000', interpreterLanguage: undefined, household: undefined },
          },
        ]),
      ),
    );
    expect(kim['versions.list']).toHaveBeenCalledWith({ kind: 'person', recordId: PERSON_ID });
    const data = screen.getByRole('region', { name: 'Angaben zur Person' });
    expect((await within(data).findByText(/Die Angaben wurden berichtigt/)).textContent).toBe(
      'Die Angaben wurden berichtigt, zuletzt am 20.11.2026, 09:30 von Aylin Demir. Die früheren Fassungen stehen unten.',
    );
    await user.click(within(data).getByText('Frühere Fassung (1)'));
    const earlier = data.querySelector('.version-history');
    expect(earlier?.textContent).toContain('Telefon0151 0000000');
    // A version from before the interpreter language was asked for.
    expect(earlier?.textContent).toContain('Braucht Dolmetschungja (Sprache nicht angegeben)');
    expect(data.textContent).toContain('Telefon0151 2345678');
  });

  it('asks for the interpreter language, proposing the preferred language, and chooses from complete lists by typing', async () => {
    const { kim, user } = await openPerson((k) =>
      k['persons.get'].mockResolvedValue(ok({ ...personDetail, languages: [], nationalities: [], interpreterNeeded: false, interpreterLanguage: null })),
    );
    kim['persons.update'].mockResolvedValue(ok(personDetail));
    await user.click(screen.getByRole('button', { name: 'Angaben bearbeiten' }));
    expect(screen.queryByRole('combobox', { name: 'Sprache für die Dolmetschung' })).toBeNull();
    const languages = screen.getByRole('combobox', { name: 'Sprachen' });
    const matches = () =>
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent);
    // Dari and Kurmandschi are not in ISO 639-1; arrows move through the matches, Enter takes one.
    await user.type(languages, 'dar');
    expect(matches()).toEqual(['Dari']);
    await user.keyboard('{Enter}');
    await user.type(languages, 'kurd');
    expect(matches()).toEqual(['Kurdisch', 'Kurmandschi (Nordkurdisch)', 'Sorani (Zentralkurdisch)', 'Südkurdisch']);
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'Braucht Dolmetschung' }));
    const interpreter = screen.getByRole('combobox', { name: 'Sprache für die Dolmetschung' });
    expect(within(screen.getByRole('list', { name: 'Sprache für die Dolmetschung: gewählt' })).getByRole('listitem').textContent).toBe('Dari×');
    // A second choice replaces the first.
    await user.type(interpreter, 'kurm{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'Staatsangehörigkeit' }), 'afgh{Enter}');
    await user.click(screen.getByRole('button', { name: 'Angaben speichern' }));
    expect(kim['persons.update']).toHaveBeenCalledWith(
      expect.objectContaining({ nationalities: ['AF'], languages: ['prs', 'kmr'], interpreterNeeded: true, interpreterLanguage: 'kmr' }),
    );
  });

  it('a correction begun before a lock opens again with its draft; Abbrechen throws the draft away', async () => {
    const { kim, user } = await openPerson((k) =>
      k['drafts.load'].mockImplementation(async ({ key }) =>
        ok(
          key === `person:${PERSON_ID}`
            ? { key, fields: JSON.stringify({ phone: '0176 3333333' }), route: '{}', savedAt: new Date(2026, 10, 21, 13, 50).toISOString() }
            : null,
        ),
      ),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Angaben bearbeiten' })).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Telefon').value).toBe('0176 3333333'));
    // The rest of the form is the stored data.
    expect(screen.getByLabelText<HTMLInputElement>('Familienname').value).toBe('Haddad');
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(kim['drafts.discard']).toHaveBeenCalledWith({ key: `person:${PERSON_ID}` });
    expect(screen.getByRole('region', { name: 'Angaben zur Person' }).textContent).toContain('Telefon0151 2345678');
  });

  it('keeps what is typed in the correction as a draft of the person', async () => {
    const { kim, user } = await openPerson();
    await user.click(screen.getByRole('button', { name: 'Angaben bearbeiten' }));
    await user.clear(screen.getByLabelText('Telefon'));
    await user.type(screen.getByLabelText('Telefon'), '0170 9');
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalled(), { timeout: 5000 });
    const saved = kim['drafts.save'].mock.calls.at(-1)![0];
    expect(saved).toMatchObject({ key: `person:${PERSON_ID}`, personId: PERSON_ID, caseId: null });
    expect(JSON.parse(saved.fields).phone).toBe('0170 9');
  });

  it('shows the German error of a failed update and keeps the form', async () => {
    const { user } = await openPerson((k) => k['persons.update'].mockResolvedValue(fail('DATE_IN_FUTURE')));
    await user.click(screen.getByRole('button', { name: 'Angaben bearbeiten' }));
    await user.click(screen.getByRole('button', { name: 'Angaben speichern' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Das Datum liegt in der Zukunft. Bitte prüfen Sie es.');
    expect(screen.getByRole('heading', { level: 2, name: 'Angaben bearbeiten' })).toBeTruthy();
  });

  it('joins a household and leaves it', async () => {
    const { kim, user } = await openPerson((k) => {
      k['persons.linkHousehold'].mockResolvedValue(ok(personDetail));
      k['persons.unlinkHousehold'].mockResolvedValue(ok({ ...personDetail, household: null }));
    });
    kim['persons.find'].mockResolvedValue(
      ok([
        hit('person-2', 'Petrenko, Olena', '1978-07-14', null, 'Петренко, Олена'),
        hit('person-4', 'Petrenko, Olena', '2001', '2026-0012'),
        hit('person-3', 'Haddad, Sami', '2019', null),
        hit(PERSON_ID, 'Haddad, Rana', '1990-03', '2026-0007'),
      ]),
    );
    const household = screen.getByRole('region', { name: 'Haushalt' });
    // No list of everyone: people are searched.
    expect(within(household).queryByRole('list', { name: 'Gefundene Personen' })).toBeNull();
    expect(kim['persons.list']).not.toHaveBeenCalled();
    await user.type(within(household).getByLabelText('Person suchen'), 'Петренко');
    const hits = await within(household).findByRole('list', { name: 'Gefundene Personen' });
    expect(kim['persons.find']).toHaveBeenLastCalledWith({ query: 'Петренко', limit: 10 });
    // Each hit with birth year and case number; the person herself and members already in the household are not offered.
    expect(
      within(hits)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Petrenko, Olenageb. 1978 · kein offener Fall · gefunden als Петренко, ОленаWählen: Petrenko, Olena',
      'Petrenko, Olenageb. 2001 · Fall 2026-0012Wählen: Petrenko, Olena',
    ]);
    await user.click(within(hits).getAllByRole('button', { name: 'Wählen: Petrenko, Olena' })[0]!);
    expect(within(household).getByText(/^Gewählt: Petrenko, Olena/).textContent).toContain('geb. 1978');
    // The focus follows the choice (the list it was in is gone).
    expect(document.activeElement).toBe(within(household).getByText(/^Gewählt: Petrenko, Olena/));
    await user.selectOptions(within(household).getByLabelText('Rolle dieser Person'), 'geschwister');
    await user.click(within(household).getByRole('button', { name: 'Haushalt verbinden' }));
    expect(kim['persons.linkHousehold']).toHaveBeenCalledWith({ personId: PERSON_ID, withPersonId: 'person-2', role: 'geschwister' });
    expect(await screen.findByText('Der Haushalt ist verbunden.')).toBeTruthy();

    await user.click(within(household).getByRole('button', { name: 'Aus dem Haushalt lösen' }));
    expect(kim['persons.unlinkHousehold']).toHaveBeenCalledWith({ personId: PERSON_ID });
    expect(await screen.findByText('Kein Haushalt erfasst.')).toBeTruthy();
  });

  it('shows the German error when the person cannot be loaded', async () => {
    await openAt({ page: 'cases', view: 'person', personId: 'gone' }, (k) => k['persons.get'].mockResolvedValue(fail('PERSON_NOT_FOUND')));
    expect(await screen.findByText('Diese Person gibt es nicht (mehr).')).toBeTruthy();
  });

  it('has no axe violations, viewing and editing', async () => {
    const { user } = await openPerson();
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Angaben bearbeiten' }));
    expect(await axeViolations()).toEqual([]);
    // With the list of matches open.
    await user.type(screen.getByRole('combobox', { name: 'Sprachen' }), 'ara');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('person view: erasing a person without a case', { timeout: 20_000 }, () => {
  it('offers "Person löschen" only without a case; erases with a reason and the tick, then goes to the case list', async () => {
    const { kim, user } = await openPerson((k) => {
      k['persons.get'].mockResolvedValue(ok({ ...personDetail, cases: [] }));
      k['erasure.erasePersonWithoutCase']
        .mockResolvedValueOnce(fail('ERASURE_PERSON_HAS_CASES'))
        .mockResolvedValueOnce(ok({ caseNumbers: [], erasedAt: new Date(2026, 10, 21, 14, 5).toISOString(), walTruncated: true }));
      k['cases.list'].mockResolvedValue(ok({ rows: [], total: 0 }));
    });
    await user.click(screen.getByRole('button', { name: 'Person löschen' }));
    const reason = screen.getByLabelText('Grund der Löschung');
    expect(document.activeElement).toBe(reason);
    await user.type(reason, 'Antrag der Person');
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(kim['erasure.erasePersonWithoutCase']).not.toHaveBeenCalled(); // not ticked yet
    await user.click(screen.getByRole('checkbox', { name: 'Ja, alle Angaben zu Haddad, Rana endgültig löschen.' }));
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(kim['erasure.erasePersonWithoutCase']).toHaveBeenLastCalledWith({ personId: PERSON_ID, reason: 'Antrag der Person' });
    expect((await screen.findByRole('alert')).textContent).toContain('Diese Person hat einen Fall');
    await user.click(screen.getByRole('button', { name: 'Endgültig löschen' }));
    expect(await screen.findByText('Gelöscht: Haddad, Rana. Die Angaben sind aus der Fallakte entfernt und überschrieben.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Fälle' })).toBeTruthy();
  });

  it('does not offer it for a person with a case (there the case confirms the erasure)', async () => {
    await openPerson();
    expect(screen.queryByRole('button', { name: 'Person löschen' })).toBeNull();
  });
});
