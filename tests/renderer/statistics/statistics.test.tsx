import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeKim, fail, ok, renderApp, unlockedStatus } from '../fakeKim';
import { periods, previewFor, SHA256, settings, unitKeyInfo, unnamedSettings } from './statisticsFixtures';

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
      // The district statistic's part of the page (tested in districtRoster.test.tsx): a key, no roster.
      kim['statistics.unitKey'].mockResolvedValue(ok(unitKeyInfo));
      kim['statistics.roster'].mockResolvedValue(ok(null));
      configure(kim);
    },
  });
  await screen.findByRole('navigation', { name: 'Hauptnavigation' });
  await app.user.keyboard('{Alt>}4{/Alt}');
  await screen.findByRole('heading', { level: 2, name: 'Überblick' });
  return app;
}

/** Chooses a quarter in the picker by keyboard-free selection and shows its preview. */
async function showQuarter(app: Awaited<ReturnType<typeof openStatistics>>, label: string) {
  await app.user.selectOptions(screen.getByLabelText('Quartal'), label);
  await app.user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
  await waitFor(() => expect(app.kim['statistics.preview']).toHaveBeenLastCalledWith({ period: label }));
  await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Überblick' })).toBeTruthy());
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
const overview = () => screen.getByRole('region', { name: 'Überblick' });
const exportPanel = () => screen.getByRole('region', { name: 'Statistik speichern' });
const exportButton = (name: string) => within(exportPanel()).getByRole<HTMLButtonElement>('button', { name });

describe('Statistik: quarters', () => {
  it('offers quarters only, newest first, each with its state, and starts with the newest closed one', async () => {
    const { kim } = await openStatistics();
    expect(kim['statistics.settings']).toHaveBeenCalledWith({});
    expect(kim['statistics.periods']).toHaveBeenCalledWith({});
    expect(kim['statistics.preview']).toHaveBeenCalledWith({ period: '2026-Q3' });
    expect(kim['statistics.preview']).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Statistik' })).toBeTruthy();
    const picker = screen.getByLabelText<HTMLSelectElement>('Quartal');
    expect(picker.tagName).toBe('SELECT');
    expect(picker.value).toBe('2026-Q3');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => [o.getAttribute('value'), o.textContent]),
    ).toEqual([
      ['2026-Q4', '4. Quartal 2026 – läuft noch (vorläufig)'],
      ['2026-Q3', '3. Quartal 2026 – bereit zum Export'],
      ['2026-Q2', '2. Quartal 2026 – veröffentlicht am 06.07.2026'],
      ['2026-Q1', '1. Quartal 2026 – bereit zum Export'],
      ['2025-Q4', '4. Quartal 2025 – veröffentlicht am 12.01.2026'],
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Überblick',
      'Was verborgen wird und warum',
      'Fälle',
      'Kontakte',
      'Assessments, Ziele und Vereinbarungen',
      'Statistik speichern',
      'Kreisstatistik mit verdeckten Zahlen',
      'Einstellungen der Statistik',
    ]);
    expect(
      within(overview()).getByText('3. Quartal 2026 ist abgeschlossen. Die Zahlen gelten für seinen letzten Tag, den 30.09.2026.', { exact: false }),
    ).toBeTruthy();
    expect(within(overview()).getByText('KIM Stadt Ahlen, Stadt Ahlen, Ahlen')).toBeTruthy();
    expect(within(overview()).getByText('5 (Zahlen von 1 bis 4 werden verborgen)')).toBeTruthy();
    expect(within(overview()).getByText('eingeschaltet (jede Zahl weicht absichtlich um bis zu ±2 ab)')).toBeTruthy();
    expect(screen.queryByText('vorläufig')).toBeNull();
  });

  it('starts with the running quarter when no quarter has ended yet', async () => {
    await openStatistics((kim) => kim['statistics.periods'].mockResolvedValue(ok(periods.filter((p) => p.label === '2026-Q4'))));
    expect(screen.getByLabelText<HTMLSelectElement>('Quartal').value).toBe('2026-Q4');
  });

  it('is a native select: chosen, then Tab and Enter show the preview and the focus moves to its overview', async () => {
    const app = await openStatistics();
    // The arrow keys of a native select are the browser's (the e2e test presses them in Chromium).
    await app.user.selectOptions(screen.getByLabelText('Quartal'), '2026-Q4');
    screen.getByLabelText('Quartal').focus();
    await app.user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    await app.user.keyboard('{Enter}');
    expect(app.kim['statistics.preview']).toHaveBeenLastCalledWith({ period: '2026-Q4' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Überblick' })));
  });

  it('shows the German reason when the preview cannot be made', async () => {
    const app = await openStatistics();
    app.kim['statistics.preview'].mockResolvedValueOnce(fail('PERIOD_NOT_QUARTER'));
    await app.user.selectOptions(screen.getByLabelText('Quartal'), '2026-Q1');
    await app.user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Die Statistik wird nur für Quartale erstellt, zum Beispiel 2026-Q3\./);
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

describe('Statistik: preview', () => {
  it('shows counts with totals, "•" for hidden cells with the explanation, and whole-day medians', async () => {
    await openStatistics();
    expect(rowTexts(table('Laufende Fälle am Ende des Quartals nach Zielgruppe'))).toEqual([
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
    expect(screen.getAllByText('„•“ = weniger als 5 Fälle oder zum Schutz anderer Zahlen verborgen.')).toHaveLength(4);
    expect(rowTexts(table('Dauer bis Assessment und Zielvereinbarung'))).toEqual([
      ['Dauer', 'Wert'],
      ['Tage bis zum ersten Assessment (Median)', '9 Tage'],
      ['Tage bis zur ersten Zielvereinbarung (Median)', '•verborgen'],
    ]);
    expect(screen.getByText('„•“ = nicht veröffentlicht, weil weniger als 10 Fälle zugrunde liegen.')).toBeTruthy();
  });

  it('computes shares from the published counts only: "•" when a count they rest on is hidden, "–" without cases', async () => {
    await openStatistics();
    expect(rowTexts(table('Anteil der Kontakte mit Sprachmittlung'))).toEqual([
      ['Sprachgruppe', 'Anteil'],
      ['Alle', '51,1 %'],
      ['Arabisch', '61,8 %'],
      ['Ukrainisch', '•verborgen'],
      ['Deutsch', '–'],
    ]);
    // Reached among goals with an outcome (reached, partly, not reached): "Sprache" rests on a hidden count.
    expect(rowTexts(table('Anteil der erreichten Ziele an den Zielen mit Ergebnis'))).toEqual([
      ['Lebensbereich', 'Anteil'],
      ['Alle', '85,7 %'],
      ['Sprache', '•verborgen'],
      ['Arbeit', '33,3 %'],
    ]);
    expect(screen.getAllByText(/^Nicht in der Datei: Die Anteile sind hier aus den veröffentlichten Zahlen oben berechnet\./)).toHaveLength(2);
  });

  it('explains what is withheld and why, and lists it table by table', async () => {
    await openStatistics();
    const section = screen.getByRole('region', { name: 'Was verborgen wird und warum' });
    expect(
      within(section).getByText(
        'Verborgen in diesem Quartal: 3 kleine Zahlen (1 bis 4), 2 weitere Zahlen zum Schutz, 1 Median (weniger als 10 Fälle) – in 4 Tabellen.',
      ),
    ).toBeTruthy();
    expect(within(section).getByText('Nach Tabellen anzeigen').closest('details')).toBeTruthy();
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Zahlen von 1 bis 4 werden nie veröffentlicht: Hinter so wenigen Fällen könnte man einzelne Menschen erkennen.',
      'Dazu werden weitere Zahlen verborgen, damit man die kleinen nicht aus Summen oder Nachbarzahlen ausrechnen kann.',
      'Mediane (zum Beispiel Tage bis zum ersten Assessment) erscheinen erst, wenn ihnen mindestens 10 Fälle zugrunde liegen.',
      'Überlagerung: Jede veröffentlichte Zahl weicht absichtlich um bis zu ±2 ab – Anzahlen, Summen, Stunden und Mediane. Deshalb ergeben die Teile nicht immer genau ihre Summe. Dieselbe Zahl erhält immer dieselbe Abweichung.',
      'Laufende Fälle am Ende des Quartals nach Zielgruppe: 1 kleine Zahl (1 bis 4), 1 weitere Zahl zum Schutz',
      'Kontakte nach Art und Ort: 1 kleine Zahl (1 bis 4), 1 weitere Zahl zum Schutz',
      'Kontakte nach Sprachgruppe der Person und Sprachmittlung: 1 kleine Zahl (1 bis 4)',
      'Dauer bis Assessment und Zielvereinbarung: 1 Median (weniger als 10 Fälle)',
    ]);
  });

  it('says so when the perturbation is off', async () => {
    const preview = previewFor('2026-Q3');
    preview.document.perturbation = null;
    await openStatistics((kim) => kim['statistics.preview'].mockResolvedValue(ok(preview)));
    expect(within(overview()).getByText('ausgeschaltet (genaue Zahlen)')).toBeTruthy();
    expect(screen.getByText('Die Überlagerung ist ausgeschaltet: Die veröffentlichten Zahlen sind genau.')).toBeTruthy();
  });

  it('marks a running quarter vorläufig and explains why it cannot be exported yet', async () => {
    const app = await openStatistics();
    await showQuarter(app, '2026-Q4');
    const notice = within(overview());
    expect(notice.getByText('Vorläufiger Stand: Das 4. Quartal 2026 läuft noch bis 31.12.2026.')).toBeTruthy();
    expect(notice.getByText(/^Die Zahlen sind die von heute \(21\.11\.2026\)\./)).toBeTruthy();
    expect(
      notice.getByText(
        'Exportieren können Sie dieses Quartal ab dem 01.01.2027. Jedes Quartal wird genau einmal veröffentlicht, nach seinem Ende. So kann niemand aus zwei Exporten ablesen, was sich dazwischen geändert hat – etwa, dass eine bestimmte Person neu aufgenommen wurde.',
      ),
    ).toBeTruthy();
    // Every table carries the mark, next to its heading (the table's name stays its title).
    const blocks = [...document.querySelectorAll('.stats-table-block')];
    expect(blocks.length).toBe(5);
    for (const block of blocks) expect(within(block as HTMLElement).getByText('vorläufig')).toBeTruthy();
    expect(table('Kontakte nach Art und Ort')).toBeTruthy();
    // No export: the buttons are disabled and say why.
    for (const name of ['Als Excel-Datei speichern', 'Als JSON-Datei speichern']) {
      const button = exportButton(name);
      expect(button.disabled).toBe(true);
      expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe(
        'Dieses Quartal läuft noch. Speichern können Sie es ab dem 01.01.2027, wenn es abgeschlossen ist.',
      );
    }
    expect(app.kim['statistics.export']).not.toHaveBeenCalled();
  });

  it('shows a published quarter with its day, the short checksum and the full one, and that every export repeats it', async () => {
    const app = await openStatistics();
    await showQuarter(app, '2026-Q2');
    expect(within(overview()).getByText('Veröffentlicht am 06.07.2026')).toBeTruthy();
    expect(within(overview()).getByText(/^2\. Quartal 2026 ist festgeschrieben\..*jeder weitere Export wiederholt genau dieses Dokument/)).toBeTruthy();
    expect(within(overview()).getByText('a3f1c09e 7b2d4e6f …')).toBeTruthy();
    const full = within(overview()).getByText('Vollständige Prüfsumme anzeigen');
    expect(full.closest('details')!.querySelector('code')!.textContent).toBe(SHA256);
    expect(within(exportPanel()).getByText('Veröffentlicht am 06.07.2026. Jeder Export wiederholt genau dieses Dokument.')).toBeTruthy();
    // The published document's own hidden cells (the preview's account is empty for it).
    const section = screen.getByRole('region', { name: 'Was verborgen wird und warum' });
    expect(within(section).getByText('In der veröffentlichten Datei verborgen: 7 Angaben in 5 Tabellen.')).toBeTruthy();
    expect(within(section).getByText('Kontakte nach Art und Ort: 2 Angaben')).toBeTruthy();
    expect(within(section).getByText('Dauer bis Assessment und Zielvereinbarung: 1 Angabe')).toBeTruthy();
  });

  it('draws bar charts with German labels; hidden bars are hatched and explained', async () => {
    await openStatistics();
    const charts = screen.getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Balkendiagramm: Laufende Fälle am Ende des Zeitraums nach Zielgruppe. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Kontakte nach Ort. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Kontakte nach Art. Die genauen Zahlen stehen in der Tabelle.',
      'Balkendiagramm: Ziele mit Ergebnis nach Ergebnis. Die genauen Zahlen stehen in der Tabelle.',
    ]);
    const groups = charts[0]!.closest('figure')!;
    expect([...charts[0]!.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
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
    expect([...charts[1]!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Gemeinschaftsunterkunft', '23', 'Rathaus', '9', 'Aufsuchend', '13']);
  });
});

describe('Statistik: charts', () => {
  it('leaves out a chart where nothing above zero is published', async () => {
    const preview = previewFor('2026-Q3');
    const first = preview.document.tables[0]!;
    if (first.kind === 'counts') first.cells = [[null], [0], [null], [0]];
    await openStatistics((kim) => kim['statistics.preview'].mockResolvedValue(ok(preview)));
    expect(screen.getAllByRole('img').map((c) => c.getAttribute('aria-label'))).not.toContain(
      'Balkendiagramm: Laufende Fälle am Ende des Zeitraums nach Zielgruppe. Die genauen Zahlen stehen in der Tabelle.',
    );
    expect(table('Laufende Fälle am Ende des Quartals nach Zielgruppe')).toBeTruthy();
  });
});

describe('Statistik: export', () => {
  it('asks before the first export of a quarter; cancelling exports nothing and gives the focus back', async () => {
    const { kim, user } = await openStatistics();
    const downloads = captureDownloads();
    await user.click(exportButton('Als JSON-Datei speichern'));
    const question = within(exportPanel()).getByRole('group', { name: '3. Quartal 2026 jetzt veröffentlichen?' });
    expect(within(question).getByText(/^Mit diesem ersten Export wird das Quartal festgeschrieben/)).toBeTruthy();
    expect(within(question).getByText(/erscheinen in keiner Statistik mehr\.$/)).toBeTruthy();
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Festschreiben und als JSON-Datei speichern' }));
    await user.click(within(question).getByRole('button', { name: 'Abbrechen' }));
    expect(within(exportPanel()).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(exportButton('Als JSON-Datei speichern'));
    expect(kim['statistics.export']).not.toHaveBeenCalled();
    expect(downloads.clicked).toHaveLength(0);
  });

  it.each([
    ['Als Excel-Datei speichern', 'Festschreiben und als Excel-Datei speichern', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['Als JSON-Datei speichern', 'Festschreiben und als JSON-Datei speichern', 'json', 'application/json'],
  ] as const)('%s: once confirmed, publishes the quarter, hands the file to the shell and shows it published', async (button, confirm, format, mime) => {
    const { kim, user } = await openStatistics();
    const downloads = captureDownloads();
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const fileName = `kim-statistik_kim-stadt-ahlen_2026-Q3.${format}`;
    kim['statistics.export'].mockResolvedValue(ok({ fileName, bytes }));
    await user.click(exportButton(button));
    expect(kim['statistics.export']).not.toHaveBeenCalled();
    // After the export the main process names the quarter published.
    kim['statistics.periods'].mockResolvedValue(
      ok(periods.map((p) => (p.label === '2026-Q3' ? { ...p, state: 'veroeffentlicht' as const, publishedOn: '2026-11-21' } : p))),
    );
    kim['statistics.preview'].mockImplementation(async ({ period }) => ok(previewFor(period, period === '2026-Q3' ? { state: 'veroeffentlicht' } : {})));
    await user.click(within(exportPanel()).getByRole('button', { name: confirm }));
    expect(kim['statistics.export']).toHaveBeenCalledWith({ period: '2026-Q3', format });
    expect(await screen.findByText(`Die Datei „${fileName}“ wird gespeichert. Der Export ist im Protokoll der Fallakte vermerkt.`)).toBeTruthy();
    expect(downloads.blobs).toHaveLength(1);
    expect(downloads.blobs[0]!.type).toBe(mime);
    expect(new Uint8Array(await downloads.blobs[0]!.arrayBuffer())).toEqual(bytes);
    expect(downloads.clicked[0]!.download).toBe(fileName);
    expect(await within(overview()).findByText('Veröffentlicht am 21.11.2026')).toBeTruthy();
    expect(within(screen.getByLabelText('Quartal')).getByRole('option', { name: '3. Quartal 2026 – veröffentlicht am 21.11.2026' })).toBeTruthy();
    expect(kim['statistics.periods']).toHaveBeenCalledTimes(2);
  });

  it('exports a published quarter again without asking: the same document', async () => {
    const app = await openStatistics();
    const downloads = captureDownloads();
    await showQuarter(app, '2026-Q2');
    app.kim['statistics.export'].mockResolvedValue(ok({ fileName: 'kim-statistik_kim-stadt-ahlen_2026-Q2.json', bytes: new Uint8Array([123, 125]) }));
    await app.user.click(exportButton('Als JSON-Datei speichern'));
    expect(within(exportPanel()).queryByRole('group')).toBeNull();
    expect(app.kim['statistics.export']).toHaveBeenCalledWith({ period: '2026-Q2', format: 'json' });
    await waitFor(() => expect(downloads.clicked).toHaveLength(1));
  });

  it('shows the German error of a refused export and saves nothing', async () => {
    const { kim, user } = await openStatistics();
    const downloads = captureDownloads();
    kim['statistics.export'].mockResolvedValue(fail('PERIOD_RUNNING'));
    await user.click(exportButton('Als Excel-Datei speichern'));
    await user.click(within(exportPanel()).getByRole('button', { name: 'Festschreiben und als Excel-Datei speichern' }));
    expect((await within(exportPanel()).findByRole('alert')).textContent).toMatch(
      /^Dieses Quartal läuft noch\. Exportiert werden nur abgeschlossene Quartale, jedes genau einmal/,
    );
    expect(downloads.clicked).toHaveLength(0);
  });

  it('names what is missing, blocks the export, says what to do and leads to the settings', async () => {
    const { kim, user } = await openStatistics((kim) => {
      kim['statistics.settings'].mockResolvedValue(ok(unnamedSettings));
      kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3', { missing: ['Name der Stelle'] })));
    });
    expect(screen.getByText('Vor dem Export fehlt noch etwas')).toBeTruthy();
    expect(screen.getByText('Name der Stelle', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText('noch nicht eingetragen')).toBeTruthy();
    for (const name of ['Als Excel-Datei speichern', 'Als JSON-Datei speichern']) {
      const button = exportButton(name);
      expect(button.disabled).toBe(true);
      expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe(
        'Speichern ist erst möglich, wenn der Name Ihrer Stelle eingetragen ist.Tragen Sie ihn unten in den Einstellungen der Statistik ein und speichern Sie die Einstellungen. Zu den Einstellungen der Statistik',
      );
    }
    await user.click(within(exportPanel()).getByRole('link', { name: 'Zu den Einstellungen der Statistik' }));
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
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: 'Eingeschaltet (empfohlen)' }).checked).toBe(true);
    await user.type(within(form).getByLabelText('Name der Stelle'), 'KIM DRK Beckum');
    await user.type(within(form).getByLabelText('Träger (optional)'), 'DRK');
    await user.clear(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'));
    await user.type(within(form).getByLabelText('Kleinste veröffentlichte Zahl (k)'), '7');
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

  it('warns when the perturbation is switched off and asks before saving; "Eingeschaltet lassen" keeps it on', async () => {
    const { kim, user } = await openStatistics();
    const form = screen.getByRole('region', { name: 'Einstellungen der Statistik' });
    expect(within(form).queryByText('Ohne Überlagerung ist der Schutz schwächer')).toBeNull();
    await user.click(within(form).getByRole('radio', { name: 'Ausgeschaltet' }));
    expect(within(form).getByText('Ohne Überlagerung ist der Schutz schwächer')).toBeTruthy();
    expect(within(form).getAllByText(/^Ohne Überlagerung lassen sich kleine Zahlen aus den Exporten mehrerer Quartale ausrechnen/)).toHaveLength(1);
    await user.click(within(form).getByRole('button', { name: 'Einstellungen speichern' }));
    expect(kim['statistics.updateSettings']).not.toHaveBeenCalled();
    const question = within(form).getByRole('group', { name: 'Überlagerung wirklich ausschalten?' });
    expect(within(question).getByText(/^Alle Quartale, die Sie danach zum ersten Mal exportieren, enthalten genaue Zahlen./)).toBeTruthy();
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Ja, ausschalten und speichern' }));
    await user.click(within(question).getByRole('button', { name: 'Eingeschaltet lassen' }));
    expect(within(form).queryByRole('group', { name: 'Überlagerung wirklich ausschalten?' })).toBeNull();
    const on = within(form).getByRole<HTMLInputElement>('radio', { name: 'Eingeschaltet (empfohlen)' });
    expect(on.checked).toBe(true);
    expect(document.activeElement).toBe(on);
    expect(kim['statistics.updateSettings']).not.toHaveBeenCalled();
  });

  it('switches the perturbation off only when confirmed', async () => {
    const { kim, user } = await openStatistics();
    kim['statistics.updateSettings'].mockResolvedValue(ok({ ...settings, perturbation: false }));
    const form = screen.getByRole('region', { name: 'Einstellungen der Statistik' });
    await user.click(within(form).getByRole('radio', { name: 'Ausgeschaltet' }));
    await user.click(within(form).getByRole('button', { name: 'Einstellungen speichern' }));
    await user.click(within(form).getByRole('button', { name: 'Ja, ausschalten und speichern' }));
    expect(kim['statistics.updateSettings']).toHaveBeenCalledWith({
      unitName: 'KIM Stadt Ahlen',
      traeger: 'Stadt Ahlen',
      municipality: 'Ahlen',
      threshold: 5,
      perturbation: false,
    });
    expect(await within(form).findByText('Die Einstellungen der Statistik sind gespeichert. Die Vorschau ist aktualisiert.')).toBeTruthy();
    // Saved off: saving again does not ask again, the warning stays.
    expect(within(form).getByText('Ohne Überlagerung ist der Schutz schwächer')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Einstellungen speichern' }));
    expect(kim['statistics.updateSettings']).toHaveBeenCalledTimes(2);
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
      perturbation: true,
    });
    expect((await within(form).findByRole('alert')).textContent).toBe('Die Fallakte ist gesperrt. Bitte entsperren Sie sie zuerst.');
  });
});

describe('Statistik: accessibility (axe-core)', () => {
  it('a ready quarter with charts, hidden cells, shares and the settings', async () => {
    await openStatistics();
    expect(await violations()).toEqual([]);
  });

  it('a running quarter, then a published one', async () => {
    const app = await openStatistics();
    await showQuarter(app, '2026-Q4');
    expect(await violations()).toEqual([]);
    await showQuarter(app, '2026-Q2');
    await within(overview()).findByText('Veröffentlicht am 06.07.2026');
    expect(await violations()).toEqual([]);
  });

  it('the export question, the perturbation question and missing settings', async () => {
    const { user } = await openStatistics((kim) => kim['statistics.preview'].mockResolvedValue(ok(previewFor('2026-Q3', { missing: [] }))));
    await user.click(exportButton('Als Excel-Datei speichern'));
    const form = screen.getByRole('region', { name: 'Einstellungen der Statistik' });
    await user.click(within(form).getByRole('radio', { name: 'Ausgeschaltet' }));
    await user.click(within(form).getByRole('button', { name: 'Einstellungen speichern' }));
    expect(await violations()).toEqual([]);
  });
});
