/**
 * diagnostics.reportError: an error the renderer's boundary caught reaches the diagnostics log as
 * an event with its class and component names, through dispatch as the renderer calls it. A
 * message with personal data never reaches the log, whatever the renderer sends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createDiagnosticLog, logFilesIn } from '../../../electron/services/diagnostics/log';
import { errorReport } from '../../../renderer/ui/errorReport';
import { tempDir, testServices } from '../../fixtures/tempStore';

const now = () => new Date('2026-11-23T09:30:00Z');
const PERSONAL = ['Fatima', 'Yilmaz', 'Lindenstraße', '0151', 'fatima.yilmaz', 'Cannot read'];

function setup() {
  const dir = path.join(tempDir(), 'logs');
  const log = createDiagnosticLog({ dir, now });
  // No store: the method works before setup and while locked, like store.status.
  const handlers = createHandlers(testServices());
  const text = () => fs.readFileSync(logFilesIn(dir)[0]!, 'utf8');
  const entries = () =>
    text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, handlers, text, entries, send: (input: unknown) => dispatch(handlers, 'diagnostics.reportError', input, { log, clock: () => 0 }) };
}

describe('diagnostics.reportError', () => {
  it('writes the error as an event: its class and components, nothing else', async () => {
    const { send, entries } = setup();
    expect(await send({ errorName: 'TypeError', components: ['PersonCard', 'section', 'CaseSection', 'ErrorBoundary'] })).toEqual({ ok: true, value: null });
    expect(entries()).toEqual([
      { t: '2026-11-23T09:30:00.000Z', event: 'renderer.error', errorName: 'TypeError', components: ['PersonCard', 'section', 'CaseSection', 'ErrorBoundary'] },
      { t: '2026-11-23T09:30:00.000Z', method: 'diagnostics.reportError', outcome: 'ok', ms: 0 },
    ]);
  });

  it('an error whose message holds personal data: the renderer’s report of it, through dispatch, leaves none of it in the log', async () => {
    const { send, text, entries } = setup();
    const error = new TypeError(`Cannot read properties of undefined (reading 'Fatima Yilmaz, Lindenstraße 12, 0151 2345678')`);
    // React's component stack; one line shaped like a frame carries a name and a user's path.
    const componentStack = [
      '',
      '    at PersonCard (app://kim/assets/index-3f2a.js:12:345)',
      '    at Fatima Yilmaz (C:\\Users\\fatima.yilmaz\\AppData\\x.js:1:1)',
      '    at CaseSection (app://kim/assets/index-3f2a.js:9:10)',
    ].join('\n');
    expect(await send(errorReport(error, componentStack))).toEqual({ ok: true, value: null });
    expect(entries()[0]).toMatchObject({ event: 'renderer.error', errorName: 'TypeError', components: ['PersonCard', 'CaseSection'] });
    for (const part of PERSONAL) expect(text()).not.toContain(part);
  });

  it('a renderer that sends more than the contract allows is refused, and the log holds only that', async () => {
    const { send, text, entries } = setup();
    const hostile = [
      { errorName: 'TypeError', components: ['App'], message: 'Fatima Yilmaz, Lindenstraße 12' },
      { errorName: 'Fatima Yilmaz', components: [] },
      { errorName: 'TypeError: Cannot read Fatima', components: [] },
      { errorName: 'Error', components: ['Fatima Yilmaz'] },
      { errorName: 'Error', components: ['at CaseSection (C:\\Users\\fatima.yilmaz\\x.js:1:1)'] },
    ];
    for (const input of hostile) expect(await send(input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(entries()).toEqual(hostile.map(() => ({ t: '2026-11-23T09:30:00.000Z', method: 'diagnostics.reportError', outcome: 'INVALID_INPUT', ms: 0 })));
    for (const part of PERSONAL) expect(text()).not.toContain(part);
  });

  it('the log checks the names once more, whoever calls it', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = createDiagnosticLog({ dir, now });
    log.event({ event: 'renderer.error', errorName: 'Fatima Yilmaz', components: ['Ok', 'Fatima Yilmaz', ...Array.from({ length: 30 }, () => 'X')] });
    log.event({ event: 'renderer.error', errorName: null, components: [] });
    const [first, second] = fs
      .readFileSync(logFilesIn(dir)[0]!, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { errorName: string | null; components: string[] });
    expect(first!.errorName).toBe('(anders)');
    expect(first!.components.slice(0, 3)).toEqual(['Ok', '(anders)', 'X']);
    expect(first!.components).toHaveLength(20);
    expect(second).toEqual({ t: '2026-11-23T09:30:00.000Z', event: 'renderer.error', errorName: null, components: [] });
  });

  it('without a log (the browser tests’ bridge, the command line) it answers ok and writes nothing', async () => {
    const handlers = createHandlers(testServices());
    expect(await dispatch(handlers, 'diagnostics.reportError', { errorName: 'Error', components: [] })).toEqual({ ok: true, value: null });
  });
});
