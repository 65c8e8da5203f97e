/**
 * The roster (Bezirksliste) a unit imports: checked against the unit's own keys, then kept in the
 * encrypted settings as the file's text, with every earlier version of the same list (the
 * history). A unit never goes back to an older version of its list: a late file made against an
 * old version could be subtracted from a newer district total. Another list (another district,
 * or a newly begun one) replaces the imported one, and begins a new history, only when the user
 * confirms it.
 *
 * Why the history: each version names the first quarter it applies to (validFrom). A quarter is
 * exported against the newest version whose validFrom is not after it (applicableRoster), so a
 * unit that exports the last closed quarter only after the next version arrived still uses the
 * version the other units used: a quarter never has files of two versions.
 */
import { KimError } from '../../contract/errors';
import type { ImportedRoster, RosterChange, RosterCheck } from '../../contract/areas/statisticsRoster';
import { quarterIsBefore, type Roster } from '../../contract/districtAggregation';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { db, today, transaction, type ServiceContext } from '../context';
import { readRoster, rosterInfo } from './rosterFile';
import { statisticsSettings } from './settings';
import { districtKeys, publicKeys } from './unitKey';

/** The settings key of the imported roster: { versions: { text, importedOn }[] }, oldest first, the newest last. */
export const ROSTER_SETTING = 'statistics.roster';

export interface StoredRoster {
  roster: Roster;
  code: string;
  text: string;
  importedOn: string;
}

type Entry = { text: string; importedOn: string };

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && typeof (value as Entry).text === 'string' && typeof (value as Entry).importedOn === 'string';

function storedEntries(ctx: ServiceContext): Entry[] {
  const value = readSetting(db(ctx), ROSTER_SETTING) as { versions?: unknown } | null | undefined;
  return Array.isArray(value?.versions) ? value.versions.filter(isEntry) : [];
}

/** Every imported version of the list, oldest first (empty: none imported). */
export function rosterHistory(ctx: ServiceContext): StoredRoster[] {
  return storedEntries(ctx).flatMap((entry) => {
    const read = readRoster(entry.text);
    return read ? [{ ...read, text: entry.text, importedOn: entry.importedOn }] : [];
  });
}

/** The newest imported roster (null: none imported). */
export function importedRoster(ctx: ServiceContext): StoredRoster | null {
  return rosterHistory(ctx).at(-1) ?? null;
}

/**
 * The roster a quarter is exported against: the newest imported version whose validFrom is not
 * after the quarter; null when none applies (the quarter lies before the list: a plain export).
 */
export function applicableRoster(ctx: ServiceContext, quarter: string): StoredRoster | null {
  const applying = rosterHistory(ctx).filter((stored) => !quarterIsBefore(quarter, stored.roster.validFrom));
  return applying.reduce<StoredRoster | null>((newest, stored) => (newest && newest.roster.version >= stored.roster.version ? newest : stored), null);
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
  } else if (quarterIsBefore(read.roster.validFrom, current.roster.validFrom)) {
    // Quarters that already take the imported version would change list: they could never be summed.
    throw new KimError('ROSTER_VALID_FROM_EARLIER');
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
    // A newer version joins the history; a first or another list begins a new one.
    const earlier = change === 'neuere-version' ? storedEntries(ctx) : [];
    writeSetting(db(ctx), ROSTER_SETTING, { versions: [...earlier, { text, importedOn }] }, ctx.now());
    ctx.store.audit('statistics.roster_imported', 'statistics', String(read.roster.version));
    return infoOf({ ...read, text, importedOn });
  });
}
