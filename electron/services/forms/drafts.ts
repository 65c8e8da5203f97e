/**
 * Drafts: what a person typed into a form and has not saved yet, kept in the encrypted store
 * (never in the renderer's storage) so that a lock, a crash or a restart loses nothing. Not
 * records: nothing else reads them (no statistics, no search, no information, no handover), they
 * are not audited (every keystroke would be an entry), and they expire after DRAFT_DAYS.
 */
import { DRAFT_DAYS, type DraftView } from '../../contract/areas/forms';
import { db, type ServiceContext } from '../context';
import { deleteDraft, deleteDraftsBefore, draftByKey, newestDraft, upsertDraft, type DraftRow } from '../../../db/queries/drafts';

const DAY_MS = 24 * 60 * 60 * 1000;

const view = (row: DraftRow | undefined): DraftView | null => (row ? { key: row.key, fields: row.fields, route: row.route, savedAt: row.savedAt } : null);

export function draftService(ctx: ServiceContext) {
  /** Drafts older than the set time go before any is read. */
  const discardExpired = () => deleteDraftsBefore(db(ctx), new Date(ctx.now().getTime() - DRAFT_DAYS * DAY_MS).toISOString());

  return {
    save(input: { key: string; route: string; fields: string; personId?: string | null; caseId?: string | null }): null {
      upsertDraft(db(ctx), {
        key: input.key,
        route: input.route,
        fields: input.fields,
        personId: input.personId ?? null,
        caseId: input.caseId ?? null,
        savedAt: ctx.now().toISOString(),
      });
      return null;
    },
    load({ key }: { key: string }): DraftView | null {
      discardExpired();
      return view(draftByKey(db(ctx), key));
    },
    discard({ key }: { key: string }): null {
      deleteDraft(db(ctx), key);
      return null;
    },
    resume(): DraftView | null {
      discardExpired();
      return view(newestDraft(db(ctx)));
    },
  };
}
