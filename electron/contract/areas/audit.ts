/**
 * Contract methods of the Protokoll: the audit log's entries, filtered, with the state of its hash
 * chain, and the same as a PDF for the data-protection officer. Read only: nothing here writes.
 */
import { z } from 'zod';
import { method } from '../define';
import { isoDate, recordId } from '../fields';

export interface AuditEntryView {
  id: number;
  /** ISO date-time. */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
}

export interface AuditChainStatus {
  /** `unchained-store`: entries from before the chain, chained at the next unlock. */
  state: 'ok' | 'broken' | 'unchained-store';
  entries: number;
  /** The first broken entry, in German; null when the chain is whole. */
  finding: string | null;
  /** The chain's last entry and hash, to write down and compare later. */
  head: { entryId: number; hash: string } | null;
}

export interface AuditList {
  /** Newest first, at most `AUDIT_LIST_MAX`. */
  entries: AuditEntryView[];
  /** How many entries match the filter (may be more than listed). */
  total: number;
  chain: AuditChainStatus;
}

export interface AuditPdf {
  fileName: string;
  pdf: Uint8Array;
}

export const AUDIT_LIST_MAX = 500;
export const AUDIT_PDF_MAX = 5000;

export const auditFilter = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    entity: z.string().min(1).max(64).optional(),
    entityId: recordId.optional(),
    action: z.string().min(1).max(100).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from after to' });
export type AuditFilter = z.infer<typeof auditFilter>;

export const auditMethods = {
  'audit.list': method<AuditList>()(auditFilter, ['LOCKED']),
  'audit.pdf': method<AuditPdf>()(auditFilter, ['LOCKED', 'TEXT_UNPRINTABLE']),
} as const;
