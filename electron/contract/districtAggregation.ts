/**
 * The files of the district statistic with hidden counts (secure aggregation, issue 15). Three
 * kinds travel between the units and the coordinators of the district:
 *
 * - the unit key file (Stellenschlüssel): a unit's public keys, its name, a fingerprint to read
 *   out on the phone, and the rows its tables count by (the configured target groups,
 *   municipalities and life areas differ between units);
 * - the roster (Bezirksliste): the district's units with their keys, a version, the district's
 *   protection (k, perturbation) and the union of the units' table layouts, so that every unit
 *   masks exactly the same cells;
 * - the masked export: a unit's exact counts of one quarter, each hidden under pairwise masks,
 *   with the roster it was made against, medians as published before, a few totals in bands for
 *   supervision, and an Ed25519 signature over the body.
 *
 * These zod schemas are the one definition; the services build and read the files with them.
 * No file holds a name or identifier of a person, nor free text typed by a case manager.
 */
import { z } from 'zod';
import { COUNT_TIMINGS, measureTable, QUARTER_PATTERN, STATISTICS_SECTIONS } from './statisticsDocument';

export const UNIT_KEY_FORMAT = 'kim-fallakte-stellenschluessel';
export const ROSTER_FORMAT = 'kim-fallakte-bezirksliste';
export const MASKED_FORMAT = 'kim-fallakte-statistik-verdeckt';
export const DISTRICT_AGGREGATION_VERSION = 1;

/** A roster has at least three units: a sum of two is one unit's count to the other. */
export const ROSTER_MIN_UNITS = 3;
export const ROSTER_MAX_UNITS = 60;

/**
 * The totals a masked export carries for supervision, one per section, in bands (see
 * supervisionBand): the exact district total minus the other units' exact totals would give a
 * unit's hidden one away; minus their bands it gives a range, never a count of 1 to k−1.
 */
export const SUPERVISION_TABLES = [
  'faelle-neu-altersgruppe',
  'faelle-laufend-altersgruppe',
  'faelle-abgeschlossen-altersgruppe',
  'kontakte-art-ort',
  'kurzberatung-sprache',
  'vermittlungen-rechtskreis',
] as const;

/** Width of a supervision band: 10 while k ≤ 10, else 20; a band starts at a multiple of it and at least at one width (so at least k). */
export const supervisionBand = (k: number): number => (k <= 10 ? 10 : 20);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const key = z.string().regex(/^[a-z0-9_.:-]{1,80}$/);
const label = z.string().min(1).max(200);
/** A raw 32-byte key in base64 (X25519 or Ed25519 public key). */
const publicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
/** "7KQ3-M9XA-…": 20 signs of Crockford's base32 in five groups. */
export const fingerprintPattern = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/;
const fingerprint = z.string().regex(fingerprintPattern);

const line = z.object({ key, label }).strict();

const unitOf = z
  .object({
    id: z.uuid(),
    name: label,
    traeger: label.nullable(),
    municipality: label.nullable(),
  })
  .strict();

/** The unit's two public keys: X25519 for the pairwise masks, Ed25519 for signing its exports. */
export const unitPublicKeys = z.object({ agreement: publicKey, signing: publicKey }).strict();

/**
 * A table as the masks see it: its cells are rows × columns (row-major in the vector); 'hours'
 * tables carry minutes, turned into whole hours only after summing. Totals are not in the
 * vector: they are sums of the cells, computed after summing.
 */
export const layoutTable = z
  .object({
    kind: z.enum(['counts', 'hours']),
    id: key,
    section: z.enum(STATISTICS_SECTIONS),
    title: label,
    unitOfCount: label,
    timing: z.enum(COUNT_TIMINGS),
    rowTitle: label,
    columnTitle: label.nullable(),
    rows: z.array(line).min(1).max(200),
    columns: z.array(line).min(1).max(50),
    /** For 'hours': the counts table whose suppression it follows. */
    countsOf: key.nullable(),
  })
  .strict();

const layout = z
  .array(layoutTable)
  .min(1)
  .max(200)
  .refine((tables) => new Set(tables.map((t) => t.id)).size === tables.length, 'table ids must be unique');

/** The unit key file. */
export const unitKeyFile = z
  .object({
    format: z.literal(UNIT_KEY_FORMAT),
    formatVersion: z.literal(DISTRICT_AGGREGATION_VERSION),
    appVersion: z.string().min(1).max(40),
    createdOn: day,
    unit: unitOf,
    keys: unitPublicKeys,
    /** Of both public keys (secureAggregation.unitFingerprint). */
    fingerprint,
    layout,
  })
  .strict();

export const rosterUnit = unitOf.extend({ keys: unitPublicKeys, fingerprint }).strict();

/** The roster: the file as the coordinators write it and the units import it. */
export const roster = z
  .object({
    format: z.literal(ROSTER_FORMAT),
    formatVersion: z.literal(DISTRICT_AGGREGATION_VERSION),
    appVersion: z.string().min(1).max(40),
    /** Made at the first version; every later version of the district's list keeps it. */
    rosterId: z.uuid(),
    version: z.number().int().min(1).max(100_000),
    /**
     * The first quarter the list applies to ("gilt ab"). A unit exports a quarter against the
     * newest version it holds whose validFrom is not after the quarter, so a new version made
     * while some units have not yet exported the last closed quarter leaves that quarter with the
     * version before: every quarter has one list, whenever a unit exports it.
     */
    validFrom: z.string().regex(QUARTER_PATTERN),
    district: z.string().min(1).max(120),
    createdOn: day,
    /** The district's own protection of every report that leaves the Bezirksansicht. */
    protection: z.object({ threshold: z.number().int().min(3).max(20), perturbation: z.boolean() }).strict(),
    units: z
      .array(rosterUnit)
      .min(ROSTER_MIN_UNITS)
      .max(ROSTER_MAX_UNITS)
      .refine((units) => new Set(units.map((u) => u.id)).size === units.length, 'unit ids must be unique'),
    layout,
  })
  .strict();

/** A unit's supervision total of one table: the band it lies in, or null below the first band. */
export const supervisionTotal = z
  .object({
    tableId: key,
    title: label,
    /** A multiple of `band`, at least `band`; null: below one band (0 included). */
    from: z.number().int().min(1).nullable(),
    band: z.number().int().min(10).max(20),
  })
  .strict();

/** What a unit signs. */
export const maskedBody = z
  .object({
    appVersion: z.string().min(1).max(40),
    /** The day the quarter was first exported (and frozen). */
    createdOn: day,
    demo: z.boolean(),
    unit: unitOf,
    period: z.object({ label: z.string().regex(QUARTER_PATTERN), from: day, to: day }).strict(),
    /** The roster exactly as imported: the merge needs nothing else, and every file must carry the same. */
    roster,
    /** The unit's own k (for its medians and bands). */
    threshold: z.number().int().min(3).max(100),
    /** Every cell of roster.layout in order, exact count (or minutes) plus masks, mod 2^32. */
    vector: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(2 ** 32 - 1),
      )
      .max(200_000),
    supervision: z.array(supervisionTotal).max(SUPERVISION_TABLES.length),
    /** The unit's medians, protected as in its plain export (they cannot be summed). */
    measures: z.array(measureTable).max(50),
  })
  .strict();

export const maskedExport = z
  .object({
    format: z.literal(MASKED_FORMAT),
    formatVersion: z.literal(DISTRICT_AGGREGATION_VERSION),
    body: maskedBody,
    /** Ed25519 over JSON.stringify(body) as it stands in the file, base64. */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();

export type LayoutTable = z.output<typeof layoutTable>;
export type UnitKeyFile = z.output<typeof unitKeyFile>;
export type Roster = z.output<typeof roster>;
export type RosterUnit = z.output<typeof rosterUnit>;
export type SupervisionTotal = z.output<typeof supervisionTotal>;
export type MaskedBody = z.output<typeof maskedBody>;
export type MaskedExport = z.output<typeof maskedExport>;

/** The quarter a day ('YYYY-MM-DD') lies in, e.g. '2026-11-23' → '2026-Q4'. */
export const quarterOfDay = (day: string): string => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** The quarter before a quarter's label: '2026-Q1' → '2025-Q4'. */
export function quarterBefore(label: string): string {
  const year = Number(label.slice(0, 4));
  const q = Number(label.slice(-1));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** Whether quarter `a` comes before `b` (labels 'YYYY-Qn' sort as text). */
export const quarterIsBefore = (a: string, b: string): boolean => a < b;

/**
 * The quarter a new roster applies from unless the coordinators choose another: a new list from
 * the last closed quarter (the units export it against the list, as the first district sum); a
 * new version from the running quarter, so the closed quarters keep the version some units may
 * already have exported them against.
 */
export const defaultValidFrom = (today: string, newVersion: boolean): string => (newVersion ? quarterOfDay(today) : quarterBefore(quarterOfDay(today)));

/** The quarters a roster builder offers for "gilt ab": the running one and the last four closed ones, newest first. */
export function validFromChoices(today: string): string[] {
  const choices = [quarterOfDay(today)];
  while (choices.length < 5) choices.push(quarterBefore(choices[choices.length - 1]!));
  return choices;
}

/** The roster as the screens show it, on the unit's and on the coordinators' side. */
export interface RosterInfo {
  rosterId: string;
  version: number;
  /** The first quarter the list applies to, e.g. '2026-Q3'. */
  validFrom: string;
  district: string;
  createdOn: string;
  /** The code of the whole list (secureAggregation.rosterCode), to compare on the phone like a fingerprint. */
  code: string;
  protection: { threshold: number; perturbation: boolean };
  units: { id: string; name: string; traeger: string | null; municipality: string | null; fingerprint: string }[];
}
