/** Einstellungen → Sicherung (last backup, create, reminder days, check a file) and the reminder on Heute. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, GOOD_PASSPHRASE, KEY, newStatus, OTHER_PASSPHRASE, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';
import { emptyToday } from '../today/todayFixtures';

async function openSettings(configure: (kim: FakeKim) => void = () => undefined) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      configure(kim);
    },
  });
  await screen.findByText('Angemeldet: Aylin Demir');
  await app.user.keyboard('{Alt>}5{/Alt}');
  const region = await screen.findByRole('region', { name: 'Sicherung' });
  return { ...app, region };
}

function renderToday(configure: (kim: FakeKim) => void) {
  return renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 12 }));
      kim['today.items'].mockResolvedValue(ok(emptyToday));
      configure(kim);
    },
  });
}

describe('Einstellungen: Sicherung', () => {
  it('shows the last backup, makes a new one where the dialog says, and shows where it went', async () => {
    const { kim, user, region } = await openSettings((kim) => {
      kim['backup.create'].mockResolvedValue(
        ok({
          file: '/media/usb/kim-sicherung-2026-11-23.kimsich',
          bytes: 5_400_000,
          createdAt: new Date(2026, 10, 23, 9, 15).toISOString(),
          auditHead: { entryId: 915, hash: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
        }),
      );
    });
    expect(await within(region).findByText(/^Letzte Sicherung: 20\.11\.2026, \d\d:00$/)).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Sicherung anlegen …' }));
    expect(kim['backup.create']).toHaveBeenCalledWith({});
    expect(
      await within(region).findByText(
        /^Gesichert am 23\.11\.2026, \d\d:15: \/media\/usb\/kim-sicherung-2026-11-23\.kimsich \(5,1 MB\)\. Stand des Protokolls darin: Eintrag 915, Prüfwert a{64}\.$/,
      ),
    ).toBeTruthy();
    expect(within(region).getByText(/^Letzte Sicherung: 23\.11\.2026/)).toBeTruthy();
  });

  it('a cancelled dialog changes nothing; a refusal is shown in German', async () => {
    const { kim, user, region } = await openSettings((kim) => {
      kim['backup.create'].mockResolvedValueOnce(ok(null)).mockResolvedValueOnce(fail('BACKUP_TARGET_UNAVAILABLE'));
    });
    const button = await within(region).findByRole('button', { name: 'Sicherung anlegen …' });
    await user.click(button);
    expect(kim['backup.create']).toHaveBeenCalledTimes(1);
    expect(within(region).queryByRole('alert')).toBeNull();
    await user.click(button);
    expect((await within(region).findByRole('alert')).textContent).toMatch(/nicht erreichbar/);
  });

  it('saves the reminder days only within 1..365', async () => {
    const { kim, user, region } = await openSettings((kim) => {
      kim['backup.setReminderDays'].mockImplementation(async ({ days }) => ok({ lastBackupAt: null, reminderDays: days, due: true }));
    });
    const field = await within(region).findByLabelText<HTMLInputElement>('Erinnern, wenn die letzte Sicherung älter ist als (Tage)');
    expect(field.value).toBe('7');
    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(within(region).getByText('Bitte eine ganze Zahl von 1 bis 365 eingeben.')).toBeTruthy();
    expect(kim['backup.setReminderDays']).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '14{Enter}');
    expect(kim['backup.setReminderDays']).toHaveBeenCalledWith({ days: 14 });
    expect(await within(region).findByText('Gespeichert.')).toBeTruthy();
  });

  it('checks a backup file with the passphrase, keyboard only, and clears the field', async () => {
    const { kim, user, region } = await openSettings((kim) => {
      kim['backup.verify']
        .mockResolvedValueOnce(fail('BACKUP_WRONG_PASSPHRASE'))
        .mockResolvedValueOnce(ok({ lastEntryAt: new Date(2026, 10, 20, 16, 0).toISOString(), bytes: 800_000, auditHead: null }));
    });
    const field = await within(region).findByLabelText<HTMLInputElement>('Passphrase zur Zeit der Sicherung');
    await user.type(field, 'falsch-falsch-falsch{Enter}');
    expect((await within(region).findByRole('alert')).textContent).toContain('Die Passphrase passt nicht zu dieser Sicherung.');
    expect(document.activeElement).toBe(field);
    await user.type(field, `${GOOD_PASSPHRASE}{Enter}`);
    expect(kim['backup.verify']).toHaveBeenLastCalledWith({ passphrase: GOOD_PASSPHRASE });
    expect(await within(region).findByText('Die Sicherung ist in Ordnung und lässt sich zurückspielen (Stand: 20.11.2026, 781 KB).')).toBeTruthy();
    expect(field.value).toBe('');
  });
});

describe('Heute: Erinnerung an die Sicherung', () => {
  it('reminds when the last backup is older than the set days and leads to Einstellungen', async () => {
    const { user } = renderToday((kim) => {
      kim['backup.status'].mockResolvedValue(ok({ lastBackupAt: new Date(2026, 10, 1, 10, 0).toISOString(), reminderDays: 7, due: true }));
    });
    const region = await screen.findByRole('region', { name: 'Sicherung' });
    expect(region.textContent).toContain('Die letzte Sicherung ist vom 01.11.2026, älter als 7 Tage.');
    await user.click(within(region).getByRole('button', { name: 'Zur Sicherung' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
  });

  it('reminds when there is no backup yet, and says nothing when the last one is recent', async () => {
    renderToday((kim) => {
      kim['backup.status'].mockResolvedValue(ok({ lastBackupAt: null, reminderDays: 7, due: true }));
    });
    expect((await screen.findByRole('region', { name: 'Sicherung' })).textContent).toContain('noch keine Sicherung');
  });

  it('shows no reminder for a recent backup', async () => {
    renderToday(() => undefined);
    await screen.findByRole('heading', { level: 1, name: 'Heute' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('region', { name: 'Sicherung' })).toBeNull();
  });
});

describe('Einrichten: aus einer Sicherung wiederherstellen', () => {
  it('restores with the passphrase of the backup and opens the app; a refusal keeps the setup screen', async () => {
    const { kim, user } = renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(newStatus));
        kim['backup.restore']
          .mockResolvedValueOnce(fail('BACKUP_DAMAGED'))
          .mockResolvedValueOnce(ok({ lastEntryAt: new Date(2026, 10, 20, 16, 0).toISOString(), bytes: 800_000, auditHead: null }));
        kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 12 }));
        kim['today.items'].mockResolvedValue(ok(emptyToday));
      },
    });
    const region = await screen.findByRole('region', { name: 'Aus einer Sicherung wiederherstellen' });
    const field = within(region).getByLabelText<HTMLInputElement>('Passphrase zur Zeit der Sicherung');
    await user.type(field, `${GOOD_PASSPHRASE}{Enter}`);
    expect((await within(region).findByRole('alert')).textContent).toContain('Die Sicherungsdatei ist beschädigt oder unvollständig.');
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('');
    await user.type(field, `${GOOD_PASSPHRASE}{Enter}`);
    expect(kim['backup.restore']).toHaveBeenLastCalledWith({ passphrase: GOOD_PASSPHRASE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Heute' })).toBeTruthy();
  });
  it('restores with the recovery key and a new passphrase when the old one is forgotten; the key stays for a typo, the passphrases go', async () => {
    const { kim, user } = renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(newStatus));
        kim['backup.restore']
          .mockResolvedValueOnce(fail('BACKUP_WRONG_RECOVERY_KEY'))
          .mockResolvedValueOnce(ok({ lastEntryAt: new Date(2026, 10, 20, 16, 0).toISOString(), bytes: 800_000, auditHead: null }));
        kim['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 12 }));
        kim['today.items'].mockResolvedValue(ok(emptyToday));
      },
    });
    const region = await screen.findByRole('region', { name: 'Aus einer Sicherung wiederherstellen' });
    await user.click(within(region).getByRole('radio', { name: 'Mit dem Wiederherstellungsschlüssel (Passphrase vergessen)' }));
    expect(within(region).queryByLabelText('Passphrase zur Zeit der Sicherung')).toBeNull();
    const key = within(region).getByLabelText<HTMLInputElement>('Wiederherstellungsschlüssel');
    await user.type(key, KEY);
    const submit = within(region).getByRole('button', { name: 'Sicherung wählen und wiederherstellen …' });
    await user.click(submit);
    expect(kim['backup.restore']).not.toHaveBeenCalled(); // no new passphrase yet

    const typeNew = async () => {
      await user.type(within(region).getByLabelText('Neue Passphrase'), OTHER_PASSPHRASE);
      await user.type(within(region).getByLabelText('Neue Passphrase wiederholen'), `${OTHER_PASSPHRASE}{Enter}`);
    };
    await typeNew();
    expect(kim['backup.restore']).toHaveBeenLastCalledWith({ recoveryKey: KEY, newPassphrase: OTHER_PASSPHRASE });
    expect((await within(region).findByRole('alert')).textContent).toContain('Wiederherstellungsschlüssel');
    expect(key.value).toBe(KEY);
    expect(document.activeElement).toBe(key);
    expect(within(region).getByLabelText<HTMLInputElement>('Neue Passphrase').value).toBe('');
    await typeNew();
    expect(await screen.findByRole('heading', { level: 1, name: 'Heute' })).toBeTruthy();
  });
});
