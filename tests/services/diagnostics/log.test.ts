/** The diagnostics log's file handling: rotation, a folder it cannot write, stacks without messages. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnosticLog, describeError, logDirFor, logFilesIn, stackFrames } from '../../../electron/services/diagnostics/log';
import { tempDir } from '../../fixtures/tempStore';

const now = () => new Date('2026-11-23T09:30:00Z');
const lines = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { method: string; ms: number });

describe('the diagnostics log', () => {
  it('lives in `logs` beside the store', () => {
    expect(logDirFor(path.join('/daten', 'kim', 'kim.db'))).toBe(path.join('/daten', 'kim', 'logs'));
  });

  it('writes one JSON line per call and rotates into at most three files of the given size', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = createDiagnosticLog({ dir, now, maxBytes: 300 });
    for (let i = 0; i < 40; i++) log.call({ method: `m${i}`, outcome: 'ok', ms: 1.4 });
    const [current, first, second] = logFilesIn(dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['kim.log', 'kim.log.1', 'kim.log.2']);
    for (const file of [current!, first!, second!]) expect(fs.statSync(file).size).toBeLessThanOrEqual(300);
    // Newest in kim.log, the one before in kim.log.1, the oldest calls are gone.
    expect(lines(current!).at(-1)).toEqual({ t: '2026-11-23T09:30:00.000Z', method: 'm39', outcome: 'ok', ms: 1 });
    const all = [...lines(second!), ...lines(first!), ...lines(current!)].map((l) => l.method);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => `m${40 - all.length + i}`));
    expect(all.length).toBeLessThan(40);
  });

  it('writes the main process’s events (a crashed or hung window) with names and codes only', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = createDiagnosticLog({ dir, now });
    log.event({ event: 'renderer.gone', reason: 'crashed', exitCode: 139 });
    log.event({ event: 'renderer.hung', reason: '10000ms' });
    // Anything that is not a plain word (it could be a text of the page) is not written.
    log.event({ event: 'renderer.gone', reason: 'Frau Amina Haddad, Telefon 0151 2345678' });
    const text = fs.readFileSync(logFilesIn(dir)[0]!, 'utf8');
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { t: '2026-11-23T09:30:00.000Z', event: 'renderer.gone', reason: 'crashed', exitCode: 139 },
      { t: '2026-11-23T09:30:00.000Z', event: 'renderer.hung', reason: '10000ms' },
      { t: '2026-11-23T09:30:00.000Z', event: 'renderer.gone', reason: '(anders)' },
    ]);
    expect(text).not.toContain('Haddad');
  });

  it('continues an existing log after a restart and counts its size', () => {
    const dir = path.join(tempDir(), 'logs');
    createDiagnosticLog({ dir, now, maxBytes: 200 }).call({ method: 'a', outcome: 'ok', ms: 0 });
    const again = createDiagnosticLog({ dir, now, maxBytes: 200 });
    again.call({ method: 'b', outcome: 'ok', ms: 0 });
    expect(lines(logFilesIn(dir)[0]!).map((l) => l.method)).toEqual(['a', 'b']);
    again.call({ method: 'c', outcome: 'ok', ms: 0 });
    expect(lines(logFilesIn(dir)[0]!).map((l) => l.method)).toEqual(['c']);
    expect(lines(logFilesIn(dir)[1]!).map((l) => l.method)).toEqual(['a', 'b']);
  });

  it('never throws into the call when it cannot write', () => {
    const blocked = path.join(tempDir(), 'logs');
    fs.writeFileSync(blocked, 'a file where the folder should be');
    const log = createDiagnosticLog({ dir: blocked, now });
    expect(() => log.call({ method: 'store.status', outcome: 'ok', ms: 0 })).not.toThrow();
    expect(fs.readFileSync(blocked, 'utf8')).toBe('a file where the folder should be');
  });

  it('keeps an error’s class, code and frames, never its message or the user’s part of paths', () => {
    const error = Object.assign(new RangeError('Name „Zeliha“ zu lang\n    at evil (Zeliha Marit.ts:1:1)'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    error.stack = [
      'RangeError: Name „Zeliha“ zu lang',
      '    at evil (Zeliha Marit.ts:1:1)',
      '    at PersonService.create (C:\\Users\\Zeliha Marit\\AppData\\Local\\Programs\\KIM\\resources\\app.asar\\out\\main\\index.js:120:7)',
      '    at async Promise.all (index 0)',
      '    at /home/zeliha/kim/node_modules/better-sqlite3/lib/methods/wrappers.js:5:21',
      '    at run (/opt/kim/out/main/index.js:9:3)',
      '    at node:internal/process/task_queues:105:5',
    ].join('\n');
    expect(describeError(error, '/opt/kim')).toEqual({
      errorName: 'RangeError',
      errorCode: 'SQLITE_CONSTRAINT_UNIQUE',
      stack: [
        'PersonService.create out/main/index.js:120:7',
        'node_modules/better-sqlite3/lib/methods/wrappers.js:5:21',
        'run out/main/index.js:9:3',
        'node:internal/process/task_queues:105:5',
      ],
    });
    expect(describeError('just a string')).toEqual({ errorName: 'string', stack: [] });
    expect(stackFrames('Error: x\n    at f (/a/b/c/d.js:1:2)')).toEqual(['f c/d.js:1:2']);
  });
});
