import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../testClock';
import { fail, ok } from '../fakeKim';
import { CASE_ID, PERSON_ID, axeViolations, openAt, personDetail, personSummaries } from './caseFixtures';

type App = Awaited<ReturnType<typeof openAt>>;

/** persons.find over the fixture's people, by name. */
function findByName(kim: Parameters<Parameters<typeof openAt>[1] & {}>[0]) {
  kim['persons.find'].mockImplementation(async ({ query }) =>
    ok(
      personSummaries
        .filter((p) => p.displayName.toLowerCase().includes(query.toLowerCase()))
        .map((p) => ({
          personId: p.id,
          displayName: p.displayName,
          matchedSpelling: null,
          matchedBy: ['name' as const],
          birthDate: p.birthDate,
          openCaseId: p.openCase?.id ?? null,
          openCaseNumber: p.openCase?.caseNumber ?? null,
          incomplete: p.incomplete,
          score: 1,
        })),
    ),
  );
}

async function openIntake(configure?: Parameters<typeof openAt>[1]) {
  const app = await openAt({ page: 'cases', view: 'intake', personId: null }, (kim) => {
    findByName(kim);
    configure?.(kim);
  });
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Neue Erstberatung' }));
  return app;
}

async function registerPerson({ user }: App) {
  await user.type(screen.getByLabelText('Familienname'), 'Haddad');
  await user.type(screen.getByLabelText('Vornamen'), 'Rana');
  await user.click(screen.getByRole('button', { name: 'Weitere Schreibweise hinzufügen' }));
  await user.type(screen.getByLabelText('Familienname (Schreibweise 2)'), 'Al-Haddad');
  await user.type(screen.getByLabelText('Vornamen (Schreibweise 2)'), 'Rana');
  await user.type(screen.getByLabelText('Hinweis zur Schreibweise 2'), 'so im Ausweis');
  await user.type(screen.getByLabelText('Geburtsdatum'), '03.1990');
  await user.click(screen.getByRole('radio', { name: /^weiblich$/i }));
  // Searchable choices: a few letters and Enter; a code typed as it is finds its country.
  await user.type(screen.getByRole('combobox', { name: 'Staatsangehörigkeit' }), 'syr{Enter}lb{Enter}');
  await user.type(screen.getByRole('combobox', { name: 'Sprachen' }), 'arab{Enter}kurd{Enter}');
  await user.click(screen.getByRole('checkbox', { name: 'Braucht Dolmetschung' }));
  await user.type(screen.getByLabelText('Telefon'), '0151 2345678');
  await user.type(screen.getByLabelText('Wohnort (Kommune)'), 'Coesfeld');
  await user.selectOptions(screen.getByLabelText('Unterbringung'), 'gu');
  await user.type(screen.getByLabelText('Name der Unterkunft'), 'GU Am Bahnhof');
  await user.selectOptions(screen.getByLabelText('Aufenthaltsstatus'), 'aufenthaltserlaubnis');
  await user.type(screen.getByLabelText('Rechtsgrundlage (Paragraf)'), '§ 25 Abs. 2 AufenthG');
  await user.type(screen.getByLabelText('Gültig bis'), '31.05.2027');
  await user.click(screen.getByRole('button', { name: 'Person anlegen' }));
}

// Typing whole forms takes a while when the machine is busy.
describe('intake (Zugangssteuerung und Erstberatung)', { timeout: 20_000 }, () => {
  it('registers a new person, records the intake with consent and opens the new case', async () => {
    const app = await openIntake((kim) => {
      kim['persons.create'].mockResolvedValue(ok({ ...personDetail, id: 'person-new' }));
      // The route then names the new person (so a lock comes back to step 2).
      kim['persons.get'].mockImplementation(async ({ personId }) => ok({ ...personDetail, id: personId, cases: [] }));
      kim['intakes.record'].mockResolvedValue(ok({ intakeId: 'in-9', caseId: CASE_ID, caseNumber: '2026-0007' }));
    });
    const { kim, user } = app;
    await registerPerson(app);
    expect(kim['persons.create']).toHaveBeenCalledWith({
      names: [
        { familyName: 'Haddad', givenNames: 'Rana', primary: true, note: null },
        { familyName: 'Al-Haddad', givenNames: 'Rana', primary: false, note: 'so im Ausweis' },
      ],
      birthDate: '1990-03',
      gender: 'weiblich',
      nationalities: ['SY', 'LB'],
      languages: ['ar', 'ku'],
      interpreterNeeded: true,
      // The preferred language is proposed for the interpreter.
      interpreterLanguage: 'ar',
      phone: '0151 2345678',
      email: null,
      address: null,
      municipality: 'Coesfeld',
      accommodationType: 'gu',
      accommodationName: 'GU Am Bahnhof',
      residenceStatus: 'aufenthaltserlaubnis',
      residenceParagraph: '§ 25 Abs. 2 AufenthG',
      residenceValidUntil: '2027-05-31',
      incomplete: false,
    });

    const step2 = await screen.findByRole('heading', { level: 2, name: '2. Erstberatung' });
    expect(document.activeElement).toBe(step2);
    expect(screen.getByText('Person: Haddad, Rana')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Datum der Erstberatung').value).toBe(TEST_TODAY.split('-').reverse().join('.'));
    // Only the target groups valid today are offered.
    const groups = await screen.findByRole('group', { name: /Zielgruppen/ });
    expect(
      within(groups)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual(['Geduldete über 27', 'Zugewanderte aus Südosteuropa']);
    await user.clear(screen.getByLabelText('Datum der Erstberatung'));
    await user.type(screen.getByLabelText('Datum der Erstberatung'), '20.11.2026');
    await user.selectOptions(screen.getByLabelText('Zugangsweg'), 'abh');
    await user.click(screen.getByRole('checkbox', { name: 'Geduldete über 27' }));
    await user.click(screen.getByRole('radio', { name: 'Fall eröffnet' }));
    expect(screen.getByText(/Ein Fall kann nur eröffnet werden, wenn die Person in das Case Management/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Die Person hat in das Case Management und die Datenverarbeitung eingewilligt.' }));
    await user.clear(screen.getByLabelText('Einwilligung erteilt am'));
    await user.type(screen.getByLabelText('Einwilligung erteilt am'), '20.11.2026');
    await user.click(screen.getByRole('radio', { name: /^mündlich$/i }));
    await user.selectOptions(await screen.findByLabelText('Ort (optional)'), 'loc-1');
    await user.type(screen.getByLabelText('Träger (optional)'), 'DRK{Enter}');

    expect(kim['intakes.record']).toHaveBeenCalledWith({
      personId: 'person-new',
      date: '2026-11-20',
      accessRoute: 'abh',
      targetGroupIds: ['tg-1'],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-11-20', form: 'muendlich' },
      locationId: 'loc-1',
      traeger: 'DRK',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' })).toBeTruthy();
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: CASE_ID });
  });

  it('explains a wrong birth date and missing family names without calling the main process', async () => {
    const { kim, user } = await openIntake();
    await user.type(screen.getByLabelText('Geburtsdatum'), '31.02.1990');
    await user.click(screen.getByRole('button', { name: 'Weitere Schreibweise hinzufügen' }));
    await user.click(screen.getByRole('button', { name: 'Person anlegen' }));
    expect(screen.getByText('Bitte geben Sie das Datum als TT.MM.JJJJ, MM.JJJJ oder JJJJ ein.')).toBeTruthy();
    expect(screen.getByLabelText('Geburtsdatum').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Familienname').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Familienname (Schreibweise 2)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Bitte prüfen Sie die markierten Felder.');
    expect(kim['persons.create']).not.toHaveBeenCalled();
  });

  it('accepts a birth year only and removes an extra spelling again', async () => {
    const { kim, user } = await openIntake((k) => k['persons.create'].mockResolvedValue(ok(personDetail)));
    await user.type(screen.getByLabelText('Familienname'), 'Haddad');
    await user.click(screen.getByRole('button', { name: 'Weitere Schreibweise hinzufügen' }));
    await user.click(screen.getByRole('button', { name: 'Schreibweise 2 entfernen' }));
    await user.type(screen.getByLabelText('Geburtsdatum'), '1990{Enter}');
    expect(kim['persons.create']).toHaveBeenCalledWith(
      expect.objectContaining({ names: [{ familyName: 'Haddad', givenNames: '', primary: true, note: null }], birthDate: '1990' }),
    );
  });

  it('shows the German error of a failed registration', async () => {
    const { user } = await openIntake((k) => k['persons.create'].mockResolvedValue(fail('DATE_IN_FUTURE')));
    await user.type(screen.getByLabelText('Familienname'), 'Haddad{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Das Datum liegt in der Zukunft. Bitte prüfen Sie es.');
    expect(screen.queryByRole('heading', { name: '2. Erstberatung' })).toBeNull();
  });

  it('picks a registered person, records a short consultation and says so', async () => {
    const { kim, user } = await openIntake((k) => {
      k['intakes.record'].mockResolvedValue(ok({ intakeId: 'in-2', caseId: null, caseNumber: null }));
      k['persons.get'].mockImplementation(async ({ personId }) => ok({ ...personDetail, id: personId, displayName: 'Petrenko, Olena', cases: [] }));
    });
    await user.click(screen.getByRole('radio', { name: 'Schon erfasste Person wählen' }));
    await user.type(await screen.findByLabelText('Person suchen'), 'olena');
    const list = await screen.findByRole('list', { name: 'Gefundene Personen' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list.textContent).toContain('14.07.1978');
    await user.click(screen.getByRole('button', { name: 'Auswählen: Petrenko, Olena' }));
    await user.selectOptions(await screen.findByLabelText('Zugangsweg'), 'sprechstunde');
    await user.click(screen.getByRole('radio', { name: /^Kurzberatung/ }));
    expect(screen.queryByText(/Ein Fall kann nur eröffnet werden/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Erstberatung speichern' }));
    expect(kim['intakes.record']).toHaveBeenCalledWith({
      personId: 'person-2',
      date: TEST_TODAY,
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'kurzberatung',
    });
    const done = await screen.findByRole('heading', { level: 2, name: /^Die Erstberatung ist gespeichert. Ergebnis: Kurzberatung/ });
    expect(document.activeElement).toBe(done);
    await user.click(screen.getByRole('button', { name: 'Zur Person' }));
    expect(kim['persons.get']).toHaveBeenCalledWith({ personId: 'person-2' });
  });

  it('with a written consent, names the printed Einwilligung signed: the only unused one preselected, a choice among several', async () => {
    const printout = (id: string, code: string, consentId: string | null) => ({
      id,
      code,
      document: 'einwilligung' as const,
      documentLabel: 'Einwilligung',
      language: 'ar' as const,
      languageName: 'Arabisch',
      printedAt: '2026-11-20T09:15:00.000Z',
      printedBy: 'Aylin Demir',
      agreementId: null,
      partnerId: null,
      signedAgreementId: null,
      releaseId: null,
      consentId,
    });
    let printed = [printout('pr-2', 'M2PW8R', null), printout('pr-1', '7KQ3M9', null)];
    const { kim, user } = await openIntake((k) => {
      k['intakes.record'].mockResolvedValue(ok({ intakeId: 'in-3', caseId: CASE_ID, caseNumber: '2026-0042' }));
      k['persons.get'].mockImplementation(async ({ personId }) => ok({ ...personDetail, id: personId, displayName: 'Petrenko, Olena', cases: [] }));
      k['printouts.list'].mockImplementation(async () => ok(printed));
    });
    await user.click(screen.getByRole('radio', { name: 'Schon erfasste Person wählen' }));
    await user.type(await screen.findByLabelText('Person suchen'), 'olena');
    await user.click(await screen.findByRole('button', { name: 'Auswählen: Petrenko, Olena' }));
    await user.selectOptions(await screen.findByLabelText('Zugangsweg'), 'sprechstunde');
    await user.click(screen.getByRole('radio', { name: 'Fall eröffnet' }));
    await user.click(screen.getByRole('checkbox', { name: 'Die Person hat in das Case Management und die Datenverarbeitung eingewilligt.' }));
    // Written by default. Two unused papers: none is chosen for the case manager, and saving waits for the choice.
    const several = await screen.findByRole('group', { name: /Welche gedruckte Einwilligung wurde unterschrieben/ });
    expect(kim['printouts.list']).toHaveBeenCalledWith({ personId: 'person-2', document: 'einwilligung' });
    expect((within(several).getAllByRole('radio') as HTMLInputElement[]).map((o) => o.checked)).toEqual([false, false]);
    expect((screen.getByRole('button', { name: 'Erstberatung speichern' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Bitte wählen Sie die gedruckte Einwilligung, die unterschrieben wurde.')).toBeTruthy();

    // Loaded again (oral, then written) with one unused paper and one a consent names already: only the unused one, chosen.
    printed = [printout('pr-1', '7KQ3M9', null), printout('pr-0', 'X4TZ0B', 'consent-old')];
    await user.click(screen.getByRole('radio', { name: /^mündlich$/i }));
    await user.click(screen.getByRole('radio', { name: /^schriftlich$/i }));
    const choice = await screen.findByRole('group', { name: /Welche gedruckte Einwilligung wurde unterschrieben/ });
    await waitFor(() => expect(within(choice).getAllByRole('radio')).toHaveLength(1));
    const options = within(choice).getAllByRole('radio') as HTMLInputElement[];
    expect(options.map((o) => o.closest('label')?.textContent)).toEqual([expect.stringMatching(/^Ausdruck 7KQ3M9 · Arabisch · 20\.11\.2026/)]);
    expect(options[0]?.checked).toBe(true);
    // Oral: no paper, no choice, no printout sent.
    await user.click(screen.getByRole('radio', { name: /^mündlich$/i }));
    expect(screen.queryByRole('group', { name: /Welche gedruckte Einwilligung/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /^schriftlich$/i }));
    await user.click(await screen.findByRole('radio', { name: /^Ausdruck 7KQ3M9/ }));
    await user.click(screen.getByRole('button', { name: 'Erstberatung speichern' }));
    expect(kim['intakes.record']).toHaveBeenCalledWith(
      expect.objectContaining({ decision: 'fall_eroeffnet', consent: { givenAt: TEST_TODAY, form: 'schriftlich', printoutId: 'pr-1' } }),
    );
    expect(kim['intakes.record']).toHaveBeenCalledTimes(1);
  });

  it('refers elsewhere with "an wen" and shows the German error of a failed intake', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'intake', personId: PERSON_ID }, (k) =>
      k['intakes.record'].mockResolvedValue(fail('REFERRED_TO_REQUIRED')),
    );
    // The person comes with the route: step 2 at once.
    await screen.findByText('Person: Haddad, Rana');
    const submit = screen.getByRole<HTMLButtonElement>('button', { name: 'Erstberatung speichern' });
    expect(submit.disabled).toBe(true);
    expect(screen.getByText('Bitte wählen Sie den Zugangsweg.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Zugangsweg'), 'jobcenter');
    await user.click(screen.getByRole('radio', { name: /weiterverwiesen$/ }));
    await user.type(screen.getByLabelText('An wen verwiesen?'), 'Migrationsberatung Caritas');
    await user.click(submit);
    expect(kim['intakes.record']).toHaveBeenCalledWith(
      expect.objectContaining({ personId: PERSON_ID, accessRoute: 'jobcenter', decision: 'weiterverwiesen', referredTo: 'Migrationsberatung Caritas' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Bitte geben Sie an, an welche Stelle die Person verwiesen wurde.');
  });

  it('warns when the person already has an open case and sends no consent when none is ticked', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'intake', personId: PERSON_ID }, (k) =>
      k['intakes.record'].mockResolvedValue(fail('CONSENT_REQUIRED')),
    );
    await screen.findByText('Person: Haddad, Rana');
    await user.selectOptions(screen.getByLabelText('Zugangsweg'), 'sprechstunde');
    await user.click(screen.getByRole('radio', { name: 'Fall eröffnet' }));
    expect(screen.getByText('Für diese Person ist der Fall 2026-0007 schon offen. Ein zweiter Fall kann nicht eröffnet werden.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Erstberatung speichern' }));
    expect(kim['intakes.record']).toHaveBeenCalledWith(expect.objectContaining({ decision: 'fall_eroeffnet', consent: null }));
    expect((await screen.findByRole('alert')).textContent).toContain('Ein Fall kann nur mit der Einwilligung');
    await user.click(screen.getByRole('button', { name: 'Zum offenen Fall' }));
    // The form holds input: leaving asks first.
    await user.click(await screen.findByRole('button', { name: 'Eingaben verwerfen und wechseln' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Haddad, Rana' })).toBeTruthy();
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: CASE_ID });
  });

  it('warns of a likely duplicate while the person is typed and continues with the existing person; a restricted record cannot be taken', async () => {
    const app = await openIntake((k) => {
      k['persons.likelyDuplicates'].mockImplementation(async ({ birthDate }) =>
        ok([
          {
            personId: 'p-omar',
            displayName: 'Haddad, Omar',
            birthDate: '1990-03-14',
            openCaseId: null,
            openCaseNumber: null,
            likelihood: birthDate ? 'hoch' : 'mittel',
            reasons: ['Gleicher Name: Haddad, Omar'],
            restricted: false,
          },
          {
            personId: 'p-masked',
            displayName: 'Eingeschränkter Datensatz vorhanden',
            birthDate: null,
            openCaseId: null,
            openCaseNumber: null,
            likelihood: 'mittel',
            reasons: ['Die Verarbeitung dieses Datensatzes ist eingeschränkt (Art. 18 DSGVO).'],
            restricted: true,
          },
        ]),
      );
      k['persons.get'].mockImplementation(async ({ personId }) => ok({ ...personDetail, id: personId, displayName: 'Haddad, Omar', cases: [] }));
    });
    const { kim, user } = app;
    await user.type(screen.getByLabelText('Familienname'), 'Haddad');
    await user.type(screen.getByLabelText('Vornamen'), 'Omar');
    await user.type(screen.getByLabelText('Geburtsdatum'), '14.03.1990');
    const warning = await screen.findByRole('region', { name: 'Diese Person gibt es vielleicht schon' });
    await waitFor(() =>
      expect(kim['persons.likelyDuplicates']).toHaveBeenLastCalledWith({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }], birthDate: '1990-03-14' }),
    );
    expect(warning.textContent).toContain('geb. 14.03.1990');
    expect(
      within(warning)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Diese Person nehmen: Haddad, Omar']);
    await user.click(within(warning).getByRole('button', { name: 'Diese Person nehmen: Haddad, Omar' }));
    expect(await screen.findByText('Person: Haddad, Omar')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: '2. Erstberatung' })).toBeTruthy();
    expect(kim['persons.create']).not.toHaveBeenCalled();
    // The typed record is not kept as a draft of a new person.
    expect(kim['drafts.discard']).toHaveBeenCalledWith({ key: 'person:new' });
  });

  it('keeps the intake as a draft of the person and restores it when step 2 opens again', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'intake', personId: PERSON_ID }, (k) =>
      k['drafts.load'].mockImplementation(async ({ key }) =>
        ok(
          key === `intake:new:${PERSON_ID}`
            ? { key, fields: JSON.stringify({ accessRoute: 'abh', referredTo: '' }), route: '{}', savedAt: new Date(2026, 10, 21, 13, 50).toISOString() }
            : null,
        ),
      ),
    );
    await screen.findByText('Person: Haddad, Rana');
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Zugangsweg').value).toBe('abh'));
    expect(screen.getByText('Ihr Entwurf vom 21.11.2026, 13:50 wurde wiederhergestellt.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /weiterverwiesen|^Weiterverweisung/i }));
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalled(), { timeout: 5000 });
    const saved = kim['drafts.save'].mock.calls.at(-1)![0];
    expect(saved).toMatchObject({ key: `intake:new:${PERSON_ID}`, personId: PERSON_ID });
    expect(JSON.parse(saved.fields)).toMatchObject({ accessRoute: 'abh', decision: 'weiterverwiesen' });
  });

  it('has no axe violations in either step', async () => {
    const { user } = await openIntake((k) => k['persons.create'].mockResolvedValue(ok(personDetail)));
    await user.click(screen.getByRole('button', { name: 'Weitere Schreibweise hinzufügen' }));
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('radio', { name: 'Schon erfasste Person wählen' }));
    // Nobody is listed before something is typed.
    expect(screen.queryByRole('list', { name: 'Gefundene Personen' })).toBeNull();
    await user.type(screen.getByLabelText('Person suchen'), 'hadd');
    await screen.findByRole('button', { name: 'Auswählen: Haddad, Rana' });
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Auswählen: Haddad, Rana' }));
    await user.click(await screen.findByRole('radio', { name: 'Fall eröffnet' }));
    await user.click(screen.getByRole('checkbox', { name: /eingewilligt/ }));
    await screen.findByRole('option', { name: 'GU Am Bahnhof (Coesfeld)' });
    expect(await axeViolations()).toEqual([]);
  });
});
