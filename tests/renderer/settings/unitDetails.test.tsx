/** Einstellungen → Angaben der Stelle für Dokumente: loaded when opened, the four details saved (an emptied one cleared), errors shown. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UnitDetailsView } from '../../../electron/contract/areas/unitDetails';
import { fail, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';

const stored: UnitDetailsView = {
  controllerAddress: 'Waldenburger Straße 2\n48231 Warendorf',
  dataProtectionOfficer: null,
  phone: '02581 54-0',
  appointmentPlace: null,
  controller: 'Kreis Warendorf (KIM Kreis Warendorf)',
};

async function openSection(configure: (kim: FakeKim) => void = () => {}) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['unitDetails.get'].mockResolvedValue(ok(stored));
      configure(kim);
    },
  });
  await screen.findByText('Angemeldet: Aylin Demir');
  await app.user.keyboard('{Alt>}5{/Alt}');
  // Nothing is asked of the main process until the section is opened.
  expect(app.kim['unitDetails.get']).not.toHaveBeenCalled();
  await app.user.click(screen.getByText('Angaben der Stelle für Dokumente: Anschrift, Datenschutz, Telefon, Ort der Termine'));
  await screen.findByLabelText('Anschrift der verantwortlichen Stelle');
  return app;
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);

describe('Einstellungen: Angaben der Stelle für Dokumente', () => {
  it('shows the stored details, what they are for, and the controller the Einwilligung names', async () => {
    await openSection();
    expect(screen.getByRole('heading', { level: 2, name: 'Angaben der Stelle für Dokumente' })).toBeTruthy();
    expect(
      screen.getByText(/stehen auf den Dokumenten für Klientinnen und Klienten: die Anschrift und die Datenschutzbeauftragte Person auf der Einwilligung/),
    ).toBeTruthy();
    expect(screen.getByText(/Als verantwortliche Stelle steht auf der Einwilligung: Kreis Warendorf \(KIM Kreis Warendorf\)\./)).toBeTruthy();
    expect(field('Anschrift der verantwortlichen Stelle').value).toBe('Waldenburger Straße 2\n48231 Warendorf');
    expect(field('Datenschutzbeauftragte Person').value).toBe('');
    expect(field('Telefonnummer für Klientinnen und Klienten').value).toBe('02581 54-0');
    expect(field('Üblicher Ort der Termine').value).toBe('');
    expect(field('Telefonnummer für Klientinnen und Klienten').maxLength).toBe(60);
    expect(field('Datenschutzbeauftragte Person').maxLength).toBe(500);
  });

  it('saves all four with Enter; an emptied field clears its detail', async () => {
    const saved: UnitDetailsView = { ...stored, phone: null, dataProtectionOfficer: 'Frau Kaya, Tel. 02581 53-1234', appointmentPlace: 'Rathaus (Raum 2.14)' };
    const { kim, user } = await openSection((kim) => {
      kim['unitDetails.update'].mockResolvedValue(ok(saved));
    });
    await user.type(field('Datenschutzbeauftragte Person'), 'Frau Kaya, Tel. 02581 53-1234');
    await user.clear(field('Telefonnummer für Klientinnen und Klienten'));
    await user.type(field('Üblicher Ort der Termine'), 'Rathaus (Raum 2.14){Enter}');
    expect(kim['unitDetails.update']).toHaveBeenCalledWith({
      controllerAddress: 'Waldenburger Straße 2\n48231 Warendorf',
      dataProtectionOfficer: 'Frau Kaya, Tel. 02581 53-1234',
      phone: '',
      appointmentPlace: 'Rathaus (Raum 2.14)',
    });
    expect(await screen.findByText('Die Angaben sind gespeichert.')).toBeTruthy();
    expect(field('Telefonnummer für Klientinnen und Klienten').value).toBe('');
    // Typing again takes the "saved" away: it would no longer be true.
    await user.type(field('Telefonnummer für Klientinnen und Klienten'), '0');
    expect(screen.queryByText('Die Angaben sind gespeichert.')).toBeNull();
  });

  it('says so when no controller is set yet', async () => {
    await openSection((kim) => kim['unitDetails.get'].mockResolvedValue(ok({ ...stored, controller: null })));
    expect(screen.getByText(/Noch ist keine verantwortliche Stelle eingetragen: Auf der Einwilligung steht dafür eine leere Linie\./)).toBeTruthy();
  });

  it('shows a refusal in German and keeps what was typed', async () => {
    const { user } = await openSection((kim) => kim['unitDetails.update'].mockResolvedValue(fail('LOCKED')));
    await user.type(field('Üblicher Ort der Termine'), 'Rathaus');
    await user.click(screen.getByRole('button', { name: 'Angaben speichern' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
    expect(field('Üblicher Ort der Termine').value).toBe('Rathaus');
  });
});
