/**
 * The Bezirksansicht's part in the district statistic with hidden counts: the roster builder
 * (key files, previous list, district, k, perturbation, "Gilt ab" → district.buildRoster; each file's
 * problem, or the new list with every fingerprint, saved as a file), and a report merged from
 * masked exports: the district's protection, the legend of "•" at district level, no unit
 * totals where there are none, supervision totals in bands ("≥ 30").
 */
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DistrictCountTable, DistrictReport, DistrictRosterResult } from '../../../electron/contract/areas/district';
import type { RosterInfo } from '../../../electron/contract/districtAggregation';
import { resetDistrict } from '../../../renderer/features/district/districtStore';
import { ok, renderApp, type FakeKim } from '../fakeKim';
import { districtReport } from './districtFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
  resetDistrict();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const keyFile = (name: string) => new File([`{"schluessel":"${name}"}`], name, { type: 'application/json' });
const keys = [keyFile('ahlen.json'), keyFile('beckum.json'), keyFile('oelde.json')];
const keyInput = keys.map((f) => ({ name: f.name, text: `{"schluessel":"${f.name}"}` }));

const info: RosterInfo = {
  rosterId: '0b7d6f5e-1c2a-4e3b-8d9f-0a1b2c3d4e5f',
  version: 2,
  validFrom: '2026-Q4',
  district: 'Kreis Warendorf',
  createdOn: '2026-11-21',
  code: 'QW3E-R4TY-5UP6-ZX7C-V8BN',
  protection: { threshold: 7, perturbation: false },
  units: [
    {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      name: 'KIM Stadt Ahlen',
      traeger: 'Stadt Ahlen',
      municipality: 'Ahlen',
      fingerprint: '7KQ3-M9XA-2BCD-EFGH-JK45',
    },
    { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'KIM DRK Beckum', traeger: 'DRK', municipality: null, fingerprint: 'AB12-CD34-EF56-GH78-JK9M' },
    { id: 'a1b2c3d4-0000-4000-8000-000000000003', name: 'KIM Caritas Oelde', traeger: null, municipality: 'Oelde', fingerprint: 'NP0Q-RS1T-VW2X-YZ3A-BC4D' },
  ],
};

async function openFromUnlock(configure: (kim: FakeKim) => void = () => {}) {
  const app = renderApp({ configure });
  await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' });
  await app.user.click(screen.getByRole('button', { name: 'Bezirksansicht öffnen (ohne Fallakte)' }));
  await screen.findByRole('heading', { level: 1, name: 'Bezirksansicht' });
  return app;
}

const builder = () => screen.getByRole('region', { name: 'Bezirksliste zusammenstellen' });
const rowTexts = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('Bezirksansicht: building the roster', () => {
  it('sends key files, previous list, district, k and perturbation; shows the list with every fingerprint and saves it', async () => {
    const blobs: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:kim/1';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const result: DistrictRosterResult = {
      roster: { fileName: 'kim-bezirksliste_kreis-warendorf_v2.json', bytes: new TextEncoder().encode('{}'), info },
      problems: [],
    };
    const app = await openFromUnlock((kim) => kim['district.buildRoster'].mockResolvedValue(ok(result)));
    const build = within(builder()).getByRole<HTMLButtonElement>('button', { name: 'Bezirksliste zusammenstellen' });
    expect(build.disabled).toBe(true);
    expect(within(builder()).getByText('Bitte wählen Sie die Stellenschlüssel aus.')).toBeTruthy();
    // Defaults: k 5, perturbation on.
    expect(within(builder()).getByLabelText<HTMLInputElement>('Kleinste veröffentlichte Zahl im Kreisbericht (k)').value).toBe('5');
    expect(within(builder()).getByRole<HTMLInputElement>('checkbox', { name: 'Überlagerung der Zahlen im Kreisbericht (empfohlen)' }).checked).toBe(true);

    // "Gilt ab" (the renderer's clock stands on 21.11.2026): the running quarter and the last four closed ones.
    const validFrom = within(builder()).getByLabelText<HTMLSelectElement>('Gilt ab');
    expect([...validFrom.options].map((o) => o.textContent)).toEqual([
      '4. Quartal 2026 (laufendes Quartal)',
      '3. Quartal 2026',
      '2. Quartal 2026',
      '1. Quartal 2026',
      '4. Quartal 2025',
    ]);
    // A new list: from the last closed quarter.
    expect(validFrom.value).toBe('2026-Q3');

    await app.user.upload(within(builder()).getByLabelText('Stellenschlüssel der Stellen (JSON)'), keys);
    await within(builder()).findByText('Ausgewählt (3): ahlen.json, beckum.json, oelde.json');
    await app.user.upload(within(builder()).getByLabelText('Bisherige Bezirksliste (optional)'), [keyFile('liste-v1.json')]);
    await within(builder()).findByText('Ausgewählt: liste-v1.json');
    // A new version: from the running quarter.
    expect(validFrom.value).toBe('2026-Q4');
    await waitFor(() => expect(build.disabled).toBe(false));

    // Checked before sending: the district's name, k from 3 to 20.
    const k = within(builder()).getByLabelText('Kleinste veröffentlichte Zahl im Kreisbericht (k)');
    await app.user.clear(k);
    await app.user.type(k, '21');
    await app.user.click(build);
    expect(within(builder()).getByText('Bitte geben Sie den Namen des Kreises ein.')).toBeTruthy();
    expect(within(builder()).getByText('Bitte geben Sie eine ganze Zahl von 3 bis 20 ein.')).toBeTruthy();
    expect(app.kim['district.buildRoster']).not.toHaveBeenCalled();

    await app.user.clear(k);
    await app.user.type(k, '7');
    await app.user.type(within(builder()).getByLabelText('Name des Kreises'), 'Kreis Warendorf');
    await app.user.click(within(builder()).getByRole('checkbox', { name: 'Überlagerung der Zahlen im Kreisbericht (empfohlen)' }));
    await app.user.click(build);
    const heading = await within(builder()).findByRole('heading', { level: 3, name: 'Die neue Bezirksliste' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(app.kim['district.buildRoster']).toHaveBeenCalledWith({
      keyFiles: keyInput,
      previous: { name: 'liste-v1.json', text: '{"schluessel":"liste-v1.json"}' },
      validFrom: '2026-Q4',
      district: 'Kreis Warendorf',
      threshold: 7,
      perturbation: false,
    });
    const region = screen.getByRole('region', { name: 'Die neue Bezirksliste' });
    const facts = [...region.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(facts).toEqual([
      'Kreis: Kreis Warendorf',
      'Version: 2',
      'Gilt ab: 4. Quartal 2026',
      'Erstellt am: 21.11.2026',
      'Code der Liste: QW3E-R4TY-5UP6-ZX7C-V8BN',
      'Schutz des Kreisberichts: Zahlen von 1 bis 6 werden verborgen (k\u00a0=\u00a07); Überlagerung ausgeschaltet',
    ]);
    expect(rowTexts(within(region).getByRole('table', { name: '3 Stellen auf der Liste' }))).toEqual([
      ['Stelle', 'Träger', 'Gemeinde', 'Fingerabdruck'],
      ['KIM Stadt Ahlen', 'Stadt Ahlen', 'Ahlen', '7KQ3-M9XA-2BCD-EFGH-JK45'],
      ['KIM DRK Beckum', 'DRK', '–', 'AB12-CD34-EF56-GH78-JK9M'],
      ['KIM Caritas Oelde', '–', 'Oelde', 'NP0Q-RS1T-VW2X-YZ3A-BC4D'],
    ]);
    expect(await violations()).toEqual([]);

    await app.user.click(within(region).getByRole('button', { name: 'Bezirksliste speichern' }));
    expect(clicked).toEqual(['kim-bezirksliste_kreis-warendorf_v2.json']);
    expect(blobs[0]!.type).toBe('application/json');
    await within(region).findByText('Die Datei „kim-bezirksliste_kreis-warendorf_v2.json“ wird gespeichert. Schicken Sie sie allen Stellen der Liste.');
  });

  it('"Gilt ab" as chosen: sent as it is, and kept when a previous list is chosen afterwards', async () => {
    const result: DistrictRosterResult = { roster: { fileName: 'liste.json', bytes: new TextEncoder().encode('{}'), info }, problems: [] };
    const app = await openFromUnlock((kim) => kim['district.buildRoster'].mockResolvedValue(ok(result)));
    await app.user.upload(within(builder()).getByLabelText('Stellenschlüssel der Stellen (JSON)'), keys);
    await within(builder()).findByText('Ausgewählt (3): ahlen.json, beckum.json, oelde.json');
    const validFrom = within(builder()).getByLabelText<HTMLSelectElement>('Gilt ab');
    await app.user.selectOptions(validFrom, '1. Quartal 2026');
    expect(validFrom.value).toBe('2026-Q1');
    await app.user.upload(within(builder()).getByLabelText('Bisherige Bezirksliste (optional)'), [keyFile('liste-v1.json')]);
    await within(builder()).findByText('Ausgewählt: liste-v1.json');
    expect(validFrom.value).toBe('2026-Q1');
    await app.user.type(within(builder()).getByLabelText('Name des Kreises'), 'Kreis Warendorf');
    await app.user.click(within(builder()).getByRole('button', { name: 'Bezirksliste zusammenstellen' }));
    await within(builder()).findByRole('heading', { level: 3, name: 'Die neue Bezirksliste' });
    expect(app.kim['district.buildRoster']).toHaveBeenCalledWith(expect.objectContaining({ validFrom: '2026-Q1', district: 'Kreis Warendorf' }));
  });

  it('shows each file’s problem and no list', async () => {
    const result: DistrictRosterResult = {
      roster: null,
      problems: [
        { file: 'beckum.json', role: 'current', message: 'Diese Datei ist kein Stellenschlüssel der KIM Fallakte.' },
        { file: 'oelde.json', role: 'current', message: 'Dieser Stellenschlüssel steht schon in der Auswahl (doppelt).' },
        { file: 'liste-v1.json', role: 'previous', message: 'Diese Bezirksliste ist beschädigt.' },
      ],
    };
    const app = await openFromUnlock((kim) => kim['district.buildRoster'].mockResolvedValue(ok(result)));
    await app.user.upload(within(builder()).getByLabelText('Stellenschlüssel der Stellen (JSON)'), keys);
    await app.user.upload(within(builder()).getByLabelText('Bisherige Bezirksliste (optional)'), [keyFile('liste-v1.json')]);
    await app.user.type(within(builder()).getByLabelText('Name des Kreises'), 'Kreis Warendorf');
    await app.user.click(within(builder()).getByRole('button', { name: 'Bezirksliste zusammenstellen' }));
    const heading = await within(builder()).findByRole('heading', { level: 3, name: 'Aus diesen Dateien entsteht keine Bezirksliste' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const items = within(screen.getByRole('region', { name: 'Aus diesen Dateien entsteht keine Bezirksliste' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'beckum.json (Stellenschlüssel): Diese Datei ist kein Stellenschlüssel der KIM Fallakte.',
      'oelde.json (Stellenschlüssel): Dieser Stellenschlüssel steht schon in der Auswahl (doppelt).',
      'liste-v1.json (bisherige Bezirksliste): Diese Bezirksliste ist beschädigt.',
    ]);
    expect(screen.queryByRole('button', { name: 'Bezirksliste speichern' })).toBeNull();
    expect(await violations()).toEqual([]);
  });
});

/** The fixture's report as merged from masked exports: protected at district level. */
function maskedReport(): DistrictReport {
  const report = districtReport();
  const [active, contacts, measures] = report.tables as [DistrictCountTable, DistrictCountTable, DistrictReport['tables'][number]];
  const unknown = { value: null, lowerBound: false, previous: null, change: null };
  return {
    ...report,
    aggregation: {
      rosters: [
        { quarter: '2026-Q3', version: 1, code: 'QW3E-R4TY-5UP6-ZX7C-V8BN' },
        { quarter: '2026-Q4', version: 2, code: 'ZZ9Y-X8WV-7TS6-RQ5P-N4MK' },
      ],
      threshold: 5,
      perturbation: 2,
      hidden: 3,
      entries: 120,
    },
    units: report.units.map((u) => ({ ...u, missingQuarters: [] })),
    tables: [
      {
        ...active,
        cells: [[{ value: 37, lowerBound: false, previous: null, change: null }], [unknown], [{ value: 0, lowerBound: false, previous: null, change: null }]],
        unitTotals: [],
      },
      {
        ...contacts,
        unitTotals: [
          { unitId: 'u-1', total: 30, lowerBound: true, hasTable: true },
          { unitId: 'u-2', total: null, lowerBound: true, hasTable: true },
          { unitId: 'u-3', total: 50, lowerBound: true, hasTable: true },
        ],
      },
      measures,
    ],
  };
}

describe('Bezirksansicht: a report from masked exports', () => {
  it('shows the district protection, the roster per quarter, "•" as hidden at district level, and unit totals only in bands', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: maskedReport(), problems: [] })));
    await app.user.upload(screen.getByLabelText('Statistik-Dateien des Zeitraums (JSON)'), keys);
    const merge = screen.getByRole<HTMLButtonElement>('button', { name: 'Zusammenführen' });
    await waitFor(() => expect(merge.disabled).toBe(false));
    await app.user.click(merge);
    await screen.findByRole('heading', { level: 2, name: 'Überblick' });

    const overview = screen.getByRole('region', { name: 'Überblick' });
    expect(within(overview).getByRole('heading', { level: 3, name: 'Schutz des Kreisberichts' })).toBeTruthy();
    expect(within(overview).getByText(/^Die Stellen haben ihre Zahlen verdeckt geschickt\./).textContent).toBe(
      'Die Stellen haben ihre Zahlen verdeckt geschickt. Die Summen des Kreises sind genau; geschützt wurden sie einmal, für den Kreis: Zahlen von 1 bis 4 sind verborgen (k\u00a0=\u00a05), dazu weitere Zahlen zum Schutz. Überlagerung: Jede Zahl weicht absichtlich um bis zu ± 2 ab.',
    );
    expect(within(overview).getByText('Verborgen: 3 von 120 Angaben.')).toBeTruthy();
    expect(
      within(overview).getByText(
        'Bezirksliste für das 3. Quartal 2026: Version 1 (Code QW3E-R4TY-5UP6-ZX7C-V8BN); für das 4. Quartal 2026: Version 2 (Code ZZ9Y-X8WV-7TS6-RQ5P-N4MK)',
      ),
    ).toBeTruthy();
    // The units' own k and perturbation do not apply to these numbers: not shown.
    expect(rowTexts(within(overview).getByRole('table', { name: '3 beteiligte Stellen' }))[0]).toEqual([
      'Stelle',
      'Träger',
      'Gemeinde',
      'Quartale',
      'Datei',
      'Erstellt am',
    ]);
    const legend = [...overview.querySelectorAll('.district-legend dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling!.textContent}`);
    expect(legend[0]).toMatch(/^„•“ für den Kreis verborgen/);
    expect(legend[1]).toMatch(/^„≥ 30“ nur bei den Summen einzelner Stellen/);
    expect(legend).toHaveLength(3);

    // A table without unit totals has no line for them; its note explains "•" at district level.
    const active = screen.getByRole('heading', { level: 3, name: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe' }).parentElement!;
    expect(active.querySelector('.district-unit-totals')).toBeNull();
    expect(within(active).getByText('„•“ = für den Kreis verborgen (siehe Zeichenerklärung).')).toBeTruthy();
    // Supervision totals in bands.
    const contacts = screen.getByRole('heading', { level: 3, name: 'Kontakte nach Art und Ort' }).parentElement!;
    expect(contacts.querySelector('.district-unit-totals')!.textContent).toBe(
      'Summen der einzelnen Stellen (in Stufen): KIM Stadt Ahlen: ≥ 30; KIM DRK Beckum: unter 10; KIM Caritas Oelde: ≥ 50',
    );
    expect(await violations()).toEqual([]);
  });

  it('keeps the plain legend and unit totals for a report merged from protected tables', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: districtReport(), problems: [] })));
    await app.user.upload(screen.getByLabelText('Statistik-Dateien des Zeitraums (JSON)'), keys);
    const merge = screen.getByRole<HTMLButtonElement>('button', { name: 'Zusammenführen' });
    await waitFor(() => expect(merge.disabled).toBe(false));
    await app.user.click(merge);
    await screen.findByRole('heading', { level: 2, name: 'Überblick' });
    expect(screen.queryByRole('heading', { level: 3, name: 'Schutz des Kreisberichts' })).toBeNull();
    const contacts = screen.getByRole('heading', { level: 3, name: 'Kontakte nach Art und Ort' }).parentElement!;
    expect(contacts.querySelector('.district-unit-totals')!.textContent).toMatch(/^Summen der einzelnen Stellen: /);
  });
});
