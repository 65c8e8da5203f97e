import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';
import { periods, previewFor, settings, unnamedSettings } from './statisticsFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openStatistics(configure: (kim: FakeKim) => void = () => {}) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['statistics.settings'].mockResolvedValue(ok(settings));
      kim['statistics.periods'].mockResolvedValue(ok(periods));
      kim['statistics.preview'].mockImplementation(async ({ period }) => ok(previewFor(period)));
      configure(kim);
    },
  });
  await screen.findByRole('navigation', { name: 'Hauptnavigation' });
  await app.user.keyboard('{Alt>}4{/Alt}');
  await screen.findByRole('heading', { level: 2, name: 'Überblick' });
  return app;
}

/** Captures what saveFile hands to the shell: the Blob and the clicked link. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const clicked: HTMLAnchorElement[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:kim/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  return { blobs, clicked };
}

const table = (name: string) => screen.getByRole('table', { name });
const rowTexts = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('Statistik: preview', () => {
  it('loads settings and periods, starts with the latest finished period and shows every table by section', async () => {
    const { kim } = await openStatistics();
    expect(kim['statistics.settings']).toHaveBeenCalledWith({});
    expect(kim['statistics.periods']).toHaveBeenCalledWith({});
    expect(kim['statistics.preview']).toHaveBeenCalledWith({ period: '2026-Q3' });
    expect(screen.getByRole('heading', { level: 1, name: 'Statistik' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Zeitraum').value).toBe('2026-Q3');
    expect(
      within(screen.getByLabelText('Zeitraum'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Jahr 2026 (läuft noch)', '2. Halbjahr 2026 (läuft noch)', '1. Halbjahr 2026', '4. Quartal 2026 (läuft noch)', '3. Quartal 2026']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Überblick',
      'Was verborgen wurde',
      'Fälle',
      'Kontakte',
      'Assessments, Ziele und Vereinbarungen',
      'Statistik speichern',
      'Einstellungen der Statistik',
    ]);
    expect(screen.getByText(/^Stand: 30\.09\.2026\. Dieser Zeitraum ist abgeschlossen/)).toBeTruthy();
    expect(screen.getByText('KIM Stadt Ahlen, Stadt Ahlen, Ahlen')).toBeTruthy();
    expect(screen.getByText('5 (Zahlen von 1 bis 4 werden verborgen)')).toBeTruthy();
  });

  it('shows counts with totals, "•" for hidden cells with the explanation, and the measures', async () => {
    await openStatistics();
    expect(rowTexts(table('Laufende Fälle am Ende des Zeitraums nach Zielgruppe'))).toEqual([
      ['Zielgruppe', 'Anzahl'],
      ['Unbegleitete minderjährige Geflüchtete (UMF)', '12'],
      ['Geduldete über 27 Jahre', '•verborgen'],
      ['Zugewanderte aus Osteuropa', '7'],
      ['Keiner Zielgruppe zugeordnet', '•verborgen'],
      ['Insgesamt', '25'],
    ]);
    expect(rowTexts(table('Kontakte nach Art und Ort'))).toEqual([
      ['Art des Kontakts', 'Ort', 'Insgesamt'],
      ['Gemeinschaftsunterkunft', 'Rathaus', 'Aufsuchend'],
      ['Persönlich', '20', '•verborgen', '8', '31'],
      ['Telefon', '•verborgen', '6', '5', '14'],
      ['Insgesamt', '23', '9', '13', '1.045'],
    ]);
    expect(screen.getAllByText('„•“ = weniger als 5 Fälle oder zum Schutz anderer Zellen verborgen.')).toHaveLength(2);
    expect(rowTexts(table('Dauer bis Assessment und Zielvereinbarung'))).toEqual([
      ['Dauer', 'Wert'],
      ['Tage bis zum ersten Assessment (Median)', '9,5 Tage'],
      ['Tage bis zur ersten Zielvereinbarung (Median)', '•verborgen'],
    ]);
    expect(rowTexts(table('Anteil der Kontakte mit Sprachmittlung'))).toEqual([
      ['Sprachgruppe', 'Wert'],
      ['Alle Kontakte', '41,4 %'],
    ]);
    expect(screen.getByText('„•“ = nicht veröffentlicht, weil weniger als 5 Fälle zugrunde liegen.')).toBeTruthy();
  });

  it('says what was hidden, table by table', async () => {
    await openStatistics();
    const section = screen.getByRole('region', { name: 'Was verborgen wurde' });
    expect(within(section).getByText('Insgesamt sind 5 Angaben in 3 Tabellen verborgen:')).toBeTruthy();
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Laufende Fälle am Ende des Zeitraums nach Zielgruppe: 2 Angaben',
      'Kontakte nach Art und Ort: 2 Angaben',
      'Dauer bis Assessment und Zielvereinbarung: 1 Angabe',
    ]);
  });

  it('draws bar charts with German labels; hidden bars are hatched and explained', async () => {
    await openStatistics();
    const charts = screen.getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Balkendiagramm: Laufende Fälle am Ende des Zeitraums nach Zielgruppe. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Kontakte nach Ort. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Kontakte nach Art. Die genauen Zahlen stehen in der Tabelle.',
    ]);
    const groups = charts[0]!.closest('figure')!;
    expect(within(groups).getByText('Laufende Fälle am Ende des Zeitraums nach Zielgruppe', { selector: 'figcaption' })).toBeTruthy();
    const texts = [...charts[0]!.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Unbegleitete minderjährige Geflüchtete (UMF)',
      '12',
      'Geduldete über 27 Jahre',
      '• verborgen',
      'Zugewanderte aus Osteuropa',
      '7',
      'Keiner Zielgruppe zugeordnet',
      '• verborgen',
    ]);
    // Bars are scaled to the largest published value; hidden ones are hatched boxes.
    const bars = [...charts[0]!.querySelectorAll('rect.chart-bar')].map((r) => Number(r.getAttribute('width')));
    expect(bars[0]).toBeGreaterThan(bars[1]!);
    expect(charts[0]!.querySelectorAll('rect.chart-bar-hidden')).toHaveLength(2);
    expect(within(groups).getByText('Schraffierte Balken: Die Zahl ist verborgen, ihre Länge sagt nichts über die Größe.')).toBeTruthy();
    const byPlace = [...charts[1]!.querySelectorAll('text')].map((t) => t.textContent);
    expect(byPlace).toEqual(['Gemeinschaftsunterkunft', '23', 'Rathaus', '9', 'Aufsuchend', '13']);
  });

  it('leaves out a chart where nothing above zero is published', async () => {
    const preview = previewFor('2026-Q3');
    const first = preview.document.tables[0]!;
    if (first.kind === 'counts') first.cells = [[null], [0], [null], [0]];
    await openStatistics((kim) => kim['statistics.preview'].mockResolvedValue(ok(preview)));
    expect(screen.getAllByRole('img').map((c) => c.getAttribute('aria-label'))).toEqual([
      'Balkendiagramm: Kontakte nach Ort. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Kontakte nach Art. Die genauen Zahlen stehen in der Tabelle.',
    ]);
    expect(screen.getByRole('table', { name: 'Laufende Fälle am Ende des Zeitraums nach Zielgruppe' })).toBeTruthy();
  });

  it('shows another period on request and moves the focus to its overview', async () => {
    const { kim, user } = await openStatistics();
    kim['statistics.preview'].mockResolvedValueOnce(ok(previewFor('2026', { running: true })));
    await user.selectOptions(screen.getByLabelText('Zeitraum'), '2026');
    await user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    expect(kim['statistics.preview']).toHaveBeenLastCalledWith({ period: '2026' });
    await screen.findByText(/^Stand: 21\.11\.2026\. Dieser Zeitraum läuft noch/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Überblick' })));
  });

  it('shows the German reason when the preview cannot be made', async () => {
    const { kim, user } = await openStatistics();
    kim['statistics.preview'].mockResolvedValueOnce(fail('PERIOD_NOT_STARTED'));
    await user.selectOptions(screen.getByLabelText('Zeitraum'), '2026-Q4');
    await user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Dieser Zeitraum hat noch nicht begonnen. Eine Statistik gibt es nur für vergangene oder laufende Zeiträume.',
    );
    expect(screen.queryByRole('heading', { level: 2, name: 'Überblick' })).toBeNull();
  });

  it('shows the German reason when the page cannot load, and loads again on request', async () => {
    const app = renderApp({
      configure: (kim) => {
        kim['store.status'].mockResolvedValue(ok(unlockedStatus));
        kim['statistics.settings'].mockResolvedValue(fail('LOCKED'));
        kim['statistics.periods'].mockResolvedValue(ok(periods));
      },
    });
    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    await app.user.keyboard('{Alt>}4{/Alt}');
    const main = screen.getByRole('main');
    expect((await within(main).findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
    app.kim['statistics.settings'].mockResolvedValue(ok(settings));
    app.kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3')));
    await app.user.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Überblick' })).toBeTruthy();
  });
});

describe('Statistik: export', () => {
  it.each([
    ['Als Excel-Datei speichern', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['Als JSON-Datei speichern', 'json', 'application/json'],
  ] as const)('%s: exports the shown period and hands the file to the shell', async (button, format, mime) => {
    const { kim, user } = await openStatistics();
    const downloads = captureDownloads();
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const fileName = `kim-statistik_kim-stadt-ahlen_2026-Q3.${format}`;
    kim['statistics.export'].mockResolvedValue(ok({ fileName, bytes }));
    await user.click(screen.getByRole('button', { name: button }));
    expect(kim['statistics.export']).toHaveBeenCalledWith({ period: '2026-Q3', format });
    expect(await screen.findByText(`Die Datei „${fileName}“ wird gespeichert. Der Export ist im Protokoll der Fallakte vermerkt.`)).toBeTruthy();
    expect(downloads.blobs).toHaveLength(1);
    expect(downloads.blobs[0]!.type).toBe(mime);
    expect(new Uint8Array(await downloads.blobs[0]!.arrayBuffer())).toEqual(bytes);
    expect(downloads.clicked[0]!.download).toBe(fileName);
  });

  it('shows the German error of a refused export and saves nothing', async () => {
    const { kim, user } = await openStatistics();
    const downloads = captureDownloads();
    kim['statistics.export'].mockResolvedValue(fail('STATISTICS_UNIT_MISSING'));
    await user.click(screen.getByRole('button', { name: 'Als JSON-Datei speichern' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Bitte tragen Sie zuerst in den Einstellungen der Statistik den Namen Ihrer Stelle ein/);
    expect(downloads.clicked).toHaveLength(0);
  });

  it('names what is missing, blocks the export and leads to the settings', async () => {
    const { kim, user } = await openStatistics((kim) => {
      kim['statistics.settings'].mockResolvedValue(ok(unnamedSettings));
      kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3', { missing: ['Name der Stelle'] })));
    });
    expect(screen.getByText('Vor dem Export fehlt noch etwas')).toBeTruthy();
    expect(screen.getByText('Name der Stelle', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText('noch nicht eingetragen')).toBeTruthy();
    for (const name of ['Als Excel-Datei speichern', 'Als JSON-Datei speichern']) {
      const button = screen.getByRole<HTMLButtonElement>('button', { name });
      expect(button.disabled).toBe(true);
      expect(button.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(screen.getByText('Speichern ist erst möglich, wenn der Name Ihrer Stelle eingetragen ist.')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Zu den Einstellungen der Statistik' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Einstellungen der Statistik' }));
    expect(kim['statistics.export']).not.toHaveBeenCalled();
  });
});

describe('Statistik: settings', () => {
  it('sends the whole patch, then makes the preview again', async () => {
    const { kim, user } = await openStatistics((kim) => {
      kim['statistics.settings'].mockResolvedValue(ok(unnamedSettings));
      kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3', { missing: ['Name der Stelle'] })));
    });
    const saved = { unit: { ...settings.unit, name: 'KIM DRK Beckum', traeger: 'DRK', municipality: null }, threshold: 7, perturbation: true };
    kim['statistics.updateSettings'].mockResolvedValue(ok(saved));
    kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3')));
    const form = screen.getByRole('region', { name: 'Einstellungen der Statistik' });
    expect(within(form).getByLabelText<HTMLInputElement>('Kleinste veröffentlichte Zahl (k)').value).toBe('5');
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: 'Aus' }).checked).toBe(true);
    await user.type(within(form).getByLabelText('Name der Stelle'), 'KIM DRK Beckum');
    await user.type(within(form).getByLabelText('Träger (freiwillig)'), 'DRK');
    await user.clear(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'));
    await user.type(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'), '7');
    await user.click(within(form).getByRole('radio', { name: 'Ein' }));
    await user.click(within(form).getByRole('button', { name: 'Einstellungen speichern' }));
    expect(kim['statistics.updateSettings']).toHaveBeenCalledWith({
      unitName: 'KIM DRK Beckum',
      traeger: 'DRK',
      municipality: null,
      threshold: 7,
      perturbation: true,
    });
    expect(await within(form).findByText('Die Einstellungen der Statistik sind gespeichert. Die Vorschau ist aktualisiert.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Vor dem Export fehlt noch etwas')).toBeNull());
    expect(kim['statistics.preview']).toHaveBeenCalledTimes(2);
  });

  it('checks the name and k before sending, and submits with Enter', async () => {
    const { kim, user } = await openStatistics((kim) => kim['statistics.settings'].mockResolvedValue(ok(unnamedSettings)));
    const form = screen.getByRole('region', { name: 'Einstellungen der Statistik' });
    await user.clear(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'));
    await user.type(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'), '2{Enter}');
    expect(within(form).getByText('Bitte geben Sie den Namen Ihrer Stelle ein.')).toBeTruthy();
    expect(within(form).getByText('Bitte geben Sie eine ganze Zahl von 3 bis 20 ein.')).toBeTruthy();
    expect(kim['statistics.updateSettings']).not.toHaveBeenCalled();
    kim['statistics.updateSettings'].mockResolvedValue(fail('LOCKED'));
    await user.type(within(form).getByLabelText('Name der Stelle'), 'KIM Kreis');
    await user.clear(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'));
    await user.type(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'), '5{Enter}');
    expect(kim['statistics.updateSettings']).toHaveBeenCalledWith({
      unitName: 'KIM Kreis',
      traeger: null,
      municipality: null,
      threshold: 5,
      perturbation: false,
    });
    expect((await within(form).findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
  });
});

describe('Statistik: accessibility (axe-core)', () => {
  it('preview with charts, hidden cells and the settings', async () => {
    await openStatistics();
    expect(await violations()).toEqual([]);
  });

  it('preview with missing settings and an export error', async () => {
    const { kim, user } = await openStatistics((kim) =>
      kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3', { missing: ['Name der Stelle'] }))),
    );
    kim['statistics.preview'].mockResolvedValue(fail('PERIOD_NOT_STARTED'));
    await user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
  });
});
