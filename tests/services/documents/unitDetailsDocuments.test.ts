/**
 * The unit's details on the client documents: the Einwilligung prints the controller's address
 * and the data protection officer when the unit entered them (one line inside the sentence) and
 * an empty line when not; the Terminzettel takes the unit's place and phone number where its form
 * leaves them empty. In right-to-left text each value (each line of it) is isolated, so an Arabic
 * Terminzettel reads back with "02581 54-0" and "Rathaus (Raum 2.14)" intact.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../electron/contract/areas/documentTexts';
import { type AppointmentSlipData, buildAppointmentSlip } from '../../../electron/services/documents/appointmentSlip';
import { BLANK, FIELD_BLANK, clientTexts, fillOrBlank, formPerson, oneLine, unitDetails } from '../../../electron/services/documents/clientDocumentParts';
import type { Bilingual, Block, DocumentModel } from '../../../electron/services/documents/model';
import { DOCUMENT_TEXT_CATALOGUE } from '../../../electron/services/documents/texts';
import { renderDocument } from '../../../electron/services/pdf/renderDocument';
import { createdStore } from '../../fixtures/tempStore';
import { normalise, readText } from '../pdf/readBack';

const NOW = new Date('2026-11-23T10:00:00');
const FSI = '\u2068';
const PDI = '\u2069';

const DETAILS = {
  controllerAddress: 'Waldenburger Straße 2\n48231 Warendorf',
  dataProtectionOfficer: 'Frau Kaya, Datenschutzbeauftragte (Raum 1.05), Tel. 02581 53-1234',
  phone: '02581 54-0',
  appointmentPlace: 'Rathaus (Raum 2.14)',
};

async function store(details: Partial<typeof DETAILS> = {}) {
  const s = await createdStore({ now: () => NOW });
  s.statistics.updateSettings({ unitName: 'KIM Kreis Warendorf', traeger: 'Kreis Warendorf' });
  s.unitDetails.update(details);
  const personId = s.persons.create({
    names: [
      { familyName: 'حداد', givenNames: 'أمينة', primary: true },
      { familyName: 'Haddad', givenNames: 'Amina', note: 'Schreibweise im Ausweis' },
    ],
    gender: 'weiblich',
    nationalities: [],
    languages: [],
    interpreterNeeded: false,
  }).id;
  const ctx = { store: s.store, now: () => NOW };
  /** The Terminzettel as the service assembles it, with the unit's details for what the form leaves empty. */
  const slip = (language: DocumentLanguage, form: Partial<Pick<AppointmentSlipData, 'place' | 'phone'>> = {}): DocumentModel =>
    buildAppointmentSlip(
      { texts: clientTexts(ctx, language), person: formPerson(ctx, personId), unit: unitDetails(ctx), date: '2026-12-07', time: '10:30', ...form },
      NOW,
    );
  return { s, ctx, personId, slip };
}

const paragraphs = (model: DocumentModel): Bilingual[] => model.blocks.flatMap((b: Block) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : []));
const fieldValue = (model: DocumentModel, label: string): string | undefined =>
  model.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : [])).find((r) => r.label.de === label)?.value;
const withoutIsolates = (text: string | undefined) => text?.replace(/[\u2066-\u2069]/g, '');

describe("the unit's details on the Einwilligung", () => {
  it('prints the address (one line in the sentence) and the data protection officer when set', async () => {
    const { s, personId } = await store(DETAILS);
    const german = paragraphs(s.clientDocuments.consentModel({ personId, language: 'de' })).map((t) => t.de);
    expect(german).toContain('Verantwortlich für Ihre Daten ist: Kreis Warendorf (KIM Kreis Warendorf), Waldenburger Straße 2, 48231 Warendorf.');
    expect(german).toContain('Bei Fragen zum Datenschutz erreichen Sie: Frau Kaya, Datenschutzbeauftragte (Raum 1.05), Tel. 02581 53-1234.');

    const arabic = paragraphs(s.clientDocuments.consentModel({ personId, language: 'ar' }));
    const AR = DOCUMENT_TEXT_CATALOGUE.ar.texts.consent;
    // Each value isolated in the Arabic text, none in the German one.
    expect(arabic.map((t) => t.client)).toContain(
      AR.controllerText
        .replace('{controller}', `${FSI}Kreis Warendorf (KIM Kreis Warendorf)${PDI}`)
        .replace('{controllerAddress}', `${FSI}Waldenburger Straße 2, 48231 Warendorf${PDI}`),
    );
    expect(arabic.map((t) => t.client)).toContain(AR.dpoText.replace('{dataProtectionOfficer}', `${FSI}${DETAILS.dataProtectionOfficer}${PDI}`));
    expect(arabic.every((t) => !/[\u2066-\u2069]/.test(t.de))).toBe(true);
  }, 60_000);

  it('prints an empty line to fill in where the unit has entered nothing, and after a detail is cleared', async () => {
    const { s, personId } = await store(DETAILS);
    s.unitDetails.update({ controllerAddress: '', dataProtectionOfficer: null });
    const german = paragraphs(s.clientDocuments.consentModel({ personId, language: 'de' })).map((t) => t.de);
    expect(german).toContain(`Verantwortlich für Ihre Daten ist: Kreis Warendorf (KIM Kreis Warendorf), ${BLANK}.`);
    expect(german).toContain(`Bei Fragen zum Datenschutz erreichen Sie: ${BLANK}.`);
  }, 60_000);

  it('joins the lines of an address into one for the sentence, without doubled commas', () => {
    expect(oneLine('Kreis Warendorf,\n  Waldenburger Straße 2\r\n\n48231 Warendorf ')).toBe('Kreis Warendorf, Waldenburger Straße 2, 48231 Warendorf');
    expect(oneLine(' \n ')).toBeNull();
    expect(oneLine(null)).toBeNull();
  });
});

describe("the unit's details on the Terminzettel", () => {
  it("the service fills the unit's place and phone where the form leaves them empty", async () => {
    const { s, personId } = await store(DETAILS);
    const model = s.clientDocuments.appointmentModel({ personId, language: 'de', date: '2026-12-07', time: '10:30' });
    expect(fieldValue(model, 'Ort')).toBe('Rathaus (Raum 2.14)');
    const given = s.clientDocuments.appointmentModel({ personId, language: 'de', date: '2026-12-07', time: '10:30', place: 'GU Talstraße' });
    expect(fieldValue(given, 'Ort')).toBe('GU Talstraße');
  }, 60_000);

  it("takes the unit's place and phone number where the form leaves them empty", async () => {
    const { slip } = await store(DETAILS);
    const model = slip('de');
    expect(fieldValue(model, 'Ort')).toBe('Rathaus (Raum 2.14)');
    expect(paragraphs(model).map((t) => t.de)).toContain('Bitte rufen Sie uns vorher an: 02581 54-0. Dann bekommen Sie einen neuen Termin.');
    // An empty or blank field is "left empty" too.
    const blanks = slip('de', { place: '  ', phone: '' });
    expect(fieldValue(blanks, 'Ort')).toBe('Rathaus (Raum 2.14)');
    expect(paragraphs(blanks).map((t) => t.de)).toContain('Bitte rufen Sie uns vorher an: 02581 54-0. Dann bekommen Sie einen neuen Termin.');
  }, 60_000);

  it("what the form gives wins over the unit's details", async () => {
    const { slip } = await store(DETAILS);
    const model = slip('de', { place: 'Familienzentrum Ahlen, Raum 3', phone: '02382 59-0' });
    expect(fieldValue(model, 'Ort')).toBe('Familienzentrum Ahlen, Raum 3');
    expect(paragraphs(model).map((t) => t.de)).toContain('Bitte rufen Sie uns vorher an: 02382 59-0. Dann bekommen Sie einen neuen Termin.');
  }, 60_000);

  it('without details of the unit, empty lines to write on', async () => {
    const { slip } = await store();
    const model = slip('de');
    expect(fieldValue(model, 'Ort')).toBe(FIELD_BLANK);
    expect(paragraphs(model).map((t) => t.de)).toContain(`Bitte rufen Sie uns vorher an: ${BLANK}. Dann bekommen Sie einen neuen Termin.`);
  }, 60_000);

  it('an Arabic Terminzettel reads back with the phone number and the place intact', async () => {
    const { slip } = await store(DETAILS);
    const model = slip('ar');
    const AR = DOCUMENT_TEXT_CATALOGUE.ar.texts.appointment;
    expect(paragraphs(model).map((t) => t.client)).toContain(AR.cannotComeText.replace('{phone}', `${FSI}02581 54-0${PDI}`));
    // The place is a field value: data, printed in its own direction, not isolated.
    expect(fieldValue(model, 'Ort')).toBe('Rathaus (Raum 2.14)');
    const { text } = await readText(await renderDocument(model));
    // pdf.js reads a right-to-left line in visual order: an unisolated number reads "54-0 02581" here.
    expect(text).toContain('02581 54-0');
    expect(text).not.toContain('54-0 02581');
    expect(text).toContain('Rathaus (Raum 2.14)');
    expect(text).toContain(normalise('حداد، أمينة'));
  }, 60_000);
});

describe('values in right-to-left text', () => {
  it('a value of several lines is isolated line by line; left-to-right text gets no isolates', () => {
    expect(fillOrBlank('العنوان: {place}.', { place: 'Rathaus\nRaum (2.14)' }, true)).toBe(`العنوان: ${FSI}Rathaus${PDI}\n${FSI}Raum (2.14)${PDI}.`);
    expect(fillOrBlank('Adresse: {place}.', { place: 'Rathaus\nRaum (2.14)' })).toBe('Adresse: Rathaus\nRaum (2.14).');
    expect(withoutIsolates(fillOrBlank('{a} {b}', { a: 'x' }, true))).toBe(`x ${BLANK}`);
  });
});
