import type { statisticsRosterMethods } from '../../../electron/contract/areas/statisticsRoster';
import { DISTRICT_FILE_MAX_CHARS } from '../../../electron/contract/areas/district';

/** Malformed inputs for the unit's key and roster methods: every method must be listed (the contract test checks). */
export const statisticsRosterMalformed: Record<keyof typeof statisticsRosterMethods, unknown[]> = {
  'statistics.unitKey': [{ unitId: '00000000-0000-4000-8000-000000000000' }, { privateKey: true }],
  'statistics.exportUnitKey': [{ out: '/tmp/schluessel.json' }, { unitName: 'Stelle' }],
  'statistics.roster': [{ text: '{}' }, { all: true }],
  'statistics.checkRoster': [
    {},
    { text: '' },
    { text: 42 },
    { text: null },
    { text: ['{}'] },
    { text: 'x'.repeat(DISTRICT_FILE_MAX_CHARS + 1) },
    { text: '{}', replaceList: true },
    { text: '{}', path: '/tmp/bezirksliste.json' },
  ],
  'statistics.importRoster': [
    {},
    { text: '' },
    { text: 42 },
    { text: 'x'.repeat(DISTRICT_FILE_MAX_CHARS + 1) },
    { text: '{}', replaceList: 'ja' },
    { text: '{}', replaceList: 1 },
    { text: '{}', replaceList: null },
    { text: '{}', force: true },
  ],
};
