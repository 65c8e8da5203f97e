import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { caseStore } from './helpers';

describe('the cases area through the contract', () => {
  it('runs the cycle from person to reopened case with plain, serialisable results and German errors', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const handlers = createHandlers(s);
    const call = async (name: string, input: unknown) => {
      const result = await dispatch(handlers, name, input);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      return result as { ok: boolean; value?: any; error?: { code: string; message: string } };
    };

    const person = await call('persons.create', { names: [{ familyName: 'Haddad', givenNames: 'Amira' }], birthDate: '1990' });
    expect(person).toMatchObject({ ok: true, value: { displayName: 'Haddad, Amira' } });
    const personId = person.value.id as string;
    const group = await call('targetGroups.create', { name: 'Geduldete über 27', validFrom: '2021-01-01' });

    const noConsent = await call('intakes.record', {
      personId,
      date: '2026-03-10',
      accessRoute: 'sprechstunde',
      targetGroupIds: [group.value.id],
      decision: 'fall_eroeffnet',
    });
    expect(noConsent).toEqual({ ok: false, error: { code: 'CONSENT_REQUIRED', message: expect.stringMatching(/Einwilligung/) } });

    const opened = await call('intakes.record', {
      personId,
      date: '2026-03-10',
      accessRoute: 'sprechstunde',
      targetGroupIds: [group.value.id],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-03-10', form: 'schriftlich' },
    });
    expect(opened).toMatchObject({ ok: true, value: { caseNumber: '2026-0001' } });
    const caseId = opened.value.caseId as string;

    expect(await call('cases.get', { caseId })).toMatchObject({ ok: true, value: { phase: 'assessment', targetGroups: [{ name: 'Geduldete über 27' }] } });
    expect(await call('cases.close', { caseId })).toMatchObject({ ok: false, error: { code: 'CLOSURE_REASON_REQUIRED' } });
    expect(await call('cases.close', { caseId, reason: 'wegzug' })).toMatchObject({ ok: true, value: { open: false } });
    expect(await call('cases.update', { caseId, traeger: 'DRK' })).toMatchObject({ ok: false, error: { code: 'CASE_CLOSED' } });
    expect(await call('cases.reopen', { caseId, reason: 'Zurückgezogen' })).toMatchObject({ ok: true, value: { phase: 'monitoring' } });
    expect(await call('cases.list', { status: 'offen' })).toMatchObject({
      ok: true,
      value: { rows: [{ caseNumber: '2026-0001', personName: 'Haddad, Amira' }], total: 1 },
    });
    expect(await call('cases.list', { offset: 1, limit: 1 })).toEqual({ ok: true, value: { rows: [], total: 1 } });
    const timeline = await call('cases.timeline', { caseId });
    expect(timeline.value.map((t: { kind: string }) => t.kind).slice(0, 2)).toEqual(['fall_wiedereroeffnet', 'fall_abgeschlossen']);
    expect(await call('persons.list', {})).toMatchObject({ ok: true, value: [{ id: personId, openCase: { caseNumber: '2026-0001' } }] });
    expect(await call('lifeAreas.list', {})).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id: 'wohnen' })]) });
  });
});
