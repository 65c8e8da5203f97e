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
  'diagnostics.reportError': [
    {},
    { errorName: 'TypeError' },
    { components: ['App'] },
    // The message, or anything else, is never accepted.
    { errorName: 'TypeError', components: ['App'], message: 'Fatima Yilmaz' },
    { errorName: 'TypeError', components: ['App'], stack: 'at App' },
    // Names shaped like a message or a path, not like a class or a component.
    { errorName: 'Fatima Yilmaz', components: [] },
    { errorName: 'TypeError: Cannot read Fatima', components: [] },
    { errorName: 'Fatima', components: [] },
    { errorName: '', components: [] },
    { errorName: 'typeError', components: [] },
    { errorName: `${'A'.repeat(45)}Error`, components: [] },
    { errorName: 42, components: [] },
    { errorName: 'Error', components: ['Fatima Yilmaz'] },
    { errorName: 'Error', components: ['at App (app://kim/index.js:1:2)'] },
    { errorName: 'Error', components: ['Context.Provider'] },
    { errorName: 'Error', components: ['C:\\Users\\fatima'] },
    { errorName: 'Error', components: ['1App'] },
    { errorName: 'Error', components: [''] },
    { errorName: 'Error', components: ['A'.repeat(61)] },
    { errorName: 'Error', components: Array.from({ length: 21 }, () => 'App') },
    { errorName: 'Error', components: 'App' },
    { errorName: 'Error', components: [7] },
  ],
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
