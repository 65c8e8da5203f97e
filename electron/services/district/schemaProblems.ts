/**
 * Schema errors of an imported statistics export, in plain German: where in the file (which
 * table, row, field) and what is wrong, without zod's English or JSON paths.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

const UNKNOWN_KIND = 'unknown table kind';

const FIELDS: Record<string, string> = {
  format: 'Format',
  formatVersion: 'Formatversion',
  appVersion: 'App-Version',
  createdOn: 'Erstellungsdatum',
  demo: 'Kennzeichen für Demodaten',
  unit: 'Angaben zur Stelle',
  id: 'Kennung',
  name: 'Name',
  traeger: 'Träger',
  municipality: 'Kommune',
  period: 'Zeitraum',
  kind: 'Art',
  from: 'Beginn',
  to: 'Ende',
  threshold: 'Schwelle k',
  perturbation: 'Überlagerung',
  method: 'Verfahren',
  maxDeviation: 'größte Abweichung',
  section: 'Abschnitt',
  title: 'Titel',
  unitOfCount: 'Zähleinheit',
  timing: 'Zählweise (Zeitraum oder Stichtag)',
  rowTitle: 'Titel der Zeilen',
  columnTitle: 'Titel der Spalten',
  cells: 'Zellen',
  rowTotals: 'Zeilensummen',
  columnTotals: 'Spaltensummen',
  total: 'Gesamtsumme',
  key: 'Schlüssel',
  label: 'Bezeichnung',
  unitOfMeasure: 'Maßeinheit',
  value: 'Wert',
};

/** The German messages of the schema's refinements (their own texts are for developers). */
const REFINEMENTS: Record<string, string> = {
  'cells must be rows × columns': 'Die Zellen passen nicht zu den Zeilen und Spalten',
  'one column total per column': 'Es gibt nicht für jede Spalte eine Spaltensumme',
  'one row total per row': 'Es gibt nicht für jede Zeile eine Zeilensumme',
  'table ids must be unique': 'Zwei Tabellen haben dieselbe Kennung',
};

function valueAt(root: unknown, path: Path): unknown {
  let here: unknown = root;
  for (const step of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[step];
  }
  return here;
}

/** "Tabelle 3 („Fälle nach Alter“), Zeile 2, Bezeichnung" */
function where(root: unknown, path: Path): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const next = path[i + 1];
    if (typeof step !== 'string') continue;
    if (step === 'tables' && typeof next === 'number') {
      const title = valueAt(root, [...path.slice(0, i + 2), 'title']);
      const shown = typeof title === 'string' && title.length > 0 && title.length <= 80 ? ` („${title}“)` : '';
      parts.push(`Tabelle ${next + 1}${shown}`);
    } else if ((step === 'rows' || step === 'columns') && typeof next === 'number') {
      parts.push(`${step === 'rows' ? 'Zeile' : 'Spalte'} ${next + 1}`);
    } else if (step === 'cells' && typeof next === 'number') {
      const column = path[i + 2];
      parts.push(typeof column === 'number' ? `Zelle in Zeile ${next + 1}, Spalte ${column + 1}` : `Zellen der Zeile ${next + 1}`);
    } else if ((step === 'rowTotals' || step === 'columnTotals') && typeof next === 'number') {
      parts.push(`${step === 'rowTotals' ? 'Zeilensumme' : 'Spaltensumme'} ${next + 1}`);
    } else {
      parts.push(FIELDS[step] ?? `Angabe „${step.slice(0, 40)}“`);
    }
  }
  return parts.length === 0 ? 'Die Datei' : parts.join(', ');
}

function whatIsWrong(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined ? 'fehlt' : 'hat die falsche Art von Wert (z. B. Text statt Zahl)';
    case 'too_small':
      return issue.origin === 'string' ? 'ist zu kurz oder leer' : issue.origin === 'array' ? 'hat zu wenige Einträge' : 'ist zu klein';
    case 'too_big':
      return issue.origin === 'string' ? 'ist zu lang' : issue.origin === 'array' ? 'hat zu viele Einträge' : 'ist zu groß';
    case 'invalid_format':
      return 'hat ein ungültiges Format';
    case 'unrecognized_keys':
      return `enthält unbekannte Angaben (${issue.keys.slice(0, 3).join(', ')}${issue.keys.length > 3 ? ', …' : ''})`;
    case 'invalid_value':
      return 'hat einen ungültigen Wert';
    case 'not_multiple_of':
      return 'ist keine ganze Zahl';
    case 'custom':
      return issue.message === UNKNOWN_KIND ? 'nennt keine bekannte Art von Tabelle' : `: ${REFINEMENTS[issue.message] ?? 'Die Angaben sind nicht stimmig'}`;
    default:
      return 'ist ungültig';
  }
}

/** The issues with absolute paths; a table that fits neither kind is judged by the kind it names. */
function flatten(root: unknown, issues: readonly Issue[], base: Path = []): { issue: Issue; path: Path }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code !== 'invalid_union') return [{ issue, path }];
    const kind = valueAt(root, [...path, 'kind']);
    const branch = kind === 'counts' ? issue.errors[0] : kind === 'measures' ? issue.errors[1] : undefined;
    if (branch === undefined) {
      const unknownKind: Issue = { code: 'custom', path: [...path, 'kind'], message: UNKNOWN_KIND, input: kind };
      return [{ issue: unknownKind, path: [...path, 'kind'] }];
    }
    return flatten(root, branch, path);
  });
}

/** At most `shown` German descriptions, and how many more there are. */
export function describeSchemaIssues(root: unknown, issues: readonly Issue[], shown = 3): { lines: string[]; more: number } {
  const all = flatten(root, issues).map(({ issue, path }) => {
    const wrong = whatIsWrong(issue, valueAt(root, path));
    return `${where(root, path)}${wrong.startsWith(':') ? '' : ' '}${wrong}`;
  });
  const distinct = [...new Set(all)];
  return { lines: distinct.slice(0, shown), more: Math.max(0, distinct.length - shown) };
}
