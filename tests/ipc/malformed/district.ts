import { DISTRICT_FILES_MAX, type districtMethods } from '../../../electron/contract/areas/district';
import { ROSTER_MAX_UNITS } from '../../../electron/contract/districtAggregation';

const file = { name: 'a.json', text: '{}' };
const tooMany = Array.from({ length: DISTRICT_FILES_MAX + 1 }, (_, i) => ({ name: `s${i}.json`, text: '{}' }));

/** Malformed inputs shared by the three district methods (they take the same input). */
const districtInputs: unknown[] = [
  {},
  { files: [] },
  { files: file },
  { files: [{ name: 'a.json' }] },
  { files: [{ text: '{}' }] },
  { files: [{ name: '', text: '{}' }] },
  { files: [{ name: 'a.json', text: 42 }] },
  { files: [{ name: 'a.json', text: '{}', size: 2 }] },
  { files: [{ name: 'x'.repeat(256), text: '{}' }] },
  { files: [{ name: 'a.json', text: 'x'.repeat(5_000_001) }] },
  { files: tooMany },
  { files: [file], previous: file },
  { files: [file], previous: tooMany },
  { files: [file], previous: [{ name: 'p.json', text: null }] },
  { files: [file], districtName: '' },
  { files: [file], districtName: '   ' },
  { files: [file], districtName: 'x'.repeat(121) },
  { files: [file], districtName: 7 },
  { files: [file], out: 'bericht.pdf' },
  { files: [file], period: '2026-Q5' },
  { files: [file], period: 'H1' },
  { files: [file], period: 2026 },
  { files: [file], period: '2026-H1 ' },
];

const keyFile = { name: 'schluessel-a.json', text: '{}' };
const rosterBase = { keyFiles: [keyFile], district: 'Kreis Musterland', threshold: 5, perturbation: true };

/** Malformed inputs of district.buildRoster. */
const rosterInputs: unknown[] = [
  {},
  { ...rosterBase, keyFiles: [] },
  { ...rosterBase, keyFiles: keyFile },
  { ...rosterBase, keyFiles: [{ name: 'a.json' }] },
  { ...rosterBase, keyFiles: [{ name: '', text: '{}' }] },
  { ...rosterBase, keyFiles: [{ name: 'a.json', text: 'x'.repeat(5_000_001) }] },
  { ...rosterBase, keyFiles: Array.from({ length: ROSTER_MAX_UNITS + 1 }, (_, i) => ({ name: `s${i}.json`, text: '{}' })) },
  { ...rosterBase, previous: [keyFile] },
  { ...rosterBase, previous: { name: 'alt.json' } },
  { ...rosterBase, district: undefined },
  { ...rosterBase, district: '' },
  { ...rosterBase, district: '   ' },
  { ...rosterBase, district: 'x'.repeat(121) },
  { ...rosterBase, threshold: 2 },
  { ...rosterBase, threshold: 21 },
  { ...rosterBase, threshold: 5.5 },
  { ...rosterBase, threshold: '5' },
  { ...rosterBase, threshold: undefined },
  { ...rosterBase, perturbation: 'an' },
  { ...rosterBase, perturbation: undefined },
  { ...rosterBase, validFrom: '2026-Q5' },
  { ...rosterBase, validFrom: '2026-3' },
  { ...rosterBase, validFrom: '2026' },
  { ...rosterBase, validFrom: 20263 },
  { ...rosterBase, validFrom: null },
  { ...rosterBase, out: 'liste.json' },
];

/** Malformed inputs for each method of the district area: every method must be listed (the contract test checks). */
export const districtMalformed: Record<keyof typeof districtMethods, unknown[]> = {
  'district.buildRoster': rosterInputs,
  'district.merge': districtInputs,
  'district.exportXlsx': districtInputs,
  'district.exportPdf': districtInputs,
};
