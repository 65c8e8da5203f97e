/**
 * Contract methods of the information of a person (Auskunft nach Art. 15 DSGVO): everything
 * stored about them, as a PDF in plain German and as machine-readable JSON. The person is named
 * by one of their cases or by their id. Read only, except for the audit entry that records that
 * the information was produced.
 */
import { z } from 'zod';
import { method } from '../define';
import { recordId } from '../fields';

export interface InformationFile {
  /** No name of the person in it: the file may lie in a downloads folder. */
  fileName: string;
  bytes: Uint8Array;
}

export const informationInput = z
  .object({ caseId: recordId.optional(), personId: recordId.optional() })
  .strict()
  .refine((input) => (input.caseId === undefined) !== (input.personId === undefined), { message: 'caseId or personId' });
export type InformationInput = z.output<typeof informationInput>;

export const informationMethods = {
  'information.pdf': method<InformationFile>()(informationInput, ['LOCKED', 'CASE_NOT_FOUND', 'PERSON_NOT_FOUND']),
  'information.json': method<InformationFile>()(informationInput, ['LOCKED', 'CASE_NOT_FOUND', 'PERSON_NOT_FOUND']),
} as const;
