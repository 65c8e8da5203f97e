import type { auditMethods } from '../../contract/areas/audit';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function auditHandlers({ auditLog }: Services): HandlersFor<typeof auditMethods> {
  return {
    'audit.list': (input) => auditLog.list(input),
    'audit.pdf': (input) => auditLog.pdf(input),
  };
}
