/** The Protokoll (audit log viewer and its PDF). */
import type { AuditFilter } from '../../contract/areas/audit';
import type { ServiceContext } from '../context';
import { auditPdf, listAudit } from './auditLog';

export function createAuditServices(ctx: ServiceContext) {
  return {
    auditLog: {
      list: (filter: AuditFilter) => listAudit(ctx, filter),
      pdf: (filter: AuditFilter) => auditPdf(ctx, filter),
    },
  };
}
