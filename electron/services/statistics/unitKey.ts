/**
 * The unit's keys for the district statistic with hidden counts (issue 15): an X25519 pair for
 * the pairwise masks and an Ed25519 pair for signing its masked exports. Made once per store, the
 * first time they are needed, and kept in the encrypted settings. The private halves never leave
 * the main process: no method answers with them, and the key file carries only the public halves.
 *
 * The key file also carries the unit's layout: every row its tables can count by (all configured
 * target groups, municipalities and life areas, the inactive life areas too), so that the roster
 * built from all units' layouts masks every cell any unit can count.
 */
import { KimError } from '../../contract/errors';
import type { StatisticsExport } from '../../contract/areas/statistics';
import type { UnitKeyInfo } from '../../contract/areas/statisticsRoster';
import { DISTRICT_AGGREGATION_VERSION, UNIT_KEY_FORMAT, unitKeyFile, type LayoutTable, type UnitKeyFile } from '../../contract/districtAggregation';
import { allLifeAreas, allTargetGroups } from '../../../db/queries/configuration';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { db, today, transaction, type ServiceContext } from '../context';
import { APP_VERSION } from './appVersion';
import { NO_TARGET_GROUP, slug, uniqueLines } from './dimensions';
import { prepareStatistics, rawIndicators } from './document';
import { lifeAreaLines } from './indicators/lifeAreas';
import { newSigningKeyPair, newUnitKeyPair, unitFingerprint, type UnitKeyPair } from './secureAggregation';
import { statisticsSettings, statisticsUnitName } from './settings';
import type { Line, RawTable } from './tally';

/** The settings key of the unit's key pairs (private halves included: never handed out). */
export const DISTRICT_KEYS_SETTING = 'statistics.districtKeys';

export interface DistrictKeys {
  agreement: UnitKeyPair;
  signing: UnitKeyPair;
  createdOn: string;
}

const isPair = (value: unknown): value is UnitKeyPair =>
  typeof value === 'object' && value !== null && typeof (value as UnitKeyPair).publicKey === 'string' && typeof (value as UnitKeyPair).privateKey === 'string';

function storedKeys(ctx: ServiceContext): DistrictKeys | null {
  const value = readSetting(db(ctx), DISTRICT_KEYS_SETTING) as Partial<DistrictKeys> | undefined;
  if (!value || !isPair(value.agreement) || !isPair(value.signing) || typeof value.createdOn !== 'string') return null;
  return { agreement: value.agreement, signing: value.signing, createdOn: value.createdOn };
}

/** The unit's key pairs, made (and audited) the first time they are needed. Main process only. */
export function districtKeys(ctx: ServiceContext): DistrictKeys {
  const stored = storedKeys(ctx);
  if (stored) return stored;
  return transaction(ctx, () => {
    const again = storedKeys(ctx);
    if (again) return again;
    const made: DistrictKeys = { agreement: newUnitKeyPair(), signing: newSigningKeyPair(), createdOn: today(ctx.now()) };
    writeSetting(db(ctx), DISTRICT_KEYS_SETTING, made, ctx.now());
    ctx.store.audit('statistics.unit_key_created', 'statistics', unitFingerprint(publicKeys(made)));
    return made;
  });
}

/** The public halves, as the key file and the roster carry them. */
export const publicKeys = (keys: DistrictKeys): { agreement: string; signing: string } => ({
  agreement: keys.agreement.publicKey,
  signing: keys.signing.publicKey,
});

export function unitKeyInfo(ctx: ServiceContext): UnitKeyInfo {
  const keys = districtKeys(ctx);
  const { unit } = statisticsSettings(ctx);
  return { unitId: unit.id, unitName: unit.name, fingerprint: unitFingerprint(publicKeys(keys)), createdOn: keys.createdOn };
}

/**
 * The layout of raw tables: counts and hours tables (measures are medians, never summed), rows ×
 * columns as the tables have them.
 */
export function layoutOf(raws: readonly RawTable[]): LayoutTable[] {
  const layout: LayoutTable[] = [];
  for (const raw of raws) {
    if (raw.kind === 'measures') continue;
    layout.push({
      kind: raw.kind,
      id: raw.id,
      section: raw.section,
      title: raw.title,
      unitOfCount: raw.kind === 'counts' ? raw.unitOfCount : 'Stunden',
      timing: raw.timing,
      rowTitle: raw.rowTitle,
      columnTitle: raw.columnTitle,
      rows: raw.rows.map(({ key, label }) => ({ key, label })),
      columns: raw.columns.map(({ key, label }) => ({ key, label })),
      countsOf: raw.kind === 'hours' ? raw.countsOf : null,
    });
  }
  return layout;
}

/** The quarter `day` lies in ('2026-Q4'). */
export const quarterOf = (day: string): string => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** `full` in its order, then the lines of `rows` it lacks (fixed rows such as "Nicht erfasst"). */
function widened(rows: readonly Line[], full: readonly Line[], drop: ReadonlySet<string> = new Set()): Line[] {
  const keys = new Set(full.map((l) => l.key));
  return [...full, ...rows.filter((l) => !keys.has(l.key) && !drop.has(l.key))];
}

/**
 * Every row the unit's tables can count by: the tables of the current quarter, with every
 * configured target group and life area as a row (the indicators show inactive ones only where
 * counted; a later quarter may count them). Municipalities already come from every configured
 * location. Tables are told apart by their rows: the target-group tables end in "Keiner
 * Zielgruppe zugeordnet", the life-area tables have only life areas (or their placeholder) as rows.
 */
export function unitLayout(ctx: ServiceContext): LayoutTable[] {
  const { input } = prepareStatistics(ctx, quarterOf(today(ctx.now())));
  const groups = allTargetGroups(db(ctx));
  const targetGroups = [...uniqueLines(groups.map((g) => ({ key: `zielgruppe-${slug(g.name)}`, label: g.name }))), NO_TARGET_GROUP];
  const areas = allLifeAreas(db(ctx));
  const lifeAreas = lifeAreaLines(areas, new Set(areas.map((a) => a.id))).lines;
  const lifeAreaKeys = new Set([...lifeAreas.map((l) => l.key), PLACEHOLDER_LIFE_AREA]);
  return layoutOf(rawIndicators(input)).map((table) => {
    if (table.rows.some((row) => row.key === NO_TARGET_GROUP.key)) return { ...table, rows: widened(table.rows, targetGroups) };
    // Every row a life area: fixed tables share some keys with the default life areas ('sprache', 'gesundheit').
    if (table.rows.every((row) => lifeAreaKeys.has(row.key))) {
      // The placeholder of a store without life areas is dropped once there are any.
      return { ...table, rows: widened(table.rows, lifeAreas, areas.length > 0 ? new Set([PLACEHOLDER_LIFE_AREA]) : new Set()) };
    }
    return table;
  });
}

/** The row lifeAreaLines shows when no life area is configured. */
const PLACEHOLDER_LIFE_AREA = 'keine-lebensbereiche';

/** The key file for the coordinators: the public keys, the unit, its fingerprint and its layout. */
export function exportUnitKey(ctx: ServiceContext): StatisticsExport {
  // Refused before the unit's id and keys are made on first use: a refusal changes nothing (found by the soak's fuzz).
  if (statisticsUnitName(ctx) === null) throw new KimError('STATISTICS_UNIT_MISSING');
  // One transaction: a refusal below (too many rows) also takes back the keys made on first use.
  return transaction(ctx, () => {
    const keys = districtKeys(ctx);
    const { unit } = statisticsSettings(ctx);
    if (unit.name === null) throw new KimError('STATISTICS_UNIT_MISSING');
    const parsed = unitKeyFile.safeParse({
      format: UNIT_KEY_FORMAT,
      formatVersion: DISTRICT_AGGREGATION_VERSION,
      appVersion: APP_VERSION,
      createdOn: today(ctx.now()),
      unit: { id: unit.id, name: unit.name, traeger: unit.traeger, municipality: unit.municipality },
      keys: publicKeys(keys),
      fingerprint: unitFingerprint(publicKeys(keys)),
      layout: unitLayout(ctx),
    } satisfies UnitKeyFile);
    if (!parsed.success) {
      // More rows than the file format carries (over 200 target groups, life areas or places; found by the soak's fuzz): typed, not INTERNAL.
      if (parsed.error.issues.some((issue) => issue.code === 'too_big' && issue.path[0] === 'layout')) throw new KimError('STATISTICS_LAYOUT_TOO_LARGE');
      throw parsed.error;
    }
    const file: UnitKeyFile = parsed.data;
    ctx.store.audit('statistics.unit_key_exported', 'statistics', file.fingerprint);
    return { fileName: `kim-stellenschluessel_${slug(unit.name)}.json`, bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`) };
  });
}
