import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createdStore, GOOD_PASSPHRASE, OTHER_PASSPHRASE, tempDir, testServices } from '../../fixtures/tempStore';

/** The app's path: the renderer asks, the main process's dialog (here a stand-in) names the file. */
describe('Sicherung through the contract', () => {
  it('writes to the chosen file, says nothing when the dialog is cancelled, and checks a chosen backup', { timeout: 30_000 }, async () => {
    const services = await createdStore({ now: () => new Date('2026-03-15T10:00:00Z') });
    const handlers = createHandlers(services);
    const folder = tempDir();
    let chosen: string | null = null;
    const suggested: string[] = [];
    services.backup.chooseFilesWith({
      saveAs: async (name) => {
        suggested.push(name);
        return chosen;
      },
      open: async () => chosen,
    });

    expect(await dispatch(handlers, 'backup.create', {})).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(folder)).toEqual([]);
    expect((await dispatch(handlers, 'backup.status', {})) as unknown).toEqual({ ok: true, value: { lastBackupAt: null, reminderDays: 7, due: true } });

    chosen = path.join(folder, 'usb.kimsich');
    const made = await dispatch(handlers, 'backup.create', {});
    expect(made).toEqual({
      ok: true,
      value: {
        file: chosen,
        bytes: fs.statSync(chosen).size,
        createdAt: '2026-03-15T10:00:00.000Z',
        auditHead: { entryId: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
    });
    expect(suggested).toEqual(['kim-sicherung-2026-03-15.kimsich', 'kim-sicherung-2026-03-15.kimsich']);
    expect(await dispatch(handlers, 'backup.status', {})).toEqual({
      ok: true,
      value: { lastBackupAt: '2026-03-15T10:00:00.000Z', reminderDays: 7, due: false },
    });

    const checked = await dispatch(handlers, 'backup.verify', { passphrase: GOOD_PASSPHRASE });
    expect(checked).toMatchObject({ ok: true, value: { bytes: fs.statSync(chosen).size } });
    const wrong = await dispatch(handlers, 'backup.verify', { passphrase: OTHER_PASSPHRASE });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BACKUP_WRONG_PASSPHRASE' } });

    expect(await dispatch(handlers, 'backup.setReminderDays', { days: 14 })).toMatchObject({ ok: true, value: { reminderDays: 14 } });
    services.store.lock('manual');
    expect(await dispatch(handlers, 'backup.create', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('restores on a new device from the setup screen: the chosen file, the passphrase of its time; never over a store', { timeout: 30_000 }, async () => {
    const source = await createdStore();
    const file = path.join(tempDir(), 'usb.kimsich');
    source.backup.create({ file });
    source.store.lock('manual');

    const device = testServices({ dbPath: path.join(tempDir(), 'kim.db') });
    const handlers = createHandlers(device);
    let chosen: string | null = null;
    device.backup.chooseFilesWith({ saveAs: async () => null, open: async () => chosen });
    expect(await dispatch(handlers, 'backup.restore', { passphrase: GOOD_PASSPHRASE })).toEqual({ ok: true, value: null });
    expect(device.store.status().state).toBe('new');

    chosen = file;
    expect(await dispatch(handlers, 'backup.restore', { passphrase: OTHER_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_WRONG_PASSPHRASE' },
    });
    expect(device.store.status().state).toBe('new');
    expect(await dispatch(handlers, 'backup.restore', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true, value: { bytes: fs.statSync(file).size } });
    expect(device.store.status().state).toBe('unlocked');
    expect(await dispatch(handlers, 'settings.get', {})).toMatchObject({ ok: true, value: { userName: 'Test Beraterin' } });
    expect(await dispatch(handlers, 'backup.restore', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'STORE_EXISTS' } });
    device.store.lock('manual');
  });
  it('restores from the setup screen with the recovery key: a weak new passphrase is refused before the dialog, afterwards only the new passphrase opens', {
    timeout: 30_000,
  }, async () => {
    const source = await createdStore();
    const file = path.join(tempDir(), 'usb.kimsich');
    source.backup.create({ file });
    source.store.lock('manual');

    const device = testServices({ dbPath: path.join(tempDir(), 'kim.db') });
    const handlers = createHandlers(device);
    let asked = 0;
    device.backup.chooseFilesWith({
      saveAs: async () => null,
      open: async () => {
        asked += 1;
        return file;
      },
    });
    expect(await dispatch(handlers, 'backup.restore', { recoveryKey: source.recoveryKey, newPassphrase: 'kurz' })).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PASSPHRASE' },
    });
    expect(asked).toBe(0);
    const otherKey = source.recoveryKey.replace(/[0-9A-Z](?=[^0-9A-Z]*$)/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await dispatch(handlers, 'backup.restore', { recoveryKey: otherKey, newPassphrase: OTHER_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_WRONG_RECOVERY_KEY' },
    });
    expect(device.store.status().state).toBe('new');
    expect(await dispatch(handlers, 'backup.restore', { recoveryKey: source.recoveryKey, newPassphrase: OTHER_PASSPHRASE })).toMatchObject({ ok: true });
    expect(device.store.status().state).toBe('unlocked');
    device.store.lock('manual');
    expect(await dispatch(handlers, 'store.unlock', { passphrase: OTHER_PASSPHRASE })).toMatchObject({ ok: true });
    device.store.lock('manual');
    expect(await dispatch(handlers, 'store.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
  });
});
