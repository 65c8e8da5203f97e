/**
 * The roster (Bezirksliste) a unit imports: checked against the unit's own keys, then kept in the
 * encrypted settings as the file's text (only the newest). A unit never goes back to an older
 * version of its list: a late file made against an old version could be subtracted from a newer
 * district total. Another list (another district, or a newly begun one) replaces the imported one
 * only when the user confirms it.
 */
import { KimError } from '../../contract/errors';
import type { ImportedRoster, RosterChange, RosterCheck } from '../../contract/areas/statisticsRoster';
import type { Roster } from '../../contract/districtAggregation';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { db, today, transaction, type ServiceContext } from '../context';
import { readRoster, rosterInfo } from './rosterFile';
import { statisticsSettings } from './settings';
import { districtKeys, publicKeys } from './unitKey';

/** The settings key of the imported roster: { text, importedOn }. */
export const ROSTER_SETTING = 'statistics.roster';

export interface StoredRoster {
  roster: Roster;
  code: string;
  text: string;
  importedOn: string;
}

/** The imported roster, read from the settings (null: none imported). */
export function importedRoster(ctx: ServiceContext): StoredRoster | null {
  const value = readSetting(db(ctx), ROSTER_SETTING) as { text?: unknown; importedOn?: unknown } | undefined;
  if (!value || typeof value.text !== 'string' || typeof value.importedOn !== 'string') return null;
  const read = readRoster(value.text);
  return read ? { ...read, text: value.text, importedOn: value.importedOn } : null;
}

const infoOf = (stored: StoredRoster): ImportedRoster => ({ ...rosterInfo(stored.roster, stored.code), importedOn: stored.importedOn });

export const currentRoster = (ctx: ServiceContext): ImportedRoster | null => {
  const stored = importedRoster(ctx);
  return stored ? infoOf(stored) : null;
};

/** Whether the store's keys are those the roster lists for this unit; ROSTER_NOT_LISTED / ROSTER_KEY_MISMATCH otherwise. */
export function requireOwnEntry(ctx: ServiceContext, roster: Roster): string {
  const { unit } = statisticsSettings(ctx);
  const entry = roster.units.find((u) => u.id === unit.id);
  if (!entry) throw new KimError('ROSTER_NOT_LISTED');
  const own = publicKeys(districtKeys(ctx));
  if (entry.keys.agreement !== own.agreement || entry.keys.signing !== own.signing) throw new KimError('ROSTER_KEY_MISMATCH');
  return unit.id;
}

function check(ctx: ServiceContext, text: string): { read: { roster: Roster; code: string }; change: RosterChange; ownUnitId: string } {
  const read = readRoster(text);
  if (!read) throw new KimError('ROSTER_UNREADABLE');
  const ownUnitId = requireOwnEntry(ctx, read.roster);
  const current = importedRoster(ctx);
  let change: RosterChange;
  if (!current) change = 'neu';
  else if (current.roster.rosterId !== read.roster.rosterId) change = 'andere-liste';
  else if (read.roster.version < current.roster.version) throw new KimError('ROSTER_OLDER');
  else if (read.roster.version === current.roster.version) {
    if (read.code !== current.code) throw new KimError('ROSTER_CONFLICT');
    change = 'gleich';
  } else change = 'neuere-version';
  return { read, change, ownUnitId };
}

export function checkRoster(ctx: ServiceContext, input: { text: string }): RosterCheck {
  const { read, change, ownUnitId } = check(ctx, input.text);
  return { roster: rosterInfo(read.roster, read.code), change, ownUnitId };
}

export function importRoster(ctx: ServiceContext, input: { text: string; replaceList?: boolean }): ImportedRoster {
  return transaction(ctx, () => {
    const { read, change } = check(ctx, input.text);
    if (change === 'gleich') return infoOf(importedRoster(ctx)!);
    if (change === 'andere-liste' && input.replaceList !== true) throw new KimError('ROSTER_OTHER_LIST');
    // The text without a byte-order mark: it is read again as it stands.
    const text = input.text.replace(/^\uFEFF/, '');
    const importedOn = today(ctx.now());
    writeSetting(db(ctx), ROSTER_SETTING, { text, importedOn }, ctx.now());
    ctx.store.audit('statistics.roster_imported', 'statistics', String(read.roster.version));
    return infoOf({ ...read, text, importedOn });
  });
}
