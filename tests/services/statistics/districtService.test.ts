import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DistrictMergeResult } from '../../../electron/contract/areas/district';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore, tempDir, testServices } from '../../fixtures/tempStore';
import { asFile, asFormatOne, sampleDistrict } from '../../fixtures/statisticsDocuments';

const files = sampleDistrict('2026-Q3').docs.map((d, i) => asFile(d, `stelle-${i + 1}.json`));
const previous = sampleDistrict('2026-Q2').docs.map((d, i) => asFile(d, `vorher-${i + 1}.json`));
const now = () => new Date('2026-10-12T09:30:00');

describe('the district view works without any case store', () => {
  it('merges and exports on a computer that has no store, and writes nothing', async () => {
    const dir = tempDir();
    const services = testServices({ dbPath: path.join(dir, 'kim.db'), now });
    const session = vi.spyOn(services.store, 'session');
    const handlers = createHandlers(services);
    expect(services.store.status().state).toBe('new');

    const merged = await dispatch(handlers, 'district.merge', { files, previous, districtName: 'Kreis Musterland' });
    expect(merged.ok).toBe(true);
    const { report, problems } = (merged as { ok: true; value: DistrictMergeResult }).value;
    expect(problems).toEqual([]);
    expect(report).toMatchObject({
      districtName: 'Kreis Musterland',
      createdOn: '2026-10-12',
      period: { label: '2026-Q3' },
      previous: { period: { label: '2026-Q2' } },
    });
    expect(report!.units).toHaveLength(3);

    const xlsx = await dispatch(handlers, 'district.exportXlsx', { files, districtName: 'Kreis Musterland' });
    expect(xlsx).toMatchObject({ ok: true, value: { fileName: 'KIM-Kreisbericht_Kreis-Musterland_2026-Q3.xlsx' } });
    const xlsxBytes = (xlsx as { ok: true; value: { bytes: Uint8Array } }).value.bytes;
    expect(xlsxBytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(xlsxBytes.subarray(0, 2)).toString()).toBe('PK');

    const pdf = await dispatch(handlers, 'district.exportPdf', { files, previous });
    expect(pdf).toMatchObject({ ok: true, value: { fileName: 'KIM-Kreisbericht_2026-Q3.pdf' } });
    const pdfBytes = (pdf as { ok: true; value: { bytes: Uint8Array } }).value.bytes;
    expect(Buffer.from(pdfBytes.subarray(0, 5)).toString()).toBe('%PDF-');

    expect(session).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(services.store.status().state).toBe('new');
  });

  it('works while the case store is locked, and leaves it locked', async () => {
    const services = await createdStore({ now });
    services.store.lock('manual');
    const handlers = createHandlers(services);
    const merged = await dispatch(handlers, 'district.merge', { files });
    expect(merged).toMatchObject({ ok: true, value: { problems: [], report: { units: expect.any(Array) } } });
    expect(await dispatch(handlers, 'district.exportPdf', { files })).toMatchObject({ ok: true });
    expect(services.store.status().state).toBe('locked');
  });
});

describe('files with problems', () => {
  it('are reported per file, and the report waits until they are removed', async () => {
    const handlers = createHandlers(testServices({ now }));
    const bad = [...files, files[0]!, { name: 'notizen.txt', text: 'Frau Y. kommt Dienstag' }];
    const merged = await dispatch(handlers, 'district.merge', { files: bad, previous: [{ name: 'alt.json', text: '' }] });
    expect(merged).toEqual({
      ok: true,
      value: {
        report: null,
        problems: [
          { file: 'stelle-1.json', role: 'current', message: expect.stringMatching(/^Diese Datei ist inhaltsgleich mit „stelle-1\.json“/) },
          { file: 'notizen.txt', role: 'current', message: expect.stringMatching(/keine lesbare JSON-Datei/) },
          { file: 'alt.json', role: 'previous', message: 'Die Datei ist leer.' },
        ],
      },
    });
    // the file's content is never repeated in a message
    expect(JSON.stringify(merged)).not.toContain('Dienstag');
  });

  it('refuse the exports with DISTRICT_FILES_REFUSED', async () => {
    const handlers = createHandlers(testServices({ now }));
    for (const name of ['district.exportXlsx', 'district.exportPdf'] as const) {
      expect(await dispatch(handlers, name, { files: [{ name: 'x.json', text: '{}' }] })).toEqual({
        ok: false,
        error: { code: 'DISTRICT_FILES_REFUSED', message: expect.stringMatching(/^Mindestens eine Datei kann nicht zusammengeführt werden/) },
      });
    }
  });

  it('a chosen half-year is built from the quarters; a format 1 or demo export is refused', async () => {
    const handlers = createHandlers(testServices({ now }));
    const q4 = sampleDistrict('2026-Q4')
      .docs.slice(0, 2)
      .map((d, i) => asFile(d, `q4-${i}.json`));
    const merged = await dispatch(handlers, 'district.merge', { files: [...files, ...q4], period: '2026-H2' });
    const { report } = (merged as { ok: true; value: DistrictMergeResult }).value;
    expect(report).toMatchObject({ period: { label: '2026-H2', title: '2. Halbjahr 2026', quarters: ['2026-Q3', '2026-Q4'] } });
    expect(report!.units.map((u) => u.missingQuarters)).toEqual([[], [], ['2026-Q4']]);
    const refused = await dispatch(handlers, 'district.merge', {
      files: [
        files[0]!,
        asFile(asFormatOne(sampleDistrict('2026-Q3').docs[1]!), 'alt.json'),
        asFile({ ...sampleDistrict('2026-Q3').docs[2]!, demo: true }, 'demo.json'),
      ],
    });
    expect(refused).toMatchObject({
      ok: true,
      value: {
        report: null,
        problems: [
          { file: 'alt.json', role: 'current', message: expect.stringMatching(/^Diese Datei hat das Format 1/) },
          { file: 'demo.json', role: 'current', message: expect.stringMatching(/Demodaten dürfen nicht in die Statistik des Kreises/) },
        ],
      },
    });
    expect(await dispatch(handlers, 'district.merge', { files, period: '2026-Q5' })).toMatchObject({ ok: false });
  });

  it('a comparison period that is not earlier is refused', async () => {
    const handlers = createHandlers(testServices({ now }));
    const later = sampleDistrict('2026-Q4').docs.map((d, i) => asFile(d, `q4-${i}.json`));
    const merged = await dispatch(handlers, 'district.merge', { files, previous: later });
    expect(merged).toMatchObject({ ok: true, value: { report: null } });
    const { problems } = (merged as { ok: true; value: DistrictMergeResult }).value;
    expect(problems).toHaveLength(3);
    expect(problems.every((p) => p.role === 'previous' && /liegt nicht vor 3\. Quartal 2026/.test(p.message))).toBe(true);
  });
});
