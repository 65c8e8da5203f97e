/**
 * Contract methods of a unit's part in the district statistic with hidden counts (issue 15): its
 * key (made once per store, the private halves never leave the main process), the key file for
 * the coordinators, and the roster (Bezirksliste) it imports. Once a roster is imported, a
 * quarter's export (statistics.export, JSON) is the masked export against it.
 */
import { z } from 'zod';
import { method } from '../define';
import type { RosterInfo } from '../districtAggregation';
import { DISTRICT_FILE_MAX_CHARS } from './district';
import type { StatisticsExport } from './statistics';

export interface UnitKeyInfo {
  unitId: string;
  /** Null until the unit's name is entered (needed before the key file is written). */
  unitName: string | null;
  /** Of both public keys, to read out on the phone. */
  fingerprint: string;
  /** The day the key pair was made. */
  createdOn: string;
}

/** The roster the unit has imported, and when. */
export interface ImportedRoster extends RosterInfo {
  importedOn: string;
}

/**
 * What importing a roster would do: 'neu' (the first list), 'neuere-version' (replaces an older
 * version of the same list), 'gleich' (already imported), 'andere-liste' (another district's or
 * a newly begun list: replaces the imported one only when confirmed).
 */
export const ROSTER_CHANGES = ['neu', 'neuere-version', 'gleich', 'andere-liste'] as const;
export type RosterChange = (typeof ROSTER_CHANGES)[number];

export interface RosterCheck {
  roster: RosterInfo;
  change: RosterChange;
  /** The unit's own entry is the one with this id. */
  ownUnitId: string;
}

const rosterText = z.object({ text: z.string().min(1).max(DISTRICT_FILE_MAX_CHARS) }).strict();
const ROSTER_READ_ERRORS = [
  'LOCKED',
  'ROSTER_UNREADABLE',
  'ROSTER_NOT_LISTED',
  'ROSTER_KEY_MISMATCH',
  'ROSTER_OLDER',
  'ROSTER_CONFLICT',
  'ROSTER_VALID_FROM_EARLIER',
] as const;

export const statisticsRosterMethods = {
  'statistics.unitKey': method<UnitKeyInfo>()(z.object({}).strict(), ['LOCKED']),
  'statistics.exportUnitKey': method<StatisticsExport>()(z.object({}).strict(), ['LOCKED', 'STATISTICS_UNIT_MISSING', 'STATISTICS_LAYOUT_TOO_LARGE']),
  'statistics.roster': method<ImportedRoster | null>()(z.object({}).strict(), ['LOCKED']),
  'statistics.checkRoster': method<RosterCheck>()(rosterText, ROSTER_READ_ERRORS),
  'statistics.importRoster': method<ImportedRoster>()(rosterText.extend({ replaceList: z.boolean().optional() }).strict(), [
    ...ROSTER_READ_ERRORS,
    'ROSTER_OTHER_LIST',
  ]),
} as const;
