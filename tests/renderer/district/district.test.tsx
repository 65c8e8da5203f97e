import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDistrict } from '../../../renderer/features/district/districtStore';
import { fail, newStatus, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';
import { periods, previewFor, settings } from '../statistics/statisticsFixtures';
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

const exportFile = (name: string, text = `{"datei":"${name}"}`) => new File([text], name, { type: 'application/json' });
const three = [exportFile('ahlen.json'), exportFile('beckum.json'), exportFile('oelde.json')];
const threeInput = three.map((f) => ({ name: f.name, text: `{"datei":"${f.name}"}` }));

/** The unlock screen, then the district view through its link, without unlocking. */
async function openFromUnlock(configure: (kim: FakeKim) => void = () => {}) {
  const app = renderApp({ configure });
  await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' });
  await app.user.click(screen.getByRole('button', { name: 'Bezirksansicht öffnen (ohne Fallakte)' }));
  await screen.findByRole('heading', { level: 1, name: 'Bezirksansicht' });
  return app;
}

async function chooseAndMerge(app: Awaited<ReturnType<typeof openFromUnlock>>, files = three) {
  await app.user.upload(screen.getByLabelText('Statistik-Dateien des Zeitraums (JSON)'), files);
  const merge = screen.getByRole<HTMLButtonElement>('button', { name: 'Zusammenführen' });
  await waitFor(() => expect(merge.disabled).toBe(false));
  await app.user.click(merge);
}

const rowTexts = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('Bezirksansicht without unlocking', () => {
  it('opens from the unlock screen, merges three exports and shows lower bounds with the legend', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: districtReport(), problems: [] })));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Bezirksansicht' }));
    expect(screen.getByText(/Die Fallakte bleibt dabei gesperrt/)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Hauptnavigation' })).toBeNull();

    await app.user.type(screen.getByLabelText('Name des Kreises (optional)'), 'Kreis Warendorf');
    await chooseAndMerge(app);
    expect(screen.getByText('Ausgewählt (3): ahlen.json, beckum.json, oelde.json')).toBeTruthy();
    expect(app.kim['district.merge']).toHaveBeenCalledWith({ files: threeInput, districtName: 'Kreis Warendorf' });
    const overview = await screen.findByRole('heading', { level: 2, name: 'Überblick' });
    await waitFor(() => expect(document.activeElement).toBe(overview));
    expect(app.kim['store.unlock']).not.toHaveBeenCalled();

    expect(screen.getByText('Kreis Warendorf: 2. Halbjahr 2026')).toBeTruthy();
    expect(screen.getByText('Zusammengesetzt aus dem 3. und 4. Quartal 2026.')).toBeTruthy();
    expect(rowTexts(screen.getByRole('table', { name: '3 beteiligte Stellen' }))).toEqual([
      ['Stelle', 'Träger', 'Gemeinde', 'Quartale', 'Datei', 'Erstellt am', 'k', 'Überlagerung'],
      [
        'KIM Stadt Ahlen',
        'Stadt',
        '–',
        '3. Quartal 2026, 4. Quartal 2026',
        'kim-statistik_ahlen_2026-Q3.json, kim-statistik_ahlen_2026-Q4.json',
        '21.11.2026',
        '5',
        'keine',
      ],
      [
        'KIM DRK Beckum',
        'DRK',
        '–',
        '3. Quartal 2026, 4. Quartal 2026',
        'kim-statistik_beckum_2026-Q3.json, kim-statistik_beckum_2026-Q4.json',
        '21.11.2026',
        '5',
        'keine',
      ],
      ['KIM Caritas Oelde', 'Caritas', '–', '3. Quartal 2026fehlt: 4. Quartal 2026', 'kim-statistik_oelde_2026-Q3.json', '21.11.2026', '5', 'keine'],
    ]);
    expect(screen.getByText('Die Stelle „KIM Caritas Oelde“ hat keine Kurzberatungen erfasst.')).toBeTruthy();
    expect(screen.getByText('„≥ 37“')).toBeTruthy();
    expect(screen.getByText(/^mindestens 37\. Mindestens eine Stelle hat ihren Anteil geheim gehalten/)).toBeTruthy();

    expect(rowTexts(screen.getByRole('table', { name: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe' }))).toEqual([
      ['Zielgruppe', 'Anzahl'],
      ['Unbegleitete minderjährige Geflüchtete (UMF)', '≥ 37mindestens 37'],
      ['Zugewanderte aus Osteuropa', '12'],
      ['Keiner Zielgruppe zugeordnet', '•nicht bekannt'],
      ['Insgesamt', '1.234'],
    ]);
    expect(rowTexts(screen.getByRole('table', { name: 'Kontakte nach Art und Ort' }))).toEqual([
      ['Art des Kontakts', 'Ort', 'Insgesamt'],
      ['Gemeinschaftsunterkunft', 'Rathaus'],
      ['Persönlich', '40', '≥ 15mindestens 15', '≥ 55mindestens 55'],
      ['Telefon', '8', '0', '8'],
      ['Insgesamt', '48', '≥ 15mindestens 15', '≥ 63mindestens 63'],
    ]);
    // how each table is counted over the half-year
    expect(screen.getByText('Stand am 31.12.2026 (Stichtag).')).toBeTruthy();
    expect(screen.getByText('Summe der Quartale (2. Halbjahr 2026).')).toBeTruthy();
    expect(screen.getByText('Summen der einzelnen Stellen: KIM Stadt Ahlen: 600; KIM DRK Beckum: 634; KIM Caritas Oelde: kein Export')).toBeTruthy();
    expect(screen.getByText('Summen der einzelnen Stellen: KIM Stadt Ahlen: 30; KIM DRK Beckum: ≥ 28; KIM Caritas Oelde: ≥ 5')).toBeTruthy();
    // medians per unit and quarter, never merged
    expect(rowTexts(screen.getByRole('table', { name: 'Dauer bis Assessment und Zielvereinbarung' }))).toEqual([
      ['Dauer / Stelle', '3. Quartal 2026', '4. Quartal 2026'],
      ['Tage bis zum ersten Assessment (Median)'],
      ['KIM Stadt Ahlen', '10 Tage', '9 Tage'],
      ['KIM DRK Beckum', '•nicht bekannt', '12 Tage'],
      ['KIM Caritas Oelde', '15 Tage', '–'],
    ]);
    expect(screen.queryByRole('table', { name: /^Vergleich mit/ })).toBeNull();
  });

  it('draws charts of the merged numbers, lower bounds with open ends', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: districtReport(), problems: [] })));
    await chooseAndMerge(app);
    await screen.findByRole('heading', { level: 2, name: 'Überblick' });
    const charts = screen.getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Balkendiagramm: Laufende Fälle am Ende des Zeitraums nach Zielgruppe. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Kontakte nach Ort. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Kontakte nach Art. Die genauen Zahlen stehen in der Tabelle.',
    ]);
    expect([...charts[0]!.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Unbegleitete minderjährige Geflüchtete (UMF)',
      '≥ 37',
      'Zugewanderte aus Osteuropa',
      '12',
      'Keiner Zielgruppe zugeordnet',
      '• nicht bekannt',
    ]);
    expect(charts[0]!.querySelectorAll('rect.chart-bar-open')).toHaveLength(1);
    expect(charts[0]!.querySelectorAll('rect.chart-bar-hidden')).toHaveLength(1);
    const figure = charts[0]!.closest('figure')!;
    expect(within(figure).getByText('Gestrichelte Enden: Die Zahl ist mindestens so groß, wahrscheinlich etwas größer.')).toBeTruthy();
    expect(within(figure).getByText('Schraffierte Balken: Die Zahl ist nicht bekannt, ihre Länge sagt nichts über die Größe.')).toBeTruthy();
  });

  it('shows each refused file with its German reason, and no district numbers', async () => {
    const problems = [
      {
        file: 'beckum.json',
        role: 'current' as const,
        message: 'Diese Datei ist inhaltsgleich mit „ahlen.json“ und wurde schon hinzugefügt. Bitte entfernen Sie eine der beiden.',
      },
      { file: 'alt.json', role: 'previous' as const, message: 'Diese Datei gehört zu einem anderen Zeitraum.' },
    ];
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: null, problems })));
    await app.user.upload(screen.getByLabelText('Dateien des vorherigen Zeitraums zum Vergleich (optional)'), [exportFile('alt.json')]);
    await screen.findByText('Ausgewählt: alt.json');
    await chooseAndMerge(app);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Diese Dateien können nicht zusammengeführt werden' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(app.kim['district.merge']).toHaveBeenCalledWith({ files: threeInput, previous: [{ name: 'alt.json', text: '{"datei":"alt.json"}' }] });
    expect(screen.getByRole('alert').textContent).toMatch(/^Mindestens eine Datei kann nicht zusammengeführt werden/);
    const items = within(heading.closest('section')!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'beckum.json (Zeitraum): Diese Datei ist inhaltsgleich mit „ahlen.json“ und wurde schon hinzugefügt. Bitte entfernen Sie eine der beiden.',
      'alt.json (vorheriger Zeitraum): Diese Datei gehört zu einem anderen Zeitraum.',
    ]);
    expect(screen.queryByRole('heading', { name: 'Überblick' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bericht als PDF' })).toBeNull();
  });

  it('needs a file before merging and shows the German error of a failed call', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(fail('INTERNAL')));
    const merge = screen.getByRole<HTMLButtonElement>('button', { name: 'Zusammenführen' });
    expect(merge.disabled).toBe(true);
    expect(screen.getByText('Bitte wählen Sie mindestens eine Statistik-Datei aus.')).toBeTruthy();
    await chooseAndMerge(app, [exportFile('ahlen.json')]);
    expect(screen.getByText('Ausgewählt: ahlen.json')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toBeTruthy();
    expect(app.kim['district.merge']).toHaveBeenCalledTimes(1);
  });

  it('offers the periods the chosen quarters make and sends the chosen one', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: districtReport(), problems: [] })));
    const select = screen.getByLabelText<HTMLSelectElement>('Zeitraum des Berichts');
    expect(select.disabled).toBe(true);
    const quarter = (name: string, label: string) => exportFile(name, JSON.stringify({ period: { label } }));
    const files = [quarter('a-q3.json', '2026-Q3'), quarter('a-q4.json', '2026-Q4'), exportFile('kaputt.json', 'kein JSON')];
    await app.user.upload(screen.getByLabelText('Statistik-Dateien des Zeitraums (JSON)'), files);
    await waitFor(() => expect(select.disabled).toBe(false));
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Aus den Dateien ermitteln',
      'Jahr 2026',
      '2. Halbjahr 2026',
      '4. Quartal 2026',
      '3. Quartal 2026',
    ]);
    await app.user.selectOptions(select, 'Jahr 2026');
    await app.user.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    await screen.findByRole('heading', { level: 2, name: 'Überblick' });
    expect(app.kim['district.merge']).toHaveBeenCalledWith(expect.objectContaining({ period: '2026' }));
  });

  it('compares with the previous period', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: districtReport({ withPrevious: true }), problems: [] })));
    await app.user.upload(screen.getByLabelText('Dateien des vorherigen Zeitraums zum Vergleich (optional)'), [
      exportFile('alt-a.json'),
      exportFile('alt-b.json'),
    ]);
    await screen.findByText('Ausgewählt (2): alt-a.json, alt-b.json');
    await chooseAndMerge(app);
    await screen.findByRole('heading', { level: 2, name: 'Überblick' });
    expect(screen.getByText('Verglichen mit: 1. Halbjahr 2026 (2 Stellen).')).toBeTruthy();
    // A one-column table shows both periods and the change itself.
    expect(rowTexts(screen.getByRole('table', { name: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe' }))).toEqual([
      ['Zielgruppe', '2. Halbjahr 2026', '1. Halbjahr 2026', 'Veränderung'],
      ['Unbegleitete minderjährige Geflüchtete (UMF)', '≥ 37mindestens 37', '30', '–'],
      ['Zugewanderte aus Osteuropa', '12', '6', '+6'],
      ['Keiner Zielgruppe zugeordnet', '•nicht bekannt', '•nicht bekannt', '–'],
      ['Insgesamt', '1.234', '1.200', '+34'],
    ]);
    // A table with several columns keeps its grid and compares the row totals below it.
    expect(screen.getByRole('table', { name: 'Kontakte nach Art und Ort' })).toBeTruthy();
    expect(rowTexts(screen.getByRole('table', { name: 'Vergleich mit 1. Halbjahr 2026 (Summen der Zeilen)' }))).toEqual([
      ['Art des Kontakts', '2. Halbjahr 2026', '1. Halbjahr 2026', 'Veränderung'],
      ['Persönlich', '≥ 55mindestens 55', '50', '–'],
      ['Telefon', '8', '20', '−12'],
      ['Insgesamt', '≥ 63mindestens 63', '–', '–'],
    ]);
    const chart = screen.getAllByRole('img')[0]!;
    expect([...chart.querySelectorAll('text')].slice(0, 2).map((t) => t.textContent)).toEqual(['2. Halbjahr 2026', '1. Halbjahr 2026']);
    expect(chart.querySelectorAll('rect.chart-bar-previous').length).toBeGreaterThan(0);
  });

  it.each([
    [
      'Bericht als Excel-Datei',
      'district.exportXlsx',
      'KIM-Kreisbericht_Kreis-Warendorf_2026-H2.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['Bericht als PDF', 'district.exportPdf', 'KIM-Kreisbericht_Kreis-Warendorf_2026-H2.pdf', 'application/pdf'],
  ] as const)('%s: sends the merged files again and saves the report', async (button, method, fileName, mime) => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: districtReport(), problems: [] })));
    await chooseAndMerge(app);
    await screen.findByRole('heading', { level: 2, name: 'Bericht speichern' });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:kim/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const bytes = new Uint8Array([1, 2, 3]);
    app.kim[method].mockResolvedValue(ok({ fileName, bytes }));
    await app.user.click(screen.getByRole('button', { name: button }));
    expect(app.kim[method]).toHaveBeenCalledWith({ files: threeInput });
    expect(await screen.findByText(`Der Bericht „${fileName}“ wird gespeichert.`)).toBeTruthy();
    expect(blobs[0]!.type).toBe(mime);
    expect(clicked[0]!.download).toBe(fileName);
  });

  it('shows the German error of a refused report export', async () => {
    const app = await openFromUnlock((kim) => {
      kim['district.merge'].mockResolvedValue(ok({ report: districtReport(), problems: [] }));
      kim['district.exportPdf'].mockResolvedValue(fail('DISTRICT_FILES_REFUSED'));
    });
    await chooseAndMerge(app);
    await app.user.click(await screen.findByRole('button', { name: 'Bericht als PDF' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Mindestens eine Datei kann nicht zusammengeführt werden/);
  });

  it('goes back to the unlock screen', async () => {
    const app = await openFromUnlock();
    await app.user.click(screen.getByRole('button', { name: 'Zurück zum Entsperren' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fallakte entsperren' })).toBeTruthy();
  });

  it('opens from the first-run setup and goes back to it', async () => {
    const setup = renderApp({ configure: (kim) => kim['store.status'].mockResolvedValue(ok(newStatus)) });
    await screen.findByRole('heading', { level: 1, name: 'KIM Fallakte einrichten' });
    await setup.user.click(screen.getByRole('button', { name: 'Bezirksansicht öffnen (ohne Fallakte)' }));
    await screen.findByRole('heading', { level: 1, name: 'Bezirksansicht' });
    await setup.user.click(screen.getByRole('button', { name: 'Zurück zur Einrichtung' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'KIM Fallakte einrichten' })).toBeTruthy();
    expect(setup.kim['store.create']).not.toHaveBeenCalled();
  });
});

describe('Bezirksansicht inside the app', () => {
  it('opens from the Statistik page and goes back to it', async () => {
    const app = renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(unlockedStatus));
        kim['statistics.settings'].mockResolvedValue(ok(settings));
        kim['statistics.periods'].mockResolvedValue(ok(periods));
        kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3')));
        kim['district.merge'].mockResolvedValue(ok({ report: districtReport(), problems: [] }));
      },
    });
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    await app.user.keyboard('{Alt>}4{/Alt}');
    await app.user.click(await screen.findByRole('button', { name: 'Bezirksansicht öffnen' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Bezirksansicht' });
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByText(/Die Fallakte bleibt dabei gesperrt/)).toBeNull();
    await app.user.upload(screen.getByLabelText('Statistik-Dateien des Zeitraums (JSON)'), three);
    await screen.findByText(/^Ausgewählt \(3\)/);
    await app.user.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    await screen.findByRole('heading', { level: 2, name: 'Überblick' });
    expect(await violations()).toEqual([]);
    await app.user.click(screen.getByRole('button', { name: 'Zurück zur Statistik' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistik' })).toBeTruthy();
  });
});

describe('Bezirksansicht: accessibility (axe-core)', () => {
  it('standalone, empty and with a merged report and comparison', async () => {
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: districtReport({ withPrevious: true }), problems: [] })));
    expect(await violations()).toEqual([]);
    await app.user.upload(screen.getByLabelText('Dateien des vorherigen Zeitraums zum Vergleich (optional)'), [exportFile('alt.json')]);
    await screen.findByText('Ausgewählt: alt.json');
    await chooseAndMerge(app);
    await screen.findByRole('heading', { level: 2, name: 'Überblick' });
    expect(await violations()).toEqual([]);
  });

  it('with refused files', async () => {
    const problems = [{ file: 'x.json', role: 'current' as const, message: 'Die Datei ist keine lesbare JSON-Datei.' }];
    const app = await openFromUnlock((kim) => kim['district.merge'].mockResolvedValue(ok({ report: null, problems })));
    await chooseAndMerge(app);
    await screen.findByRole('heading', { level: 2, name: 'Diese Dateien können nicht zusammengeführt werden' });
    expect(await violations()).toEqual([]);
  });
});
