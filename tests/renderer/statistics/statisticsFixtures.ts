/**
 * A small, hand-made statistic for the Statistik page's tests: quarters in all three states,
 * counts with hidden cells, medians, settings. The renderer tests run on 21.11.2026
 * (testClock.ts): 2026-Q4 runs, 2026-Q3 is ready, earlier quarters are published.
 */
import type { StatisticsPeriod, StatisticsPreview, StatisticsSettings } from '../../../electron/contract/areas/statistics';
import type { StatisticsDocument } from '../../../electron/contract/statisticsDocument';
import { TEST_TODAY } from '../testClock';

export const UNIT_ID = '6f1c2b0a-8d9e-4f3a-9b7c-1e2d3f4a5b6c';
export const SHA256 = 'a3f1c09e7b2d4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7';

export const settings: StatisticsSettings = {
  unit: { id: UNIT_ID, name: 'KIM Stadt Ahlen', traeger: 'Stadt Ahlen', municipality: 'Ahlen' },
  threshold: 5,
  perturbation: true,
};

export const unnamedSettings: StatisticsSettings = { ...settings, unit: { id: UNIT_ID, name: null, traeger: null, municipality: null } };

const quarter = (label: string, from: string, to: string, state: StatisticsPeriod['state'], publishedOn: string | null = null): StatisticsPeriod => ({
  label,
  from,
  to,
  title: `${label.slice(-1)}. Quartal ${label.slice(0, 4)}`,
  state,
  publishedOn,
});

/** Out of order on purpose, with a half-year the page must not offer. */
export const periods: StatisticsPeriod[] = [
  quarter('2025-Q4', '2025-10-01', '2025-12-31', 'veroeffentlicht', '2026-01-12'),
  quarter('2026-Q2', '2026-04-01', '2026-06-30', 'veroeffentlicht', '2026-07-06'),
  { ...quarter('2026-H1', '2026-01-01', '2026-06-30', 'bereit'), title: '1. Halbjahr 2026' },
  quarter('2026-Q4', '2026-10-01', '2026-12-31', 'laufend'),
  quarter('2026-Q3', '2026-07-01', '2026-09-30', 'bereit'),
  quarter('2026-Q1', '2026-01-01', '2026-03-31', 'bereit'),
];

export function statisticsDocumentFor(period: StatisticsPeriod, unitName = 'KIM Stadt Ahlen'): StatisticsDocument {
  return {
    format: 'kim-fallakte-statistik',
    formatVersion: 2,
    appVersion: '0.1.0',
    createdOn: period.publishedOn ?? TEST_TODAY,
    demo: false,
    unit: { id: UNIT_ID, name: unitName, traeger: 'Stadt Ahlen', municipality: 'Ahlen' },
    period: { label: period.label, from: period.from, to: period.to },
    threshold: 5,
    perturbation: { method: 'cell-key', maxDeviation: 2 },
    tables: [
      {
        kind: 'counts',
        id: 'faelle-laufend-zielgruppe',
        section: 'faelle',
        title: 'Laufende Fälle am Ende des Quartals nach Zielgruppe',
        unitOfCount: 'Fälle',
        timing: 'stichtag',
        rowTitle: 'Zielgruppe',
        columnTitle: null,
        rows: [
          { key: 'umf', label: 'Unbegleitete minderjährige Geflüchtete (UMF)' },
          { key: 'geduldete', label: 'Geduldete über 27 Jahre' },
          { key: 'osteuropa', label: 'Zugewanderte aus Osteuropa' },
          { key: 'keine', label: 'Keiner Zielgruppe zugeordnet' },
        ],
        columns: [{ key: 'anzahl', label: 'Anzahl' }],
        cells: [[12], [null], [7], [null]],
        rowTotals: null,
        columnTotals: [25],
        total: 25,
      },
      {
        kind: 'counts',
        id: 'kontakte-art-ort',
        section: 'kontakte',
        title: 'Kontakte nach Art und Ort',
        unitOfCount: 'Kontakte',
        timing: 'zeitraum',
        rowTitle: 'Art des Kontakts',
        columnTitle: 'Ort',
        rows: [
          { key: 'persoenlich', label: 'Persönlich' },
          { key: 'telefon', label: 'Telefon' },
        ],
        columns: [
          { key: 'gu', label: 'Gemeinschaftsunterkunft' },
          { key: 'rathaus', label: 'Rathaus' },
          { key: 'aufsuchend', label: 'Aufsuchend' },
        ],
        cells: [
          [20, null, 8],
          [null, 6, 5],
        ],
        rowTotals: [31, 14],
        columnTotals: [23, 9, 13],
        total: 1045,
      },
      {
        kind: 'counts',
        id: 'kontakte-sprache',
        section: 'kontakte',
        title: 'Kontakte nach Sprachgruppe der Person und Sprachmittlung',
        unitOfCount: 'Kontakte',
        timing: 'zeitraum',
        rowTitle: 'Sprachgruppe',
        columnTitle: 'Sprachmittlung',
        rows: [
          { key: 'arabisch', label: 'Arabisch' },
          { key: 'ukrainisch', label: 'Ukrainisch' },
          { key: 'deutsch', label: 'Deutsch' },
        ],
        columns: [
          { key: 'mit-sprachmittlung', label: 'Mit Sprachmittlung' },
          { key: 'ohne-sprachmittlung', label: 'Ohne Sprachmittlung' },
        ],
        cells: [
          [21, 13],
          [null, 9],
          [0, 0],
        ],
        rowTotals: [34, 11, 0],
        columnTotals: [24, 23],
        total: 47,
      },
      {
        kind: 'counts',
        id: 'zyklus-ziele-ergebnis',
        section: 'zyklus',
        title: 'Ziele mit Ergebnis im Zeitraum nach Lebensbereich und Ergebnis',
        unitOfCount: 'Ziele',
        timing: 'zeitraum',
        rowTitle: 'Lebensbereich',
        columnTitle: 'Ergebnis',
        rows: [
          { key: 'sprache', label: 'Sprache' },
          { key: 'arbeit', label: 'Arbeit' },
        ],
        columns: [
          { key: 'verworfen', label: 'Verworfen' },
          { key: 'erreicht', label: 'Erreicht' },
          { key: 'teilweise_erreicht', label: 'Teilweise erreicht' },
          { key: 'nicht_erreicht', label: 'Nicht erreicht' },
        ],
        cells: [
          [6, 161, null, 11],
          [8, 7, 5, 9],
        ],
        rowTotals: [181, 29],
        columnTotals: [14, 168, 8, 20],
        total: 210,
      },
      {
        kind: 'measures',
        id: 'zyklus-dauer',
        section: 'zyklus',
        title: 'Dauer bis Assessment und Zielvereinbarung',
        rowTitle: 'Dauer',
        rows: [
          { key: 'tage-bis-assessment', label: 'Tage bis zum ersten Assessment (Median)', unitOfMeasure: 'Tage', value: 9 },
          { key: 'tage-bis-vereinbarung', label: 'Tage bis zur ersten Zielvereinbarung (Median)', unitOfMeasure: 'Tage', value: null },
        ],
      },
    ],
  };
}

export function previewFor(
  label: string,
  options: { missing?: string[]; state?: StatisticsPeriod['state']; districtExport?: StatisticsPreview['districtExport'] } = {},
): StatisticsPreview {
  const listed = periods.find((p) => p.label === label)!;
  const state = options.state ?? listed.state;
  const period = { ...listed, state, publishedOn: state === 'veroeffentlicht' ? (listed.publishedOn ?? TEST_TODAY) : null };
  const published = state === 'veroeffentlicht';
  return {
    document: statisticsDocumentFor(period),
    suppressed: published
      ? []
      : [
          { tableId: 'faelle-laufend-zielgruppe', title: 'Laufende Fälle am Ende des Quartals nach Zielgruppe', small: 1, protecting: 1, measures: 0 },
          { tableId: 'kontakte-art-ort', title: 'Kontakte nach Art und Ort', small: 1, protecting: 1, measures: 0 },
          { tableId: 'kontakte-sprache', title: 'Kontakte nach Sprachgruppe der Person und Sprachmittlung', small: 1, protecting: 0, measures: 0 },
          { tableId: 'zyklus-ziele-ergebnis', title: 'Ziele mit Ergebnis im Zeitraum nach Lebensbereich und Ergebnis', small: 0, protecting: 0, measures: 0 },
          { tableId: 'zyklus-dauer', title: 'Dauer bis Assessment und Zielvereinbarung', small: 0, protecting: 0, measures: 1 },
        ],
    asOf: state === 'laufend' ? TEST_TODAY : period.to,
    state,
    publishedOn: period.publishedOn,
    sha256: published ? SHA256 : null,
    missing: options.missing ?? [],
    districtExport: options.districtExport ?? null,
  };
}

/** The unit's key for the district statistic with hidden counts. */
export const unitKeyInfo = { unitId: UNIT_ID, unitName: 'KIM Stadt Ahlen', fingerprint: '7KQ3-M9XA-2BCD-EFGH-JK45', createdOn: '2026-10-02' };
