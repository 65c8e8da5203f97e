import type { districtMethods } from '../../contract/areas/district';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

/** The district view: no case store involved, so these work while it is locked. */
export function districtHandlers({ district }: Services): HandlersFor<typeof districtMethods> {
  return {
    'district.buildRoster': (input) => district.buildRoster(input),
    'district.merge': (input) => district.merge(input),
    'district.exportXlsx': (input) => district.exportXlsx(input),
    'district.exportPdf': (input) => district.exportPdf(input),
  };
}
