import type { documentTextMethods } from '../../contract/areas/documentTexts';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function documentTextHandlers({ documentTexts }: Services): HandlersFor<typeof documentTextMethods> {
  return {
    'documentTexts.languages': () => documentTexts.languages(),
    'documentTexts.get': (input) => documentTexts.get(input),
    'documentTexts.confirmReview': (input) => documentTexts.confirmReview(input),
    'documentTexts.replace': (input) => documentTexts.replace(input),
  };
}
