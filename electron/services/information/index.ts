/**
 * The information of a person (Auskunft nach Art. 15 DSGVO): everything stored about them as a PDF
 * in plain German and as versioned JSON, for the person named by one of their cases or by id.
 * Producing it is recorded in the audit log (`information.exported`, on the person), so a later
 * information shows the earlier ones too. German only: the person's language comes with the
 * documents in other languages (not built yet).
 */
import { KimError } from '../../contract/errors';
import type { InformationFile, InformationInput } from '../../contract/areas/information';
import { caseIdsOfPerson, personExists, personOfCase } from '../../../db/queries/information';
import { caseIdByNumber } from '../../../db/queries/erasure';
import { actor, today, type ServiceContext } from '../context';
import { retentionSettings } from '../erasure/retention';
import { buildInformation, type InformationDocument, type InformationSubject } from './document';
import { renderInformationPdf } from './informationPdf';

/** The person asked about and all their cases. */
function subjectOf(ctx: ServiceContext, input: InformationInput): InformationSubject {
  const { sqlite } = ctx.store.session(); // LOCKED while locked
  let personId: string;
  if (input.caseId !== undefined) {
    const found = personOfCase(sqlite, input.caseId);
    if (found === null) throw new KimError('CASE_NOT_FOUND');
    personId = found;
  } else {
    personId = input.personId as string;
    if (!personExists(sqlite, personId)) throw new KimError('PERSON_NOT_FOUND');
  }
  return { personId, caseIds: caseIdsOfPerson(sqlite, personId) };
}

/** The document as both files show it. */
export function informationDocument(ctx: ServiceContext, input: InformationInput): InformationDocument {
  const subject = subjectOf(ctx, input);
  return buildInformation(ctx.store.session().sqlite, subject, {
    now: ctx.now(),
    createdBy: actor(ctx),
    retentionYears: retentionSettings(ctx).retentionYears,
  });
}

/** No name in the file name (it may lie in a downloads folder): the case number and the day. */
function fileName(ctx: ServiceContext, input: InformationInput, document: InformationDocument, extension: 'pdf' | 'json'): string {
  const named = document.cases.find((c) => c.id === input.caseId) ?? document.cases[document.cases.length - 1];
  return `Auskunft_${named ? `${named.caseNumber}_` : ''}${today(ctx.now())}.${extension}`;
}

/** The JSON text: the document as it is, keys in their fixed order, indented for reading. */
export function informationJsonText(document: InformationDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The PDF, recorded in the audit log. */
async function informationPdf(ctx: ServiceContext, input: InformationInput): Promise<InformationFile> {
  const document = informationDocument(ctx, input);
  const bytes = await renderInformationPdf(document, ctx.now());
  ctx.store.audit('information.exported', 'person', document.person.id);
  return { fileName: fileName(ctx, input, document, 'pdf'), bytes };
}

/** The JSON file, recorded in the audit log. */
function informationJson(ctx: ServiceContext, input: InformationInput): InformationFile {
  const document = informationDocument(ctx, input);
  const bytes = new TextEncoder().encode(informationJsonText(document));
  ctx.store.audit('information.exported', 'person', document.person.id);
  return { fileName: fileName(ctx, input, document, 'json'), bytes };
}

export function createInformationServices(ctx: ServiceContext) {
  return {
    information: {
      document: (input: InformationInput) => informationDocument(ctx, input),
      pdf: (input: InformationInput) => informationPdf(ctx, input),
      json: (input: InformationInput) => informationJson(ctx, input),
      /** The command line names a case by its number. */
      async byCaseNumber(input: { caseNumber: string; format: 'pdf' | 'json' }): Promise<InformationFile> {
        const caseId = caseIdByNumber(ctx.store.session().sqlite, input.caseNumber.trim());
        if (caseId === null) throw new KimError('CASE_NOT_FOUND');
        return input.format === 'pdf' ? informationPdf(ctx, { caseId }) : informationJson(ctx, { caseId });
      },
    },
  };
}
