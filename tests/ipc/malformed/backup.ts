import type { backupMethods } from '../../../electron/contract/areas/backup';

/** Malformed inputs for each method of the backup area: every method must be listed (the contract test checks). The renderer never names a file. */
export const backupMalformed: Record<keyof typeof backupMethods, unknown[]> = {
  'backup.status': [{ days: 7 }, null, 'jetzt'],
  'backup.create': [{ file: '/tmp/x.kimsich' }, { folder: '/media/usb' }, null],
  'backup.setReminderDays': [{}, { days: 0 }, { days: 366 }, { days: 2.5 }, { days: '7' }, { days: 7, extra: true }],
  'backup.verify': [
    {},
    { passphrase: '' },
    { passphrase: 'x'.repeat(1025) },
    { passphrase: 'Kaffee-Tasse-Regen-1987', file: '/tmp/x.kimsich' },
    { passphrase: 42 },
  ],
  'backup.restore': [
    {},
    { passphrase: '' },
    { passphrase: 'x'.repeat(1025) },
    { passphrase: 'Kaffee-Tasse-Regen-1987', file: '/tmp/x.kimsich' },
    { recoveryKey: 'ABCD' },
    { recoveryKey: 'ABCD', newPassphrase: '' },
    { recoveryKey: 'A'.repeat(201), newPassphrase: 'Kaffee-Tasse-Regen-1987' },
    { passphrase: 'Kaffee-Tasse-Regen-1987', recoveryKey: 'ABCD', newPassphrase: 'Kaffee-Tasse-Regen-1987' },
  ],
};
