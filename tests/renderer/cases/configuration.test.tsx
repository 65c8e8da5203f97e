import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../fakeKim';
import { axeViolations, lifeAreas, locations, openAt, partners, targetGroups } from './caseFixtures';

async function openSettings(configure?: Parameters<typeof openAt>[1]) {
  const app = await openAt({ page: 'settings' }, configure);
  await screen.findByRole('heading', { level: 2, name: 'Zielgruppen' });
  await screen.findByText('Geduldete über 27');
  return app;
}

const region = (name: string) => screen.getByRole('region', { name });

// Typing whole forms takes a while when the machine is busy.
describe('configuration in the settings', { timeout: 20_000 }, () => {
  it('lists the target groups with their validity', async () => {
    await openSettings();
    const rows = within(within(region('Zielgruppen')).getByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((r) => [...r.children].slice(0, 4).map((c) => c.textContent))).toEqual([
      ['Geduldete über 27Duldung oder Gestattung, älter als 27', '01.01.2021', 'unbefristet', 'ja'],
      ['Unbegleitete Minderjährige', '01.01.2021', '31.12.2023', 'nein'],
      ['Zugewanderte aus Südosteuropa', '01.01.2024', 'unbefristet', 'ja'],
    ]);
    // An ended group can still be changed but not ended again.
    expect(within(rows[2]!).queryByRole('button', { name: /^Beenden/ })).toBeNull();
  });

  it('creates, changes and ends a target group', async () => {
    const { kim, user } = await openSettings((k) => {
      k['targetGroups.create'].mockResolvedValue(ok(targetGroups[0]!));
      k['targetGroups.update'].mockResolvedValue(ok(targetGroups[0]!));
      k['targetGroups.end'].mockResolvedValue(ok(targetGroups[0]!));
    });
    const groups = region('Zielgruppen');
    await user.type(within(groups).getByLabelText('Name der Zielgruppe'), 'Menschen mit Aufenthaltsgestattung');
    await user.clear(within(groups).getByLabelText('Gilt ab'));
    await user.type(within(groups).getByLabelText('Gilt ab'), '01.01.2026');
    await user.click(within(groups).getByRole('button', { name: 'Zielgruppe anlegen' }));
    expect(kim['targetGroups.create']).toHaveBeenCalledWith({
      name: 'Menschen mit Aufenthaltsgestattung',
      description: null,
      validFrom: '2026-01-01',
      validUntil: null,
    });
    expect(await within(groups).findByText('Die Zielgruppe ist angelegt.')).toBeTruthy();
    expect(within(groups).getByLabelText<HTMLInputElement>('Name der Zielgruppe').value).toBe('');

    await user.click(within(groups).getByRole('button', { name: 'Ändern: Zugewanderte aus Südosteuropa' }));
    expect(document.activeElement).toBe(within(groups).getByRole('heading', { name: 'Zielgruppe ändern: Zugewanderte aus Südosteuropa' }));
    const name = within(groups).getByLabelText<HTMLInputElement>('Name der Zielgruppe');
    expect(name.value).toBe('Zugewanderte aus Südosteuropa');
    await user.clear(name);
    await user.type(name, 'Zugewanderte aus Osteuropa{Enter}');
    expect(kim['targetGroups.update']).toHaveBeenCalledWith({
      targetGroupId: 'tg-3',
      name: 'Zugewanderte aus Osteuropa',
      description: null,
      validFrom: '2024-01-01',
      validUntil: null,
    });
    expect(await within(groups).findByText('Die Zielgruppe ist gespeichert.')).toBeTruthy();

    await user.click(within(groups).getByRole('button', { name: 'Beenden: Geduldete über 27' }));
    await user.clear(within(groups).getByLabelText('Gilt bis einschließlich'));
    await user.type(within(groups).getByLabelText('Gilt bis einschließlich'), '31.12.2026');
    await user.click(within(groups).getByRole('button', { name: 'Gültigkeit beenden' }));
    expect(kim['targetGroups.end']).toHaveBeenCalledWith({ targetGroupId: 'tg-1', validUntil: '2026-12-31' });
    expect(await within(groups).findByText('Die Zielgruppe ist beendet.')).toBeTruthy();
  });

  it('shows the German error of a failed target group change', async () => {
    const { user } = await openSettings((k) => k['targetGroups.end'].mockResolvedValue(fail('VALIDITY_RANGE_INVALID')));
    const groups = region('Zielgruppen');
    await user.click(within(groups).getByRole('button', { name: 'Beenden: Geduldete über 27' }));
    await user.click(within(groups).getByRole('button', { name: 'Gültigkeit beenden' }));
    expect((await within(groups).findByRole('alert')).textContent).toBe('Das Ende der Gültigkeit liegt vor ihrem Beginn. Bitte prüfen Sie die Daten.');
  });

  it('lists, creates, stops using and uses places of consultation hours again', async () => {
    const { kim, user } = await openSettings((k) => {
      k['locations.create'].mockResolvedValue(ok(locations[0]!));
      k['locations.deactivate'].mockResolvedValue(ok({ ...locations[0]!, active: false }));
      k['locations.reactivate'].mockResolvedValue(ok({ ...locations[1]!, active: true }));
    });
    const places = region('Orte der Sprechstunden');
    expect(kim['locations.list']).toHaveBeenCalledWith({ includeInactive: true });
    const rows = within(within(places).getByRole('table')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('GU Am BahnhofGemeinschaftsunterkunftCoesfeldin Gebrauch');
    expect(rows[2]!.textContent).toContain('Rathaus DülmenRathausDülmennicht mehr in Gebrauch');
    // A place no longer used can be used again (issue 12), only that.
    expect(
      within(rows[2]!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Wieder aktivieren: Rathaus Dülmen']);

    await user.type(within(places).getByLabelText('Name des Orts'), 'Rathaus Nottuln');
    await user.selectOptions(within(places).getByLabelText('Art des Orts'), 'rathaus');
    await user.type(within(places).getByLabelText('Kommune des Orts'), 'Nottuln{Enter}');
    expect(kim['locations.create']).toHaveBeenCalledWith({ name: 'Rathaus Nottuln', kind: 'rathaus', municipality: 'Nottuln' });
    expect(await within(places).findByText('Der Ort ist angelegt.')).toBeTruthy();

    kim['locations.list'].mockResolvedValue(ok([{ ...locations[0]!, active: false }, locations[1]!]));
    await user.click(within(places).getByRole('button', { name: 'Nicht mehr nutzen: GU Am Bahnhof' }));
    expect(kim['locations.deactivate']).toHaveBeenCalledWith({ locationId: 'loc-1' });
    expect(await within(places).findByText(/Der Ort wird nicht mehr angeboten/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('GU Am Bahnhof'));

    kim['locations.list'].mockResolvedValue(
      ok([
        { ...locations[0]!, active: false },
        { ...locations[1]!, active: true },
      ]),
    );
    await user.click(within(places).getByRole('button', { name: 'Wieder aktivieren: Rathaus Dülmen' }));
    expect(kim['locations.reactivate']).toHaveBeenCalledWith({ locationId: locations[1]!.id });
    expect(await within(places).findByText('Rathaus Dülmen wird wieder angeboten.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Rathaus Dülmen'));
  });

  it('reorders, renames, deactivates and adds life areas', async () => {
    const reordered = [lifeAreas[1]!, lifeAreas[0]!, lifeAreas[2]!].map((a, i) => ({ ...a, sortOrder: (i + 1) * 10 }));
    const { kim, user } = await openSettings((k) => {
      k['lifeAreas.reorder'].mockResolvedValue(ok(reordered));
      k['lifeAreas.rename'].mockResolvedValue(ok(lifeAreas[0]!));
      k['lifeAreas.setActive'].mockResolvedValue(ok(lifeAreas[2]!));
      k['lifeAreas.add'].mockResolvedValue(ok(lifeAreas[0]!));
    });
    const areas = region('Lebensbereiche');
    const names = () =>
      within(areas)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.life-area-name')?.textContent);
    expect(names()).toEqual(['Aufenthalt', 'Wohnen', 'Gesundheit (nicht mehr in Gebrauch)']);
    expect(within(areas).getByRole<HTMLButtonElement>('button', { name: 'Nach oben: Aufenthalt' }).disabled).toBe(true);

    kim['lifeAreas.list'].mockResolvedValue(ok(reordered));
    await user.click(within(areas).getByRole('button', { name: 'Nach oben: Wohnen' }));
    expect(kim['lifeAreas.reorder']).toHaveBeenCalledWith({ lifeAreaIds: ['la-2', 'la-1', 'la-3'] });
    expect(await within(areas).findByText('Die Reihenfolge ist gespeichert.')).toBeTruthy();
    expect(names()).toEqual(['Wohnen', 'Aufenthalt', 'Gesundheit (nicht mehr in Gebrauch)']);
    // Wohnen is now at the top: the focus stays with it, on the button that still works.
    await waitFor(() => expect(document.activeElement).toBe(within(areas).getByRole('button', { name: 'Nach unten: Wohnen' })));

    await user.click(within(areas).getByRole('button', { name: 'Umbenennen: Aufenthalt' }));
    const rename = within(areas).getByLabelText('Neuer Name für „Aufenthalt“');
    await user.clear(rename);
    await user.type(rename, 'Aufenthalt und Einbürgerung{Enter}');
    expect(kim['lifeAreas.rename']).toHaveBeenCalledWith({ lifeAreaId: 'la-1', name: 'Aufenthalt und Einbürgerung' });

    await user.click(within(areas).getByRole('button', { name: 'Wieder nutzen: Gesundheit' }));
    expect(kim['lifeAreas.setActive']).toHaveBeenCalledWith({ lifeAreaId: 'la-3', active: true });

    await user.type(within(areas).getByLabelText('Neuer Lebensbereich'), 'Digitale Teilhabe{Enter}');
    expect(kim['lifeAreas.add']).toHaveBeenCalledWith({ name: 'Digitale Teilhabe' });
    expect(await within(areas).findByText('Der Lebensbereich ist hinzugefügt.')).toBeTruthy();
  });

  it('shows the German error of a failed reordering', async () => {
    const { user } = await openSettings((k) => k['lifeAreas.reorder'].mockResolvedValue(fail('LIFE_AREA_ORDER_INCOMPLETE')));
    const areas = region('Lebensbereiche');
    await user.click(within(areas).getByRole('button', { name: 'Nach unten: Aufenthalt' }));
    expect((await within(areas).findByRole('alert')).textContent).toBe('Die neue Reihenfolge muss jeden Lebensbereich genau einmal enthalten.');
  });

  it('lists, creates, changes and deactivates network partners with the legal areas of network.labels', async () => {
    const { kim, user } = await openSettings((k) => {
      k['partners.create'].mockResolvedValue(ok(partners[0]!));
      k['partners.update'].mockResolvedValue(ok(partners[0]!));
      k['partners.deactivate'].mockResolvedValue(ok({ ...partners[0]!, active: false }));
      k['partners.reactivate'].mockResolvedValue(ok({ ...partners[1]!, active: true }));
    });
    const section = region('Netzwerkpartner');
    await within(section).findByText('Jobcenter Kreis Coesfeld');
    expect(kim['partners.list']).toHaveBeenCalledWith({ includeInactive: true });
    const rows = within(within(section).getByRole('table')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Jobcenter Kreis CoesfeldSGB II – JobcenterCoesfeld · Frau Kemper · 02541 1234in Gebrauch');
    expect([...within(section).getByLabelText<HTMLSelectElement>('Rechtskreis oder Bereich').options].map((o) => o.textContent)).toEqual([
      'Bitte wählen',
      'SGB II – Jobcenter',
      'SGB VIII – Jugendamt',
      'Beratungsstelle',
    ]);

    await user.type(within(section).getByLabelText('Organisation'), 'Jugendamt Kreis Coesfeld');
    await user.selectOptions(within(section).getByLabelText('Rechtskreis oder Bereich'), 'sgb8');
    await user.type(within(section).getByLabelText('Ansprechperson (optional)'), 'Herr Brüggemann{Enter}');
    expect(kim['partners.create']).toHaveBeenCalledWith({
      organisation: 'Jugendamt Kreis Coesfeld',
      legalArea: 'sgb8',
      municipality: null,
      contactName: 'Herr Brüggemann',
      phone: null,
      email: null,
    });
    expect(await within(section).findByText('Der Netzwerkpartner ist angelegt.')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Ändern: Jobcenter Kreis Coesfeld' }));
    const phone = within(section).getByLabelText<HTMLInputElement>('Telefon (optional)');
    expect(phone.value).toBe('02541 1234');
    await user.clear(phone);
    await user.type(phone, '02541 9999');
    await user.click(within(section).getByRole('button', { name: 'Netzwerkpartner speichern' }));
    expect(kim['partners.update']).toHaveBeenCalledWith({
      id: 'pa-1',
      organisation: 'Jobcenter Kreis Coesfeld',
      legalArea: 'sgb2',
      municipality: 'Coesfeld',
      contactName: 'Frau Kemper',
      phone: '02541 9999',
      email: null,
    });

    await user.click(within(section).getByRole('button', { name: 'Nicht mehr nutzen: Jobcenter Kreis Coesfeld' }));
    expect(kim['partners.deactivate']).toHaveBeenCalledWith({ id: 'pa-1' });
    await user.click(within(section).getByRole('button', { name: 'Wieder nutzen: Schuldnerberatung Caritas' }));
    expect(kim['partners.reactivate']).toHaveBeenCalledWith({ id: 'pa-2' });
  });

  it('shows the German error of a failed partner change', async () => {
    const { user } = await openSettings((k) => k['partners.deactivate'].mockResolvedValue(fail('PARTNER_NOT_FOUND')));
    const section = region('Netzwerkpartner');
    await user.click(await within(section).findByRole('button', { name: 'Nicht mehr nutzen: Jobcenter Kreis Coesfeld' }));
    expect((await within(section).findByRole('alert')).textContent).toBeTruthy();
  });

  it('saves the re-assessment cadence in months', async () => {
    const { kim, user } = await openSettings();
    const months = screen.getByLabelText<HTMLInputElement>('Re-Assessment alle (Monate)');
    expect(months.value).toBe('6');
    await user.clear(months);
    await user.type(months, '30{Enter}');
    expect(screen.getByText('Bitte geben Sie eine ganze Zahl von 1 bis 24 ein.')).toBeTruthy();
    expect(kim['settings.update']).not.toHaveBeenCalled();
    await user.clear(months);
    await user.type(months, '9');
    await user.click(screen.getByRole('button', { name: 'Rhythmus speichern' }));
    expect(kim['settings.update']).toHaveBeenCalledWith({ reassessmentMonths: 9 });
    expect(await screen.findByText('Der Rhythmus für das Re-Assessment ist gespeichert.')).toBeTruthy();
  });

  it('says when the configuration cannot be loaded', async () => {
    await openAt({ page: 'settings' }, (k) => k['targetGroups.list'].mockResolvedValue(fail('LOCKED')));
    expect(await screen.findByText('Die Zielgruppen konnten nicht geladen werden. Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { user } = await openSettings();
    await screen.findByText('Jobcenter Kreis Coesfeld');
    expect(await axeViolations()).toEqual([]);
    await user.click(within(region('Lebensbereiche')).getByRole('button', { name: 'Umbenennen: Wohnen' }));
    await user.click(within(region('Zielgruppen')).getByRole('button', { name: 'Beenden: Geduldete über 27' }));
    expect(await axeViolations()).toEqual([]);
  });
});
