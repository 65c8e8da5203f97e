/**
 * Der Terminzettel: the appointment slip the client takes home. The app keeps no appointments, so
 * everything on it comes from the caller (day, time, place, with whom, what to bring, the number
 * to call when the client cannot come). The place and the number the form leaves empty are the
 * unit's (Einstellungen → Angaben der Stelle für Dokumente); what neither gives prints as an
 * empty line to write on.
 */
import { germanDay } from '../../contract/dayText';
import { type ClientTexts, FIELD_BLANK, type FormPerson, type UnitDetails, personFields, reviewNotice, textMaker } from './clientDocumentParts';
import type { Block, DocumentModel } from './model';

export interface AppointmentSlipData {
  texts: ClientTexts;
  person: FormPerson;
  /** The unit's usual place and phone number, for what the form leaves empty; none: empty lines. */
  unit?: Pick<UnitDetails, 'phone' | 'appointmentPlace'> | undefined;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM'. */
  time: string;
  place?: string | null | undefined;
  withWhom?: string | null | undefined;
  /** Free text; several things one a line. */
  bring?: string | null | undefined;
  phone?: string | null | undefined;
}

const given = (value: string | null | undefined): string => value?.trim() || FIELD_BLANK;

export function buildAppointmentSlip(data: AppointmentSlipData, now: Date): DocumentModel {
  const { texts, person } = data;
  const { text } = textMaker(texts, 'appointment');
  // What the form gives wins; an empty field takes the unit's.
  const place = data.place?.trim() || data.unit?.appointmentPlace?.trim() || null;
  const phone = data.phone?.trim() || data.unit?.phone?.trim() || null;
  const blocks: Block[] = [
    ...reviewNotice(texts),
    { kind: 'fields', rows: personFields(texts, person) },
    { kind: 'heading', text: text('appointment') },
    {
      kind: 'fields',
      rows: [
        { label: text('date'), value: germanDay(data.date) },
        // The time with its word ("10:30 Uhr"), in the German form: values are data, not translated.
        { label: text('time'), value: text('timeValue', { time: data.time }).de },
        { label: text('place'), value: given(place) },
        { label: text('withWhom'), value: given(data.withWhom) },
        { label: text('bring'), value: data.bring?.trim() || `${FIELD_BLANK}\n${FIELD_BLANK}` },
      ],
    },
    { kind: 'heading', text: text('cannotComeHeading') },
    { kind: 'paragraph', text: text('cannotComeText', { phone }) },
    { kind: 'paragraph', text: text('interpreterText') },
  ];
  return { title: text('title'), caseNumber: person.caseNumber, clientLanguage: texts.clientLanguage, created: now, blocks };
}
