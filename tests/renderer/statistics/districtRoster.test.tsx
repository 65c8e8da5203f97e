/**
 * The Statistik page's part in the district statistic with hidden counts: the unit's key with
 * its fingerprint and key file, a roster checked (every unit's fingerprint, the own unit marked,
 * what importing does) and imported, another list only when confirmed, refusals in German, and
 * the export panel with a roster: the masked JSON file only, no Excel button.
 */
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedRoster, RosterCheck } from '../../../electron/contract/areas/statisticsRoster';
import type { RosterInfo } from '../../../electron/contract/districtAggregation';
import { type FakeKim, fail, ok, renderApp, unlockedStatus } from '../fakeKim';
import { periods, previewFor, settings, UNIT_ID, unitKeyInfo, unnamedSettings } from './statisticsFixtures';

beforeEach(() => {
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
});

afterEach(() => {
  vi.restoreAllMocks();
});

const rosterInfo = (version = 1, district = 'Kreis Warendorf'): RosterInfo => ({
  rosterId: '0b7d6f5e-1c2a-4e3b-8d9f-0a1b2c3d4e5f',
  version,
  validFrom: version === 1 ? '2026-Q3' : '2026-Q4',
  district,
  createdOn: '2026-10-05',
  code: 'QW3E-R4TY-5UP6-ZX7C-V8BN',
  protection: { threshold: 5, perturbation: true },
  units: [
    { id: UNIT_ID, name: 'KIM Stadt Ahlen', traeger: 'Stadt Ahlen', municipality: 'Ahlen', fingerprint: unitKeyInfo.fingerprint },
    { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'KIM DRK Beckum', traeger: 'DRK', municipality: null, fingerprint: 'AB12-CD34-EF56-GH78-JK9M' },
    { id: 'a1b2c3d4-0000-4000-8000-000000000003', name: 'KIM Caritas Oelde', traeger: null, municipality: 'Oelde', fingerprint: 'NP0Q-RS1T-VW2X-YZ3A-BC4D' },
  ],
});
const imported = (info: RosterInfo): ImportedRoster => ({ ...info, importedOn: '2026-11-21' });
const check = (change: RosterCheck['change'], info = rosterInfo()): RosterCheck => ({ roster: info, change, ownUnitId: UNIT_ID });
const rosterFile = (text = '{"format":"kim-fallakte-bezirksliste"}') => new File([text], 'bezirksliste.json', { type: 'application/json' });

async function openStatistics(configure: (kim: FakeKim) => void = () => {}) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['statistics.settings'].mockResolvedValue(ok(settings));
      kim['statistics.periods'].mockResolvedValue(ok(periods));
      kim['statistics.preview'].mockImplementation(async ({ period }) => ok(previewFor(period)));
      kim['statistics.unitKey'].mockResolvedValue(ok(unitKeyInfo));
      kim['statistics.roster'].mockResolvedValue(ok(null));
      configure(kim);
    },
  });
  await screen.findByRole('navigation', { name: 'Hauptnavigation' });
  await app.user.keyboard('{Alt>}4{/Alt}');
  await screen.findByRole('heading', { level: 2, name: 'Überblick' });
  await screen.findByRole('heading', { level: 3, name: 'Ihr Stellenschlüssel' });
  return app;
}

const section = () => screen.getByRole('region', { name: 'Kreisstatistik mit verdeckten Zahlen' });
const checkRegion = () => screen.getByRole('region', { name: /^Bezirksliste prüfen: / });
const rowTexts = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

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

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Statistik: the unit key', () => {
  it('shows the fingerprint in groups with what it is for, and saves the key file', async () => {
    const downloads = captureDownloads();
    const app = await openStatistics((kim) =>
      kim['statistics.exportUnitKey'].mockResolvedValue(ok({ fileName: 'kim-stellenschluessel_kim-stadt-ahlen.json', bytes: new TextEncoder().encode('{}') })),
    );
    expect(app.kim['statistics.unitKey']).toHaveBeenCalledWith({});
    const fingerprint = section().querySelector('.roster-fingerprint-big')!;
    expect([...fingerprint.querySelectorAll('.roster-fingerprint-group')].map((g) => g.textContent)).toEqual(['7KQ3', 'M9XA', '2BCD', 'EFGH', 'JK45']);
    expect(within(section()).getByText(/^Lesen Sie diesen Fingerabdruck der Koordinierung am Telefon vor/)).toBeTruthy();
    expect(within(section()).getByText('Stelle: KIM Stadt Ahlen. Erstellt am 02.10.2026.')).toBeTruthy();
    expect(within(section()).getByText(/^Sie haben noch keine Bezirksliste übernommen/)).toBeTruthy();

    await app.user.click(within(section()).getByRole('button', { name: 'Stellenschlüssel speichern' }));
    await within(section()).findByText('Die Datei „kim-stellenschluessel_kim-stadt-ahlen.json“ wird gespeichert. Schicken Sie sie der Koordinierung im Kreis.');
    expect(app.kim['statistics.exportUnitKey']).toHaveBeenCalledWith({});
    expect(downloads.clicked.map((a) => a.download)).toEqual(['kim-stellenschluessel_kim-stadt-ahlen.json']);
    expect(downloads.blobs[0]!.type).toBe('application/json');
  });

  it('cannot save the key file before the unit is named, and says why', async () => {
    const app = await openStatistics((kim) => {
      kim['statistics.settings'].mockResolvedValue(ok(unnamedSettings));
      kim['statistics.unitKey'].mockResolvedValue(ok({ ...unitKeyInfo, unitName: null }));
    });
    const save = within(section()).getByRole<HTMLButtonElement>('button', { name: 'Stellenschlüssel speichern' });
    expect(save.disabled).toBe(true);
    expect(save.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(save.getAttribute('aria-describedby')!)!.textContent).toMatch(/Name Ihrer Stelle/);
    expect(app.kim['statistics.exportUnitKey']).not.toHaveBeenCalled();
  });
});

describe('Statistik: the roster', () => {
  it('checks a first roster: district, version, day, code, every fingerprint, the own unit marked; then imports it', async () => {
    const info = rosterInfo();
    const app = await openStatistics((kim) => {
      kim['statistics.checkRoster'].mockResolvedValue(ok(check('neu', info)));
      kim['statistics.importRoster'].mockResolvedValue(ok(imported(info)));
    });
    await app.user.upload(within(section()).getByLabelText('Bezirksliste einlesen'), rosterFile());
    const heading = await screen.findByRole('heading', { level: 4, name: 'Bezirksliste prüfen: bezirksliste.json' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(app.kim['statistics.checkRoster']).toHaveBeenCalledWith({ text: '{"format":"kim-fallakte-bezirksliste"}' });
    expect(app.kim['statistics.importRoster']).not.toHaveBeenCalled();
    const region = checkRegion();
    expect(within(region).getByText(/^Das ist Ihre erste Bezirksliste\./)).toBeTruthy();
    const facts = [...region.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(facts).toEqual([
      'Kreis: Kreis Warendorf',
      'Version: 1',
      'Gilt ab: 3. Quartal 2026',
      'Erstellt am: 05.10.2026',
      'Code der Liste: QW3E-R4TY-5UP6-ZX7C-V8BN',
      'Schutz des Kreisberichts: Zahlen von 1 bis 4 werden verborgen (k\u00a0=\u00a05); Überlagerung eingeschaltet',
    ]);
    expect(rowTexts(within(region).getByRole('table', { name: '3 Stellen auf der Liste' }))).toEqual([
      ['Stelle', 'Träger', 'Gemeinde', 'Fingerabdruck'],
      ['KIM Stadt Ahlen Ihre Stelle', 'Stadt Ahlen', 'Ahlen', '7KQ3-M9XA-2BCD-EFGH-JK45'],
      ['KIM DRK Beckum', 'DRK', '–', 'AB12-CD34-EF56-GH78-JK9M'],
      ['KIM Caritas Oelde', '–', 'Oelde', 'NP0Q-RS1T-VW2X-YZ3A-BC4D'],
    ]);
    expect(await violations()).toEqual([]);

    await app.user.click(within(region).getByRole('button', { name: 'Bezirksliste übernehmen' }));
    await within(section()).findByText('Die Bezirksliste „Kreis Warendorf“, Version 1, ist übernommen.');
    expect(app.kim['statistics.importRoster']).toHaveBeenCalledWith({ text: '{"format":"kim-fallakte-bezirksliste"}' });
    expect(screen.queryByRole('region', { name: /^Bezirksliste prüfen/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(section()).getByRole('heading', { level: 3, name: 'Bezirksliste' })));
    expect(within(section()).getByText('Übernommene Bezirksliste')).toBeTruthy();
    expect(within(section()).getByText('Übernommen am 21.11.2026.')).toBeTruthy();
    // The preview is made again: the quarter's export now goes against the roster.
    await waitFor(() => expect(app.kim['statistics.preview']).toHaveBeenCalledTimes(2));
  });

  it('imports another list only after an explicit confirmation, with replaceList', async () => {
    const other = rosterInfo(1, 'Kreis Gütersloh');
    const app = await openStatistics((kim) => {
      kim['statistics.roster'].mockResolvedValue(ok(imported(rosterInfo(3))));
      kim['statistics.checkRoster'].mockResolvedValue(ok(check('andere-liste', other)));
      kim['statistics.importRoster'].mockResolvedValue(ok(imported(other)));
    });
    expect(within(section()).getByText('Übernommene Bezirksliste')).toBeTruthy();
    await app.user.upload(within(section()).getByLabelText('Bezirksliste einlesen'), rosterFile());
    await screen.findByRole('heading', { level: 4, name: 'Bezirksliste prüfen: bezirksliste.json' });
    const region = checkRegion();
    expect(within(region).getByText(/^Das ist eine andere Liste als die, die Sie übernommen haben/)).toBeTruthy();
    const importButton = within(region).getByRole<HTMLButtonElement>('button', { name: 'Bezirksliste übernehmen' });
    expect(importButton.disabled).toBe(true);
    expect(document.getElementById(importButton.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Bitte bestätigen Sie zuerst, dass diese Liste die bisherige ersetzen soll.',
    );
    await app.user.click(importButton);
    expect(app.kim['statistics.importRoster']).not.toHaveBeenCalled();

    await app.user.click(within(region).getByRole('checkbox', { name: 'Ja, diese Liste soll die bisherige Bezirksliste ersetzen.' }));
    expect(importButton.disabled).toBe(false);
    await app.user.click(importButton);
    await within(section()).findByText('Die Bezirksliste „Kreis Gütersloh“, Version 1, ist übernommen.');
    expect(app.kim['statistics.importRoster']).toHaveBeenCalledWith({ text: '{"format":"kim-fallakte-bezirksliste"}', replaceList: true });
  });

  it('offers nothing to import for a roster already imported', async () => {
    const app = await openStatistics((kim) => {
      kim['statistics.roster'].mockResolvedValue(ok(imported(rosterInfo())));
      kim['statistics.checkRoster'].mockResolvedValue(ok(check('gleich')));
    });
    await app.user.upload(within(section()).getByLabelText('Bezirksliste einlesen'), rosterFile());
    await screen.findByRole('heading', { level: 4, name: 'Bezirksliste prüfen: bezirksliste.json' });
    expect(within(checkRegion()).getByText('Diese Bezirksliste haben Sie schon übernommen. Es ist nichts zu tun.')).toBeTruthy();
    expect(within(checkRegion()).queryByRole('button', { name: 'Bezirksliste übernehmen' })).toBeNull();
    await app.user.click(within(checkRegion()).getByRole('button', { name: 'Nicht übernehmen' }));
    expect(screen.queryByRole('region', { name: /^Bezirksliste prüfen/ })).toBeNull();
  });

  it('shows the German reason when a roster is refused, and imports nothing', async () => {
    const app = await openStatistics((kim) => kim['statistics.checkRoster'].mockResolvedValue(fail('ROSTER_KEY_MISMATCH')));
    await app.user.upload(within(section()).getByLabelText('Bezirksliste einlesen'), rosterFile());
    const alert = await within(section()).findByRole('alert');
    expect(alert.textContent).toMatch(/^Auf dieser Bezirksliste steht für Ihre Stelle ein anderer Schlüssel/);
    expect(screen.queryByRole('region', { name: /^Bezirksliste prüfen/ })).toBeNull();
    expect(within(section()).queryByRole('button', { name: 'Bezirksliste übernehmen' })).toBeNull();
  });

  it('shows a refusal of the import itself (e.g. an older version) in German', async () => {
    const app = await openStatistics((kim) => {
      kim['statistics.checkRoster'].mockResolvedValue(ok(check('neuere-version', rosterInfo(2))));
      kim['statistics.importRoster'].mockResolvedValue(fail('ROSTER_OLDER'));
    });
    await app.user.upload(within(section()).getByLabelText('Bezirksliste einlesen'), rosterFile());
    await screen.findByRole('heading', { level: 4, name: 'Bezirksliste prüfen: bezirksliste.json' });
    expect(within(checkRegion()).getByText(/^Das ist eine neuere Version Ihrer Bezirksliste/)).toBeTruthy();
    await app.user.click(within(checkRegion()).getByRole('button', { name: 'Bezirksliste übernehmen' }));
    expect((await within(checkRegion()).findByRole('alert')).textContent).toMatch(/^Diese Bezirksliste ist älter als die/);
  });
});

describe('Statistik: the export with a roster', () => {
  it('offers the masked JSON file only, says why there is no Excel file, and names the roster', async () => {
    const districtExport = { district: 'Kreis Warendorf', version: 2, code: 'QW3E-R4TY-5UP6-ZX7C-V8BN' };
    await openStatistics((kim) => {
      kim['statistics.roster'].mockResolvedValue(ok(imported(rosterInfo(2))));
      kim['statistics.preview'].mockImplementation(async ({ period }) => ok(previewFor(period, { districtExport })));
    });
    const panel = screen.getByRole('region', { name: 'Statistik speichern' });
    expect(within(panel).queryByRole('button', { name: 'Als Excel-Datei speichern' })).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Als JSON-Datei speichern' })).toBeTruthy();
    expect(
      within(panel).getByText('Wird mit verdeckten Zahlen exportiert, für die Bezirksliste „Kreis Warendorf“, Version 2 (Code QW3E-R4TY-5UP6-ZX7C-V8BN).'),
    ).toBeTruthy();
    expect(within(panel).getByText(/^Mit einer Bezirksliste gibt es nur die JSON-Datei mit verdeckten Zahlen\./)).toBeTruthy();
    expect(within(panel).getByText(/^Die JSON-Datei für die Bezirksansicht der Koordinierung enthält Ihre genauen Zahlen verdeckt/)).toBeTruthy();
    expect(within(panel).queryByText(/Excel-Datei ist zum Lesen/)).toBeNull();
    const overview = screen.getByRole('region', { name: 'Überblick' });
    expect(within(overview).getByText(/^Wird mit verdeckten Zahlen exportiert/)).toBeTruthy();
    // The page's lead says the tables shown stay on the device.
    expect(screen.getByText(/Mit der Bezirksliste enthält die Datei Ihre Zahlen nur verdeckt/)).toBeTruthy();
    expect(screen.queryByText(/Hier sehen Sie vorher genau, was die Datei enthält/)).toBeNull();
    expect(await violations()).toEqual([]);
  });

  it('names the roster a published quarter went out against, and keeps both buttons for a plain one', async () => {
    const districtExport = { district: 'Kreis Warendorf', version: 1, code: 'QW3E-R4TY-5UP6-ZX7C-V8BN' };
    const app = await openStatistics((kim) =>
      kim['statistics.preview'].mockImplementation(async ({ period }) => ok(previewFor(period, period === '2026-Q2' ? { districtExport } : {}))),
    );
    const panel = () => screen.getByRole('region', { name: 'Statistik speichern' });
    expect(within(panel()).getByRole('button', { name: 'Als Excel-Datei speichern' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Überblick' })).getByText('Ohne Bezirksliste: Ihre geschützten Tabellen.')).toBeTruthy();
    expect(screen.getByText(/Hier sehen Sie vorher genau, was die Datei enthält/)).toBeTruthy();
    await app.user.selectOptions(screen.getByLabelText('Quartal'), '2026-Q2');
    await app.user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    await within(panel()).findByText(
      'Mit verdeckten Zahlen veröffentlicht, für die Bezirksliste „Kreis Warendorf“, Version 1 (Code QW3E-R4TY-5UP6-ZX7C-V8BN).',
    );
    expect(within(panel()).queryByRole('button', { name: 'Als Excel-Datei speichern' })).toBeNull();
  });
});
