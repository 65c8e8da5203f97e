/**
 * Einstellungen → Angaben der Stelle für Dokumente: the controller's address, the data protection
 * officer, the phone number and the usual place of appointments, kept trimmed in the settings
 * table, cleared by an empty text, audited when (and only when) something changed; the contract
 * refuses what does not fit.
 */
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../db/queries/audit';
import { readSetting } from '../../db/queries/settings';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createdStore, runningClock } from '../fixtures/tempStore';

const NOW = new Date('2026-11-23T09:30:00Z');

async function store() {
  const services = await createdStore({ now: runningClock(NOW) });
  const { db } = services.store.session();
  const audited = () =>
    recentAudit(db, 100)
      .filter((e) => e.action === 'unit_details.updated')
      .map((e) => `${e.action} ${e.entity} ${e.entityId ?? ''}`.trim());
  return { ...services, db, audited };
}

const NOTHING = { controllerAddress: null, dataProtectionOfficer: null, phone: null, appointmentPlace: null, controller: null };

describe("the unit's details for documents", () => {
  it('a new store has none; what is entered is kept trimmed, in the settings table under unit.*', async () => {
    const s = await store();
    expect(s.unitDetails.get()).toEqual(NOTHING);
    const saved = s.unitDetails.update({
      controllerAddress: '  Waldenburger Straße 2\n48231 Warendorf  ',
      dataProtectionOfficer: 'Frau Kaya, Datenschutzbeauftragte des Kreises, Tel. 02581 53-1234',
      phone: ' 02581 54-0 ',
      appointmentPlace: 'Rathaus (Raum 2.14)',
    });
    const expected = {
      controllerAddress: 'Waldenburger Straße 2\n48231 Warendorf',
      dataProtectionOfficer: 'Frau Kaya, Datenschutzbeauftragte des Kreises, Tel. 02581 53-1234',
      phone: '02581 54-0',
      appointmentPlace: 'Rathaus (Raum 2.14)',
      controller: null,
    };
    expect(saved).toEqual(expected);
    expect(s.unitDetails.get()).toEqual(expected);
    expect(readSetting(s.db, 'unit.phone')).toBe('02581 54-0');
    expect(readSetting(s.db, 'unit.controllerAddress')).toBe('Waldenburger Straße 2\n48231 Warendorf');
    expect(s.audited()).toEqual(['unit_details.updated settings']);
  });

  it('changes only what the patch names; an empty text or null clears a detail', async () => {
    const s = await store();
    s.unitDetails.update({ phone: '02581 54-0', appointmentPlace: 'Rathaus (Raum 2.14)', controllerAddress: 'Waldenburger Straße 2' });
    expect(s.unitDetails.update({ phone: '   ' })).toMatchObject({
      phone: null,
      appointmentPlace: 'Rathaus (Raum 2.14)',
      controllerAddress: 'Waldenburger Straße 2',
    });
    expect(s.unitDetails.update({ appointmentPlace: null })).toMatchObject({ phone: null, appointmentPlace: null, controllerAddress: 'Waldenburger Straße 2' });
    expect(s.audited()).toHaveLength(3);
  });

  it('saving what is stored already writes no audit entry', async () => {
    const s = await store();
    s.unitDetails.update({ phone: '02581 54-0' });
    s.unitDetails.update({ phone: '02581 54-0 ', controllerAddress: '' });
    s.unitDetails.update({});
    expect(s.audited()).toHaveLength(1);
  });

  it("shows who the documents name as responsible, from the statistic's settings, without creating the unit's id", async () => {
    const s = await store();
    s.statistics.updateSettings({ unitName: 'KIM Kreis Warendorf', traeger: 'Kreis Warendorf' });
    expect(s.unitDetails.get().controller).toBe('Kreis Warendorf (KIM Kreis Warendorf)');
    const fresh = await store();
    fresh.unitDetails.get();
    expect(recentAudit(fresh.db, 100).map((e) => e.action)).not.toContain('statistics.unit_created');
  });

  it('through the contract: trimmed, limits kept, a read-only or unknown field refused', async () => {
    const s = await store();
    const handlers = createHandlers(s);
    expect(await dispatch(handlers, 'unitDetails.update', { phone: '  02581 54-0  ', controllerAddress: 'x'.repeat(300) })).toMatchObject({
      ok: true,
      value: { phone: '02581 54-0', controllerAddress: 'x'.repeat(300) },
    });
    // Spaces around a long value do not count against its limit: they are trimmed first.
    expect(await dispatch(handlers, 'unitDetails.update', { appointmentPlace: ` ${'y'.repeat(300)} ` })).toMatchObject({ ok: true });
    for (const bad of [{ controllerAddress: 'x'.repeat(301) }, { phone: '02581\n54-0' }, { controller: 'Kreis' }, { phone: 5 }]) {
      expect(await dispatch(handlers, 'unitDetails.update', bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(s.audited()).toHaveLength(2);
  });

  it('needs an unlocked store', async () => {
    const s = await store();
    s.store.lock('manual');
    const handlers = createHandlers(s);
    expect(await dispatch(handlers, 'unitDetails.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await dispatch(handlers, 'unitDetails.update', { phone: '1' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
