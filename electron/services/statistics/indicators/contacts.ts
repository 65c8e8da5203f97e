/**
 * Contacts in the quarter (with and without a case): number and hours by type and kind of place,
 * and with and without an interpreter by the person's language group. Hours are published only
 * where the number of contacts behind them is. No share with an interpreter: next to the counts
 * it gives hidden ones away; a view computes it from the published counts.
 * Both count tables count every contact once, so they share their total (anonymise.ts).
 */
import { contactPersonLanguages, contactsBetween } from '../../../../db/queries/statistics';
import { CONTACT_TYPES } from '../../../contract/vocabulary';
import { CONTACT_TYPE_LABELS } from '../../../contract/labels';
import { PLACE_LINES, placeOf } from '../dimensions';
import { LANGUAGE_LINES, languageGroupOf } from '../languageGroups';
import { Tally, type Line, type RawTable } from '../tally';
import type { IndicatorInput } from './input';

export const INTERPRETER_LINES: Line[] = [
  { key: 'mit-sprachmittlung', label: 'Mit Sprachmittlung' },
  { key: 'ohne-sprachmittlung', label: 'Ohne Sprachmittlung' },
];
export const interpreterKey = (used: boolean) => INTERPRETER_LINES[used ? 0 : 1]!.key;

const TYPE_LINES: Line[] = CONTACT_TYPES.map((key) => ({ key, label: CONTACT_TYPE_LABELS[key] }));

export function contactTables(input: IndicatorInput): RawTable[] {
  const contacts = contactsBetween(input.db, input.fromInstant, input.endInstant);
  const languages = contactPersonLanguages(input.db, input.fromInstant, input.endInstant);
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

  for (const c of contacts) {
    if (!languages.has(c.personId)) continue; // as the join with the person did: no person, no contact counted
    const record = `kontakt:${c.id}`;
    byPlace.add(c.type, placeOf(c.place, c.locationKind), record, c.durationMinutes);
    byLanguage.add(languageGroupOf(languages.get(c.personId) ?? null), interpreterKey(c.interpreterUsed), record);
  }
  return [
    byPlace.counted('Kontakte'),
    byPlace.hours('kontakte-stunden-art-ort', 'Stunden der Kontakte nach Art und Ort', 'kontakte-art-ort'),
    byLanguage.counted('Kontakte'),
  ];
}
