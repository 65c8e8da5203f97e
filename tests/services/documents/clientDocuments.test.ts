/**
 * The client documents (Einwilligung, Schweigepflichtentbindung, Terminzettel) as bilingual
 * models and PDFs, for clients whose names are in Arabic, Cyrillic (Ukrainian) and Turkish Latin
 * script, and German only: every fixed text of the document in both languages with no
 * placeholder left, the review line exactly while the language is unconfirmed, the unit's own
 * wording, the unit's details from the store (empty lines where it has none), and the names in
 * every spelling, in the model and read back from the PDF.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../electron/contract/areas/documentTexts';
import { KimError } from '../../../electron/contract/errors';
import { personName, RELEASE_DATA_KIND_LABELS } from '../../../electron/contract/labels';
import { BLANK, FIELD_BLANK, LINE_BLANK } from '../../../electron/services/documents/clientDocumentParts';
import type { Block, DocumentModel } from '../../../electron/services/documents/model';
import { DOCUMENT_TEXT_CATALOGUE, type DocumentKind, type DocumentTextSet } from '../../../electron/services/documents/texts';
import { createdStore } from '../../fixtures/tempStore';
import { expectArchivable, normalise, readText } from '../pdf/readBack';
import { bilinguals, values } from './modelTexts';

const NOW = new Date('2026-11-23T10:00:00');

const SPELLINGS = {
  ar: [
    { familyName: 'الحسن', givenNames: 'ليلى', primary: true },
    { familyName: 'Al-Hassan', givenNames: 'Laila', note: 'Schreibweise im Ausweis' },
  ],
  uk: [
    { familyName: 'Коваленко', givenNames: 'Олена', primary: true },
    { familyName: 'Kovalenko', givenNames: 'Olena' },
  ],
  tr: [
    { familyName: 'Yıldız', givenNames: 'Selin Gül', primary: true },
    { familyName: 'Yildiz', givenNames: 'Selin Gul', note: 'Schreibweise im Ausweis' },
  ],
} as const;
type Client = keyof typeof SPELLINGS;
/** As the forms print a spelling: "Family, Given (note)" (the Arabic comma in Arabic script: personName). */
const printed = (n: { familyName: string; givenNames: string; note?: string }) => `${personName(n)}${n.note ? ` (${n.note})` : ''}`;

async function store() {
  const s = await createdStore({ now: () => NOW });
  s.statistics.updateSettings({ unitName: 'KIM Kreis Warendorf', traeger: 'Kreis Warendorf' });
  s.erasure.updateSettings({ retentionYears: 7 });
  const partner = s.partners.create({ organisation: 'Jobcenter Kreis Warendorf', legalArea: 'sgb2', contactName: 'Frau Becker' });
  const personOf = (names: readonly { familyName: string; givenNames: string; primary?: boolean; note?: string }[]) =>
    s.persons.create({
      names: names.map((n) => ({ ...n })),
      birthDate: '1990-04',
      gender: 'weiblich',
      nationalities: [],
      languages: [],
      interpreterNeeded: false,
    }).id;
  const persons = { ar: personOf(SPELLINGS.ar), uk: personOf(SPELLINGS.uk), tr: personOf(SPELLINGS.tr) };
  const { caseNumber } = s.intakes.record({
    personId: persons.tr,
    date: '2026-11-20',
    accessRoute: 'jobcenter',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: '2026-11-20', form: 'schriftlich' },
  });
  return { s, partner, persons, caseNumber };
}
type Store = Awaited<ReturnType<typeof store>>;

/** A fixed text as a pattern: its placeholders (and the space before one) match any filled-in value, or nothing. */
const patternOf = (template: string): RegExp => {
  const parts = template.split(/(\s*\{[A-Za-z0-9]+\})/);
  const body = parts.map((p) => (/^\s*\{/.test(p) ? '(?:\\s*[\\s\\S]+?)?' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
};

/** The keys of a document no model text has in the given set (checked by pattern, placeholders filled). */
function missingKeys(texts: string[], set: DocumentTextSet, doc: DocumentKind, skip: readonly string[] = []): string[] {
  return Object.entries(set[doc] as Record<string, string>)
    .filter(([key]) => !skip.includes(key))
    .filter(([, template]) => !texts.some((t) => patternOf(template).test(t)))
    .map(([key]) => `${doc}.${key}`);
}

const LANGUAGES: Client[] = ['ar', 'uk', 'tr'];
const consent = (st: Store, who: Client, language: DocumentLanguage) => st.s.clientDocuments.consentModel({ personId: st.persons[who], language });
const release = (st: Store, who: Client, language: DocumentLanguage) =>
  st.s.clientDocuments.releaseModel({
    personId: st.persons[who],
    partnerId: st.partner.id,
    language,
    purpose: 'Vermittlung in Arbeit',
    dataKinds: ['sprache', 'kontakt'],
    validFrom: '2026-11-23',
    validUntil: '2027-11-22',
  });
const appointment = (st: Store, who: Client, language: DocumentLanguage) =>
  st.s.clientDocuments.appointmentModel({
    personId: st.persons[who],
    language,
    date: '2026-12-07',
    time: '10:30',
    place: 'Rathaus Warendorf, Zimmer 12',
    withWhom: 'Frau Schulte',
    bring: 'Pass\nBescheid vom Jobcenter',
    phone: '02581 54-0',
  });

/** The kinds of data the release above does not name: their texts are not printed. */
const KINDS_NOT_CHOSEN = ['kindAnlass', 'kindPersonalien', 'kindUnterbringung', 'kindAufenthalt', 'kindLebenslage', 'kindGesundheit', 'kindZiele'];
/** Which keys a document may leave out: the other period text, the partner line's format, the kinds not chosen, the time's format on the client side. */
const BUILDERS = [
  { doc: 'consent', make: consent, skipDe: [] as string[], skipClient: [] as string[] },
  {
    doc: 'release',
    make: release,
    skipDe: ['periodOpenText', 'partnerText', ...KINDS_NOT_CHOSEN],
    skipClient: ['periodOpenText', 'partnerText', ...KINDS_NOT_CHOSEN],
  },
  { doc: 'appointment', make: appointment, skipDe: ['timeValue'], skipClient: ['timeValue'] },
] as const;

const LEICHT = DOCUMENT_TEXT_CATALOGUE['de-x-leicht'].texts;
/** Without the isolates around values in right-to-left text. */
const plain = (text: string | undefined) => text?.replace(/[\u2066-\u2069]/g, '');

describe('client documents as bilingual models', () => {
  it.each(LANGUAGES)(
    '%s: every German (Leichte Sprache) and every client text, no placeholder left, names in every spelling',
    async (lang) => {
      const st = await store();
      const client = DOCUMENT_TEXT_CATALOGUE[lang].texts;
      for (const { doc, make, skipDe, skipClient } of BUILDERS) {
        const model = make(st, lang, lang);
        expect(model.clientLanguage).toBe(lang);
        const texts = bilinguals(model);
        // Every text is bilingual, except values written by the case manager (the purpose, names, places).
        const german = texts.map((t) => t.de);
        const clients = texts.flatMap((t) => (t.client === undefined ? [] : [t.client]));
        expect(missingKeys(german, LEICHT, doc, skipDe), `${doc} German`).toEqual([]);
        expect(missingKeys(clients, client, doc, skipClient), `${doc} ${lang}`).toEqual([]);
        expect(clients.length, `${doc} ${lang}`).toBeGreaterThanOrEqual(Object.keys(client[doc]).length - skipClient.length);
        const all = [...german, ...clients, ...values(model)];
        expect(
          all.filter((t) => /\{[A-Za-z0-9]+\}/.test(t)),
          `${doc} ${lang}`,
        ).toEqual([]);
        // Every spelling of the name, primary first, a row each; the primary below the client's signature line.
        expect(values(model).slice(0, 2)).toEqual(SPELLINGS[lang].map(printed));
        if (doc !== 'appointment') expect(values(model)).toContain(printed(SPELLINGS[lang][0]));
        expect(model.title.de).toBe(LEICHT[doc].title);
        expect(model.title.client).toBe(client[doc].title);
      }
    },
    60_000,
  );

  it('German only: the standard German texts for "de", Leichte Sprache for "de-x-leicht", nothing in a client language', async () => {
    const st = await store();
    for (const [language, set] of [
      ['de', DOCUMENT_TEXT_CATALOGUE.de.texts],
      ['de-x-leicht', LEICHT],
    ] as const) {
      for (const { doc, make, skipDe } of BUILDERS) {
        const model = make(st, 'tr', language);
        expect(model.clientLanguage).toBeNull();
        const texts = bilinguals(model);
        expect(texts.every((t) => t.client === undefined)).toBe(true);
        expect(
          missingKeys(
            texts.map((t) => t.de),
            set,
            doc,
            skipDe,
          ),
          `${doc} ${language}`,
        ).toEqual([]);
        expect(values(model).slice(0, 2)).toEqual(SPELLINGS.tr.map(printed));
      }
    }
    // The standard texts are not the Leichte Sprache ones.
    expect(consent(st, 'tr', 'de').title.de).not.toBe(consent(st, 'tr', 'de-x-leicht').title.de);
  }, 60_000);

  it('says "noch nicht fachlich geprüft" at the top exactly while the language is unconfirmed', async () => {
    const st = await store();
    const notice = (model: DocumentModel) => bilinguals(model).filter((t) => t.de === LEICHT.common.translationNotReviewed);
    for (const lang of LANGUAGES) {
      const model = consent(st, lang, lang);
      expect(model.blocks[0]).toEqual({
        kind: 'paragraph',
        muted: true,
        text: { de: LEICHT.common.translationNotReviewed, client: DOCUMENT_TEXT_CATALOGUE[lang].texts.common.translationNotReviewed },
      });
      expect(notice(model)).toHaveLength(1);
    }
    st.s.documentTexts.confirmReview({ language: 'uk' });
    for (const { make } of BUILDERS) {
      expect(notice(make(st, 'uk', 'uk'))).toEqual([]);
      // Another language's confirmation does not count for Turkish.
      expect(notice(make(st, 'tr', 'tr'))).toHaveLength(1);
    }
    // German is the source: no line. Leichte Sprache is a translation: the line until confirmed.
    expect(bilinguals(consent(st, 'tr', 'de')).some((t) => t.de === DOCUMENT_TEXT_CATALOGUE.de.texts.common.translationNotReviewed)).toBe(false);
    expect(notice(consent(st, 'tr', 'de-x-leicht'))).toHaveLength(1);
    st.s.documentTexts.confirmReview({ language: 'de-x-leicht' });
    expect(notice(consent(st, 'tr', 'de-x-leicht'))).toEqual([]);
  }, 60_000);

  it("prints the unit's own wording, in the client's language and in the German column", async () => {
    const st = await store();
    st.s.documentTexts.replace({ language: 'tr', key: 'consent.voluntaryText', text: 'Onayınız gönüllüdür. Kreis Warendorf metni.' });
    st.s.documentTexts.replace({ language: 'de-x-leicht', key: 'consent.voluntaryHeading', text: 'Sie entscheiden selbst' });
    st.s.documentTexts.replace({ language: 'ar', key: 'appointment.cannotComeText', text: 'اتصلوا بنا على الرقم {phone} من فضلكم.' });
    const tr = bilinguals(consent(st, 'tr', 'tr'));
    expect(tr.map((t) => t.client)).toContain('Onayınız gönüllüdür. Kreis Warendorf metni.');
    expect(tr.map((t) => t.client)).not.toContain(DOCUMENT_TEXT_CATALOGUE.tr.texts.consent.voluntaryText);
    expect(tr.map((t) => t.de)).toContain('Sie entscheiden selbst');
    expect(bilinguals(appointment(st, 'ar', 'ar')).map((t) => plain(t.client))).toContain('اتصلوا بنا على الرقم 02581 54-0 من فضلكم.');
    // Only that language: Ukrainian keeps the built-in text.
    expect(bilinguals(consent(st, 'uk', 'uk')).map((t) => t.client)).toContain(DOCUMENT_TEXT_CATALOGUE.uk.texts.consent.voluntaryText);
  }, 60_000);

  it("fills the unit's details from the store and leaves an empty line where the store has none", async () => {
    const st = await store();
    const texts = bilinguals(consent(st, 'uk', 'uk'));
    const UK = DOCUMENT_TEXT_CATALOGUE.uk.texts.consent;
    const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
    const unit = { controller: 'Kreis Warendorf (KIM Kreis Warendorf)', controllerAddress: BLANK, dataProtectionOfficer: BLANK, retentionYears: '7' };
    // Träger and unit name from the statistics settings, the period from the retention setting;
    // no address and no data protection officer in the store: lines to fill in, not invented ones.
    for (const key of ['controllerText', 'dpoText', 'retentionText', 'declarationText'] as const) {
      expect(texts, key).toContainEqual({ de: fill(LEICHT.consent[key], unit), client: fill(UK[key], unit) });
    }
    // Signature and date lines are empty: no date printed on them.
    const signatures = consent(st, 'uk', 'uk').blocks.at(-1);
    expect(signatures).toMatchObject({ kind: 'signatures' });
    if (signatures?.kind !== 'signatures') throw new Error('no signatures');
    expect(signatures.lines.map((l) => l.name)).toEqual([undefined, printed({ familyName: 'Коваленко', givenNames: 'Олена' }), undefined, undefined]);
  }, 60_000);

  it('without a unit name nothing is invented: the controller is an empty line too', async () => {
    const s = await createdStore({ now: () => NOW });
    const personId = s.persons.create({
      names: [{ familyName: 'Yıldız', givenNames: 'Selin', primary: true }],
      gender: 'weiblich',
      nationalities: [],
      languages: [],
      interpreterNeeded: false,
    }).id;
    const model = s.clientDocuments.consentModel({ personId, language: 'de' });
    const controllerText = bilinguals(model).find((t) => t.de.startsWith('Verantwortlich für Ihre Daten ist:'));
    expect(controllerText?.de).toBe(`Verantwortlich für Ihre Daten ist: ${BLANK}, ${BLANK}.`);
    expect(model.caseNumber).toBeNull(); // no case yet: no case in the footer
  }, 60_000);

  it('release: the partner, the kinds of data with their labels or empty lines, the period', async () => {
    const st = await store();
    const model = release(st, 'ar', 'ar');
    expect(values(model)).toContain('Frau Becker, Jobcenter Kreis Warendorf');
    const lists = model.blocks.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    // The kinds of data in both languages (Leichte Sprache and Arabic); the purpose as written, untranslated.
    const { ar: arTexts, 'de-x-leicht': leicht } = DOCUMENT_TEXT_CATALOGUE;
    expect(lists.map((l) => l.items)).toEqual([
      [{ de: 'Vermittlung in Arbeit' }],
      [
        { de: leicht.texts.release.kindSprache, client: arTexts.texts.release.kindSprache },
        { de: leicht.texts.release.kindKontakt, client: arTexts.texts.release.kindKontakt },
      ],
    ]);
    // A German-only release prints the very labels the app's release form shows.
    const german = release(st, 'ar', 'de').blocks.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    expect(german[1]?.items).toEqual([{ de: RELEASE_DATA_KIND_LABELS.sprache }, { de: RELEASE_DATA_KIND_LABELS.kontakt }]);
    expect(bilinguals(model).map((t) => t.de)).toContain('Die Erlaubnis gilt vom 23.11.2026 bis zum 22.11.2027.');

    const open = st.s.clientDocuments.releaseModel({ personId: st.persons.ar, partnerId: st.partner.id, language: 'ar', validFrom: '2026-11-23' });
    expect(bilinguals(open).map((t) => plain(t.client))).toContain(
      DOCUMENT_TEXT_CATALOGUE.ar.texts.release.periodOpenText.replace('{validFrom}', '23.11.2026'),
    );
    const openLists = open.blocks.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
    expect(openLists.map((l) => l.items.map((i) => i.de))).toEqual([
      [LINE_BLANK, LINE_BLANK],
      [LINE_BLANK, LINE_BLANK, LINE_BLANK, LINE_BLANK],
    ]);

    const blank = st.s.clientDocuments.releaseModel({ personId: st.persons.uk, partnerId: st.partner.id, language: 'uk' });
    expect(bilinguals(blank).map((t) => t.de)).toContain(`Die Erlaubnis gilt vom ${BLANK} bis zum ${BLANK}.`);

    expect(() => st.s.clientDocuments.releaseModel({ personId: st.persons.uk, partnerId: 'nope', language: 'uk' })).toThrow(
      expect.objectContaining({ code: 'PARTNER_NOT_FOUND' }),
    );
    expect(() =>
      st.s.clientDocuments.releaseModel({
        personId: st.persons.uk,
        partnerId: st.partner.id,
        language: 'uk',
        validFrom: '2026-11-23',
        validUntil: '2026-11-22',
      }),
    ).toThrow(expect.objectContaining({ code: 'RELEASE_VALID_UNTIL_BEFORE_GIVEN' }));
  }, 60_000);

  it('appointment slip: what the caller gives, dates TT.MM.JJJJ, empty lines for what it leaves out', async () => {
    const st = await store();
    const model = appointment(st, 'uk', 'uk');
    expect(values(model)).toEqual([
      ...SPELLINGS.uk.map(printed),
      '07.12.2026',
      '10:30 Uhr',
      'Rathaus Warendorf, Zimmer 12',
      'Frau Schulte',
      'Pass\nBescheid vom Jobcenter',
    ]);
    expect(bilinguals(model).map((t) => t.client)).toContain(DOCUMENT_TEXT_CATALOGUE.uk.texts.appointment.cannotComeText.replace('{phone}', '02581 54-0'));
    const bare = st.s.clientDocuments.appointmentModel({ personId: st.persons.uk, language: 'uk', date: '2026-12-07', time: '08:05' });
    expect(values(bare).slice(2)).toEqual(['07.12.2026', '08:05 Uhr', FIELD_BLANK, FIELD_BLANK, `${FIELD_BLANK}\n${FIELD_BLANK}`]);
    expect(bilinguals(bare).map((t) => t.client)).toContain(DOCUMENT_TEXT_CATALOGUE.uk.texts.appointment.cannotComeText.replace('{phone}', BLANK));
  }, 60_000);

  it('isolates values inside right-to-left text, so a phone number keeps its order; left-to-right text is left as it is', async () => {
    const st = await store();
    const ar = bilinguals(appointment(st, 'ar', 'ar')).map((t) => t.client ?? '');
    expect(ar).toContain(DOCUMENT_TEXT_CATALOGUE.ar.texts.appointment.cannotComeText.replace('{phone}', '\u206802581 54-0\u2069'));
    const controller = bilinguals(consent(st, 'ar', 'ar')).find((t) => t.client?.includes('KIM Kreis Warendorf'));
    expect(controller?.client).toContain('\u2068Kreis Warendorf (KIM Kreis Warendorf)\u2069');
    expect(controller?.de).not.toMatch(/[\u2066-\u2069]/);
    const uk = [...bilinguals(appointment(st, 'uk', 'uk')), ...bilinguals(consent(st, 'uk', 'uk'))];
    expect(uk.filter((t) => /[\u2066-\u2069]/.test(`${t.de}${t.client}`))).toEqual([]);
  }, 60_000);

  it('the footer carries the open case number; a person without a case has none', async () => {
    const st = await store();
    expect(consent(st, 'tr', 'tr').caseNumber).toBe(st.caseNumber);
    expect(consent(st, 'ar', 'ar').caseNumber).toBeNull();
  }, 60_000);
});

describe('client documents as PDFs', () => {
  it.each(LANGUAGES)(
    '%s: each document reads back with every spelling of the name, archivable, file name without personal data',
    async (lang) => {
      const st = await store();
      const files = [
        await st.s.clientDocuments.consent({ personId: st.persons[lang], language: lang }),
        await st.s.clientDocuments.release({ personId: st.persons[lang], partnerId: st.partner.id, language: lang, dataKinds: ['gesundheit'] }),
        await st.s.clientDocuments.appointment({ personId: st.persons[lang], language: lang, date: '2026-12-07', time: '10:30' }),
      ];
      expect(files.map((f) => f.fileName)).toEqual([
        `Einwilligung_${lang}_2026-11-23.pdf`,
        `Schweigepflichtentbindung_${lang}_2026-11-23.pdf`,
        `Terminzettel_${lang}_2026-11-23.pdf`,
      ]);
      for (const file of files) {
        expectArchivable(file.bytes, expect);
        const { text } = await readText(file.bytes);
        for (const spelling of SPELLINGS[lang]) {
          expect(text, file.fileName).toContain(normalise(spelling.familyName));
          expect(text, file.fileName).toContain(normalise(spelling.givenNames));
        }
        expect(text).toContain(
          normalise(
            DOCUMENT_TEXT_CATALOGUE[lang].texts[
              file.fileName.startsWith('Einwilligung') ? 'consent' : file.fileName.startsWith('Schweige') ? 'release' : 'appointment'
            ].title,
          ),
        );
      }
      const printedActions = st.s.auditLog
        .list({ entity: 'person', entityId: st.persons[lang] })
        .entries.map((e) => e.action)
        .filter((a) => a.endsWith('_printed'))
        .sort();
      expect(printedActions).toEqual(['person.appointment_slip_printed', 'person.consent_form_printed', 'person.release_form_printed']);
    },
    120_000,
  );

  it('a name no font can print is refused with TEXT_UNPRINTABLE, and no file is recorded', async () => {
    const s = await createdStore({ now: () => NOW });
    const personId = s.persons.create({
      names: [{ familyName: '王', givenNames: 'Li', primary: true }],
      gender: 'maennlich',
      nationalities: [],
      languages: [],
      interpreterNeeded: false,
    }).id;
    const error = await s.clientDocuments.consent({ personId, language: 'de' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KimError);
    expect((error as KimError).code).toBe('TEXT_UNPRINTABLE');
    expect(s.auditLog.list({ action: 'person.consent_form_printed' }).entries).toEqual([]);
  }, 60_000);
});
