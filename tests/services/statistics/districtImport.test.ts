import { describe, expect, it } from 'vitest';
import { checkPrevious, fileProblems, inferPeriod, parseExports } from '../../../electron/services/statistics/districtMerge';
import { asFile, asFormatOne, sampleDistrict } from '../../fixtures/statisticsDocuments';

const { docs } = sampleDistrict();
const [a, b, c] = docs as [(typeof docs)[number], (typeof docs)[number], (typeof docs)[number]];
const clone = <T>(value: T): T => structuredClone(value);

/** The single problem reported for `name`. */
function problemOf(files: { name: string; text: string }[], name: string, choice: Parameters<typeof parseExports>[1] = {}): string {
  const { problems } = parseExports(files, choice);
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

  it('a newer or an unknown format version', () => {
    expect(problemOf([asFile({ ...a, formatVersion: 3 }, 'neu.json')], 'neu.json')).toMatch(/Format 3 einer neueren Version.*nur Format 2.*neue Version/);
    expect(problemOf([asFile({ ...a, formatVersion: 0 }, 'alt.json')], 'alt.json')).toMatch(/veraltetes oder unbekanntes Format.*neu erstellen/);
    expect(problemOf([asFile({ ...a, formatVersion: '1' }, 'text.json')], 'text.json')).toMatch(/veraltetes oder unbekanntes Format/);
  });

  it('a format 1 file: the statistic was redesigned, its periods cannot be combined with quarters', () => {
    for (const period of [
      { label: '2026-Q3', kind: 'quartal' as const },
      { label: '2026-H1', kind: 'halbjahr' as const },
      { label: '2026', kind: 'jahr' as const },
    ]) {
      const message = problemOf([asFile(a, 'a.json'), asFile(asFormatOne(b, period), 'alt.json')], 'alt.json');
      expect(message).toMatch(/^Diese Datei hat das Format 1 einer früheren Version der KIM Fallakte\. Die Statistik wurde seitdem neu gestaltet/);
      expect(message).toContain('Zeiträume des Formats 1 lassen sich mit Quartalen nicht verrechnen');
      expect(message).toContain('ihre Quartale mit einer aktuellen Version der KIM Fallakte zu exportieren');
    }
    expect(parseExports([asFile(asFormatOne(a), 'alt.json')]).documents).toEqual([]);
  });

  it('an export made from demo data', () => {
    const demo = { ...clone(b), demo: true };
    expect(problemOf([asFile(a, 'a.json'), asFile(demo, 'demo.json')], 'demo.json')).toBe(
      'Diese Datei wurde aus einer Fallakte mit Demodaten erstellt. Demodaten dürfen nicht in die Statistik des Kreises. Bitte verwenden Sie den Export aus der Fallakte mit den echten Fällen der Stelle.',
    );
    expect(parseExports([asFile(a, 'a.json'), asFile(demo, 'demo.json')]).documents.map((d) => d.name)).toEqual(['a.json']);
    // without the flag the file does not fit the format either
    const { demo: _, ...unflagged } = clone(a);
    expect(problemOf([asFile(unflagged, 'ohne.json')], 'ohne.json')).toContain('Kennzeichen für Demodaten fehlt');
  });

  it('a period that is not a quarter', () => {
    const year = { ...clone(a), period: { label: '2026', from: '2026-01-01', to: '2026-12-31' } };
    expect(problemOf([asFile(year, 'jahr.json')], 'jahr.json')).toContain('Zeitraum, Bezeichnung hat ein ungültiges Format');
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
    expect(second).toContain('Tabelle 3 („Mediane“), Zeile 1 enthält unbekannte Angaben (extra)');
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

  it('a second export of the same unit and quarter, also within a half-year', () => {
    const again = { ...clone(a), createdOn: '2026-10-09' };
    const message =
      'Von der Stelle „KI Kreis Musterland“ gibt es für das 3. Quartal 2026 schon den Export „a.json“ (erstellt am 05.10.2026; dieser am 09.10.2026). Ein Quartal wird nur einmal gezählt. Bitte verwenden Sie nur einen Export je Stelle und Quartal.';
    expect(problemOf([asFile(a, 'a.json'), asFile(again, 'a-neu.json')], 'a-neu.json')).toBe(message);
    const q4 = sampleDistrict('2026-Q4').docs[0]!;
    const files = [asFile(a, 'a.json'), asFile(q4, 'a-q4.json'), asFile(again, 'a-neu.json')];
    expect(problemOf(files, 'a-neu.json', { period: '2026-H2' })).toBe(message);
    expect(parseExports(files, { period: '2026-H2' }).documents.map((d) => d.name)).toEqual(['a.json', 'a-q4.json']);
  });

  it('mixed quarters that make no half-year or year: the quarter most files share wins', () => {
    const [earlier] = sampleDistrict('2026-Q2').docs;
    const files = [asFile(earlier, 'q2.json'), asFile(a, 'a.json'), asFile(b, 'b.json')];
    expect(problemOf(files, 'q2.json')).toBe(
      'Dieser Export gilt für das 2. Quartal 2026, die übrigen für 3. Quartal 2026. Es werden nur Exporte eines Zeitraums zusammengeführt. Um Quartale zu einem Halbjahr oder Jahr zusammenzufassen, geben Sie die Exporte aller Quartale dieses Zeitraums an oder wählen Sie den Zeitraum aus.',
    );
    expect(parseExports(files).documents.map((d) => d.name)).toEqual(['a.json', 'b.json']);
  });

  it('a file outside the chosen period', () => {
    const lastYear = sampleDistrict('2025-Q4').docs[0]!;
    expect(problemOf([asFile(a, 'a.json'), asFile(lastYear, 'alt.json')], 'alt.json', { period: '2026-H2' })).toBe(
      'Dieser Export gilt für das 4. Quartal 2025, gewählt ist 2. Halbjahr 2026. Bitte entfernen Sie die Datei oder wählen Sie einen Zeitraum, zu dem sie gehört.',
    );
  });
});

describe('the period of the report', () => {
  it('follows from the files: one quarter, or the half-year or year whose quarters they are exactly', () => {
    expect(inferPeriod(['2026-Q3', '2026-Q3'])).toBe('2026-Q3');
    expect(inferPeriod(['2026-Q2', '2026-Q1', '2026-Q1'])).toBe('2026-H1');
    expect(inferPeriod(['2026-Q4', '2026-Q3'])).toBe('2026-H2');
    expect(inferPeriod(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'])).toBe('2026');
    // not a whole half-year or year: the quarter most files share (ties: the latest)
    expect(inferPeriod(['2026-Q2', '2026-Q3', '2026-Q3'])).toBe('2026-Q3');
    expect(inferPeriod(['2026-Q1', '2026-Q2', '2026-Q3'])).toBe('2026-Q3');
    expect(inferPeriod(['2025-Q3', '2025-Q4', '2026-Q1'])).toBe('2026-Q1');
  });

  it('is the chosen one when the district chooses; a unit may miss quarters of it', () => {
    const q4 = sampleDistrict('2026-Q4').docs;
    const result = parseExports(
      [...docs, q4[0]!].map((d, i) => asFile(d, `${i}.json`)),
      { period: '2026' },
    );
    expect(result.problems).toEqual([]);
    expect(result.period).toMatchObject({ label: '2026', kind: 'jahr', title: 'Jahr 2026', quarters: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'] });
    expect(result.documents).toHaveLength(4);
  });
});

describe('the previous period', () => {
  const current = parseExports([asFile(a, 'a.json')]);
  const previousOf = (files: { name: string; text: string }[], kind = current.period!.kind) => parseExports(files, { kind });

  it('must be of the same kind and end before the current one begins', () => {
    const later = sampleDistrict('2026-Q4').docs[0]!;
    const same = sampleDistrict('2026-Q3').docs[1]!;
    const h1 = sampleDistrict('2026-Q1').docs[0]!;
    expect(checkPrevious(current, previousOf([asFile(h1, 'h1.json')], 'halbjahr'))).toEqual([
      { file: 'h1.json', message: expect.stringMatching(/derselben Art: 1\. Halbjahr 2026 lässt sich nicht mit 3\. Quartal 2026 vergleichen/) },
    ]);
    expect(checkPrevious(current, previousOf([asFile(later, 'q4.json')]))[0]!.message).toBe(
      'Der Vergleichszeitraum 4. Quartal 2026 liegt nicht vor 3. Quartal 2026. Bitte wählen Sie Exporte eines früheren Zeitraums.',
    );
    expect(checkPrevious(current, previousOf([asFile(same, 'q3.json')]))).toHaveLength(1);
    const lastYear = sampleDistrict('2025-Q3').docs[0]!;
    expect(checkPrevious(current, previousOf([asFile(lastYear, 'vorjahr.json')]))).toEqual([]);
  });

  it('is read as a period of the current kind: the quarters of last half-year compare with this one', () => {
    const h2 = parseExports(['2026-Q3', '2026-Q4'].map((q, i) => asFile(sampleDistrict(q).docs[0]!, `${i}.json`)));
    expect(h2.period?.label).toBe('2026-H2');
    const before = previousOf(
      ['2026-Q1', '2026-Q2'].map((q, i) => asFile(sampleDistrict(q).docs[0]!, `v${i}.json`)),
      'halbjahr',
    );
    expect(before.period?.label).toBe('2026-H1');
    expect(checkPrevious(h2, before)).toEqual([]);
  });

  it('problems of both sets carry their role', () => {
    const previous = parseExports([{ name: 'p.json', text: '{' }]);
    expect(fileProblems(current, previous)).toEqual([{ file: 'p.json', role: 'previous', message: expect.stringMatching(/keine lesbare JSON-Datei/) }]);
    const broken = parseExports([{ name: 'x.json', text: '' }]);
    expect(fileProblems(broken, null)).toEqual([{ file: 'x.json', role: 'current', message: 'Die Datei ist leer.' }]);
  });
});
