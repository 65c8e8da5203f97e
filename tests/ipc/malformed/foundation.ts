import { GOOD_PASSPHRASE } from '../../fixtures/tempStore';

/** Malformed inputs for the foundation's methods (store, recovery key, settings). */
export const foundationMalformed = {
  'store.status': [{ extra: 1 }],
  'store.create': [
    { userName: 'A' },
    { userName: '', passphrase: GOOD_PASSPHRASE },
    { userName: 'A', passphrase: 42 },
    { userName: 'A', passphrase: 'x'.repeat(2000) },
  ],
  'store.unlock': [{}, { passphrase: '' }, { passphrase: ['x'] }, { passphrase: GOOD_PASSPHRASE, remember: true }],
  'store.unlockWithRecoveryKey': [{ recoveryKey: 'AAAA' }, { recoveryKey: 'A'.repeat(500), newPassphrase: GOOD_PASSPHRASE }],
  'store.lock': [{ reason: 'idle' }],
  'store.changePassphrase': [{ current: GOOD_PASSPHRASE }, { current: 1, next: 2 }],
  'recoveryKey.confirm': [
    { answers: [] },
    {
      answers: [
        { group: 0, value: 'A' },
        { group: 1, value: 'B' },
      ],
    },
    {
      answers: [
        { group: 1.5, value: 'A' },
        { group: 2, value: 'B' },
      ],
    },
  ],
  'recoveryKey.renew': [{}, { passphrase: null }],
  'store.rekey': [{}, { passphrase: '' }, { passphrase: 7 }, { passphrase: GOOD_PASSPHRASE, recoveryKey: 'x' }],
  'store.health': [{ full: true }],
  'store.location': [{ folder: '/tmp' }, { source: 'schalter' }],
  'settings.get': [{ key: 'userName' }],
  'settings.update': [
    { autoLockMinutes: 0 },
    { autoLockMinutes: 61 },
    { autoLockMinutes: 2.5 },
    { reassessmentMonths: 0 },
    { reassessmentMonths: 25 },
    { userName: '   ' },
    { theme: 'dark' },
  ],
};
