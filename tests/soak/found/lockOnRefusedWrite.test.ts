/**
 * Found by the I/O-fault soak (issue 17): on a full or read-only drive, locking failed with an
 * error although the store was locked (the lock's own audit entry could not be written): the
 * window was told it went wrong, and the idle timer's lock threw in the main process. Now the
 * store locks and says so; only that one audit entry is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createDiagnosticLog, logFilesIn } from '../../../electron/services/diagnostics/log';
import { createdStore, tempDir } from '../../fixtures/tempStore';

describe('locking while the drive refuses writes', () => {
  it('locks and answers ok; the next unlock works', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    services.store.session().sqlite.pragma('query_only = ON');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await dispatch(handlers, 'store.lock', {})).toEqual({ ok: true, value: null });
    expect(services.store.status().state).toBe('locked');
    expect(() => services.autoLock.onSuspend()).not.toThrow();
    expect(logged).toHaveBeenCalledTimes(1); // no listener (as on the command line): stderr
    expect(logged.mock.calls[0]?.[0]).toBe('Der Eintrag zum Sperren konnte nicht ins Protokoll geschrieben werden:');
    expect((await dispatch(handlers, 'store.status', {})) as unknown).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it('the missing audit entry reaches the diagnostics log for IT: the error’s class, code and frames, not its message', async () => {
    const services = await createdStore();
    const dir = path.join(tempDir(), 'logs');
    const log = createDiagnosticLog({ dir, now: () => new Date('2026-11-23T09:30:00Z') });
    services.store.onProblem((event, error) => log.event({ event, error }));
    const logged = vi.spyOn(console, 'error');
    services.store.session().sqlite.pragma('query_only = ON');
    services.store.lock('idle');
    expect(services.store.status().state).toBe('locked');
    const [line, ...more] = fs.readFileSync(logFilesIn(dir)[0]!, 'utf8').trim().split('\n');
    expect(more).toEqual([]);
    const entry = JSON.parse(line!) as { event: string; errorName: string; errorCode: string; stack: string[] };
    expect(entry).toMatchObject({ t: '2026-11-23T09:30:00.000Z', event: 'store.lock-not-audited', errorName: 'SqliteError', errorCode: 'SQLITE_READONLY' });
    expect(entry.stack.some((frame) => frame.includes('storeService.ts'))).toBe(true);
    expect(line).not.toContain('readonly database'); // SQLite's message, which can quote values
    expect(logged).not.toHaveBeenCalled(); // the app's listener took it: not also on stderr
  });

  it('still fails loudly for an error that is not the drive (and locks all the same)', async () => {
    const services = await createdStore();
    vi.spyOn(services.store, 'audit').mockImplementation(() => {
      throw new Error('a bug');
    });
    expect(() => services.store.lock('manual')).toThrow('a bug');
    expect(services.store.status().state).toBe('locked');
  });
});
