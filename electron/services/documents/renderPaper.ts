/**
 * A document model as PDF for a service: renderDocument, with a character no shipped font has (in
 * a name, a goal, a place) turned into the typed TEXT_UNPRINTABLE, whose German message the
 * screen shows as it is.
 */
import { KimError } from '../../contract/errors';
import { renderDocument, UnprintableTextError } from '../pdf/renderDocument';
import type { DocumentModel } from './model';

export async function renderPaper(model: DocumentModel): Promise<Uint8Array> {
  try {
    return await renderDocument(model);
  } catch (error) {
    if (error instanceof UnprintableTextError) throw new KimError('TEXT_UNPRINTABLE', { cause: error });
    throw error;
  }
}
