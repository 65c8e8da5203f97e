/** Life areas as rows: the active ones in their order, and inactive ones only where something was counted. */
import type { LifeAreaRow } from '../../../../db/queries/configuration';
import { slug, uniqueLines } from '../dimensions';
import type { Line } from '../tally';

const KEY = /^[a-z0-9_.:-]{1,80}$/;

export function lifeAreaLines(areas: readonly LifeAreaRow[], used: ReadonlySet<string>): { lines: Line[]; keyOf: (lifeAreaId: string) => string } {
  const shown = [...areas].filter((a) => a.active || used.has(a.id)).sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'de'));
  const lines = uniqueLines(shown.map((a) => ({ key: KEY.test(a.id) ? a.id : `lebensbereich-${slug(a.name)}`, label: a.name })));
  const byId = new Map(shown.map((a, i) => [a.id, lines[i]!.key]));
  return {
    lines: lines.length > 0 ? lines : [{ key: 'keine-lebensbereiche', label: 'Keine Lebensbereiche eingerichtet' }],
    keyOf: (lifeAreaId) => {
      const key = byId.get(lifeAreaId);
      if (key === undefined) throw new Error(`life area ${lifeAreaId} is not a row`);
      return key;
    },
  };
}
