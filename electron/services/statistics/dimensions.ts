/**
 * What the tables count by: fixed rows (age bands, genders, residence status, access routes,
 * places of contact) and rows from the configuration (target groups, municipalities, life areas),
 * each with a stable key so the district can add the exports of several units up.
 */
import { ACCESS_ROUTES, GENDERS, RESIDENCE_STATUSES, type CONTACT_PLACES, type LOCATION_KINDS } from '../../contract/vocabulary';
import { ACCESS_ROUTE_LABELS, CONTACT_PLACE_LABELS, GENDER_LABELS, LOCATION_KIND_LABELS, RESIDENCE_STATUS_LABELS } from '../../contract/labels';
import type { Line } from './tally';

/** A key the document accepts: lower case letters, digits and '-', at most 60 characters (room for a prefix). */
export function slug(text: string): string {
  const base = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'ohne-namen';
}

/** Lines with unique keys, in the given order (a second "Nordheim" becomes nordheim-2). */
export function uniqueLines(entries: readonly { key: string; label: string }[]): Line[] {
  const seen = new Set<string>();
  return entries.map(({ key, label }) => {
    let unique = key;
    for (let n = 2; seen.has(unique); n++) unique = `${key}-${n}`;
    seen.add(unique);
    return { key: unique, label };
  });
}

// ---- Age ----

export const AGE_BANDS: readonly (Line & { min: number; max: number })[] = [
  { key: '0-17', label: '0–17 Jahre', min: 0, max: 17 },
  { key: '18-26', label: '18–26 Jahre', min: 18, max: 26 },
  { key: '27-44', label: '27–44 Jahre', min: 27, max: 44 },
  { key: '45-64', label: '45–64 Jahre', min: 45, max: 64 },
  { key: '65-und-aelter', label: '65 Jahre und älter', min: 65, max: 150 },
];
export const UNKNOWN: Line = { key: 'unbekannt', label: 'Nicht erfasst' };
export const AGE_LINES: Line[] = [...AGE_BANDS.map(({ key, label }) => ({ key, label })), UNKNOWN];

const MAX_AGE = 120;

/**
 * Age in whole years on `asOf`. Often only the year or month of birth is known: a year counts
 * from its 1 July, a month from its 15th (the middle), so neither end of a band is favoured.
 */
export function ageOn(birthDate: string | null, asOf: string): number | null {
  if (!birthDate || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(birthDate)) return null;
  const [y, m, d] = birthDate.length === 4 ? [birthDate, '07', '01'] : birthDate.length === 7 ? [...birthDate.split('-'), '15'] : birthDate.split('-');
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  let age = ay - Number(y);
  if (am < Number(m) || (am === Number(m) && ad < Number(d))) age -= 1;
  return age < 0 || age > MAX_AGE ? null : age;
}

export function ageBandOf(birthDate: string | null, asOf: string): string {
  const age = ageOn(birthDate, asOf);
  if (age === null) return UNKNOWN.key;
  return AGE_BANDS.find((band) => age >= band.min && age <= band.max)?.key ?? UNKNOWN.key;
}

// ---- Fixed lists ----

export const GENDER_LINES: Line[] = GENDERS.map((key) => ({ key, label: GENDER_LABELS[key] }));
export const RESIDENCE_LINES: Line[] = [...RESIDENCE_STATUSES.map((key) => ({ key, label: RESIDENCE_STATUS_LABELS[key] })), UNKNOWN];
export const ACCESS_LINES: Line[] = [...ACCESS_ROUTES.map((key) => ({ key, label: ACCESS_ROUTE_LABELS[key] })), UNKNOWN];

export const NO_TARGET_GROUP: Line = { key: 'keine-zielgruppe', label: 'Keiner Zielgruppe zugeordnet' };

// ---- Municipalities ----

export const OTHER_MUNICIPALITY: Line = { key: 'andere-gemeinde', label: 'Andere Gemeinde' };

/**
 * Municipalities are typed by hand on the person; only those of the configured locations (and
 * the unit's own) become rows, everything else is "Andere Gemeinde", so no free text leaves.
 */
export function municipalityLines(known: readonly string[]): { lines: Line[]; keyOf: (municipality: string | null) => string } {
  const names = [
    ...new Map(
      known
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => [name.toLocaleLowerCase('de'), name]),
    ).values(),
  ].sort((a, b) => a.localeCompare(b, 'de'));
  const lines = uniqueLines(names.map((name) => ({ key: `gemeinde-${slug(name)}`, label: name })));
  const byName = new Map(names.map((name, i) => [name.toLocaleLowerCase('de'), lines[i]!.key]));
  return {
    lines: [...lines, OTHER_MUNICIPALITY, UNKNOWN],
    keyOf: (municipality) => {
      const name = municipality?.trim();
      if (!name) return UNKNOWN.key;
      return byName.get(name.toLocaleLowerCase('de')) ?? OTHER_MUNICIPALITY.key;
    },
  };
}

// ---- Places of contact ----

/** The kinds of place a contact was held at: the location's kind, at home (aufsuchend), by phone or video. */
export const PLACE_LINES: Line[] = [
  ...(['gu', 'rathaus', 'beratungsstelle', 'buero'] as const).map((key) => ({ key, label: LOCATION_KIND_LABELS[key] })),
  { key: 'aufsuchend', label: CONTACT_PLACE_LABELS.wohnung },
  { key: 'telefon', label: CONTACT_PLACE_LABELS.telefon },
  { key: 'video', label: CONTACT_PLACE_LABELS.video },
  { key: 'sonstiges', label: LOCATION_KIND_LABELS.sonstiges },
];

/** The kind of place: where a consultation hour or office contact was held, at home (aufsuchend), by phone or video. */
export function placeOf(place: (typeof CONTACT_PLACES)[number], locationKind: (typeof LOCATION_KINDS)[number] | null): string {
  if (place === 'wohnung') return 'aufsuchend';
  if (place === 'telefon' || place === 'video') return place;
  if (locationKind) return locationKind;
  return place === 'buero' ? 'buero' : 'sonstiges';
}
