/**
 * Configuration, not code: target groups (set by the Lenkungsgruppe, valid for a period),
 * locations where case managers work, and the life areas of the assessment.
 */
import { KimError } from '../../contract/errors';
import type { LifeAreaView, LocationKind, LocationView, TargetGroupView } from '../../contract/areas/cases';
import { db, newId, today, transaction, type ServiceContext } from '../context';
import {
  allLifeAreas,
  allLocations,
  allTargetGroups,
  insertLifeArea,
  insertLocation,
  insertTargetGroup,
  lifeAreaById,
  locationById,
  nextLifeAreaSortOrder,
  nextTargetGroupSortOrder,
  targetGroupById,
  updateLifeArea,
  updateLocation,
  updateTargetGroup,
  type TargetGroupRow,
} from '../../../db/queries/configuration';

/** Whether a target group applies on `date` (both ends of the validity included). */
export function isTargetGroupValidAt(group: Pick<TargetGroupRow, 'validFrom' | 'validUntil'>, date: string): boolean {
  return group.validFrom <= date && (group.validUntil === null || group.validUntil >= date);
}

function assertValidityRange(validFrom: string, validUntil: string | null): void {
  if (validUntil !== null && validUntil < validFrom) throw new KimError('VALIDITY_RANGE_INVALID');
}

export function targetGroupService(ctx: ServiceContext) {
  const view = (row: TargetGroupRow): TargetGroupView => ({
    id: row.id,
    name: row.name,
    description: row.description,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    validToday: isTargetGroupValidAt(row, today(ctx.now())),
  });
  const require = (id: string): TargetGroupRow => {
    const row = targetGroupById(db(ctx), id);
    if (!row) throw new KimError('TARGET_GROUP_NOT_FOUND');
    return row;
  };
  const change = (id: string, patch: Partial<Pick<TargetGroupRow, 'name' | 'description' | 'validFrom' | 'validUntil'>>, action: string) => {
    const merged = { ...require(id), ...patch };
    // Nothing given is nothing to change: the current state, no write and no audit row.
    if (Object.keys(patch).length === 0) return view(merged);
    assertValidityRange(merged.validFrom, merged.validUntil);
    transaction(ctx, () => {
      updateTargetGroup(db(ctx), id, patch);
      ctx.store.audit(action, 'target_group', id);
    });
    return view(require(id));
  };

  return {
    /** All target groups, also those no longer (or not yet) valid. */
    list: (): TargetGroupView[] => allTargetGroups(db(ctx)).map(view),

    create(input: { name: string; description?: string | null; validFrom: string; validUntil?: string | null }): TargetGroupView {
      const validUntil = input.validUntil ?? null;
      assertValidityRange(input.validFrom, validUntil);
      const id = newId();
      transaction(ctx, () => {
        insertTargetGroup(db(ctx), {
          id,
          name: input.name,
          description: input.description ?? null,
          validFrom: input.validFrom,
          validUntil,
          sortOrder: nextTargetGroupSortOrder(db(ctx)),
          createdAt: ctx.now().toISOString(),
        });
        ctx.store.audit('target_group.created', 'target_group', id);
      });
      return view(require(id));
    },

    update(input: { targetGroupId: string; name?: string; description?: string | null; validFrom?: string; validUntil?: string | null }): TargetGroupView {
      const { targetGroupId, ...patch } = input;
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      return change(targetGroupId, given, 'target_group.updated');
    },

    /** The Lenkungsgruppe ends a target group: it stays in old cases and the statistic. */
    end: (input: { targetGroupId: string; validUntil: string }): TargetGroupView =>
      change(input.targetGroupId, { validUntil: input.validUntil }, 'target_group.ended'),
  };
}

export function locationService(ctx: ServiceContext) {
  const require = (id: string): LocationView => {
    const row = locationById(db(ctx), id);
    if (!row) throw new KimError('LOCATION_NOT_FOUND');
    return { id: row.id, name: row.name, kind: row.kind, municipality: row.municipality, active: row.active };
  };
  const change = (id: string, patch: Partial<Omit<LocationView, 'id'>>, action: string): LocationView => {
    const current = require(id);
    if (Object.keys(patch).length === 0) return current;
    transaction(ctx, () => {
      updateLocation(db(ctx), id, patch);
      ctx.store.audit(action, 'location', id);
    });
    return require(id);
  };

  return {
    require,
    list: (input: { includeInactive?: boolean | undefined }): LocationView[] =>
      allLocations(db(ctx))
        .filter((row) => input.includeInactive || row.active)
        .map((row) => ({ id: row.id, name: row.name, kind: row.kind, municipality: row.municipality, active: row.active })),

    create(input: { name: string; kind: LocationKind; municipality: string }): LocationView {
      const id = newId();
      transaction(ctx, () => {
        insertLocation(db(ctx), { id, ...input, active: true, createdAt: ctx.now().toISOString() });
        ctx.store.audit('location.created', 'location', id);
      });
      return require(id);
    },

    update(input: { locationId: string; name?: string; kind?: LocationKind; municipality?: string }): LocationView {
      const { locationId, ...patch } = input;
      return change(locationId, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), 'location.updated');
    },

    /** No longer offered for new cases and contacts; old records keep it. */
    deactivate: (input: { locationId: string }): LocationView => change(input.locationId, { active: false }, 'location.deactivated'),

    /** Offered again for new cases and contacts (a location closed by mistake, or back in use). */
    reactivate(input: { locationId: string }): LocationView {
      const current = require(input.locationId);
      // Already in use is nothing to change: no write and no audit row.
      return current.active ? current : change(input.locationId, { active: true }, 'location.reactivated');
    },
  };
}

export function lifeAreaService(ctx: ServiceContext) {
  const require = (id: string): LifeAreaView => {
    const row = lifeAreaById(db(ctx), id);
    if (!row) throw new KimError('LIFE_AREA_NOT_FOUND');
    return row;
  };
  const list = (input: { includeInactive?: boolean | undefined } = {}): LifeAreaView[] =>
    allLifeAreas(db(ctx)).filter((row) => input.includeInactive || row.active);

  return {
    list,

    add(input: { name: string }): LifeAreaView {
      const id = newId();
      transaction(ctx, () => {
        insertLifeArea(db(ctx), { id, name: input.name, sortOrder: nextLifeAreaSortOrder(db(ctx)), active: true });
        ctx.store.audit('life_area.created', 'life_area', id);
      });
      return require(id);
    },

    rename(input: { lifeAreaId: string; name: string }): LifeAreaView {
      require(input.lifeAreaId);
      transaction(ctx, () => {
        updateLifeArea(db(ctx), input.lifeAreaId, { name: input.name });
        ctx.store.audit('life_area.renamed', 'life_area', input.lifeAreaId);
      });
      return require(input.lifeAreaId);
    },

    /** The new order names every life area (also inactive ones) exactly once. */
    reorder(input: { lifeAreaIds: string[] }): LifeAreaView[] {
      const all = allLifeAreas(db(ctx));
      const known = new Set(all.map((a) => a.id));
      if (input.lifeAreaIds.some((id) => !known.has(id))) throw new KimError('LIFE_AREA_NOT_FOUND');
      if (new Set(input.lifeAreaIds).size !== input.lifeAreaIds.length || input.lifeAreaIds.length !== all.length) {
        throw new KimError('LIFE_AREA_ORDER_INCOMPLETE');
      }
      transaction(ctx, () => {
        input.lifeAreaIds.forEach((id, i) => updateLifeArea(db(ctx), id, { sortOrder: (i + 1) * 10 }));
        ctx.store.audit('life_areas.reordered', 'life_area');
      });
      return list({ includeInactive: true });
    },

    setActive(input: { lifeAreaId: string; active: boolean }): LifeAreaView {
      require(input.lifeAreaId);
      transaction(ctx, () => {
        updateLifeArea(db(ctx), input.lifeAreaId, { active: input.active });
        ctx.store.audit(input.active ? 'life_area.activated' : 'life_area.deactivated', 'life_area', input.lifeAreaId);
      });
      return require(input.lifeAreaId);
    },
  };
}
