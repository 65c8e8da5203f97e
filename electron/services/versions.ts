/**
 * Earlier versions of corrected records (issue 12): each correction keeps what the record was,
 * who changed it and when. The correcting service calls `keepVersion` in its own transaction and
 * writes its own audit action (the audit log says that it happened, the version what it was).
 */
import type { RecordVersionView, VersionedRecord } from '../contract/areas/forms';
import { actor, db, newId, type ServiceContext } from './context';
import { insertRecordVersion, recordVersionsOf } from '../../db/queries/recordVersions';

export interface KeptVersion {
  kind: VersionedRecord;
  recordId: string;
  personId: string;
  caseId?: string | null;
  /** The record as it was before the correction (plain JSON values). */
  before: object;
}

/** Stores the earlier version; returns its number (1 for the first correction). */
export function keepVersion(ctx: ServiceContext, kept: KeptVersion): number {
  return insertRecordVersion(db(ctx), {
    id: newId(),
    personId: kept.personId,
    caseId: kept.caseId ?? null,
    recordKind: kept.kind,
    recordId: kept.recordId,
    before: JSON.stringify(kept.before),
    changedBy: actor(ctx),
    changedAt: ctx.now().toISOString(),
  });
}

export function versionService(ctx: ServiceContext) {
  return {
    list({ kind, recordId }: { kind: VersionedRecord; recordId: string }): RecordVersionView[] {
      return recordVersionsOf(db(ctx), kind, recordId).map((row) => ({
        version: row.version,
        changedAt: row.changedAt,
        changedBy: row.changedBy,
        before: JSON.parse(row.before) as Record<string, unknown>,
      }));
    },
  };
}
