import { describe, expect, it } from 'vitest';
import { checkPrevious, fileProblems, parseExports } from '../../../electron/services/statistics/districtMerge';
import { asFile, countTable, sampleDistrict, statisticsDoc } from '../../fixtures/statisticsDocuments';

const { docs } = sampleDistrict();
const [a, b, c] = docs as [(typeof docs)[number], (typeof docs)[number], (typeof docs)[number]];
const clone = <T>(value: T): T => structuredClone(value);

/** The single problem reported for `name`. */
function problemOf(files: { name: string; text: string }[], name: string): string {
  const { problems } = parseExports(files);
  const mine = problems.filter((p) => p.file === name);
  expect(mine, JSON.stringify(problems)).toHaveLength(1);
  return mine[0]!.message;
}

describe('parseExports accepts good exports', () => {
  it('reads three units of one period, also with a byte order mark', () => {
    const files = [asFile(a, 'a.json'), { name: 'b.json', text: `\uFEFF${JSON.stringify(b)}` }, asFile(c, 'c.json')];
    const result = parseExports(files);
    expect(result.problems).toEqual([]);
    expect(result.documents.map((d) => [d.name, d.document.unit.name])).toEqual([
      ['a.json', 'KI Kreis Musterland'],
      ['b.json', 'DRK Kreisverband, Beratung Nordstadt'],
      ['c.json', 'Diakonie Südtal'],
    ]);
  });
});

describe('parseExports refuses bad imports with a German message', () => {
  it('an empty file', () => {
    expect(problemOf([asFile(a, 'a.json'), { name: 'leer.json', text: '  \n' }], 'leer.json')).toBe('Die Datei ist leer.');
  });

  it('a file that is not JSON', () => {
    expect(problemOf([{ name: 'bericht.xlsx', text: 'PK\u0003\u0004…' }], 'bericht.xlsx')).toMatch(/keine lesbare JSON-Datei.*noch einmal als JSON/);
    expect(problemOf([{ name: 'halb.json', text: JSON.stringify(a).slice(0, 200) }], 'halb.json')).toMatch(/abgeschnitten/);
  });

  it('JSON that is not our format', () => {
    for (const text of ['[1,2,3]', 'null', '"kim-fallakte-statistik"', JSON.stringify({ ...a, format: 'andere-software' }), JSON.stringify({ tables: [] })]) {
      expect(problemOf([{ name: 'fremd.json', text }], 'fremd.json')).toMatch(/kein Statistik-Export der KIM Fallakte/);
    }
  });

  it('a newer or an older format version', () => {
    expect(problemOf([asFile({ ...a, formatVersion: 2 }, 'neu.json')], 'neu.json')).toMatch(/Format 2 einer neueren Version.*nur Format 1.*neue Version/);
    expect(problemOf([asFile({ ...a, formatVersion: 0 }, 'alt.json')], 'alt.json')).toMatch(/veraltetes oder unbekanntes Format.*neu erstellen/);
    expect(problemOf([asFile({ ...a, formatVersion: '1' }, 'text.json')], 'text.json')).toMatch(/veraltetes oder unbekanntes Format/);
  });

  it('schema errors, named in plain German with where they are', () => {
    const broken = clone(a) as unknown as Record<string, any>;
    broken.threshold = 2;
    broken.unit.name = '';
    broken.tables[0].cells[1][0] = -3;
    broken.tables[1].rows[0].label = 42;
    broken.tables[2].rows[0].extra = 'Freitext';
    const message = problemOf([asFile(broken, 'kaputt.json')], 'kaputt.json');
    expect(message).toMatch(/^Der Export entspricht nicht dem Format der Statistik und wird nicht übernommen\. Abweichungen: /);
    expect(message).toContain('Angaben zur Stelle, Name ist zu kurz oder leer');
    expect(message).toContain('Schwelle k ist zu klein');
    expect(message).toContain('Tabelle 1 („Aktive Fälle nach Altersgruppe und Geschlecht“), Zelle in Zeile 2, Spalte 1 ist zu klein');
    expect(message).toContain('(und 2 weitere)');
    expect(message).toMatch(/ohne die Datei von Hand zu ändern\.$/);
    expect(message).not.toMatch(/expected|Invalid|received|\[\d\]/);

    const more = clone(a) as unknown as Record<string, any>;
    more.tables[1].rows[0].label = 42;
    more.tables[2].rows[0].extra = 'Freitext';
    more.tables.push({ kind: 'karte', id: 'neu' });
    const second = problemOf([asFile(more, 'kaputt.json')], 'kaputt.json');
    expect(second).toContain('Tabelle 2 („Kontakte nach Ort“), Zeile 1, Bezeichnung hat die falsche Art von Wert');
    expect(second).toContain('Tabelle 3 („Mediane und Anteile“), Zeile 1 enthält unbekannte Angaben (extra)');
    expect(second).toContain('Tabelle 4, Art nennt keine bekannte Art von Tabelle');
  });

  it('inconsistent tables and missing fields', () => {
    const shape = clone(a) as unknown as Record<string, any>;
    shape.tables[0].cells.pop();
    delete shape.createdOn;
    const message = problemOf([asFile(shape, 'form.json')], 'form.json');
    expect(message).toContain('Erstellungsdatum fehlt');
    const refined = clone(a) as unknown as Record<string, any>;
    refined.tables[0].cells.pop();
    expect(problemOf([asFile(refined, 'form.json')], 'form.json')).toContain(
      'Tabelle 1 („Aktive Fälle nach Altersgruppe und Geschlecht“): Die Zellen passen nicht zu den Zeilen und Spalten',
    );
  });

  it('the same file twice', () => {
    expect(problemOf([asFile(a, 'a.json'), asFile(a, 'a (1).json')], 'a (1).json')).toBe(
      'Diese Datei ist inhaltsgleich mit „a.json“ und wurde schon hinzugefügt. Bitte entfernen Sie eine der beiden.',
    );
  });

  it('a second export of the same unit and period', () => {
    const again = { ...clone(a), createdOn: '2026-10-09' };
    expect(problemOf([asFile(a, 'a.json'), asFile(again, 'a-neu.json')], 'a-neu.json')).toBe(
      'Von der Stelle „KI Kreis Musterland“ gibt es für 3. Quartal 2026 schon den Export „a.json“ (erstellt am 05.10.2026; dieser am 09.10.2026). Bitte verwenden Sie nur einen Export je Stelle, in der Regel den neuesten.',
    );
  });

  it('mixed periods: the period most files share wins', () => {
    const [earlier] = sampleDistrict('2026-Q2').docs;
    const files = [asFile(earlier, 'q2.json'), asFile(a, 'a.json'), asFile(b, 'b.json')];
    expect(problemOf(files, 'q2.json')).toBe(
      'Dieser Export gilt für 2. Quartal 2026, die übrigen für 3. Quartal 2026. Es werden nur Exporte desselben Zeitraums zusammengeführt.',
    );
    expect(parseExports(files).documents.map((d) => d.name)).toEqual(['a.json', 'b.json']);
    const year = statisticsDoc({ period: '2026', tables: [countTable({ id: 't', rows: ['x'], columns: ['n'], cells: [[9]] })] });
    expect(problemOf([asFile(a, 'a.json'), asFile(year, 'jahr.json')], 'jahr.json')).toMatch(/gilt für Jahr 2026, die übrigen für 3\. Quartal 2026/);
  });
});

describe('the previous period', () => {
  const current = parseExports([asFile(a, 'a.json')]);

  it('must be of the same kind and end before the current one begins', () => {
    const half = statisticsDoc({ period: '2026-H1', tables: [countTable({ id: 't', rows: ['x'], columns: ['n'], cells: [[9]] })] });
    const later = sampleDistrict('2026-Q4').docs[0]!;
    const same = sampleDistrict('2026-Q3').docs[1]!;
    const problems = checkPrevious(current.documents, parseExports([asFile(half, 'h1.json')]).documents);
    expect(problems).toEqual([
      { file: 'h1.json', message: expect.stringMatching(/derselben Art: 1\. Halbjahr 2026 lässt sich nicht mit 3\. Quartal 2026 vergleichen/) },
    ]);
    expect(checkPrevious(current.documents, parseExports([asFile(later, 'q4.json')]).documents)[0]!.message).toBe(
      'Der Vergleichszeitraum 4. Quartal 2026 liegt nicht vor 3. Quartal 2026. Bitte wählen Sie Exporte eines früheren Zeitraums.',
    );
    expect(checkPrevious(current.documents, parseExports([asFile(same, 'q3.json')]).documents)).toHaveLength(1);
    const lastYear = sampleDistrict('2025-Q3').docs[0]!;
    expect(checkPrevious(current.documents, parseExports([asFile(lastYear, 'vorjahr.json')]).documents)).toEqual([]);
  });

  it('problems of both sets carry their role', () => {
    const previous = parseExports([{ name: 'p.json', text: '{' }]);
    expect(fileProblems(current, previous)).toEqual([{ file: 'p.json', role: 'previous', message: expect.stringMatching(/keine lesbare JSON-Datei/) }]);
    const broken = parseExports([{ name: 'x.json', text: '' }]);
    expect(fileProblems(broken, null)).toEqual([{ file: 'x.json', role: 'current', message: 'Die Datei ist leer.' }]);
  });
});
