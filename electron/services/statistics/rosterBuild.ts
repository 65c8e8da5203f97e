/**
 * Building the district's roster (Bezirksliste) from the units' key files, in the Bezirksansicht
 * and on the command line. Pure: the files' texts in, the roster's bytes out; nothing is stored.
 *
 * Every key file is read with its schema and its fingerprint recomputed (a file whose fingerprint
 * does not match its keys was changed by hand). The list is refused while any file has a problem:
 * a unit twice, the same keys under two units (one unit would be counted as two and could
 * subtract itself from the sum), or fewer than ROSTER_MIN_UNITS units (a sum of two units is one
 * unit's count to the other). The layout is the union of the units' layouts, so every unit masks
 * the same cells in the same order.
 *
 * Each list names the first quarter it applies to (validFrom, "gilt ab"): by default the last
 * closed quarter for a new list, the running quarter for a new version. A new version never
 * starts before the previous one: the quarters before it keep the list they were exported against.
 */
import { randomUUID } from 'node:crypto';
import type { DistrictFileProblem, DistrictRosterInput, DistrictRosterResult } from '../../contract/areas/district';
import { periodTitle } from '../../contract/areas/district';
import {
  defaultValidFrom,
  DISTRICT_AGGREGATION_VERSION,
  quarterIsBefore,
  ROSTER_FORMAT,
  ROSTER_MIN_UNITS,
  roster as rosterSchema,
  unitKeyFile,
  type LayoutTable,
  type Roster,
  type UnitKeyFile,
} from '../../contract/districtAggregation';
import { APP_VERSION } from './appVersion';
import { slug } from './dimensions';
import { codeOfRoster, readRoster, rosterInfo } from './rosterFile';
import { unitFingerprint } from './secureAggregation';

const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function readKeyFile(text: string): { file: UnitKeyFile } | { problem: string } {
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return { problem: 'Die Datei ist leer.' };
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    return {
      problem:
        'Die Datei ist keine lesbare JSON-Datei (vielleicht beschädigt oder abgeschnitten). Bitte lassen Sie die Stelle ihren Stellenschlüssel noch einmal exportieren.',
    };
  }
  const parsed = unitKeyFile.safeParse(raw);
  if (!parsed.success) {
    return {
      problem:
        'Diese Datei ist kein Stellenschlüssel der KIM Fallakte (oder sie wurde verändert). Bitte wählen Sie die Datei, die die Stelle unter „Statistik“ als Stellenschlüssel exportiert hat.',
    };
  }
  if (parsed.data.fingerprint !== unitFingerprint(parsed.data.keys)) {
    return {
      problem:
        'Der Fingerabdruck in dieser Datei passt nicht zu ihren Schlüsseln: Die Datei wurde verändert. Bitte lassen Sie die Stelle ihren Stellenschlüssel noch einmal exportieren und vergleichen Sie den Fingerabdruck am Telefon.',
    };
  }
  return { file: parsed.data };
}

const sameHead = (a: LayoutTable, b: LayoutTable) => a.kind === b.kind && a.timing === b.timing && a.countsOf === b.countsOf;

/** Union of layouts: tables by id in order of first appearance; rows and columns by key likewise. Null plus the conflicting titles when a table is built differently. */
export function unionLayouts(layouts: readonly (readonly LayoutTable[])[]): { layout: LayoutTable[]; conflicts: string[] } {
  const tables = new Map<string, LayoutTable>();
  const conflicts = new Set<string>();
  for (const layout of layouts) {
    for (const table of layout) {
      const seen = tables.get(table.id);
      if (!seen) {
        tables.set(table.id, { ...table, rows: [...table.rows], columns: [...table.columns] });
        continue;
      }
      if (!sameHead(seen, table)) {
        conflicts.add(seen.title);
        continue;
      }
      for (const row of table.rows) if (!seen.rows.some((r) => r.key === row.key)) seen.rows.push(row);
      for (const column of table.columns) if (!seen.columns.some((c) => c.key === column.key)) seen.columns.push(column);
    }
  }
  return { layout: [...tables.values()], conflicts: [...conflicts] };
}

/** Builds the roster; null with the problems while any file has one. */
export function buildRoster(input: DistrictRosterInput, now: Date): DistrictRosterResult {
  const problems: DistrictFileProblem[] = [];
  const read: { name: string; file: UnitKeyFile }[] = [];
  for (const { name, text } of input.keyFiles) {
    const result = readKeyFile(text);
    if ('problem' in result) problems.push({ file: name, role: 'current', message: result.problem });
    else read.push({ name, file: result.file });
  }

  const byId = new Map<string, string>();
  const byKeys = new Map<string, string>();
  const units: { name: string; file: UnitKeyFile }[] = [];
  for (const entry of read) {
    const { unit, keys } = entry.file;
    const twice = byId.get(unit.id);
    if (twice !== undefined) {
      problems.push({
        file: entry.name,
        role: 'current',
        message: `Die Stelle „${unit.name}“ steht schon mit „${twice}“ in der Liste. Jede Stelle kommt nur einmal in die Bezirksliste; bitte entfernen Sie eine der beiden Dateien.`,
      });
      continue;
    }
    const sameKeys = [keys.agreement, keys.signing].map((k) => byKeys.get(k)).find((n) => n !== undefined);
    if (sameKeys !== undefined) {
      problems.push({
        file: entry.name,
        role: 'current',
        message: `Die Schlüssel der Stelle „${unit.name}“ stehen schon in „${sameKeys}“ unter einer anderen Stelle. Zwei Stellen haben nie dieselben Schlüssel; eine der Dateien ist kopiert oder verändert. Bitte klären Sie mit beiden Stellen, welche Datei richtig ist.`,
      });
      continue;
    }
    byId.set(unit.id, entry.name);
    byKeys.set(keys.agreement, entry.name);
    byKeys.set(keys.signing, entry.name);
    units.push(entry);
  }

  let previous: Roster | null = null;
  if (input.previous) {
    const old = readRoster(input.previous.text);
    if (!old) {
      problems.push({
        file: input.previous.name,
        role: 'previous',
        message:
          'Diese Datei ist keine Bezirksliste der KIM Fallakte (oder sie wurde verändert). Bitte wählen Sie die Datei der bisherigen Bezirksliste, oder lassen Sie das Feld leer, um eine neue Liste zu beginnen.',
      });
    } else previous = old.roster;
  }

  const validFrom = input.validFrom ?? defaultValidFrom(localDay(now), previous !== null);
  if (previous && input.previous && quarterIsBefore(validFrom, previous.validFrom)) {
    problems.push({
      file: input.previous.name,
      role: 'previous',
      message: `Die neue Version soll ab dem ${periodTitle(validFrom)} gelten, die bisherige Version ${previous.version} gilt ab dem ${periodTitle(previous.validFrom)}. Eine neue Version kann nicht früher beginnen als die bisherige: Die Quartale davor behalten die Liste, mit der sie exportiert wurden. Bitte wählen Sie bei „Gilt ab“ das ${periodTitle(previous.validFrom)} oder ein späteres Quartal.`,
    });
  }

  const { layout, conflicts } = unionLayouts(units.map((u) => u.file.layout));
  for (const title of conflicts) {
    const files = units.filter((u) => u.file.layout.some((t) => t.title === title)).map((u) => u.name);
    problems.push({
      file: files.join(', '),
      role: 'current',
      message: `Die Tabelle „${title}“ ist in diesen Stellenschlüsseln unterschiedlich aufgebaut (vermutlich aus verschiedenen Versionen der KIM Fallakte). Bitte lassen Sie alle Stellen dieselbe Version verwenden und ihre Stellenschlüssel neu exportieren.`,
    });
  }

  if (problems.length === 0 && units.length < ROSTER_MIN_UNITS) {
    problems.push({
      file: input.keyFiles.map((f) => f.name).join(', '),
      role: 'current',
      message: `Die Bezirksliste braucht mindestens ${ROSTER_MIN_UNITS} Stellen, hier ${units.length === 1 ? 'ist es 1 Stelle' : `sind es ${units.length}`}. Bei zwei Stellen wäre die Summe abzüglich der eigenen Zahl genau die Zahl der anderen Stelle. Bitte nehmen Sie die Stellenschlüssel von mindestens ${ROSTER_MIN_UNITS} Stellen auf.`,
    });
  }
  if (problems.length > 0) return { roster: null, problems };

  const built: Roster = {
    format: ROSTER_FORMAT,
    formatVersion: DISTRICT_AGGREGATION_VERSION,
    appVersion: APP_VERSION,
    rosterId: previous?.rosterId ?? randomUUID(),
    version: previous ? previous.version + 1 : 1,
    validFrom,
    district: input.district,
    createdOn: localDay(now),
    protection: { threshold: input.threshold, perturbation: input.perturbation },
    units: units.map(({ file: { unit, keys, fingerprint } }) => ({ ...unit, keys, fingerprint })),
    layout,
  };
  // Through the schema, so the key order (and with it the code) is the one every reader of the file computes.
  const roster = rosterSchema.parse(built);
  const code = codeOfRoster(roster);
  return {
    roster: {
      fileName: `kim-bezirksliste_${slug(input.district)}_v${roster.version}.json`,
      bytes: new TextEncoder().encode(`${JSON.stringify(roster, null, 2)}\n`),
      info: rosterInfo(roster, code),
    },
    problems: [],
  };
}
