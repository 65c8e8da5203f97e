/**
 * The Zielvereinbarung as a document model (buildAgreementForm, pure): bilingual for 'ar' and
 * 'uk' with the catalogue's texts on both sides (Leichte Sprache and the client's language), the
 * goal and step texts as the case manager wrote them (the translation as the client's text, never
 * anything made up), German only for 'de' in the standard texts, the three kinds of paper (to
 * sign, signed, replaced) and steps of every responsible.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../../electron/contract/areas/assessment';
import type { DocumentLanguage } from '../../../electron/contract/areas/documentTexts';
import { agreementFileName, buildAgreementForm, printKindOf } from '../../../electron/services/documents/agreementForm';
import type { ClientTexts } from '../../../electron/services/documents/clientDocumentParts';
import type { Block, DocumentModel } from '../../../electron/services/documents/model';
import { DOCUMENT_TEXT_CATALOGUE, type DocumentTextSet } from '../../../electron/services/documents/texts';
import { bilinguals, values } from './modelTexts';

const NOW = new Date('2026-11-23T10:00:00');
const LEICHT = DOCUMENT_TEXT_CATALOGUE['de-x-leicht'].texts;
const STANDARD = DOCUMENT_TEXT_CATALOGUE.de.texts;

/** The texts as clientTexts() gives them for a language nobody has confirmed yet (without a store). */
function textsFor(language: DocumentLanguage): ClientTexts {
  const entry = DOCUMENT_TEXT_CATALOGUE[language];
  if (language === 'de' || language === 'de-x-leicht')
    return { german: entry.texts, client: null, clientLanguage: null, unreviewed: language !== 'de', clientDirection: 'ltr' };
  return { german: LEICHT, client: entry.texts, clientLanguage: language, unreviewed: true, clientDirection: entry.direction };
}

const TRANSLATIONS = {
  ar: { goal: 'أن أجد شقة خاصة بي', step: 'تقديم طلب شهادة السكن في المكتب' },
  uk: { goal: 'Знайти власну квартиру', step: 'Подати заяву на довідку про право на житло' },
} as const;

type Snapshot = AgreementDetail['snapshot'];
type Step = Snapshot['goals'][number]['steps'][number];
const step = (patch: Partial<Step>): Step => ({
  description: 'Schritt',
  responsible: 'klient',
  partnerId: null,
  partnerName: null,
  dueDate: null,
  doneAt: null,
  ...patch,
});

/** Two goals with steps of every responsible (a partner named and one whose name is gone), and a goal without steps. */
function snapshot(translations: { goal: string; step: string } | null): Snapshot {
  return {
    goals: [
      {
        goalId: 'g1',
        lifeAreaId: 'wohnen',
        lifeAreaName: 'Wohnen',
        title: 'Eine eigene Wohnung finden',
        titleTranslation: translations?.goal ?? null,
        status: 'offen',
        steps: [
          step({
            description: 'Wohnberechtigungsschein beim Amt beantragen',
            descriptionTranslation: translations?.step ?? null,
            dueDate: '2026-12-15',
            doneAt: '2026-11-20',
          }),
          step({ description: 'Besichtigung vereinbaren', responsible: 'case_management' }),
          step({
            description: 'Beratung zur Anerkennung',
            responsible: 'partner',
            partnerId: 'p1',
            partnerName: 'Jobcenter Kreis Warendorf',
            dueDate: '2027-02-01',
          }),
          step({ description: 'Nachfragen', responsible: 'partner', partnerId: 'p2', partnerName: null }),
        ],
      },
      // An old snapshot: no translation fields at all (agreed before goals had translations).
      { goalId: 'g2', lifeAreaId: 'arbeit', lifeAreaName: 'Ausbildung/Arbeit', title: 'Eine Arbeit in der Pflege finden', status: 'offen', steps: [] },
    ],
  };
}

type Kind = 'zum_unterschreiben' | 'unterschrieben' | 'ersetzt';
const AGREEMENT_OF: Record<Kind, Pick<AgreementDetail, 'signedAt' | 'superseded'>> = {
  zum_unterschreiben: { signedAt: null, superseded: false },
  unterschrieben: { signedAt: '2026-11-21', superseded: false },
  ersetzt: { signedAt: null, superseded: true },
};

const SPELLINGS = ['الحسن, ليلى', 'Al-Hassan, Laila (Schreibweise im Ausweis)'];

function build(language: DocumentLanguage, kind: Kind = 'zum_unterschreiben', translations: { goal: string; step: string } | null = null): DocumentModel {
  return buildAgreementForm(
    {
      texts: textsFor(language),
      agreement: { version: 3, date: '2026-11-20', snapshot: snapshot(translations), ...AGREEMENT_OF[kind] },
      person: { spellings: SPELLINGS, name: SPELLINGS[0] ?? '', caseNumber: '2026-0042' },
      caseManager: 'Test Beraterin',
    },
    NOW,
  );
}

/** Without the isolates around recorded text in right-to-left text. */
const plain = (text: string | undefined) => text?.replace(/[\u2066-\u2069]/g, '');

/**
 * The agreement keys none of `texts` holds: each text's fixed parts (around its placeholders)
 * must be found in one text (several are joined in one line: "Wer? Sie · Bis wann? …").
 */
function missingKeys(texts: string[], set: DocumentTextSet, skip: readonly string[]): string[] {
  const all = texts.map((t) => plain(t) ?? '');
  return Object.entries(set.agreement as Record<string, string>)
    .filter(([key]) => !skip.includes(key))
    .filter(([, template]) => {
      const fixed = template.split(/\{[A-Za-z0-9]+\}/).map((p) => p.trim());
      return !all.some((t) => fixed.every((part) => part === '' || t.includes(part)));
    })
    .map(([key]) => `agreement.${key}`);
}

/** Keys a kind of paper does not print: the other kinds' marks and closing texts. */
const NOT_PRINTED: Record<Kind, string[]> = {
  zum_unterschreiben: ['kindSigned', 'kindSuperseded', 'signedOn', 'paperIsOriginal', 'notSigned'],
  unterschrieben: ['kindToSign', 'kindSuperseded', 'signatureSentence', 'notSigned'],
  ersetzt: ['kindToSign', 'kindSigned', 'signatureSentence', 'signedOn', 'paperIsOriginal'],
};
const KINDS: Kind[] = ['zum_unterschreiben', 'unterschrieben', 'ersetzt'];

describe('the Zielvereinbarung as a bilingual model', () => {
  for (const language of ['ar', 'uk'] as const) {
    for (const kind of KINDS) {
      it(`${language}, ${kind}: every text in Leichte Sprache and in the client's language, no placeholder left`, () => {
        const model = build(language, kind, TRANSLATIONS[language]);
        const client = DOCUMENT_TEXT_CATALOGUE[language].texts;
        expect(model.clientLanguage).toBe(language);
        expect(model.title).toEqual({ de: LEICHT.agreement.title, client: client.agreement.title });
        const texts = bilinguals(model);
        const german = texts.map((t) => t.de);
        const clients = texts.flatMap((t) => (t.client === undefined ? [] : [t.client]));
        expect(missingKeys(german, LEICHT, NOT_PRINTED[kind]), 'German').toEqual([]);
        // The life area is a configured German label: printed in German only.
        expect(missingKeys(clients, client, [...NOT_PRINTED[kind], 'lifeArea']), language).toEqual([]);
        // A paper of one kind says only its own mark.
        for (const other of KINDS.filter((k) => k !== kind)) {
          const mark = { zum_unterschreiben: 'kindToSign', unterschrieben: 'kindSigned', ersetzt: 'kindSuperseded' } as const;
          expect(clients).not.toContain(client.agreement[mark[other]]);
        }
        expect([...german, ...clients, ...values(model)].filter((t) => /\{[A-Za-z0-9]+\}/.test(t))).toEqual([]);
        // The review line at the top: the catalogue's, in both languages.
        expect(texts[1]).toEqual({ de: LEICHT.common.translationNotReviewed, client: client.common.translationNotReviewed });
        expect(model.caseNumber).toBe('2026-0042');
      });
    }

    it(`${language}: goal and step texts as written, the translation as the client's text, nothing made up`, () => {
      const model = build(language, 'zum_unterschreiben', TRANSLATIONS[language]);
      const client = DOCUMENT_TEXT_CATALOGUE[language].texts;
      const headings = model.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((b) => b.text);
      const goalLabel = (n: number) => client.agreement.goal.replace('{number}', String(n));
      expect(headings.map((h) => ({ de: h.de, client: plain(h.client) }))).toContainEqual({
        de: 'Ziel 1: Eine eigene Wohnung finden',
        client: `${goalLabel(1)}: ${TRANSLATIONS[language].goal}`,
      });
      // No translation written (an old snapshot): the client's side names the goal only; the German title is not repeated as if translated.
      expect(headings.map((h) => ({ de: h.de, client: plain(h.client) }))).toContainEqual({
        de: 'Ziel 2: Eine Arbeit in der Pflege finden',
        client: goalLabel(2),
      });
      const lists = model.blocks.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
      const [translated, ...others] = lists[0]?.items ?? [];
      expect(translated?.de.split('\n')[0]).toBe('Wohnberechtigungsschein beim Amt beantragen');
      expect(plain(translated?.client)?.split('\n')[0]).toBe(TRANSLATIONS[language].step);
      // Steps without a translation: the client's side has who and by when only.
      for (const item of others) expect(item.client?.split('\n')).toHaveLength(1);
      // The life area is a configured German label: German only.
      const lifeAreas = model.blocks.filter((b) => b.kind === 'paragraph' && b.text.de.startsWith(LEICHT.agreement.lifeArea));
      expect(lifeAreas.map((b) => (b.kind === 'paragraph' ? b.text : null))).toEqual([
        { de: `${LEICHT.agreement.lifeArea}: Wohnen` },
        { de: `${LEICHT.agreement.lifeArea}: Ausbildung/Arbeit` },
      ]);
    });

    it(`${language}: who and by when for every responsible, and the day a step was done`, () => {
      const model = build(language, 'zum_unterschreiben', TRANSLATIONS[language]);
      const a = DOCUMENT_TEXT_CATALOGUE[language].texts.agreement;
      const l = LEICHT.agreement;
      const items = model.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
      const meta = items.map((item) => ({ de: item.de.split('\n').at(-1), client: plain(item.client)?.split('\n').at(-1) }));
      expect(meta).toEqual([
        {
          de: `${l.who} ${l.responsibleClient} · ${l.byWhen} 15.12.2026 · ${l.doneOn.replace('{date}', '20.11.2026')}`,
          client: `${a.who} ${a.responsibleClient} · ${a.byWhen} 15.12.2026 · ${a.doneOn.replace('{date}', '20.11.2026')}`,
        },
        {
          de: `${l.who} ${l.responsibleCaseManagement} · ${l.byWhen} ${l.noFixedDate}`,
          client: `${a.who} ${a.responsibleCaseManagement} · ${a.byWhen} ${a.noFixedDate}`,
        },
        // The partner's name is data: the same on both sides.
        { de: `${l.who} Jobcenter Kreis Warendorf · ${l.byWhen} 01.02.2027`, client: `${a.who} Jobcenter Kreis Warendorf · ${a.byWhen} 01.02.2027` },
        { de: `${l.who} ${l.responsiblePartner} · ${l.byWhen} ${l.noFixedDate}`, client: `${a.who} ${a.responsiblePartner} · ${a.byWhen} ${a.noFixedDate}` },
      ]);
    });
  }

  it('isolates recorded text inside right-to-left text, not inside left-to-right text', () => {
    const arabic = build('ar', 'zum_unterschreiben', TRANSLATIONS.ar);
    const ukrainian = build('uk', 'zum_unterschreiben', TRANSLATIONS.uk);
    const partnerLine = (m: DocumentModel) => m.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []))[2]?.client ?? '';
    expect(partnerLine(arabic)).toContain('\u2068Jobcenter Kreis Warendorf\u2069');
    expect(partnerLine(ukrainian)).not.toMatch(/[\u2066-\u2069]/);
  });
});

describe('the Zielvereinbarung in German only', () => {
  it("'de': the standard German texts, no client text anywhere, translations left out", () => {
    for (const kind of KINDS) {
      const model = build('de', kind, TRANSLATIONS.ar);
      expect(model.clientLanguage).toBeNull();
      expect(model.title).toEqual({ de: 'Zielvereinbarung' });
      const texts = bilinguals(model);
      expect(texts.filter((t) => t.client !== undefined)).toEqual([]);
      expect(
        missingKeys(
          texts.map((t) => t.de),
          STANDARD,
          NOT_PRINTED[kind],
        ),
      ).toEqual([]);
      // A translation is for a bilingual paper: the German one does not print it, nor the review line (the source texts need none).
      expect(JSON.stringify(model)).not.toContain(TRANSLATIONS.ar.goal);
      expect(JSON.stringify(model)).not.toContain(TRANSLATIONS.ar.step);
      expect(texts.map((t) => t.de)).not.toContain(LEICHT.common.translationNotReviewed);
    }
    expect(bilinguals(build('de')).some((t) => t.de.split('\n').includes(STANDARD.agreement.intro1))).toBe(true);
    expect(STANDARD.agreement.intro1).not.toBe(LEICHT.agreement.intro1);
  });

  it("'de-x-leicht': Leichte Sprache only", () => {
    const model = build('de-x-leicht');
    expect(model.title).toEqual({ de: LEICHT.agreement.title });
    expect(bilinguals(model).every((t) => t.client === undefined)).toBe(true);
  });
});

describe('the kinds of paper', () => {
  const signatures = (m: DocumentModel) => m.blocks.filter((b): b is Extract<Block, { kind: 'signatures' }> => b.kind === 'signatures');

  it('to sign: empty lines for place and day and both signatures, the names printed below; nothing says signed', () => {
    const model = build('uk', 'zum_unterschreiben');
    const [block] = signatures(model);
    expect(block?.lines.map((l) => [l.label.de, l.name ?? null])).toEqual([
      [LEICHT.common.placeDate, null],
      [LEICHT.common.signatureClient, SPELLINGS[0]],
      [LEICHT.common.placeDate, null],
      [LEICHT.common.signatureCaseManagement, 'Test Beraterin'],
    ]);
    expect(block?.lines.every((l) => l.label.client !== undefined)).toBe(true);
    expect(bilinguals(model).map((t) => t.de)).toContain(LEICHT.agreement.kindToSign);
  });

  it('signed: the recorded day and who signed, no lines to sign again', () => {
    const model = build('uk', 'unterschrieben');
    const uk = DOCUMENT_TEXT_CATALOGUE.uk.texts.agreement;
    expect(signatures(model)).toEqual([]);
    expect(bilinguals(model)).toContainEqual({
      de: LEICHT.agreement.signedOn.replace('{date}', '21.11.2026'),
      client: uk.signedOn.replace('{date}', '21.11.2026'),
    });
    expect(values(model).slice(-3)).toEqual([...SPELLINGS, 'Test Beraterin']);
    const paper = model.blocks.find((b) => b.kind === 'paragraph' && b.text.de === LEICHT.agreement.paperIsOriginal);
    expect(paper).toMatchObject({ muted: true });
  });

  it('replaced: says it was never signed and that a newer version exists, muted mark, no lines', () => {
    const model = build('uk', 'ersetzt');
    expect(signatures(model)).toEqual([]);
    expect(model.blocks.find((b) => b.kind === 'paragraph' && b.text.de === LEICHT.agreement.kindSuperseded)).toMatchObject({ muted: true });
    expect(bilinguals(model).map((t) => t.de)).toContain(LEICHT.agreement.notSigned);
    expect(bilinguals(model).map((t) => t.de)).not.toContain(LEICHT.common.signatureClient);
  });

  it('names the kind and the language in the file name, never a person', () => {
    expect(KINDS.map((kind) => printKindOf(AGREEMENT_OF[kind]))).toEqual(KINDS);
    expect(agreementFileName('2026-0042', 3, 'zum_unterschreiben', 'ar')).toBe('Zielvereinbarung_2026-0042_Fassung-3_zum-Unterschreiben_ar.pdf');
    expect(agreementFileName('2026/0042', 1, 'unterschrieben', 'de-x-leicht')).toBe('Zielvereinbarung_2026_0042_Fassung-1_unterschrieben_de-x-leicht.pdf');
    expect(agreementFileName('2026-0042', 2, 'ersetzt', 'uk')).toBe('Zielvereinbarung_2026-0042_Fassung-2_nicht-unterschrieben_uk.pdf');
  });
});

describe('for whom', () => {
  it('prints every spelling, primary first, a row each, with the case number and the date', () => {
    const model = build('ar');
    const fields = model.blocks.find((b): b is Extract<Block, { kind: 'fields' }> => b.kind === 'fields');
    expect(fields?.rows.map((r) => [r.label.de, r.value])).toEqual([
      [LEICHT.agreement.for, SPELLINGS[0]],
      ['', SPELLINGS[1]],
      [LEICHT.common.caseNumber, '2026-0042'],
      [LEICHT.common.date, '20.11.2026'],
    ]);
    expect(bilinguals(model).map((t) => ({ de: t.de, client: plain(t.client) }))).toContainEqual({
      de: LEICHT.agreement.version.replace('{version}', '3'),
      client: DOCUMENT_TEXT_CATALOGUE.ar.texts.agreement.version.replace('{version}', '3'),
    });
  });

  it('leaves a line to write the name on when none is recorded', () => {
    const model = buildAgreementForm(
      {
        texts: textsFor('de'),
        agreement: { version: 1, date: '2026-11-20', snapshot: snapshot(null), signedAt: null, superseded: false },
        person: { spellings: [], name: '', caseNumber: '2026-0042' },
        caseManager: 'Test Beraterin',
      },
      NOW,
    );
    expect(values(model)[0]).toMatch(/^_{20,}$/);
    const [block] = model.blocks.filter((b): b is Extract<Block, { kind: 'signatures' }> => b.kind === 'signatures');
    expect(block?.lines[1]?.name).toBeUndefined();
  });
});
