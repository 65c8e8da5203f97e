/** A small, hand-made statistic for the Statistik page's tests: counts with hidden cells, measures, settings and periods. */
import type { StatisticsPeriod, StatisticsPreview, StatisticsSettings } from '../../../electron/contract/areas/statistics';
import type { StatisticsDocument } from '../../../electron/contract/statisticsDocument';

export const UNIT_ID = '6f1c2b0a-8d9e-4f3a-9b7c-1e2d3f4a5b6c';

export const settings: StatisticsSettings = {
  unit: { id: UNIT_ID, name: 'KIM Stadt Ahlen', traeger: 'Stadt Ahlen', municipality: 'Ahlen' },
  threshold: 5,
  perturbation: false,
};

export const unnamedSettings: StatisticsSettings = { ...settings, unit: { id: UNIT_ID, name: null, traeger: null, municipality: null } };

export const periods: StatisticsPeriod[] = [
  { label: '2026', kind: 'jahr', from: '2026-01-01', to: '2026-12-31', title: 'Jahr 2026', running: true },
  { label: '2026-H2', kind: 'halbjahr', from: '2026-07-01', to: '2026-12-31', title: '2. Halbjahr 2026', running: true },
  { label: '2026-H1', kind: 'halbjahr', from: '2026-01-01', to: '2026-06-30', title: '1. Halbjahr 2026', running: false },
  { label: '2026-Q4', kind: 'quartal', from: '2026-10-01', to: '2026-12-31', title: '4. Quartal 2026', running: true },
  { label: '2026-Q3', kind: 'quartal', from: '2026-07-01', to: '2026-09-30', title: '3. Quartal 2026', running: false },
];

export function statisticsDocumentFor(period: StatisticsPeriod, unitName = 'KIM Stadt Ahlen'): StatisticsDocument {
  return {
    format: 'kim-fallakte-statistik',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdOn: '2026-11-21',
    unit: { id: UNIT_ID, name: unitName, traeger: 'Stadt Ahlen', municipality: 'Ahlen' },
    period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
    threshold: 5,
    perturbation: null,
    tables: [
      {
        kind: 'counts',
        id: 'faelle-laufend-zielgruppe',
        section: 'faelle',
        title: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe',
        unitOfCount: 'Fälle',
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
        kind: 'measures',
        id: 'zyklus-dauer',
        section: 'zyklus',
        title: 'Dauer bis Assessment und Zielvereinbarung',
        rowTitle: 'Dauer',
        rows: [
          { key: 'tage-bis-assessment', label: 'Tage bis zum ersten Assessment (Median)', unitOfMeasure: 'Tage', value: 9.5 },
          { key: 'tage-bis-vereinbarung', label: 'Tage bis zur ersten Zielvereinbarung (Median)', unitOfMeasure: 'Tage', value: null },
        ],
      },
      {
        kind: 'measures',
        id: 'kontakte-anteil-sprachmittlung',
        section: 'kontakte',
        title: 'Anteil der Kontakte mit Sprachmittlung',
        rowTitle: 'Sprachgruppe',
        rows: [{ key: 'alle', label: 'Alle Kontakte', unitOfMeasure: '%', value: 41.4 }],
      },
    ],
  };
}

export function previewFor(label: string, options: { missing?: string[]; running?: boolean } = {}): StatisticsPreview {
  const period = periods.find((p) => p.label === label)!;
  const document = statisticsDocumentFor(period);
  return {
    document,
    suppressed: [
      { tableId: 'faelle-laufend-zielgruppe', title: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe', cells: 2 },
      { tableId: 'kontakte-art-ort', title: 'Kontakte nach Art und Ort', cells: 2 },
      { tableId: 'zyklus-dauer', title: 'Dauer bis Assessment und Zielvereinbarung', cells: 1 },
      { tableId: 'kontakte-anteil-sprachmittlung', title: 'Anteil der Kontakte mit Sprachmittlung', cells: 0 },
    ],
    asOf: options.running ? '2026-11-21' : period.to,
    running: options.running ?? period.running,
    missing: options.missing ?? [],
  };
}
