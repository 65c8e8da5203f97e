/**
 * Kurzberatung: advice without a case in the period, by topic (life area) and by language group,
 * each with and without an interpreter. Short advice holds no person, so its counts are of advice given.
 * Both tables count every advice once with the same columns: they share the total and the column
 * totals (anonymise.ts hides a shared one in both).
 */
import { allLifeAreas } from '../../../../db/queries/configuration';
import { shortAdviceBetween } from '../../../../db/queries/statistics';
import { LANGUAGE_LINES, languageGroupOf } from '../languageGroups';
import { Tally, type RawTable } from '../tally';
import { INTERPRETER_LINES, interpreterKey } from './contacts';
import type { IndicatorInput } from './input';
import { lifeAreaLines } from './lifeAreas';

export function shortAdviceTables(input: IndicatorInput): RawTable[] {
  const advice = shortAdviceBetween(input.db, input.fromInstant, input.endInstant);
  const areas = lifeAreaLines(allLifeAreas(input.db), new Set(advice.map((a) => a.lifeAreaId)));
  const byTopic = new Tally(
    {
      id: 'kurzberatung-thema',
      section: 'kurzberatung',
      title: 'Kurzberatungen ohne Fall nach Thema',
      rowTitle: 'Thema (Lebensbereich)',
      columnTitle: 'Sprachmittlung',
      rows: areas.lines,
      columns: INTERPRETER_LINES,
    },
    input.keyOf,
  );
  const byLanguage = new Tally(
    {
      id: 'kurzberatung-sprache',
      section: 'kurzberatung',
      title: 'Kurzberatungen ohne Fall nach Sprachgruppe',
      rowTitle: 'Sprachgruppe',
      columnTitle: 'Sprachmittlung',
      rows: LANGUAGE_LINES,
      columns: INTERPRETER_LINES,
    },
    input.keyOf,
  );
  for (const a of advice) {
    const record = `kurzberatung:${a.id}`;
    const interpreter = interpreterKey(a.interpreterUsed);
    byTopic.add(areas.keyOf(a.lifeAreaId), interpreter, record);
    // Without a language the advice was given in German.
    byLanguage.add(languageGroupOf(a.language ?? 'de'), interpreter, record);
  }
  return [byTopic.counted('Kurzberatungen'), byLanguage.counted('Kurzberatungen')];
}
