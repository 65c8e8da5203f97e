/** Reporting periods: closed quarters only, each published once; years and half-years are refused with their reason. */
import { describe, expect, it } from 'vitest';
import { asOfDay, isRunning, parseQuarter, quarterChoices } from '../../../electron/services/statistics/period';
import { ageBandOf, ageOn } from '../../../electron/services/statistics/dimensions';
import { regionOf } from '../../../electron/services/statistics/regions';
import { languageGroupOf } from '../../../electron/services/statistics/languageGroups';
import { STATISTICS_LIMITS } from '../../../electron/contract/areas/statistics';
import { MIN_K, DEFAULT_K } from '../../../electron/services/statistics/suppression';

const TODAY = '2026-05-10';

describe('quarters', () => {
  it('reads a quarter with its first and last day', () => {
    expect(parseQuarter('2024-Q1', TODAY)).toEqual({ label: '2024-Q1', from: '2024-01-01', to: '2024-03-31' });
    expect(parseQuarter('2025-Q3', TODAY)).toEqual({ label: '2025-Q3', from: '2025-07-01', to: '2025-09-30' });
    expect(parseQuarter('2025-Q4', TODAY).to).toBe('2025-12-31');
    expect(parseQuarter('2024-Q1', TODAY).to).toBe('2024-03-31');
  });

  it('refuses years and half-years with their own reason (PERIOD_NOT_QUARTER): they would nest with the quarters', () => {
    for (const label of ['2025', '2025-H1', '2025-H2', '2026'])
      expect(() => parseQuarter(label, TODAY), label).toThrow(expect.objectContaining({ code: 'PERIOD_NOT_QUARTER' }));
  });

  it('treats a quarter as running up to and including its last day', () => {
    const q2 = parseQuarter('2026-Q2', TODAY);
    expect(isRunning(q2, TODAY)).toBe(true);
    expect(asOfDay(q2, TODAY)).toBe(TODAY);
    expect(isRunning(q2, '2026-06-30')).toBe(true);
    expect(isRunning(q2, '2026-07-01')).toBe(false);
    expect(asOfDay(q2, '2026-07-01')).toBe('2026-06-30');
    expect(parseQuarter('2026-Q2', '2026-04-01').from).toBe('2026-04-01'); // its first day is enough to preview it
  });

  it('refuses quarters that have not begun (PERIOD_NOT_STARTED)', () => {
    for (const label of ['2026-Q3', '2027-Q1'])
      expect(() => parseQuarter(label, TODAY), label).toThrow(expect.objectContaining({ code: 'PERIOD_NOT_STARTED' }));
  });

  it('refuses anything else (PERIOD_INVALID)', () => {
    for (const label of ['2026-Q5', '2026-H3', '2026-01', '26', '2026 ', 'Q1-2026', '1999-Q4', '']) {
      expect(() => parseQuarter(label, TODAY), label).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID' }));
    }
  });

  it('offers the begun quarters of this and the two previous years, newest first, with their state', () => {
    const choices = quarterChoices(TODAY, new Map([['2026-Q1', '2026-04-02']]));
    expect(choices.slice(0, 3).map((c) => [c.label, c.title, c.state, c.publishedOn])).toEqual([
      ['2026-Q2', '2. Quartal 2026', 'laufend', null],
      ['2026-Q1', '1. Quartal 2026', 'veroeffentlicht', '2026-04-02'],
      ['2025-Q4', '4. Quartal 2025', 'bereit', null],
    ]);
    expect(choices.map((c) => c.label)).toContain('2024-Q1');
    expect(choices.map((c) => c.label)).not.toContain('2023-Q4');
    expect(choices.every((c) => /^\d{4}-Q[1-4]$/.test(c.label))).toBe(true);
    expect(choices).toHaveLength(2 + 4 + 4);
  });

  it('keeps offering a quarter published long ago, so it can be exported again', () => {
    const choices = quarterChoices(TODAY, new Map([['2021-Q3', '2021-10-05']]));
    expect(choices.at(-1)).toMatchObject({ label: '2021-Q3', state: 'veroeffentlicht', publishedOn: '2021-10-05' });
  });
});

describe('what the tables count by', () => {
  it('computes the age at the end of the period from partial dates of birth (year: 1 July, month: the 15th)', () => {
    expect(ageOn('1990-05-01', '2026-03-31')).toBe(35);
    expect(ageOn('1990-03-31', '2026-03-31')).toBe(36);
    expect(ageOn('2008', '2026-06-30')).toBe(17);
    expect(ageOn('2008', '2026-07-01')).toBe(18);
    expect(ageOn('2008-03', '2026-03-14')).toBe(17);
    expect(ageOn('2008-03', '2026-03-15')).toBe(18);
    expect(ageOn(null, '2026-03-31')).toBeNull();
    expect(ageOn('2030', '2026-03-31')).toBeNull();
    expect(['2010-01-01', '2000-01-01', '1990-01-01', '1970-01-01', '1950-01-01', null].map((b) => ageBandOf(b, '2026-12-31'))).toEqual([
      '0-17',
      '18-26',
      '27-44',
      '45-64',
      '65-und-aelter',
      'unbekannt',
    ]);
  });

  it('groups nationalities into regions (origin before German citizenship) and languages into groups', () => {
    expect(regionOf(['SY'])).toBe('naher-osten');
    expect(regionOf(['DE', 'AF'])).toBe('mittel-und-suedasien');
    expect(regionOf(['DE'])).toBe('deutschland');
    expect(regionOf(['XX'])).toBe('sonstige');
    expect(regionOf([])).toBe('unbekannt');
    expect(regionOf(['ER'])).toBe('ostafrika');
    expect(regionOf(['GN'])).toBe('westafrika');
    expect(regionOf(['RO'])).toBe('osteuropa-eu');
    expect(regionOf(['UA'])).toBe('osteuropa');
    expect(languageGroupOf('fa')).toBe('persisch-paschtu');
    expect(languageGroupOf('ti')).toBe('ostafrikanisch');
    expect(languageGroupOf('xx')).toBe('andere');
    expect(languageGroupOf(null)).toBe('unbekannt');
  });

  it('keeps the contract limits of k in line with the suppression', () => {
    expect(STATISTICS_LIMITS.threshold.min).toBe(MIN_K);
    expect(STATISTICS_LIMITS.threshold.default).toBe(DEFAULT_K);
  });
});
