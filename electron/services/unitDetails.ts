/**
 * Einstellungen → Angaben der Stelle für Dokumente: the controller's address, the data protection
 * officer, the phone number for clients and the usual place of appointments, kept in the settings
 * table (keys `unit.*`). The client documents read them (documents/clientDocumentParts.ts); what is
 * not set prints as an empty line. A change is written to the audit log (which setting changed is
 * not: the log keeps no content).
 */
import type { z } from 'zod';
import type { UnitDetailsView, unitDetailsPatch } from '../contract/areas/unitDetails';
import { readSetting, writeSetting } from '../../db/queries/settings';
import { db, transaction, type ServiceContext } from './context';

/** The stored details and their keys in the settings table. */
export const UNIT_DETAIL_KEYS = {
  controllerAddress: 'unit.controllerAddress',
  dataProtectionOfficer: 'unit.dataProtectionOfficer',
  phone: 'unit.phone',
  appointmentPlace: 'unit.appointmentPlace',
} as const;
type Detail = keyof typeof UNIT_DETAIL_KEYS;
const DETAILS = Object.keys(UNIT_DETAIL_KEYS) as Detail[];

/** A text setting as documents print it: trimmed, null when missing, empty or not a text. */
function settingText(ctx: ServiceContext, key: string): string | null {
  const value = readSetting(db(ctx), key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Who is responsible (Art. 13 (1) a): the Träger, with the unit's name when both are set and
 * differ. Read directly, not through statisticsSettings(): that one creates (and audits) the
 * unit's id the first time it runs, which printing a form or opening Einstellungen must not do.
 */
export function controllerName(ctx: ServiceContext): string | null {
  const name = settingText(ctx, 'statistics.unitName');
  const traeger = settingText(ctx, 'statistics.traeger');
  return traeger && name && traeger !== name ? `${traeger} (${name})` : (traeger ?? name);
}

export function readUnitDetails(ctx: ServiceContext): UnitDetailsView {
  return {
    controllerAddress: settingText(ctx, UNIT_DETAIL_KEYS.controllerAddress),
    dataProtectionOfficer: settingText(ctx, UNIT_DETAIL_KEYS.dataProtectionOfficer),
    phone: settingText(ctx, UNIT_DETAIL_KEYS.phone),
    appointmentPlace: settingText(ctx, UNIT_DETAIL_KEYS.appointmentPlace),
    controller: controllerName(ctx),
  };
}

/**
 * Sets the details the patch names (trimmed by the contract; empty or null: not set, stored as
 * null). Saving what is already stored changes nothing and writes no audit entry.
 */
export function updateUnitDetails(ctx: ServiceContext, patch: z.output<typeof unitDetailsPatch>): UnitDetailsView {
  return transaction(ctx, () => {
    const before = readUnitDetails(ctx);
    let changed = false;
    for (const detail of DETAILS) {
      const given = patch[detail];
      if (given === undefined) continue;
      const next = given === null || given.trim() === '' ? null : given.trim();
      if (next === before[detail]) continue;
      writeSetting(db(ctx), UNIT_DETAIL_KEYS[detail], next, ctx.now());
      changed = true;
    }
    if (changed) ctx.store.audit('unit_details.updated', 'settings');
    return readUnitDetails(ctx);
  });
}

export function createUnitDetailsServices(ctx: ServiceContext) {
  return {
    unitDetails: {
      get: (): UnitDetailsView => readUnitDetails(ctx),
      update: (patch: z.output<typeof unitDetailsPatch>): UnitDetailsView => updateUnitDetails(ctx, patch),
    },
  };
}
