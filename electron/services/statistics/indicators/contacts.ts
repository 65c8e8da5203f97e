/**
 * Contacts in the period (with and without a case): number and hours by type and kind of place,
 * with and without an interpreter by the person's language group, and the share with an
 * interpreter. Hours are published only where the number of contacts behind them is. Shares rest
 * on the number of different persons, so one person's many contacts never count as many people.
 */
import { contactsBetween } from '../../../../db/queries/statistics';
import { CONTACT_TYPES } from '../../../contract/vocabulary';
import { CONTACT_TYPE_LABELS } from '../../network/labels';
import { PLACE_LINES, placeOf } from '../dimensions';
import { LANGUAGE_LINES, languageGroupOf } from '../languageGroups';
import { percent, Tally, type Line, type RawMeasure, type RawTable } from '../tally';
import type { IndicatorInput } from './input';

export const INTERPRETER_LINES: Line[] = [
  { key: 'mit-sprachmittlung', label: 'Mit Sprachmittlung' },
  { key: 'ohne-sprachmittlung', label: 'Ohne Sprachmittlung' },
];
export const interpreterKey = (used: boolean) => INTERPRETER_LINES[used ? 0 : 1]!.key;

const TYPE_LINES: Line[] = CONTACT_TYPES.map((key) => ({ key, label: CONTACT_TYPE_LABELS[key] }));

export function contactTables(input: IndicatorInput): RawTable[] {
  const contacts = contactsBetween(input.db, input.fromInstant, input.endInstant);
  const byPlace = new Tally(
    {
      id: 'kontakte-art-ort',
      section: 'kontakte',
      title: 'Kontakte nach Art und Ort',
      rowTitle: 'Art des Kontakts',
      columnTitle: 'Ort',
      rows: TYPE_LINES,
      columns: PLACE_LINES,
    },
    input.keyOf,
  );
  const byLanguage = new Tally(
    {
      id: 'kontakte-sprache',
      section: 'kontakte',
      title: 'Kontakte nach Sprachgruppe der Person und Sprachmittlung',
      rowTitle: 'Sprachgruppe (bevorzugte Sprache)',
      columnTitle: 'Sprachmittlung',
      rows: LANGUAGE_LINES,
      columns: INTERPRETER_LINES,
    },
    input.keyOf,
  );

  const persons = new Set<string>();
  const byGroup = new Map<string, { persons: Set<string>; contacts: number; withInterpreter: number }>();
  let withInterpreter = 0;
  for (const c of contacts) {
    const record = `kontakt:${c.id}`;
    const group = languageGroupOf(c.language);
    byPlace.add(c.type, placeOf(c.place, c.locationKind), record, c.durationMinutes);
    byLanguage.add(group, interpreterKey(c.interpreterUsed), record);
    persons.add(c.personId);
    if (c.interpreterUsed) withInterpreter += 1;
    const entry = byGroup.get(group) ?? { persons: new Set<string>(), contacts: 0, withInterpreter: 0 };
    entry.persons.add(c.personId);
    entry.contacts += 1;
    if (c.interpreterUsed) entry.withInterpreter += 1;
    byGroup.set(group, entry);
  }

  const shares: RawMeasure[] = [
    { key: 'alle', label: 'Alle Kontakte', unitOfMeasure: '%', value: percent(withInterpreter, contacts.length), basis: persons.size },
    ...LANGUAGE_LINES.map(({ key, label }) => {
      const entry = byGroup.get(key);
      return { key, label, unitOfMeasure: '%', value: entry ? percent(entry.withInterpreter, entry.contacts) : null, basis: entry?.persons.size ?? 0 };
    }),
  ];
  return [
    byPlace.counted('Kontakte'),
    byPlace.hours('kontakte-stunden-art-ort', 'Stunden der Kontakte nach Art und Ort', 'kontakte-art-ort'),
    byLanguage.counted('Kontakte'),
    {
      kind: 'measures',
      id: 'kontakte-anteil-sprachmittlung',
      section: 'kontakte',
      title: 'Anteil der Kontakte mit Sprachmittlung',
      rowTitle: 'Sprachgruppe',
      rows: shares,
    },
  ];
}
