/**
 * Die Schweigepflichtentbindung for one person and one partner: mutual release from
 * confidentiality, for a purpose, for the kinds of data listed, for a period. Printed before the
 * release is recorded (print, then sign): what the caller already knows (purpose, kinds of data,
 * dates) is printed, anything else is an empty line to fill in with the person. The kinds of
 * data print in both languages from the text catalogue; their German texts are the labels the
 * release form of the app shows (contract/labels.ts).
 */
import type { ReleaseDataKind } from '../../contract/areas/network';
import { germanDay } from '../../contract/dayText';
import {
  type ClientTexts,
  type FormPerson,
  type UnitDetails,
  LINE_BLANK,
  fillOrBlank,
  leadBefore,
  personFields,
  reviewNotice,
  signatureLines,
  textMaker,
} from './clientDocumentParts';
import type { Bilingual, Block, DocumentModel } from './model';

export interface ReleaseFormPartner {
  organisation: string;
  contactName: string | null;
}

export interface ReleaseFormData {
  texts: ClientTexts;
  person: FormPerson;
  unit: UnitDetails;
  partner: ReleaseFormPartner;
  /** Free text as the case manager writes it (printed as written, in both columns). */
  purpose?: string | null | undefined;
  dataKinds?: readonly ReleaseDataKind[] | undefined;
  validFrom?: string | null | undefined;
  /** null or missing with a validFrom: valid until revoked or the case management ends. */
  validUntil?: string | null | undefined;
}

/** Each kind of data's text in the catalogue ('anlass' → release.kindAnlass); the German one is the app's label for it. */
const kindKey = (kind: ReleaseDataKind) => `kind${kind.charAt(0).toUpperCase()}${kind.slice(1)}` as `kind${Capitalize<ReleaseDataKind>}`;

/** Lines to write the kinds of data on when the caller names none. */
const EMPTY_DATA_LINES = 4;

export function buildReleaseForm(data: ReleaseFormData, now: Date): DocumentModel {
  const { texts, person, unit, partner } = data;
  const { text } = textMaker(texts, 'release');
  const kinds = data.dataKinds ?? [];
  // The kinds in both languages: the client reads what they allow, not only the German words.
  const kindTexts: Bilingual[] = kinds.map((k) =>
    texts.client ? { de: texts.german.release[kindKey(k)], client: texts.client.release[kindKey(k)] } : { de: texts.german.release[kindKey(k)] },
  );
  const purpose = data.purpose?.trim() || null;
  const names = { controller: unit.controller, partner: partner.organisation };
  const partnerValue = partner.contactName
    ? text('partnerText', { partner: partner.contactName, partnerOrganisation: partner.organisation }).de
    : partner.organisation;

  /**
   * A text that ends with the value (purpose, kinds of data): the lead-in, then the values as
   * lines of their own (easier to read, and room to write when there are none). A unit's wording
   * with the placeholder elsewhere gets the values in place.
   */
  const leadThenValues = (key: 'purposeText' | 'dataText', name: string, values: Bilingual[], emptyLines: number): Block[] => {
    const leadDe = leadBefore(texts.german.release[key], name);
    const leadClient = texts.client ? leadBefore(texts.client.release[key], name) : null;
    if (leadDe === null || (texts.client && leadClient === null)) {
      const joined = (side: 'de' | 'client') => values.map((v) => (side === 'client' ? (v.client ?? v.de) : v.de)).join(', ');
      const de = fillOrBlank(texts.german.release[key], { [name]: joined('de') });
      const inPlace: Bilingual = texts.client
        ? { de, client: fillOrBlank(texts.client.release[key], { [name]: joined('client') }, texts.clientDirection === 'rtl') }
        : { de };
      return [{ kind: 'paragraph', text: inPlace }];
    }
    const lead: Bilingual = texts.client ? { de: leadDe, client: leadClient ?? '' } : { de: leadDe };
    const lines = values.length > 0 ? values : Array.from({ length: emptyLines }, () => ({ de: LINE_BLANK }));
    return [
      { kind: 'paragraph', text: lead },
      { kind: 'list', items: lines },
    ];
  };

  const period =
    data.validFrom && !data.validUntil
      ? text('periodOpenText', { validFrom: germanDay(data.validFrom) })
      : text('periodText', { validFrom: data.validFrom ? germanDay(data.validFrom) : null, validUntil: data.validUntil ? germanDay(data.validUntil) : null });

  const blocks: Block[] = [
    ...reviewNotice(texts),
    { kind: 'paragraph', text: text('subtitle') },
    { kind: 'fields', rows: [...personFields(texts, person), { label: text('partnerLabel'), value: partnerValue }] },
    { kind: 'paragraph', text: text('intro') },
    { kind: 'paragraph', text: text('declarationText', names) },
    { kind: 'heading', text: text('purposeHeading') },
    // The purpose as the case manager wrote it, in one language: never machine-translated.
    ...leadThenValues('purposeText', 'purpose', purpose ? [{ de: purpose }] : [], 2),
    { kind: 'heading', text: text('dataHeading') },
    ...leadThenValues('dataText', 'dataKinds', kindTexts, EMPTY_DATA_LINES),
    { kind: 'heading', text: text('periodHeading') },
    { kind: 'paragraph', text: period },
    { kind: 'paragraph', text: text('revocationText') },
    { kind: 'paragraph', text: text('voluntaryText') },
    { kind: 'paragraph', text: text('agreeText') },
    signatureLines(texts, person),
  ];
  return { title: text('title'), caseNumber: person.caseNumber, clientLanguage: texts.clientLanguage, created: now, blocks };
}
