/**
 * The consultation hour as the renderer holds it: the running session (picked up again after a
 * lock or restart), its counters and queue, the active life areas (the topics), and the summary
 * once it ended. Dropped on lock.
 */
import { create } from 'zustand';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';
import type { QueueEntry, SessionSummary, SessionView } from '../../../electron/contract/areas/consultation';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';

export type ConsultationStatus = 'loading' | 'error' | 'idle' | 'running' | 'ended';

interface ConsultationState {
  status: ConsultationStatus;
  session: SessionView | null;
  /** Counters of the running hour (sessions.summary while it runs). */
  progress: SessionSummary | null;
  queue: QueueEntry[];
  lifeAreas: LifeAreaView[];
  /** The summary after the hour ended. */
  summary: SessionSummary | null;
  error: string | null;
  /**
   * An hour recorded afterwards: the end given when it was started ('YYYY-MM-DDTHH:MM', local;
   * null when not known, e.g. after a lock) and the time the next contact starts with ('HH:MM').
   */
  plannedEnd: string | null;
  nextTime: string | null;
}

const initial: ConsultationState = {
  status: 'loading',
  session: null,
  progress: null,
  queue: [],
  lifeAreas: [],
  summary: null,
  error: null,
  plannedEnd: null,
  nextTime: null,
};

export const useConsultation = create<ConsultationState>()(() => initial);

/** Whether the answer arrived after a lock (and must be thrown away). */
function stale(epoch: number): boolean {
  return epoch !== lockEpoch();
}

/** Counters and queue of the running hour; errors here leave the old numbers standing. */
export async function refreshProgress(): Promise<void> {
  const session = useConsultation.getState().session;
  if (!session) return;
  const epoch = lockEpoch();
  const [progress, queue] = await Promise.all([call('sessions.summary', { sessionId: session.id }), call('queue.list', { sessionId: session.id })]);
  if (stale(epoch) || useConsultation.getState().session?.id !== session.id) return;
  useConsultation.setState({
    ...(progress.ok ? { progress: progress.value } : {}),
    ...(queue.ok ? { queue: queue.value } : {}),
  });
}

/** Opening the page: is an hour running? Plus the topics. */
export async function loadConsultation(): Promise<void> {
  const epoch = lockEpoch();
  if (useConsultation.getState().status !== 'ended') useConsultation.setState({ status: 'loading', error: null });
  const [current, areas] = await Promise.all([call('sessions.current', {}), call('lifeAreas.list', {})]);
  if (stale(epoch)) return;
  if (!current.ok || !areas.ok) {
    const error = !current.ok ? current.error.message : !areas.ok ? areas.error.message : null;
    useConsultation.setState({ status: 'error', error });
    return;
  }
  const lifeAreas = areas.value.filter((a) => a.active).sort((a, b) => a.sortOrder - b.sortOrder);
  if (current.value) {
    useConsultation.setState({ status: 'running', session: current.value, lifeAreas, summary: null, error: null });
    await refreshProgress();
  } else if (useConsultation.getState().status === 'ended') {
    useConsultation.setState({ lifeAreas });
  } else {
    useConsultation.setState({ status: 'idle', session: null, progress: null, queue: [], lifeAreas, error: null });
  }
}

/**
 * Starts an hour now, or one recorded afterwards (`afterwards`: its start and planned end, local
 * 'YYYY-MM-DDTHH:MM'); returns the German error, or null.
 */
export async function startSession(locationId: string, afterwards?: { startedAt: string; plannedEnd: string }): Promise<string | null> {
  const epoch = lockEpoch();
  const result = await call('sessions.start', afterwards ? { locationId, startedAt: afterwards.startedAt } : { locationId });
  if (stale(epoch)) return null;
  if (!result.ok) return result.error.message;
  useConsultation.setState({
    status: 'running',
    session: result.value,
    progress: null,
    queue: [],
    summary: null,
    error: null,
    plannedEnd: afterwards?.plannedEnd ?? null,
    nextTime: afterwards ? afterwards.startedAt.slice(11, 16) : null,
  });
  await refreshProgress();
  return null;
}

/** Ends the running hour (now, or at `endedAt`, local 'YYYY-MM-DDTHH:MM') and shows its summary; returns the German error, or null. */
export async function endSession(endedAt?: string): Promise<string | null> {
  const session = useConsultation.getState().session;
  if (!session) return null;
  const epoch = lockEpoch();
  const result = await call('sessions.end', endedAt ? { sessionId: session.id, endedAt } : { sessionId: session.id });
  if (stale(epoch)) return null;
  if (!result.ok) return result.error.message;
  useConsultation.setState({ status: 'ended', session: null, progress: null, queue: [], summary: result.value, plannedEnd: null, nextTime: null });
  return null;
}

/** From the summary back to the start form. */
export function beginAnother(): void {
  useConsultation.setState({ status: 'idle', summary: null, session: null, progress: null, queue: [], error: null, plannedEnd: null, nextTime: null });
}

/** In an hour recorded afterwards: the time the next contact starts with. */
export function setNextTime(nextTime: string): void {
  useConsultation.setState({ nextTime });
}

export function setQueue(queue: QueueEntry[]): void {
  useConsultation.setState({ queue });
}

registerResetOnLock(() => useConsultation.setState(initial, true));
