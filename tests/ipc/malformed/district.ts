import { DISTRICT_FILES_MAX, type districtMethods } from '../../../electron/contract/areas/district';

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

/** Malformed inputs for each method of the district area: every method must be listed (the contract test checks). */
export const districtMalformed: Record<keyof typeof districtMethods, unknown[]> = {
  'district.merge': districtInputs,
  'district.exportXlsx': districtInputs,
  'district.exportPdf': districtInputs,
};
