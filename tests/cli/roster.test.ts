import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoster } from '../../electron/services/statistics/rosterFile';
import { tempDir } from '../fixtures/tempStore';
import { fixtureUnits, keyFileOf } from '../fixtures/maskedExports';
import { kim } from './helpers';

const units = fixtureUnits(4, 6);

function keyFolder() {
  const dir = tempDir();
  units.forEach((unit, i) => fs.writeFileSync(path.join(dir, `schluessel-${i + 1}.json`), JSON.stringify(keyFileOf(unit), null, 2)));
  return dir;
}
const three = ['schluessel-1.json', 'schluessel-2.json', 'schluessel-3.json'];
const readList = (dir: string, name: string) => readRoster(fs.readFileSync(path.join(dir, name), 'utf8'))!;

describe('kim roster', () => {
  it('writes the list and prints every unit’s fingerprint, the code, the version and what to do next', async () => {
    const dir = keyFolder();
    const run = await kim(['roster', ...three, '--district', 'Kreis Musterland', '--out', 'liste.json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.asked).toEqual([]);
    const { roster, code } = readList(dir, 'liste.json');
    expect(roster.version).toBe(1);
    // The clock stands on 23.11.2026: a new list applies from the last closed quarter.
    expect(roster.validFrom).toBe('2026-Q3');
    expect(run.stdout).toContain('Die Liste gilt ab dem 3. Quartal 2026.');
    expect(roster.protection).toEqual({ threshold: 5, perturbation: true });
    expect(run.stdout).toContain(`Die Bezirksliste „Kreis Musterland“, Version 1, ist geschrieben: ${path.join(dir, 'liste.json')}`);
    expect(run.stdout).toContain(`Code der Liste: ${code}`);
    for (const unit of roster.units) expect(run.stdout).toContain(`${unit.name}: ${unit.fingerprint}`);
    expect(run.stdout).toContain('Zahlen von 1 bis 4 werden verborgen (k = 5); Überlagerung eingeschaltet');
    expect(run.stdout).toContain('So geht es weiter:');
    expect(fs.readdirSync(dir).sort()).toEqual(['liste.json', 'schluessel-1.json', 'schluessel-2.json', 'schluessel-3.json', 'schluessel-4.json']);
  });

  it('with --previous: the next version of the same list; --threshold and --perturbation aus', async () => {
    const dir = keyFolder();
    expect((await kim(['roster', ...three, '--district', 'Kreis Musterland', '--out', 'v1.json'], { cwd: dir })).code).toBe(0);
    const run = await kim(
      [
        'roster',
        ...three,
        'schluessel-4.json',
        '--district',
        'Kreis Musterland',
        '--previous',
        'v1.json',
        '--threshold',
        '7',
        '--perturbation',
        'aus',
        '--out',
        'v2.json',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    const first = readList(dir, 'v1.json').roster;
    const next = readList(dir, 'v2.json').roster;
    expect(next.rosterId).toBe(first.rosterId);
    expect(next.version).toBe(2);
    expect(next.units).toHaveLength(4);
    expect(next.protection).toEqual({ threshold: 7, perturbation: false });
    expect(run.stdout).toContain('Version 2');
    // A new version applies from the running quarter (23.11.2026: the fourth); the third keeps version 1.
    expect(first.validFrom).toBe('2026-Q3');
    expect(next.validFrom).toBe('2026-Q4');
    expect(run.stdout).toContain('Die Liste gilt ab dem 4. Quartal 2026.');
    expect(run.stdout).toContain('Die Quartale vor dem 4. Quartal 2026 exportieren die Stellen weiter mit der bisherigen Version');
  });

  it('--valid-from names the first quarter; a new version before the previous one is refused (exit 1)', async () => {
    const dir = keyFolder();
    const run = await kim(['roster', ...three, '--district', 'Kreis Musterland', '--valid-from', '2026-Q2', '--out', 'v1.json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readList(dir, 'v1.json').roster.validFrom).toBe('2026-Q2');
    expect(run.stdout).toContain('Die Liste gilt ab dem 2. Quartal 2026.');
    const same = await kim(
      ['roster', ...three, 'schluessel-4.json', '--district', 'Kreis Musterland', '--previous', 'v1.json', '--valid-from', '2026-Q2', '--out', 'v2.json'],
      { cwd: dir },
    );
    expect(same.code, same.stderr).toBe(0);
    expect(readList(dir, 'v2.json').roster).toMatchObject({ version: 2, validFrom: '2026-Q2' });
    const earlier = await kim(['roster', ...three, '--district', 'Kreis Musterland', '--previous', 'v2.json', '--valid-from', '2026-Q1', '--out', 'v3.json'], {
      cwd: dir,
    });
    expect(earlier.code).toBe(1);
    expect(earlier.stderr).toContain(
      'v2.json (bisherige Bezirksliste): Die neue Version soll ab dem 1. Quartal 2026 gelten, die bisherige Version 2 gilt ab dem 2. Quartal 2026.',
    );
    expect(earlier.stderr).toContain('Die Quartale davor behalten die Liste, mit der sie exportiert wurden.');
    expect(fs.existsSync(path.join(dir, 'v3.json'))).toBe(false);
  });

  it('refuses fewer than three units and bad files, naming each, and writes nothing (exit 1)', async () => {
    const dir = keyFolder();
    const two = await kim(['roster', three[0]!, three[1]!, '--district', 'Kreis Musterland', '--out', 'liste.json'], { cwd: dir });
    expect(two.code).toBe(1);
    expect(two.stderr).toContain('Die Bezirksliste wurde nicht erstellt');
    expect(two.stderr).toContain('mindestens 3 Stellen, hier sind es 2');
    fs.writeFileSync(path.join(dir, 'notiz.json'), 'kein JSON');
    const bad = await kim(['roster', ...three, 'schluessel-1.json', 'notiz.json', '--district', 'Kreis Musterland', '--out', 'liste.json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('schluessel-1.json: Die Stelle „Stelle A“ steht schon');
    expect(bad.stderr).toContain('notiz.json: Die Datei ist keine lesbare JSON-Datei');
    const previous = await kim(['roster', ...three, '--district', 'Kreis Musterland', '--previous', 'schluessel-4.json', '--out', 'liste.json'], { cwd: dir });
    expect(previous.code).toBe(1);
    expect(previous.stderr).toContain('schluessel-4.json (bisherige Bezirksliste): Diese Datei ist keine Bezirksliste');
    expect(fs.existsSync(path.join(dir, 'liste.json'))).toBe(false);
  });

  it('explains wrong calls in German (exit code 2)', async () => {
    const dir = keyFolder();
    const cases: [string[], RegExp][] = [
      [['roster', '--district', 'K', '--out', 'l.json'], /nennen Sie die Stellenschlüssel/],
      [['roster', ...three, '--out', 'l.json'], /mit --district den Namen/],
      [['roster', ...three, '--district', 'K'], /mit --out an/],
      [['roster', ...three, '--district', 'K', '--out', 'l.pdf'], /auf \.json enden/],
      [['roster', ...three, '--district', 'K', '--out', 'l.json', '--threshold', '2'], /ganze Zahl von 3 bis 20/],
      [['roster', ...three, '--district', 'K', '--out', 'l.json', '--threshold', 'fünf'], /ganze Zahl von 3 bis 20/],
      [['roster', ...three, '--district', 'K', '--out', 'l.json', '--perturbation', 'ja'], /„an“ oder „aus“/],
      [['roster', ...three, '--district', 'K', '--out', 'l.json', '--previous', 'a.json', '--previous', 'b.json'], /nur die eine bisherige/],
      [['roster', ...three, '--district', 'K', '--out', 'schluessel-1.json'], /zugleich eine Datei, die gelesen wird/],
      [['roster', ...three, '--district', 'K', '--out', 'l.json', '--valid-from', '2026-5'], /--valid-from nennt das erste Quartal/],
      [['roster', ...three, '--district', 'K', '--out', 'l.json', '--valid-from', '2026-Q5'], /--valid-from nennt das erste Quartal/],
      [['merge', 'a.json', '--out', 'l.json', '--valid-from', '2026-Q3'], /gibt es nur bei: roster/],
    ];
    for (const [argv, message] of cases) {
      const run = await kim(argv, { cwd: dir });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(message);
    }
  });
});
