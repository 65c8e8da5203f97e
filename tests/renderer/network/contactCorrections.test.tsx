/** Issue 12 in the case's "Kontakte": correct a contact, see its earlier versions, postpone a Wiedervorlage, the person's interpreter in a new contact. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactsSection } from '../../../renderer/features/contacts/ContactsSection';
import { fail, ok } from '../fakeKim';
import { caseView } from '../cases/caseFixtures';
import { CASE_ID, axeViolations, followUp, newerContact, olderContact, renderSection } from './networkFixtures';

const render = (options: Parameters<typeof renderSection>[1] = {}) => renderSection(ContactsSection, options);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function ready() {
  await screen.findAllByRole('article');
  await screen.findByRole('table');
}

describe('correcting a contact', () => {
  it('opens the form filled with the contact, sends every field as contacts.update, then shows it as corrected with its earlier version', async () => {
    const corrected = { ...olderContact, note: 'Mietvertrag und Kaution besprochen', durationMinutes: 50, versions: 1 };
    const { kim, user, onChanged } = render({
      configure: (k) => {
        k['contacts.update'].mockResolvedValueOnce(fail('CASE_CLOSED')).mockResolvedValueOnce(ok(corrected));
        k['versions.list'].mockImplementation(async ({ recordId }) =>
          ok(
            recordId === olderContact.id && k['contacts.update'].mock.calls.length > 1
              ? [
                  {
                    version: 1,
                    changedAt: '2026-11-21T13:05:00.000Z',
                    changedBy: 'Aylin Demir',
                    before: { ...olderContact, followUps: undefined, versions: undefined },
                  },
                ]
              : [],
          ),
        );
      },
    });
    await ready();
    expect(screen.queryByText('Berichtigt')).toBeNull();
    await user.click(button('Kontakt vom 02.11.2026, 08:30 bearbeiten'));
    const form = screen.getByRole('form', { name: 'Kontakt berichtigen' });
    const when = within(form).getByRole('group', { name: 'Datum und Uhrzeit' });
    expect(within(when).getByLabelText<HTMLInputElement>('Datum').value).toBe('02.11.2026');
    expect(within(when).getByLabelText<HTMLInputElement>('Uhrzeit').value).toBe('08:30');
    expect(within(form).getByLabelText<HTMLInputElement>('Dauer in Minuten').value).toBe('45');
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: 'Sprechstunde' }).checked).toBe(true);
    expect(within(form).getByLabelText<HTMLSelectElement>('Ort der Sprechstunde').value).toBe('loc-gu');
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: 'Beratung' }).checked).toBe(true);
    expect(within(form).getByRole<HTMLInputElement>('checkbox', { name: 'Wohnen' }).checked).toBe(true);
    expect(within(form).getByRole<HTMLInputElement>('checkbox', { name: 'Mit Sprachmittlung (Dolmetscher:in)' }).checked).toBe(true);
    expect(within(form).getByLabelText<HTMLInputElement>('Sprache (optional)').value).toBe('Arabisch');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Notiz (optional)').value).toBe('Mietvertrag besprochen');
    // The Wiedervorlagen of the contact are records of their own: not edited here.
    expect(within(form).queryByRole('button', { name: 'Wiedervorlage hinzufügen' })).toBeNull();
    expect(form.textContent).toContain('Die Wiedervorlagen dieses Kontakts bleiben');
    expect(await axeViolations()).toEqual([]);

    const duration = within(form).getByLabelText('Dauer in Minuten');
    await user.clear(duration);
    await user.type(duration, '50');
    const note = within(form).getByLabelText('Notiz (optional)');
    await user.clear(note);
    await user.type(note, 'Mietvertrag und Kaution besprochen');
    await user.click(within(form).getByRole('button', { name: 'Berichtigung speichern' }));
    const expected = {
      id: olderContact.id,
      at: '2026-11-02T08:30',
      durationMinutes: 50,
      place: 'sprechstunde',
      locationId: 'loc-gu',
      type: 'beratung',
      topics: ['la-housing'],
      interpreterUsed: true,
      interpreterLanguage: 'Arabisch',
      note: 'Mietvertrag und Kaution besprochen',
    };
    expect(kim['contacts.update']).toHaveBeenCalledWith(expected);
    expect(kim['contacts.create']).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toMatch(/abgeschlossen/);
    expect(onChanged).not.toHaveBeenCalled();

    kim['contacts.listForCase'].mockResolvedValue(ok([corrected, newerContact]));
    await user.click(within(form).getByRole('button', { name: 'Berichtigung speichern' }));
    expect(await screen.findByText('Die Berichtigung ist gespeichert. Die frühere Fassung bleibt erhalten.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form', { name: 'Kontakt berichtigen' })).toBeNull();
    const card = await waitFor(() => {
      const article = screen.getAllByRole('article').find((a) => a.textContent?.includes('Mietvertrag und Kaution'));
      if (!article) throw new Error('corrected card not shown yet');
      return article;
    });
    expect(within(card).getByText('Berichtigt')).toBeTruthy();
    const history = await within(card).findByText('Frühere Fassung (1)');
    expect(history.closest('details')?.textContent).toContain('Mietvertrag besprochen');
    expect(history.closest('details')?.textContent).toContain('45 Minuten');
    expect(document.activeElement).toBe(button('Kontakt vom 02.11.2026, 08:30 bearbeiten'));
    expect(await axeViolations()).toEqual([]);
  });

  it('Escape closes the correction without sending, the focus back on its Bearbeiten', async () => {
    const { kim, user } = render();
    await ready();
    await user.click(button('Kontakt vom 10.11.2026, 15:00 bearbeiten'));
    const form = screen.getByRole('form', { name: 'Kontakt berichtigen' });
    await user.type(within(form).getByLabelText('Dauer in Minuten'), '{Escape}');
    expect(screen.queryByRole('form', { name: 'Kontakt berichtigen' })).toBeNull();
    expect(kim['contacts.update']).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Kontakt vom 10.11.2026, 15:00 bearbeiten'));
  });

  it('a closed case offers no Bearbeiten', async () => {
    render({ closed: true });
    await ready();
    expect(screen.queryByRole('button', { name: /bearbeiten/ })).toBeNull();
  });
});

describe('a new contact takes the interpreter from the person', () => {
  it('prefills Sprachmittlung and the language (German name of the ISO code); the user can change it', async () => {
    const { kim, user } = render({
      configure: (k) => {
        k['cases.get'].mockResolvedValue(ok({ ...caseView, person: { ...caseView.person, interpreterNeeded: true, interpreterLanguage: 'prs' } }));
        k['contacts.create'].mockResolvedValue(ok(newerContact));
      },
    });
    await ready();
    await user.click(button('Kontakt erfassen'));
    const form = screen.getByRole('form', { name: 'Neuer Kontakt' });
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: CASE_ID });
    expect(within(form).getByRole<HTMLInputElement>('checkbox', { name: 'Mit Sprachmittlung (Dolmetscher:in)' }).checked).toBe(true);
    const language = within(form).getByLabelText<HTMLInputElement>('Sprache (optional)');
    expect(language.value).toBe('Dari');
    await user.clear(language);
    await user.type(language, 'Paschtu');
    await user.click(within(form).getByRole('radio', { name: 'Telefon' }));
    await user.click(within(form).getByRole('radio', { name: 'Telefonat' }));
    await user.click(within(form).getByRole('button', { name: 'Kontakt speichern' }));
    expect(kim['contacts.create']).toHaveBeenCalledWith(expect.objectContaining({ interpreterUsed: true, interpreterLanguage: 'Paschtu' }));
  });

  it('starts without Sprachmittlung for a person who needs none', async () => {
    const { user } = render({
      configure: (k) =>
        k['cases.get'].mockResolvedValue(ok({ ...caseView, person: { ...caseView.person, interpreterNeeded: false, interpreterLanguage: null } })),
    });
    await ready();
    await user.click(button('Kontakt erfassen'));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Mit Sprachmittlung (Dolmetscher:in)' }).checked).toBe(false);
    expect(screen.queryByLabelText('Sprache (optional)')).toBeNull();
  });
});

describe('postponing a Wiedervorlage in the case', () => {
  it('postpones to the typed day and lists again; a refusal shows in German', async () => {
    const { kim, user, onChanged } = render({
      configure: (k) =>
        k['followUps.postpone'].mockResolvedValueOnce(fail('FOLLOW_UP_ALREADY_DONE')).mockResolvedValueOnce(ok(followUp({ dueDate: '2026-12-14' }))),
    });
    await ready();
    await user.click(button('Verschieben: Wiedervorlage „Bescheid nachfragen“'));
    const form = screen.getByRole('form', { name: '„Bescheid nachfragen“ verschieben' });
    const date = within(form).getByLabelText<HTMLInputElement>('Neues Datum');
    // Due on 30.11.2026: a week later.
    expect(date.value).toBe('07.12.2026');
    await user.clear(date);
    await user.type(date, '14.12.2026{Enter}');
    expect(kim['followUps.postpone']).toHaveBeenCalledWith({ followUpId: 'f-1', dueDate: '2026-12-14' });
    expect((await within(form).findByRole('alert')).textContent).toBe('Diese Wiedervorlage ist schon erledigt.');
    expect(onChanged).not.toHaveBeenCalled();
    await user.click(within(form).getByRole('button', { name: 'Verschieben' }));
    expect(await screen.findByText('Die Wiedervorlage „Bescheid nachfragen“ ist auf den 14.12.2026 verschoben.')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(kim['followUps.listOpenForCase']).toHaveBeenCalledTimes(2);
    expect(await axeViolations()).toEqual([]);
  });
});
