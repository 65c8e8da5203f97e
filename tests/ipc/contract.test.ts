import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { contract, methodNames, type MethodName } from '../../electron/contract';
import { buildApi } from '../../electron/contract/api';
import { KimError } from '../../electron/contract/errors';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers';
import { recentAudit } from '../../db/queries/audit';
import { createdStore } from '../fixtures/tempStore';
import { foundationMalformed } from './malformed/foundation';
import { casesMalformed } from './malformed/cases';
import { assessmentMalformed } from './malformed/assessment';
import { networkMalformed } from './malformed/network';
import { demoMalformed } from './malformed/demo';
import { consultationMalformed } from './malformed/consultation';
import { searchMalformed } from './malformed/search';
import { todayMalformed } from './malformed/today';
import { statisticsMalformed } from './malformed/statistics';
import { statisticsRosterMalformed } from './malformed/statisticsRoster';
import { districtMalformed } from './malformed/district';
import { erasureMalformed } from './malformed/erasure';
import { backupMalformed } from './malformed/backup';
import { auditMalformed } from './malformed/audit';
import { handoverMalformed } from './malformed/handover';
import { restrictionMalformed } from './malformed/restriction';
import { formsMalformed } from './malformed/forms';
import { informationMalformed } from './malformed/information';
import { caseCorrectionsMalformed } from './malformed/caseCorrections';
import { monitoringCorrectionsMalformed } from './malformed/monitoringCorrections';
import { documentTextsMalformed } from './malformed/documentTexts';
import { documentsMalformed } from './malformed/documents';
import { clientDocumentsMalformed } from './malformed/clientDocuments';
import { printoutsMalformed } from './malformed/printouts';
import { unitDetailsMalformed } from './malformed/unitDetails';

/** Inputs no method accepts, per area: wrong shapes, extra keys, wrong types, oversized strings. */
const malformedFor: Record<MethodName, unknown[]> = {
  ...foundationMalformed,
  ...casesMalformed,
  ...assessmentMalformed,
  ...networkMalformed,
  ...demoMalformed,
  ...consultationMalformed,
  ...searchMalformed,
  ...todayMalformed,
  ...statisticsMalformed,
  ...statisticsRosterMalformed,
  ...districtMalformed,
  ...erasureMalformed,
  ...backupMalformed,
  ...auditMalformed,
  ...handoverMalformed,
  ...restrictionMalformed,
  ...formsMalformed,
  ...informationMalformed,
  ...caseCorrectionsMalformed,
  ...monitoringCorrectionsMalformed,
  ...documentTextsMalformed,
  ...documentsMalformed,
  ...clientDocumentsMalformed,
  ...printoutsMalformed,
  ...unitDetailsMalformed,
};
const malformedForAll = [undefined, null, 0, 'text', [], true];

const fileHash = (file: string) => (fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'absent');

describe('contract boundary', () => {
  it('every method rejects malformed input with a typed error and changes nothing', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    const calls = vi.fn();
    const spied = Object.fromEntries(
      methodNames.map((name) => [
        name,
        (input: never) => {
          calls(name);
          return (handlers[name] as (i: never) => unknown)(input);
        },
      ]),
    ) as unknown as Handlers;
    const { db } = services.store.session();
    const auditBefore = recentAudit(db, 1000).length;
    const keysBefore = fileHash(services.store.keyfile);
    const settingsBefore = services.settings.get();

    for (const name of methodNames) {
      for (const input of [...malformedForAll, ...malformedFor[name]]) {
        const result = await dispatch(spied, name, input);
        expect(result, `${name} with ${JSON.stringify(input)}`).toEqual({
          ok: false,
          error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Eingabe/) },
        });
      }
    }
    expect(calls).not.toHaveBeenCalled();
    expect(recentAudit(db, 1000).length).toBe(auditBefore);
    expect(fileHash(services.store.keyfile)).toBe(keysBefore);
    expect(services.settings.get()).toEqual(settingsBefore);
    expect(services.store.status().state).toBe('unlocked');
  });

  it('every method has malformed cases listed here', () => {
    expect(Object.keys(malformedFor).sort()).toEqual([...methodNames].sort());
  });

  it('wraps results and typed service errors; unknown methods and unexpected errors stay generic', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    expect(await dispatch(handlers, 'store.status', {})).toEqual({ ok: true, value: { state: 'unlocked', recoveryKeyPending: true } });
    expect(await dispatch(handlers, 'settings.update', { autoLockMinutes: 10 })).toMatchObject({ ok: true, value: { autoLockMinutes: 10 } });
    expect(await dispatch(handlers, 'store.changePassphrase', { current: 'falsch', next: 'Neue lange Passphrase 42' })).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/nicht richtig/), retryAfterMs: 1000 },
    });
    expect(await dispatch(handlers, 'db.execute', { sql: 'DROP TABLE audit_log' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    const secret = 'SQLITE_ERROR near Fatima';
    const broken = {
      ...handlers,
      'store.status': () => {
        throw new Error(secret);
      },
    } as Handlers;
    const result = await dispatch(broken, 'store.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('Fatima');
  });

  it('every declared error code of every method has a German message', () => {
    for (const name of methodNames) {
      for (const code of contract[name].errors) expect(new KimError(code).message).toMatch(/[a-zäöüß]/);
    }
  });
});

describe('window.kim', () => {
  it('has exactly one function per contract method plus onEvent, and is frozen', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const api = buildApi(invoke, () => () => undefined);
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'onEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api['store.lock']({});
    expect(invoke).toHaveBeenCalledWith('store.lock', {});
    expect(() => {
      (api as unknown as Record<string, unknown>).execute = () => undefined;
    }).toThrow(TypeError);
  });
});
