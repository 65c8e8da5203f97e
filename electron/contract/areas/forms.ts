/**
 * Contract methods behind the forms (issue 12): drafts, the typed but unsaved input of a form,
 * kept in the encrypted store so a lock, a crash or a slip of the keyboard loses nothing; and
 * the earlier versions of a corrected record.
 */
import { z } from 'zod';
import { method } from '../define';
import { recordId } from '../fields';

/** Drafts older than this are discarded unread (the set time of the issue). */
export const DRAFT_DAYS = 14;
export const DRAFT_FIELDS_MAX = 200_000;

/** The kinds of records whose corrections keep earlier versions. */
export const VERSIONED_RECORDS = ['person', 'contact', 'case_conference', 'case_target_groups', 'case_manager', 'case_status', 'follow_up'] as const;
export type VersionedRecord = (typeof VERSIONED_RECORDS)[number];

/** What the earlier version is a version of, for people (the Auskunft, the screens). */
export const VERSIONED_RECORD_LABELS: Record<VersionedRecord, string> = {
  person: 'Angaben zur Person',
  contact: 'Kontakt',
  case_conference: 'Fallkonferenz',
  case_target_groups: 'Zielgruppen des Falls',
  case_manager: 'Zuständigkeit für den Fall',
  case_status: 'Status des Falls',
  follow_up: 'Wiedervorlage',
};

const jsonObject = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => {
      try {
        const value: unknown = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
      } catch {
        return false;
      }
    });

/** `<form>:<id or "new">[:<id>]`, e.g. `contact:new:<caseId>`. */
const draftKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z][a-zA-Z]*(:[A-Za-z0-9_-]+)*$/);

export interface DraftView {
  key: string;
  /** The form's values (JSON), as the renderer sent them. */
  fields: string;
  /** The route (JSON) the form lives on. */
  route: string;
  savedAt: string;
}

export interface RecordVersionView {
  version: number;
  changedAt: string;
  changedBy: string;
  /** The record as it was before this correction. */
  before: Record<string, unknown>;
}

export const formMethods = {
  'drafts.save': method<null>()(
    z
      .object({
        key: draftKey,
        route: jsonObject(2_000),
        fields: jsonObject(DRAFT_FIELDS_MAX),
        personId: recordId.nullable().optional(),
        caseId: recordId.nullable().optional(),
      })
      .strict(),
    ['LOCKED'],
  ),
  'drafts.load': method<DraftView | null>()(z.object({ key: draftKey }).strict(), ['LOCKED']),
  'drafts.discard': method<null>()(z.object({ key: draftKey }).strict(), ['LOCKED']),
  /** The newest draft (after discarding the expired ones): where the app returns after unlock. */
  'drafts.resume': method<DraftView | null>()(z.object({}).strict(), ['LOCKED']),
  'versions.list': method<RecordVersionView[]>()(z.object({ kind: z.enum(VERSIONED_RECORDS), recordId }).strict(), ['LOCKED']),
} as const;
