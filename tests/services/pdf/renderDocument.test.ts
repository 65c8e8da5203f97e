import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../electron/services/documents/model';
import { footerText, renderDocument, UnprintableTextError } from '../../../electron/services/pdf/renderDocument';
import { PATCHED_FOR } from '../../../electron/services/pdf/toUnicodePatch';
import { isolateNumbers, visualRuns } from '../../../electron/services/pdf/textLayout';
import { fontsOfWeight } from '../../../electron/services/pdf/fonts';
import { expectArchivable, readText } from './readBack';

const created = new Date('2026-12-03T10:00:00Z');

const base = (blocks: DocumentModel['blocks'], extra: Partial<DocumentModel> = {}): DocumentModel => ({
  title: { de: 'Terminzettel', client: 'Талон на прийом' },
  caseNumber: '2026-0042',
  clientLanguage: 'uk',
  created,
  blocks,
  ...extra,
});

describe('renderDocument', () => {
  it('prints every kind of block, German first and the client text below it', async () => {
    const pdf = await renderDocument(
      base([
        { kind: 'heading', text: { de: 'Ihr Termin', client: 'Ваш прийом' } },
        { kind: 'paragraph', text: { de: 'Bitte bringen Sie Ihren Ausweis mit.', client: 'Візьміть, будь ласка, посвідчення.' } },
        { kind: 'paragraph', muted: true, text: { de: 'Noch nicht fachlich geprüft.' } },
        { kind: 'list', items: [{ de: 'Ausweis', client: 'Посвідчення' }, { de: 'Bescheid' }] },
        { kind: 'fields', rows: [{ label: { de: 'Ort', client: 'Місце' }, value: 'Rathaus, Zimmer 12' }] },
        { kind: 'table', columns: [{ de: 'Datum', client: 'Дата' }, { de: 'Was' }], rows: [['10.12.2026', 'Beratung']], widths: [1, 3] },
        { kind: 'signatures', lines: [{ label: { de: 'Ort, Datum' } }, { label: { de: 'Unterschrift', client: 'Підпис' }, name: 'Олександр Ґалій' }] },
      ]),
    );
    expectArchivable(pdf, expect);
    const { text } = await readText(pdf);
    for (const [de, client] of [
      ['Terminzettel', 'Талон на прийом'],
      ['Ihr Termin', 'Ваш прийом'],
      ['Bitte bringen Sie Ihren Ausweis mit.', 'Візьміть, будь ласка, посвідчення.'],
      ['Ausweis', 'Посвідчення'],
      ['Ort', 'Місце'],
      ['Datum', 'Дата'],
      ['Unterschrift', 'Підпис'],
    ] as const) {
      expect(text).toContain(client);
      expect(text.indexOf(de)).toBeLessThan(text.indexOf(client));
    }
    for (const data of [
      'Noch nicht fachlich geprüft.',
      'Bescheid',
      'Rathaus, Zimmer 12',
      '10.12.2026',
      'Beratung',
      'Ort, Datum',
      'Олександр Ґалій',
      'Erstellt am 03.12.2026',
    ]) {
      expect(text).toContain(data);
    }
  });

  it('numbers the pages in the footer, with the case when there is one', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ kind: 'paragraph' as const, text: { de: `Absatz ${i + 1} mit etwas Text, der eine Zeile füllt.` } }));
    const withCase = await readText(await renderDocument(base(many)));
    expect(withCase.pages).toBeGreaterThan(1);
    for (let page = 1; page <= withCase.pages; page++) expect(withCase.text).toContain(`Fall 2026-0042 · Seite ${page} von ${withCase.pages}`);

    const without = await readText(await renderDocument(base(many, { caseNumber: null })));
    expect(without.text).toContain(`Seite 1 von ${without.pages}`);
    expect(without.text).not.toContain('Fall ');
    // A paper to sign carries its printout's reference on every page, so the signed paper names its record.
    const printout = await readText(await renderDocument(base(many, { printout: '7KQ3M9' })));
    for (let page = 1; page <= printout.pages; page++)
      expect(printout.text).toContain(`Fall 2026-0042 · Ausdruck 7KQ3M9 · Seite ${page} von ${printout.pages}`);
    expect(footerText(null, 2, 3)).toBe('Seite 2 von 3');
    expect(footerText('2026-0042', 1, 2)).toBe('Fall 2026-0042 · Seite 1 von 2');
    expect(footerText('2026-0042', 1, 2, '7KQ3M9')).toBe('Fall 2026-0042 · Ausdruck 7KQ3M9 · Seite 1 von 2');
  });

  it('keeps a table row and the block of signatures on one page', async () => {
    // Fill the first page almost to the end, then a signature block that does not fit there.
    const filler = Array.from({ length: 22 }, (_, i) => ({ kind: 'paragraph' as const, text: { de: `Zeile ${i + 1}` } }));
    const pdf = await renderDocument(
      base(
        [
          ...filler,
          {
            kind: 'signatures',
            lines: [
              { label: { de: 'Ort, Datum' } },
              { label: { de: 'Unterschrift Klient:in' }, name: 'Selin Yıldız' },
              { label: { de: 'Unterschrift Case Management' }, name: 'Test Beraterin' },
            ],
          },
        ],
        {
          clientLanguage: null,
          title: { de: 'Test' },
        },
      ),
    );
    const { getDocumentProxy, extractText } = await import('unpdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    const pageOf = (needle: string) => text.findIndex((page) => page.includes(needle));
    expect(text.length).toBe(2);
    expect(pageOf('Zeile 22')).toBe(0);
    expect(pageOf('Ort, Datum')).toBe(1);
    expect(pageOf('Unterschrift Case Management')).toBe(1);
    expect(pageOf('Selin Yıldız')).toBe(1);
  });

  it('keeps a case number and a date intact inside Arabic text (isolated left to right)', () => {
    expect(isolateNumbers('رقم الملف 2026-0042 في 03.12.2026')).toBe('رقم الملف \u20662026-0042\u2069 في \u206603.12.2026\u2069');
    const runs = visualRuns(isolateNumbers('رقم الملف 2026-0042'), fontsOfWeight('regular')).runs;
    // Visual order, left to right: the number (in one piece), then the Arabic words.
    expect(runs.map((r) => r.text).join('')).toContain('2026-0042');
    const plain = visualRuns('رقم الملف 2026-0042', fontsOfWeight('regular')).runs.map((r) => r.text);
    expect(plain.join('')).not.toContain('2026-0042');
  });

  it('lays out a German line with an Arabic name: the name as one right-to-left run between the Latin ones', () => {
    const { dir, runs } = visualRuns('Vereinbarung mit محمد عبد الله (Fallnummer 2026-0042)', fontsOfWeight('regular'));
    expect(dir).toBe('ltr');
    expect(runs.map((r) => [r.text, r.font.family])).toEqual([
      ['Vereinbarung mit ', 'NotoSans'],
      ['محمد عبد الله', 'NotoSansArabic'],
      [' (Fallnummer 2026-0042)', 'NotoSans'],
    ]);
    const rtl = visualRuns('محمد (أبو علي)', fontsOfWeight('regular'));
    expect(rtl.dir).toBe('rtl');
  });

  it('refuses a character no shipped font has, naming it, instead of printing a box', async () => {
    const model = base([{ kind: 'fields', rows: [{ label: { de: 'Name' }, value: '王 中 Ок' }] }]);
    const error = await renderDocument(model).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprintableTextError);
    expect((error as UnprintableTextError).characters).toEqual(['王', '中']);
    expect((error as Error).message).toContain('中 (U+4E2D)');
  });
});

describe('the versions the ToUnicode patch was written for', () => {
  it('pdfkit and fontkit are unchanged', () => {
    const version = (pkg: string) =>
      JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../node_modules', pkg, 'package.json'), 'utf8')).version;
    const installed = { pdfkit: version('pdfkit'), fontkit: version('fontkit') };
    expect(
      installed,
      'electron/services/pdf/toUnicodePatch.ts replaces private methods of pdfkit (EmbeddedFont.encode) and fontkit (getGlyph). ' +
        'After an update re-check them against the new sources, run tests/services/pdf, look at the PNGs, then change PATCHED_FOR.',
    ).toEqual(PATCHED_FOR);
  });
});
