/**
 * Reading a roster (Bezirksliste), on the unit's side and in the Bezirksansicht: the schema, and
 * every unit's fingerprint recomputed from its keys (a list whose fingerprints do not match its
 * keys was changed by hand). Its code is computed over the parsed list, so the same list has
 * the same code however its file is indented.
 */
import { roster as rosterSchema, type Roster, type RosterInfo } from '../../contract/districtAggregation';
import { slug } from './dimensions';
import { canonicalText, rosterCode, unitFingerprint } from './secureAggregation';

export const codeOfRoster = (roster: Roster): string => rosterCode(canonicalText(roster));

/** The roster in a file's text, or null when it is none (not JSON, another format, changed fingerprints). */
export function readRoster(text: string): { roster: Roster; code: string } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const parsed = rosterSchema.safeParse(raw);
  if (!parsed.success) return null;
  if (parsed.data.units.some((unit) => unit.fingerprint !== unitFingerprint(unit.keys))) return null;
  return { roster: parsed.data, code: codeOfRoster(parsed.data) };
}

export function rosterInfo(roster: Roster, code: string): RosterInfo {
  return {
    rosterId: roster.rosterId,
    version: roster.version,
    validFrom: roster.validFrom,
    district: roster.district,
    createdOn: roster.createdOn,
    code,
    protection: roster.protection,
    units: roster.units.map(({ id, name, traeger, municipality, fingerprint }) => ({ id, name, traeger, municipality, fingerprint })),
  };
}

/** The name of a unit's masked export of a quarter, as the export writes it and the merge expects it. */
export const maskedFileName = (unitName: string, quarter: string): string => `kim-statistik-verdeckt_${slug(unitName)}_${quarter}.json`;
