/** The statistic's settings: the unit made once, k and the perturbation, audited without content. */
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { readSetting } from '../../../db/queries/settings';
import { createdStore } from '../../fixtures/tempStore';

describe('statistics settings', () => {
  it('start with k = 5, perturbation on and a unit id made once', async () => {
    const s = await createdStore();
    const first = s.statistics.settings();
    expect(first).toEqual({
      unit: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: null, traeger: null, municipality: null },
      threshold: 5,
      perturbation: true,
    });
    expect(s.statistics.settings().unit.id).toBe(first.unit.id);
    const audit = recentAudit(s.store.session().db, 5);
    expect(audit.filter((e) => e.action === 'statistics.unit_created')).toEqual([expect.objectContaining({ entity: 'statistics', entityId: first.unit.id })]);
    // The secret of the cell keys is made with the unit and never returned.
    expect(typeof readSetting(s.store.session().db, 'statistics.cellKeySecret')).toBe('string');
    expect(JSON.stringify(first)).not.toContain(readSetting(s.store.session().db, 'statistics.cellKeySecret') as string);
  });

  it('are changed together, audited once, and keep the unit id', async () => {
    const s = await createdStore();
    const { unit } = s.statistics.settings();
    const updated = s.statistics.updateSettings({
      unitName: ' KIM Team Nord ',
      traeger: 'Caritas',
      municipality: 'Nordheim',
      threshold: 7,
    });
    expect(updated).toEqual({ unit: { id: unit.id, name: 'KIM Team Nord', traeger: 'Caritas', municipality: 'Nordheim' }, threshold: 7, perturbation: true });
    expect(recentAudit(s.store.session().db, 1)[0]).toMatchObject({ action: 'statistics.settings_updated', entity: 'statistics', entityId: null });
    expect(s.statistics.updateSettings({ traeger: '', municipality: null }).unit).toEqual({
      id: unit.id,
      name: 'KIM Team Nord',
      traeger: null,
      municipality: null,
    });
    expect(s.statistics.updateSettings({}).threshold).toBe(7);
  });

  it('switch the perturbation off only when told so, and record that decision by itself in the audit log', async () => {
    const s = await createdStore();
    const actions = () => recentAudit(s.store.session().db, 50).map((e) => e.action);
    s.statistics.updateSettings({ perturbation: true, unitName: 'KIM Team Süd' });
    expect(actions()).not.toContain('statistics.perturbation_off');
    expect(s.statistics.updateSettings({ perturbation: false }).perturbation).toBe(false);
    expect(s.statistics.settings().perturbation).toBe(false);
    expect(actions().filter((a) => a === 'statistics.perturbation_off')).toHaveLength(1);
    s.statistics.updateSettings({ perturbation: false });
    expect(actions().filter((a) => a === 'statistics.perturbation_off')).toHaveLength(1);
    s.statistics.updateSettings({ perturbation: true });
    expect(actions()[0]).toBe('statistics.perturbation_on');
  });

  it('need the unlocked store (LOCKED)', async () => {
    const s = await createdStore();
    s.store.lock('manual');
    expect(() => s.statistics.settings()).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect(() => s.statistics.preview({ period: '2025-Q1' })).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect(() => s.statistics.periods()).toThrow(expect.objectContaining({ code: 'LOCKED' }));
  });
});
