/**
 * A heading is not left at the foot of a page with only its short note (the life area under a
 * goal, the sentence above the signature lines): the start of the block after the note comes
 * along, wherever the page happens to end.
 */
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Block, DocumentModel } from '../../../electron/services/documents/model';
import { renderDocument } from '../../../electron/services/pdf/renderDocument';

const created = new Date('2026-12-03T10:00:00Z');

function model(fillerLines: number, after: Block): DocumentModel {
  return {
    title: { de: 'Zielvereinbarung' },
    caseNumber: '2026-0042',
    clientLanguage: null,
    created,
    blocks: [
      { kind: 'paragraph', text: { de: Array.from({ length: fillerLines }, (_, i) => `Zeile ${i + 1}`).join('\n') } },
      { kind: 'heading', text: { de: 'Ziel 1: Eine eigene Wohnung finden' } },
      { kind: 'paragraph', text: { de: 'Lebensbereich: Wohnen' }, muted: true },
      after,
    ],
  };
}

async function pages(pdf: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text;
}

describe('a heading with a short note', () => {
  it('stays on the page of the first step after the note, wherever the page ends', { timeout: 60_000 }, async () => {
    const list: Block = { kind: 'list', items: [{ de: 'Wohnberechtigungsschein beantragen\nWer? Sie · Bis wann? 15.12.2026' }] };
    for (let lines = 36; lines <= 46; lines++) {
      const texts = await pages(await renderDocument(model(lines, list)));
      const headingPage = texts.findIndex((t) => t.includes('Ziel 1: Eine eigene Wohnung finden'));
      expect(
        texts.findIndex((t) => t.includes('Lebensbereich: Wohnen')),
        `${lines} lines`,
      ).toBe(headingPage);
      expect(
        texts.findIndex((t) => t.includes('Wohnberechtigungsschein beantragen')),
        `${lines} lines`,
      ).toBe(headingPage);
    }
  });

  it('keeps the heading, the sentence and all signature lines on one page', { timeout: 60_000 }, async () => {
    const signatures: Block = {
      kind: 'signatures',
      lines: [
        { label: { de: 'Ort, Datum' } },
        { label: { de: 'Unterschrift Klient:in' }, name: 'Haddad, Amina' },
        { label: { de: 'Ort, Datum' } },
        { label: { de: 'Unterschrift Case Management' }, name: 'Test Beraterin' },
      ],
    };
    for (let lines = 30; lines <= 46; lines += 2) {
      const texts = await pages(await renderDocument(model(lines, signatures)));
      const headingPage = texts.findIndex((t) => t.includes('Ziel 1: Eine eigene Wohnung finden'));
      expect(
        texts.findIndex((t) => t.includes('Unterschrift Case Management')),
        `${lines} lines`,
      ).toBe(headingPage);
    }
  });
});
