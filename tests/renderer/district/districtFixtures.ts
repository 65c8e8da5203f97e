/**
 * A hand-made merged district report for the Bezirksansicht's tests: a half-year built from two
 * quarters (one unit lacks the second), lower bounds, unknowns, a comparison and medians per
 * unit and quarter.
 */
import type { DistrictComparedCell, DistrictReport, DistrictUnit } from '../../../electron/contract/areas/district';

const cell = (
  value: number | null,
  lowerBound = false,
  previous: [number | null, boolean] | null = null,
  change: number | null = null,
): DistrictComparedCell => ({
  value,
  lowerBound,
  previous: previous ? { value: previous[0], lowerBound: previous[1] } : null,
  change,
});

const unit = (id: string, name: string, short: string, quarters: string[]): DistrictUnit => ({
  id,
  name,
  traeger: name.split(' ')[1] ?? null,
  municipality: null,
  deliveries: quarters.map((quarter) => ({ quarter, fileName: `kim-statistik_${short}_${quarter}.json`, createdOn: '2026-11-21' })),
  missingQuarters: ['2026-Q3', '2026-Q4'].filter((q) => !quarters.includes(q)),
  fileName: quarters.map((quarter) => `kim-statistik_${short}_${quarter}.json`).join(', '),
  createdOn: '2026-11-21',
  appVersion: '0.1.0',
  threshold: 5,
  perturbation: null,
});

export const units = [
  unit('u-1', 'KIM Stadt Ahlen', 'ahlen', ['2026-Q3', '2026-Q4']),
  unit('u-2', 'KIM DRK Beckum', 'beckum', ['2026-Q3', '2026-Q4']),
  unit('u-3', 'KIM Caritas Oelde', 'oelde', ['2026-Q3']),
];

export function districtReport(options: { withPrevious?: boolean } = {}): DistrictReport {
  const previous = options.withPrevious ?? false;
  const p = <T>(value: T) => (previous ? value : null);
  return {
    districtName: 'Kreis Warendorf',
    aggregation: null,
    period: { label: '2026-H2', kind: 'halbjahr', from: '2026-07-01', to: '2026-12-31', title: '2. Halbjahr 2026', quarters: ['2026-Q3', '2026-Q4'] },
    units,
    previous: previous
      ? {
          period: { label: '2026-H1', kind: 'halbjahr', from: '2026-01-01', to: '2026-06-30', title: '1. Halbjahr 2026', quarters: ['2026-Q1', '2026-Q2'] },
          units: units.slice(0, 2),
        }
      : null,
    notes: ['Die Stelle „KIM Caritas Oelde“ hat keine Kurzberatungen erfasst.'],
    createdOn: '2026-11-21',
    appVersion: '0.1.0',
    tables: [
      {
        kind: 'counts',
        id: 'faelle-laufend-zielgruppe',
        section: 'faelle',
        title: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe',
        unitOfCount: 'Fälle',
        timing: 'stichtag',
        rowTitle: 'Zielgruppe',
        columnTitle: null,
        rows: [
          { key: 'umf', label: 'Unbegleitete minderjährige Geflüchtete (UMF)' },
          { key: 'osteuropa', label: 'Zugewanderte aus Osteuropa' },
          { key: 'keine', label: 'Keiner Zielgruppe zugeordnet' },
        ],
        columns: [{ key: 'anzahl', label: 'Anzahl' }],
        cells: [[cell(37, true, p([30, false]), null)], [cell(12, false, p([6, false]), p(6))], [cell(null, true, p([null, true]), null)]],
        rowTotals: null,
        columnTotals: [cell(1234, false, p([1200, false]), p(34))],
        total: cell(1234, false, p([1200, false]), p(34)),
        unitTotals: [
          { unitId: 'u-1', total: 600, lowerBound: false, hasTable: true },
          { unitId: 'u-2', total: 634, lowerBound: false, hasTable: true },
          { unitId: 'u-3', total: null, lowerBound: true, hasTable: false },
        ],
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
        ],
        cells: [
          [cell(40), cell(15, true)],
          [cell(8), cell(0)],
        ],
        rowTotals: [cell(55, true, p([50, false])), cell(8, false, p([20, false]), p(-12))],
        columnTotals: [cell(48), cell(15, true)],
        total: cell(63, true),
        unitTotals: [
          { unitId: 'u-1', total: 30, lowerBound: false, hasTable: true },
          { unitId: 'u-2', total: 28, lowerBound: true, hasTable: true },
          { unitId: 'u-3', total: 5, lowerBound: true, hasTable: true },
        ],
      },
      {
        kind: 'measures',
        id: 'zyklus-dauer',
        section: 'zyklus',
        title: 'Dauer bis Assessment und Zielvereinbarung',
        rowTitle: 'Dauer',
        rows: [
          {
            key: 'tage-bis-assessment',
            label: 'Tage bis zum ersten Assessment (Median)',
            unitOfMeasure: 'Tage',
            values: [
              { unitId: 'u-1', quarter: '2026-Q3', value: 10 },
              { unitId: 'u-1', quarter: '2026-Q4', value: 9 },
              { unitId: 'u-2', quarter: '2026-Q3', value: null },
              { unitId: 'u-2', quarter: '2026-Q4', value: 12 },
              { unitId: 'u-3', quarter: '2026-Q3', value: 15 },
            ],
          },
        ],
      },
    ],
  };
}
