/**
 * Cases: opened in the period, running at its end, closed in it; each by target group,
 * municipality, age band, gender, residence status, region of origin and way of access.
 * A case is running on a day when it was opened by then and its last closure or reopening
 * before the end of that day was not a closure.
 * Age band, residence status and municipality are those on the period's last day (`asOf`), the
 * latter two from the person's dated history: a later status change or move never rewrites a
 * closed period, and no re-export shows it.
 */
import { allLocations, allTargetGroups } from '../../../../db/queries/configuration';
import { attributeHistoryAsOf, attributesAsOf, type AttributesAsOf } from '../../../../db/queries/personHistory';
import { caseIntakes, caseTargetGroupLinks, casesOpenedBy, closureEventsBefore } from '../../../../db/queries/statistics';
import { regionOf, REGION_LINES } from '../regions';
import {
  ACCESS_LINES,
  AGE_LINES,
  ageBandOf,
  GENDER_LINES,
  municipalityLines,
  NO_TARGET_GROUP,
  RESIDENCE_LINES,
  slug,
  uniqueLines,
  UNKNOWN,
} from '../dimensions';
import { COUNT_COLUMN, Tally, type Line, type RawTable } from '../tally';
import { inPeriod, type IndicatorInput } from './input';

type CaseRow = ReturnType<typeof casesOpenedBy>[number];

interface Dimension {
  id: string;
  /** "nach …" */
  by: string;
  rowTitle: string;
  lines: Line[];
  keysOf: (c: CaseRow) => string[];
}

const COUNTED = [
  { id: 'neu', title: 'Neu aufgenommene Fälle' },
  { id: 'laufend', title: 'Laufende Fälle am Ende des Zeitraums' },
  { id: 'abgeschlossen', title: 'Abgeschlossene Fälle' },
] as const;

function targetGroupDimension(input: IndicatorInput, links: Map<string, string[]>, counted: Set<string>): Dimension {
  const groups = allTargetGroups(input.db);
  const lines = uniqueLines(groups.map((g) => ({ key: `zielgruppe-${slug(g.name)}`, label: g.name })));
  const keyById = new Map(groups.map((g, i) => [g.id, lines[i]!.key]));
  const used = new Set([...counted].flatMap((caseId) => links.get(caseId) ?? []).map((id) => keyById.get(id)));
  const shown = lines.filter((line, i) => {
    const g = groups[i]!;
    const valid = g.validFrom <= input.asOf && (g.validUntil === null || g.validUntil >= input.period.from);
    return valid || used.has(line.key);
  });
  return {
    id: 'zielgruppe',
    by: 'nach Zielgruppe (ein Fall kann mehreren Zielgruppen angehören)',
    rowTitle: 'Zielgruppe',
    lines: [...shown, NO_TARGET_GROUP],
    keysOf: (c) => {
      const keys = (links.get(c.id) ?? []).map((id) => keyById.get(id)).filter((k): k is string => k !== undefined);
      return keys.length > 0 ? keys : [NO_TARGET_GROUP.key];
    },
  };
}

/** The way of access of each case: that of the intake that opened it. */
function accessRoutes(input: IndicatorInput): Map<string, string> {
  const routes = new Map<string, string>();
  for (const intake of caseIntakes(input.db)) if (!routes.has(intake.caseId)) routes.set(intake.caseId, intake.accessRoute);
  return routes;
}

function dimensions(input: IndicatorInput, links: Map<string, string[]>, counted: Set<string>): Dimension[] {
  const known = [...allLocations(input.db).map((l) => l.municipality), ...(input.unitMunicipality ? [input.unitMunicipality] : [])];
  const municipalities = municipalityLines(known);
  const listed = (lines: Line[]) => (value: string | null) => (value !== null && lines.some((l) => l.key === value) ? value : UNKNOWN.key);
  const residence = listed(RESIDENCE_LINES);
  const access = listed(ACCESS_LINES);
  const routes = accessRoutes(input);
  // Not the person's columns (today's values): those as of the period's last day.
  // Each case's own row carries the person's columns, the fallback where the history has no row.
  const history = attributeHistoryAsOf(input.db, input.asOf);
  const held = (c: CaseRow): AttributesAsOf => attributesAsOf(history, c.personId, c);
  return [
    targetGroupDimension(input, links, counted),
    {
      id: 'gemeinde',
      by: 'nach Wohngemeinde',
      rowTitle: 'Gemeinde am Ende des Zeitraums',
      lines: municipalities.lines,
      keysOf: (c) => [municipalities.keyOf(held(c).municipality)],
    },
    {
      id: 'altersgruppe',
      by: 'nach Altersgruppe',
      rowTitle: 'Alter am Ende des Zeitraums',
      lines: AGE_LINES,
      keysOf: (c) => [ageBandOf(c.birthDate, input.asOf)],
    },
    { id: 'geschlecht', by: 'nach Geschlecht', rowTitle: 'Geschlecht', lines: GENDER_LINES, keysOf: (c) => [c.gender] },
    {
      id: 'aufenthaltsstatus',
      by: 'nach Aufenthaltsstatus',
      rowTitle: 'Aufenthaltsstatus am Ende des Zeitraums',
      lines: RESIDENCE_LINES,
      keysOf: (c) => [residence(held(c).residenceStatus)],
    },
    { id: 'herkunftsregion', by: 'nach Herkunftsregion', rowTitle: 'Herkunftsregion', lines: REGION_LINES, keysOf: (c) => [regionOf(c.nationalities)] },
    { id: 'zugangsweg', by: 'nach Zugangsweg', rowTitle: 'Zugangsweg', lines: ACCESS_LINES, keysOf: (c) => [access(routes.get(c.id) ?? null)] },
  ];
}

/** Which cases were opened in, running at the end of, and closed in the period. */
export function caseStates(input: IndicatorInput) {
  const all = casesOpenedBy(input.db, input.asOf);
  const lastEvent = new Map<string, string>();
  const closed = new Set<string>();
  // Read once per document: the closures by reason (indicators/network.ts) count the same events.
  const closures = closureEventsBefore(input.db, input.endInstant);
  for (const event of closures) {
    lastEvent.set(event.caseId, event.kind);
    if (event.kind === 'abgeschlossen' && event.at >= input.fromInstant) closed.add(event.caseId);
  }
  const running = new Set(all.filter((c) => lastEvent.get(c.id) !== 'abgeschlossen').map((c) => c.id));
  const opened = new Set(all.filter((c) => inPeriod(input, c.openedAt)).map((c) => c.id));
  return { all, closures, sets: { neu: opened, laufend: running, abgeschlossen: closed } };
}

export function caseTables(input: IndicatorInput, { all, sets }: ReturnType<typeof caseStates>): RawTable[] {
  const links = new Map<string, string[]>();
  for (const link of caseTargetGroupLinks(input.db)) links.set(link.caseId, [...(links.get(link.caseId) ?? []), link.targetGroupId]);
  const counted = new Set([...sets.neu, ...sets.laufend, ...sets.abgeschlossen]);
  const dims = dimensions(input, links, counted);
  // Each counted case's record and its rows per dimension once, not again for each of the three
  // tables that count it (one string per record also lets the record keys be found quickly).
  const countedCases = all.filter((c) => counted.has(c.id)).map((c) => ({ id: c.id, record: `fall:${c.id}` }));
  const rowsOf = dims.map((dim) => all.filter((c) => counted.has(c.id)).map((c) => dim.keysOf(c)));

  return COUNTED.flatMap(({ id, title }) =>
    dims.map((dim, d) => {
      const tally = new Tally(
        {
          id: `faelle-${id}-${dim.id}`,
          section: 'faelle',
          title: `${title} ${dim.by}`,
          rowTitle: dim.rowTitle,
          columnTitle: null,
          rows: dim.lines,
          columns: [COUNT_COLUMN],
          timing: id === 'laufend' ? 'stichtag' : 'zeitraum',
        },
        input.keyOf,
      );
      countedCases.forEach(({ id: caseId, record }, i) => {
        if (!sets[id].has(caseId)) return;
        for (const key of rowsOf[d]![i]!) tally.add(key, COUNT_COLUMN.key, record);
      });
      return tally.counted('Fälle');
    }),
  );
}
