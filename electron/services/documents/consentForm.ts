/**
 * Die Einwilligung: consent to case management and to the processing of the person's data, with
 * the information Art. 13 DSGVO requires (controller, data protection officer, purpose, legal
 * basis, data, recipients, retention, rights, withdrawal, complaint, voluntariness). Printed to be
 * signed: empty place/date and signature lines; the person's name (every spelling) on it.
 * The fixed texts are the catalogue's (electron/services/documents/texts), with the unit's own
 * wording where it replaced one.
 */
import { type ClientTexts, type FormPerson, type UnitDetails, personFields, reviewNotice, signatureLines, textMaker } from './clientDocumentParts';
import type { Block, DocumentModel } from './model';

export interface ConsentFormData {
  texts: ClientTexts;
  person: FormPerson;
  unit: UnitDetails;
}

/** The rights of Art. 15–18, 20 and 21, in the order of the regulation. */
const RIGHTS = ['rightAccess', 'rightRectification', 'rightErasure', 'rightRestriction', 'rightPortability', 'rightObjection'] as const;

export function buildConsentForm({ texts, person, unit }: ConsentFormData, now: Date): DocumentModel {
  const { text } = textMaker(texts, 'consent');
  const values = {
    controller: unit.controller,
    controllerAddress: unit.controllerAddress,
    dataProtectionOfficer: unit.dataProtectionOfficer,
    retentionYears: unit.retentionYears,
  };
  const section = (heading: Parameters<typeof text>[0], body: Parameters<typeof text>[0]): Block[] => [
    { kind: 'heading', text: text(heading) },
    { kind: 'paragraph', text: text(body, values) },
  ];
  const blocks: Block[] = [
    ...reviewNotice(texts),
    { kind: 'fields', rows: personFields(texts, person) },
    { kind: 'paragraph', text: text('intro') },
    ...section('controllerHeading', 'controllerText'),
    ...section('dpoHeading', 'dpoText'),
    ...section('purposeHeading', 'purposeText'),
    ...section('legalBasisHeading', 'legalBasisText'),
    ...section('dataHeading', 'dataText'),
    ...section('recipientsHeading', 'recipientsText'),
    ...section('retentionHeading', 'retentionText'),
    { kind: 'heading', text: text('rightsHeading') },
    { kind: 'paragraph', text: text('rightsIntro') },
    { kind: 'list', items: RIGHTS.map((key) => text(key)) },
    ...section('withdrawalHeading', 'withdrawalText'),
    ...section('complaintHeading', 'complaintText'),
    ...section('voluntaryHeading', 'voluntaryText'),
    ...section('declarationHeading', 'declarationText'),
    signatureLines(texts, person),
  ];
  return { title: text('title'), caseNumber: person.caseNumber, clientLanguage: texts.clientLanguage, created: now, blocks };
}
