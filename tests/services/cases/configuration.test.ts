import { describe, expect, it } from 'vitest';
import { caseStore, codeOf } from './helpers';

describe('target groups (set by the Lenkungsgruppe)', () => {
  it('are created with validity dates, listed also when no longer valid, changed and ended', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const mark = s.auditMark();
    const umf = s.targetGroups.create({ name: 'Unbegleitete minderjährige Geflüchtete', validFrom: '2021-01-01' });
    const bleiberecht = s.targetGroups.create({
      name: 'Geduldete mit Perspektive nach §§ 25a/25b AufenthG oder gefährdetem Aufenthalt',
      validFrom: '2021-01-01',
      validUntil: '2025-12-31',
    });
    const osteuropa = s.targetGroups.create({ name: 'Zugewanderte aus Osteuropa', description: 'EU-Freizügigkeit', validFrom: '2026-04-01' });
    s.targetGroups.create({ name: 'Geduldete und Gestattete über 27', validFrom: '2021-01-01', validUntil: '2026-03-10' });

    expect(umf).toMatchObject({ validFrom: '2021-01-01', validUntil: null, validToday: true, description: null });
    const list = s.targetGroups.list();
    expect(list.map((g) => [g.name.slice(0, 20), g.validToday])).toEqual([
      ['Unbegleitete minderj', true],
      ['Geduldete mit Perspe', false],
      ['Zugewanderte aus Ost', false],
      ['Geduldete und Gestat', true],
    ]);

    expect(s.targetGroups.update({ targetGroupId: bleiberecht.id, validUntil: null }).validToday).toBe(true);
    expect(s.targetGroups.update({ targetGroupId: osteuropa.id, name: 'Zugewanderte aus Südosteuropa' })).toMatchObject({
      name: 'Zugewanderte aus Südosteuropa',
      description: 'EU-Freizügigkeit',
      validFrom: '2026-04-01',
    });
    const ended = s.targetGroups.end({ targetGroupId: umf.id, validUntil: '2026-03-09' });
    expect(ended).toMatchObject({ validUntil: '2026-03-09', validToday: false });

    expect(s.auditSince(mark).map((a) => a.action)).toEqual([
      'target_group.created',
      'target_group.created',
      'target_group.created',
      'target_group.created',
      'target_group.updated',
      'target_group.updated',
      'target_group.ended',
    ]);
  });

  it('refuses an end before the start (VALIDITY_RANGE_INVALID) and unknown groups', async () => {
    const s = await caseStore();
    expect(codeOf(() => s.targetGroups.create({ name: 'A', validFrom: '2026-01-01', validUntil: '2025-12-31' }))).toBe('VALIDITY_RANGE_INVALID');
    const g = s.targetGroups.create({ name: 'A', validFrom: '2026-01-01', validUntil: '2026-01-01' });
    expect(codeOf(() => s.targetGroups.end({ targetGroupId: g.id, validUntil: '2025-06-30' }))).toBe('VALIDITY_RANGE_INVALID');
    expect(codeOf(() => s.targetGroups.update({ targetGroupId: g.id, validFrom: '2026-01-02' }))).toBe('VALIDITY_RANGE_INVALID');
    expect(codeOf(() => s.targetGroups.end({ targetGroupId: 'keine', validUntil: '2026-01-01' }))).toBe('TARGET_GROUP_NOT_FOUND');
    expect(codeOf(() => s.targetGroups.update({ targetGroupId: 'keine', name: 'B' }))).toBe('TARGET_GROUP_NOT_FOUND');
    expect(s.targetGroups.list()).toHaveLength(1);
  });

  it('an update carrying only the id changes nothing, audits nothing and answers with the group as it is', async () => {
    const s = await caseStore('2026-03-10T10:00:00');
    const group = s.targetGroups.create({ name: 'UMF', description: 'Unbegleitet', validFrom: '2021-01-01', validUntil: '2026-12-31' });
    const mark = s.auditMark();
    expect(s.targetGroups.update({ targetGroupId: group.id })).toEqual(group);
    expect(s.targetGroups.list()).toEqual([group]);
    expect(s.auditSince(mark)).toEqual([]);
    expect(codeOf(() => s.targetGroups.update({ targetGroupId: 'keine' }))).toBe('TARGET_GROUP_NOT_FOUND');
  });
});

describe('locations', () => {
  it('are created, changed and deactivated; the list hides inactive ones unless asked', async () => {
    const s = await caseStore();
    const mark = s.auditMark();
    const gu = s.locations.create({ name: 'GU Hochdahler Straße', kind: 'gu', municipality: 'Hilden' });
    const rathaus = s.locations.create({ name: 'Rathaus', kind: 'rathaus', municipality: 'Erkrath' });
    expect(gu).toMatchObject({ kind: 'gu', municipality: 'Hilden', active: true });
    expect(s.locations.update({ locationId: rathaus.id, name: 'Rathaus, Raum 12' })).toMatchObject({ name: 'Rathaus, Raum 12', kind: 'rathaus' });
    expect(s.locations.deactivate({ locationId: gu.id }).active).toBe(false);
    expect(s.locations.list({}).map((l) => l.id)).toEqual([rathaus.id]);
    expect(s.locations.list({ includeInactive: true }).map((l) => l.id)).toEqual([rathaus.id, gu.id]);
    expect(s.auditSince(mark).map((a) => [a.action, a.entityId])).toEqual([
      ['location.created', gu.id],
      ['location.created', rathaus.id],
      ['location.updated', rathaus.id],
      ['location.deactivated', gu.id],
    ]);
    expect(codeOf(() => s.locations.deactivate({ locationId: 'kein' }))).toBe('LOCATION_NOT_FOUND');
    expect(codeOf(() => s.locations.update({ locationId: 'kein', name: 'X' }))).toBe('LOCATION_NOT_FOUND');
  });

  it('an update carrying only the id changes nothing, audits nothing and answers with the location as it is', async () => {
    const s = await caseStore();
    const gu = s.locations.create({ name: 'GU Hochdahler Straße', kind: 'gu', municipality: 'Hilden' });
    const mark = s.auditMark();
    expect(s.locations.update({ locationId: gu.id })).toEqual(gu);
    expect(s.locations.list({})).toEqual([gu]);
    expect(s.auditSince(mark)).toEqual([]);
    expect(codeOf(() => s.locations.update({ locationId: 'kein' }))).toBe('LOCATION_NOT_FOUND');
  });
});

describe('life areas', () => {
  it('start with the nine defaults and can be added, renamed, reordered and switched off', async () => {
    const s = await caseStore();
    const defaults = s.lifeAreas.list({});
    expect(defaults.map((a) => a.id)).toEqual(['aufenthalt', 'wohnen', 'gesundheit', 'sprache', 'bildung', 'arbeit', 'existenz', 'familie', 'teilhabe']);

    const mark = s.auditMark();
    const mobil = s.lifeAreas.add({ name: 'Mobilität' });
    expect(mobil).toMatchObject({ name: 'Mobilität', active: true });
    expect(s.lifeAreas.list({}).at(-1)?.id).toBe(mobil.id);
    expect(s.lifeAreas.rename({ lifeAreaId: 'wohnen', name: 'Wohnen/Unterkunft' }).name).toBe('Wohnen/Unterkunft');

    const order = [mobil.id, ...defaults.map((a) => a.id).reverse()];
    expect(s.lifeAreas.reorder({ lifeAreaIds: order }).map((a) => a.id)).toEqual(order);

    expect(s.lifeAreas.setActive({ lifeAreaId: 'teilhabe', active: false }).active).toBe(false);
    expect(s.lifeAreas.list({}).map((a) => a.id)).not.toContain('teilhabe');
    expect(s.lifeAreas.list({ includeInactive: true }).map((a) => a.id)).toContain('teilhabe');
    expect(s.lifeAreas.setActive({ lifeAreaId: 'teilhabe', active: true }).active).toBe(true);

    expect(s.auditSince(mark).map((a) => a.action)).toEqual([
      'life_area.created',
      'life_area.renamed',
      'life_areas.reordered',
      'life_area.deactivated',
      'life_area.activated',
    ]);
  });

  it('a new order names every life area exactly once', async () => {
    const s = await caseStore();
    const ids = s.lifeAreas.list({ includeInactive: true }).map((a) => a.id);
    expect(codeOf(() => s.lifeAreas.reorder({ lifeAreaIds: ids.slice(1) }))).toBe('LIFE_AREA_ORDER_INCOMPLETE');
    expect(codeOf(() => s.lifeAreas.reorder({ lifeAreaIds: [...ids.slice(1), ids[1]!] }))).toBe('LIFE_AREA_ORDER_INCOMPLETE');
    expect(codeOf(() => s.lifeAreas.reorder({ lifeAreaIds: [...ids, 'mond'] }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(codeOf(() => s.lifeAreas.rename({ lifeAreaId: 'mond', name: 'Mond' }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(codeOf(() => s.lifeAreas.setActive({ lifeAreaId: 'mond', active: false }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(s.lifeAreas.list({}).map((a) => a.id)).toEqual(ids);
  });
});
