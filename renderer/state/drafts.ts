/**
 * Drafts of the forms on screen (issue 12: nothing typed is lost). A form's values go to the
 * encrypted store in the main process a moment after the last keystroke (never to the renderer's
 * own storage); a manual lock sends what is still waiting first. The renderer keeps only which
 * forms hold unsaved input, so leaving them can ask; on lock that is forgotten with the rest.
 */
import { create } from 'zustand';
import { call } from '../api';
import { registerResetOnLock } from './session';

/** Long enough not to write on every keystroke, short enough that a crash loses a few letters. */
export const DRAFT_SAVE_DELAY_MS = 600;

export interface DraftOwner {
  personId?: string | null;
  caseId?: string | null;
}

interface PendingSave {
  timer: ReturnType<typeof setTimeout>;
  send: () => Promise<unknown>;
}

const pending = new Map<string, PendingSave>();

/** The draft keys of the forms on screen that hold unsaved input. */
export const useDirtyForms = create<{ keys: readonly string[] }>()(() => ({ keys: [] }));

let routeSource: () => unknown = () => ({});

/** Where a draft's form lives (the navigation's route), so the app can return to it. */
export function setDraftRouteSource(source: () => unknown): void {
  routeSource = source;
}

export function setDirty(key: string, dirty: boolean): void {
  const { keys } = useDirtyForms.getState();
  if (dirty === keys.includes(key)) return;
  useDirtyForms.setState({ keys: dirty ? [...keys, key] : keys.filter((k) => k !== key) });
}

export function anyDirty(): boolean {
  return useDirtyForms.getState().keys.length > 0;
}

/** Saves the form's values after the delay, replacing a save still waiting for the same form. */
export function scheduleDraft(key: string, fields: Record<string, unknown>, owner: DraftOwner): void {
  cancelDraftSave(key);
  // The route is taken now, while the form is on screen.
  const input = {
    key,
    route: JSON.stringify(routeSource()),
    fields: JSON.stringify(fields),
    personId: owner.personId ?? null,
    caseId: owner.caseId ?? null,
  };
  const send = () => call('drafts.save', input);
  const timer = setTimeout(() => {
    pending.delete(key);
    void send();
  }, DRAFT_SAVE_DELAY_MS);
  pending.set(key, { timer, send });
}

export function cancelDraftSave(key: string): void {
  const waiting = pending.get(key);
  if (!waiting) return;
  clearTimeout(waiting.timer);
  pending.delete(key);
}

/** Sends every draft still waiting; before a manual lock, so the last words are kept too. */
export async function flushDrafts(): Promise<void> {
  const waiting = [...pending.values()];
  pending.clear();
  for (const save of waiting) clearTimeout(save.timer);
  await Promise.all(waiting.map((save) => save.send()));
}

/** The input was saved as a record, or the person threw it away: the draft goes. */
export function discardDraft(key: string): void {
  cancelDraftSave(key);
  setDirty(key, false);
  void call('drafts.discard', { key });
}

/** Throws away the drafts of every form on screen with unsaved input. */
export function discardDirtyDrafts(): void {
  for (const key of useDirtyForms.getState().keys) discardDraft(key);
}

registerResetOnLock(() => {
  // After the lock the main process refuses them anyway; the values must not stay in memory.
  for (const save of pending.values()) clearTimeout(save.timer);
  pending.clear();
  useDirtyForms.setState({ keys: [] }, true);
});
