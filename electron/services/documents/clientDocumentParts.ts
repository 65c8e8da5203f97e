/**
 * What the client documents (Einwilligung, Schweigepflichtentbindung, Terminzettel) share: the
 * texts of the chosen language from the catalogue (with the unit's own wording), the German side
 * in Leichte Sprache, the line "noch nicht fachlich geprüft" while the language is unconfirmed,
 * the person's names in every spelling, and the unit's details as far as the store has them.
 *
 * Languages: 'de' prints a German-only document in the standard German texts, 'de-x-leicht' a
 * German-only one in Leichte Sprache; any other language prints bilingual, Leichte Sprache first
 * and the client's language after it. A value the unit has not entered (Einstellungen → Angaben der
 * Stelle für Dokumente: the controller's address, the data protection officer, …) prints as an
 * empty line to fill in by hand: inventing one would put a wrong address into a legal document,
 * and `{controllerAddress}` is no help to the client.
 */
import type { DocumentLanguage } from '../../contract/areas/documentTexts';
import type { PersonDetail } from '../../contract/areas/cases';
import { personName } from '../../contract/labels';
import { personService } from '../cases/persons';
import type { ServiceContext } from '../context';
import { retentionSettings } from '../erasure/retention';
import { readUnitDetails } from '../unitDetails';
import type { Bilingual, Block } from './model';
import { type DocumentKind, type DocumentTextSet, documentTexts } from './texts';

/** An empty line to write on by hand, inside a sentence. */
export const BLANK = '______________________________';
/** A line of its own to write on (a list item, a field value): as wide as the column allows. */
export const LINE_BLANK = '_'.repeat(80);
export const FIELD_BLANK = '_'.repeat(44);

/** The texts one client document prints, as the builders need them (pure data: builders read no store). */
export interface ClientTexts {
  /** The German side: Leichte Sprache in a bilingual document. */
  german: DocumentTextSet;
  /** The client's language; null for a German-only document. */
  client: DocumentTextSet | null;
  /** BCP 47 code of the client texts (the model's clientLanguage); null for German only. */
  clientLanguage: string | null;
  /** The chosen language's texts are not confirmed: the document says so at the top. */
  unreviewed: boolean;
  /** Writing direction of the client texts (German only: ltr). */
  clientDirection: 'ltr' | 'rtl';
}

export function clientTexts(ctx: ServiceContext, language: DocumentLanguage): ClientTexts {
  const chosen = documentTexts(ctx, language);
  // The source texts need no review; every other set is someone's translation until confirmed.
  const unreviewed = language !== 'de' && chosen.review.state !== 'geprueft';
  if (language === 'de' || language === 'de-x-leicht') return { german: chosen.texts, client: null, clientLanguage: null, unreviewed, clientDirection: 'ltr' };
  return { german: documentTexts(ctx, 'de-x-leicht').texts, client: chosen.texts, clientLanguage: language, unreviewed, clientDirection: chosen.direction };
}

/** What the store knows of the unit; null where it has nothing (printed as an empty line). */
export interface UnitDetails {
  /** Who is responsible (Art. 13 (1) a): the Träger, with the unit's name when both are set. */
  controller: string | null;
  /** One line: it stands inside a sentence ("Verantwortlich … ist: {controller}, {controllerAddress}."). */
  controllerAddress: string | null;
  /** One line, as the address. */
  dataProtectionOfficer: string | null;
  retentionYears: number;
  /** The number clients call: the Terminzettel's when its form gives none. */
  phone: string | null;
  /** The usual place of appointments: the Terminzettel's when its form gives none (may have several lines). */
  appointmentPlace: string | null;
}

/** Lines entered in Einstellungen ("Waldenburger Str. 2" / "48231 Warendorf") as one line for a sentence. */
export const oneLine = (text: string | null): string | null =>
  text
    ?.split(/\r?\n/)
    .map((line) => line.trim().replace(/[,;]$/, ''))
    .filter((line) => line !== '')
    .join(', ') || null;

/** The unit's details as Einstellungen → Angaben der Stelle für Dokumente and the Statistik's settings hold them. */
export function unitDetails(ctx: ServiceContext): UnitDetails {
  const stored = readUnitDetails(ctx);
  return {
    controller: stored.controller,
    controllerAddress: oneLine(stored.controllerAddress),
    dataProtectionOfficer: oneLine(stored.dataProtectionOfficer),
    retentionYears: retentionSettings(ctx).retentionYears,
    phone: stored.phone,
    appointmentPlace: stored.appointmentPlace,
  };
}

/** The person as the forms print them: every spelling, and the case number of the open case (footer). */
export interface FormPerson {
  /** Every spelling, primary first, with its note ("Schreibweise im Ausweis"). */
  spellings: string[];
  /** The primary spelling, printed below the client's signature line. */
  name: string;
  caseNumber: string | null;
}

export function formPerson(ctx: ServiceContext, personId: string): FormPerson {
  return formPersonOf(personService(ctx).get(personId));
}

export function formPersonOf(person: PersonDetail): FormPerson {
  // The newest open case: the form belongs to the work going on now; none before a case is opened.
  const open = person.cases.filter((c) => c.closedAt === null).sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  return {
    spellings: person.names.map((n) => (n.note ? `${personName(n)} (${n.note})` : personName(n))),
    name: personName(person.names[0]),
    caseNumber: open?.caseNumber ?? null,
  };
}

/** First-strong isolate: a value keeps its own direction inside the surrounding text. */
const FSI = '\u2068';
const PDI = '\u2069';

/** A recorded value (a name, a translation, a phone number) isolated, so it keeps its own direction inside right-to-left text. */
export const isolated = (value: string): string => `${FSI}${value}${PDI}`;

/**
 * Fills every placeholder: a value where there is one, an empty line where there is none. In
 * right-to-left text each value is isolated (`isolate`, with `isolated`): a phone number "02581 54-0" or a
 * Latin name with parentheses would otherwise be reordered by the Arabic around it
 * ("54-0 02581"). A value of several lines is isolated line by line: the layout orders each
 * printed line on its own, and an isolate left open at a line's end would leave the next
 * line's part of the value unprotected.
 */
export function fillOrBlank(text: string, values: Readonly<Record<string, string | number | null | undefined>>, isolate = false): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : null;
    const filled = value === null || value === undefined || value === '' ? BLANK : String(value);
    return isolate ? filled.split('\n').map(isolated).join('\n') : filled;
  });
}

/** Builds the bilingual texts of one document from both sides. */
export function textMaker<D extends DocumentKind>(t: ClientTexts, doc: D) {
  type Key = keyof DocumentTextSet[D] & string;
  const side = (set: DocumentTextSet, key: Key, values: Record<string, string | number | null | undefined>, isolate: boolean) =>
    fillOrBlank((set[doc] as Record<string, string>)[key] as string, values, isolate);
  /** One fixed text in German and (bilingual) the client's language, placeholders filled. */
  const text = (key: Key, values: Record<string, string | number | null | undefined> = {}): Bilingual => {
    const de = side(t.german, key, values, false);
    return t.client ? { de, client: side(t.client, key, values, t.clientDirection === 'rtl') } : { de };
  };
  return { text };
}

/** A common text (Name, Unterschrift …) in both languages. */
export function common(t: ClientTexts, key: keyof DocumentTextSet['common']): Bilingual {
  return t.client ? { de: t.german.common[key], client: t.client.common[key] } : { de: t.german.common[key] };
}

/** The review line at the top of a document whose language is not confirmed; nothing otherwise. */
export function reviewNotice(t: ClientTexts): Block[] {
  return t.unreviewed ? [{ kind: 'paragraph', text: common(t, 'translationNotReviewed'), muted: true }] : [];
}

/**
 * Name (every spelling, a row each, so each prints in its own direction: an Arabic spelling
 * right-aligned, a Latin one left-aligned) and, when there is an open case, the case number.
 */
export function personFields(t: ClientTexts, person: FormPerson): { label: Bilingual; value: string }[] {
  return [
    ...person.spellings.map((value, i) => ({ label: i === 0 ? common(t, 'name') : { de: '' }, value })),
    ...(person.caseNumber ? [{ label: common(t, 'caseNumber'), value: person.caseNumber }] : []),
  ];
}

/**
 * A text whose placeholder `name` stands at its end ("Nur diese Daten: {dataKinds}"): the text
 * without it, so the values can follow as a list of their own. A unit's wording may put the
 * placeholder elsewhere; then null, and the caller fills it in place.
 */
export function leadBefore(text: string, name: string): string | null {
  const trimmed = text.trimEnd();
  const tail = `{${name}}`;
  return trimmed.endsWith(tail) ? trimmed.slice(0, -tail.length).trimEnd() : null;
}

/** Empty place-and-date and signature lines for the client (with the printed name) and the case management: print, then sign. */
export function signatureLines(t: ClientTexts, person: FormPerson, caseManager?: string): Block {
  return {
    kind: 'signatures',
    lines: [
      { label: common(t, 'placeDate') },
      { label: common(t, 'signatureClient'), ...(person.name ? { name: person.name } : {}) },
      { label: common(t, 'placeDate') },
      { label: common(t, 'signatureCaseManagement'), ...(caseManager ? { name: caseManager } : {}) },
    ],
  };
}
