/**
 * Every script prints (issue 14): for persons whose names are in Arabic, Persian, Cyrillic,
 * Turkish, Georgian, Armenian, Ethiopic, Vietnamese and mixed scripts, the bilingual document
 * (renderDocument) and the Zielvereinbarung (buildAgreementForm, bilingual where the catalogue has
 * the language, with an Arabic, Persian, Ukrainian … goal translation) read back with every name in logical order, use no
 * missing glyph, embed every font (no standard-14 font) and carry the PDF/A-2b markers.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../../electron/contract/areas/assessment';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../electron/contract/areas/documentTexts';
import { buildAgreementForm } from '../../../electron/services/documents/agreementForm';
import type { ClientTexts } from '../../../electron/services/documents/clientDocumentParts';
import type { DocumentModel } from '../../../electron/services/documents/model';
import { DOCUMENT_TEXT_CATALOGUE } from '../../../electron/services/documents/texts';
import { renderDocument } from '../../../electron/services/pdf/renderDocument';
import { expectArchivable, normalise, readText } from './readBack';

interface Person {
  case: string;
  language: string;
  /** Spellings as recorded, primary first. */
  names: string[];
  /** A sentence in the client's language (the translated text of the document). */
  sentence: string;
}

const PERSONS: Person[] = [
  { case: 'Arabic', language: 'ar', names: ['محمد عبد الله'], sentence: 'نحفظ بياناتك فقط للاستشارة' },
  { case: 'Persian', language: 'fa', names: ['سارا احمدی'], sentence: 'این سند را با دقت بخوانید' },
  { case: 'Pashto', language: 'ps', names: ['ږغځي څډړګ'], sentence: 'پښتو: ږ ځ څ ډ ړ ګ ڼ ۍ ې' },
  { case: 'Sorani', language: 'ckb', names: ['ڕێبوار ئەحمەد'], sentence: 'کوردی سۆرانی: ڕ ڵ ۆ ێ ە' },
  { case: 'Persian with a zero-width non-joiner', language: 'fa', names: ['مهدی\u200cزاده'], sentence: 'می\u200cخواهم' },
  { case: 'Kurmanji', language: 'kmr', names: ['Şêx Çiyayê', 'Xwedê Rojê'], sentence: 'Ji kerema xwe nasnameya xwe bînin' },
  { case: 'Romanian', language: 'ro', names: ['Ștefan Țăranu'], sentence: 'Vă rugăm să aduceți actul de identitate' },
  { case: 'Ukrainian', language: 'uk', names: ['Олександр Ґалій', 'Євгенія Їжак'], sentence: 'Будь ласка, візьміть із собою посвідчення' },
  { case: 'Russian', language: 'ru', names: ['Юлия Щербакова', 'Фёдор'], sentence: 'Пожалуйста, возьмите с собой паспорт' },
  { case: 'Turkish', language: 'tr', names: ['Selin Yıldız', 'İsmail Şişli'], sentence: 'Lütfen kimliğinizi yanınızda getirin' },
  { case: 'Georgian', language: 'ka', names: ['ნინო ბერიძე'], sentence: 'გთხოვთ, წაიკითხოთ' },
  { case: 'Armenian', language: 'hy', names: ['Արամ Պետրոսյան'], sentence: 'Խնդրում ենք կարդալ' },
  { case: 'Ethiopic', language: 'ti', names: ['ሰላም ተስፋይ', 'አማርኛ ኢትዮጵያ'], sentence: 'ትግርኛ ሰላም' },
  { case: 'Vietnamese', language: 'vi', names: ['Nguyễn Thị Thu Hương', 'Trần Văn Đức'], sentence: 'Vui lòng mang theo giấy tờ' },
  { case: 'mixed Arabic and Latin spellings', language: 'ar', names: ['أمينة حداد', 'Amina Haddad'], sentence: 'وقّع هنا من فضلك' },
];

const created = new Date('2026-12-03T10:00:00Z');

function modelFor(person: Person): DocumentModel {
  return {
    title: { de: 'Einwilligung', client: person.sentence },
    caseNumber: '2026-0042',
    clientLanguage: person.language,
    created,
    blocks: [
      { kind: 'heading', text: { de: 'Ihre Angaben', client: person.sentence } },
      { kind: 'fields', rows: person.names.map((name, i) => ({ label: { de: i === 0 ? 'Name' : 'Weitere Schreibweise' }, value: name })) },
      { kind: 'paragraph', text: { de: `Vereinbarung mit ${person.names[0]} (Fallnummer 2026-0042) vom 03.12.2026`, client: person.sentence } },
      { kind: 'table', columns: [{ de: 'Datum' }, { de: 'Wer' }], rows: [['03.12.2026', person.names[0] ?? '']] },
      { kind: 'signatures', lines: [{ label: { de: 'Unterschrift Klient:in', client: person.sentence }, name: person.names[0] }] },
    ],
  };
}

/**
 * The Zielvereinbarung of a person: bilingual where the catalogue has the person's language (the
 * sentence as the case manager's translation of the goal and the step), else German only.
 */
function agreementModelFor(person: Person): DocumentModel {
  const language = (DOCUMENT_LANGUAGES as readonly string[]).includes(person.language) ? (person.language as DocumentLanguage) : 'de';
  const entry = DOCUMENT_TEXT_CATALOGUE[language];
  const texts: ClientTexts =
    language === 'de'
      ? { german: entry.texts, client: null, clientLanguage: null, unreviewed: false, clientDirection: 'ltr' }
      : {
          german: DOCUMENT_TEXT_CATALOGUE['de-x-leicht'].texts,
          client: entry.texts,
          clientLanguage: language,
          unreviewed: true,
          clientDirection: entry.direction,
        };
  const goalTitle = `Wohnung für ${person.names[0]}`;
  const translation = language === 'de' ? null : person.sentence;
  const snapshot: AgreementDetail['snapshot'] = {
    goals: [
      {
        goalId: 'g1',
        lifeAreaId: 'wohnen',
        lifeAreaName: 'Wohnen',
        title: goalTitle,
        titleTranslation: translation,
        status: 'offen',
        steps: [
          {
            description: goalTitle,
            descriptionTranslation: translation,
            responsible: 'klient',
            partnerId: null,
            partnerName: null,
            dueDate: '2026-12-15',
            doneAt: null,
          },
        ],
      },
    ],
  };
  return {
    ...buildAgreementForm(
      {
        texts,
        agreement: { version: 1, date: '2026-12-03', signedAt: null, superseded: false, snapshot },
        person: { spellings: person.names, name: person.names[0] ?? '', caseNumber: '2026-0042' },
        caseManager: 'Test Beraterin',
      },
      created,
    ),
    printout: '7KQ3M9',
  };
}

describe('every script prints', () => {
  for (const person of PERSONS) {
    it(`renderDocument: ${person.case}`, async () => {
      const pdf = await renderDocument(modelFor(person));
      expectArchivable(pdf, expect);
      const { text } = await readText(pdf);
      for (const name of person.names) expect(text).toContain(normalise(name));
      expect(text).toContain(normalise(person.sentence));
      // The names in the order they are recorded.
      const positions = person.names.map((name) => text.indexOf(normalise(name)));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(text).toContain('Fall 2026-0042 · Seite 1 von 1');
    });

    it(`Zielvereinbarung: ${person.case}`, async () => {
      const model = agreementModelFor(person);
      const pdf = await renderDocument(model);
      expectArchivable(pdf, expect);
      const { text } = await readText(pdf);
      for (const name of person.names) expect(text).toContain(normalise(name));
      const first = text.indexOf(normalise(person.names[0] ?? ''));
      for (const name of person.names.slice(1)) expect(text.indexOf(normalise(name))).toBeGreaterThan(first);
      // In the catalogue's languages the case manager's translation prints below the German goal.
      if (model.clientLanguage) {
        expect(text).toContain(normalise(person.sentence));
        expect(text.indexOf(normalise(person.sentence))).toBeGreaterThan(text.indexOf(normalise(`Wohnung für ${person.names[0]}`)));
      }
      expect(text).toContain('Fall 2026-0042 · Ausdruck 7KQ3M9 · Seite 1 von');
    });
  }

  it('reads a German line with an Arabic name back in logical order', async () => {
    const pdf = await renderDocument(modelFor(PERSONS[0] as Person));
    const { text } = await readText(pdf);
    expect(text).toContain('Vereinbarung mit محمد عبد الله (Fallnummer 2026-0042) vom 03.12.2026');
  });
});
