/**
 * The older printouts (district report, Zielvereinbarung) are archivable like every document:
 * PDF/A-2b, every font embedded, no standard-14 font (the district report used Symbol for "≥"),
 * and no missing glyph (Noto Sans has no "≥": it is drawn as ">" over a bar and reads back as "≥").
 */
import { describe, expect, it } from 'vitest';
import { mergeDistrict, type ParsedExport } from '../../../electron/services/statistics/districtMerge';
import { districtReportToPdf } from '../../../electron/services/statistics/districtPdf';
import { sampleDistrict } from '../../fixtures/statisticsDocuments';
import { expectArchivable, readText } from './readBack';

const parsed = (docs: ParsedExport['document'][], prefix: string): ParsedExport[] => docs.map((document, i) => ({ name: `${prefix}-${i}.json`, document }));

describe('the district report as PDF', () => {
  it('is archivable and its "≥" prints and reads back', async () => {
    const report = mergeDistrict(parsed(sampleDistrict('2026-Q3').docs, 'q3'), parsed(sampleDistrict('2026-Q2', 2).docs, 'q2'), {
      districtName: 'Kreis Musterland',
      createdOn: '2026-10-12',
    });
    const pdf = await districtReportToPdf(report);
    expectArchivable(pdf, expect);
    const { text } = await readText(pdf);
    expect(text).toMatch(/≥ ?\d+/);
  });
});
