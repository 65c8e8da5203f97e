/**
 * What the demo case manager records in an assessment: per life area a situation on the scale,
 * needs and resources in a few words, urgency and who is responsible. A re-assessment starts
 * from the last one and mostly shows progress. Goals are set where the situation is hardest.
 */
import type { ResponsibleService, Urgency } from '../../contract/areas/assessment';
import type { DemoPerson } from './people';
import type { SeededRandom } from './random';
import { areaTexts, type GoalText } from './texts';

export interface DraftEntry {
  lifeAreaId: string;
  situation: number;
  resources: string | null;
  needs: string | null;
  urgency: Urgency;
  responsibleService: ResponsibleService;
}

/** Where a person of this kind usually stands, 1 (crisis) to 5 (stable). */
function typicalSituation(person: DemoPerson, lifeAreaId: string): number {
  const tolerated = person.residence === 'duldung' || person.residence === 'gestattung';
  switch (lifeAreaId) {
    case 'aufenthalt':
      return tolerated || person.umf ? 2 : person.residence === 'niederlassungserlaubnis' || person.residence === 'eu_freizuegigkeit' ? 4 : 3;
    case 'wohnen':
      return person.home ? 2 : 3;
    case 'sprache':
      return person.interpreterNeeded ? 1 : 3;
    case 'bildung':
      return person.children > 0 || person.umf ? 2 : 3;
    case 'arbeit':
    case 'existenz':
      return 2;
    case 'familie':
      return person.umf ? 2 : person.children > 0 ? 3 : 4;
    default:
      return 3;
  }
}

const clamp = (n: number) => Math.min(5, Math.max(1, n));

function entry(rng: SeededRandom, lifeAreaId: string, situation: number): DraftEntry {
  const texts = areaTexts(lifeAreaId);
  const urgency: Urgency =
    situation === 1 ? 'hoch' : situation === 2 ? (rng.chance(0.6) ? 'hoch' : 'mittel') : situation === 3 ? (rng.chance(0.5) ? 'mittel' : 'niedrig') : 'niedrig';
  return {
    lifeAreaId,
    situation,
    resources: situation >= 3 || rng.chance(0.3) ? rng.pick(texts.resources) : null,
    needs: situation <= 3 ? rng.pick(texts.needs) : null,
    urgency,
    responsibleService: situation >= 4 ? 'keine' : rng.pick(texts.services),
  };
}

export function firstAssessment(rng: SeededRandom, person: DemoPerson, lifeAreaIds: string[]): DraftEntry[] {
  const assessed = lifeAreaIds.filter(() => rng.chance(0.85));
  const areas = assessed.length >= Math.min(4, lifeAreaIds.length) ? assessed : lifeAreaIds;
  return areas.map((id) => entry(rng, id, clamp(typicalSituation(person, id) + rng.int(-1, 1))));
}

/** Mostly better than last time; where a goal was reached, clearly better. */
export function nextAssessment(rng: SeededRandom, previous: DraftEntry[], reached: ReadonlySet<string>): DraftEntry[] {
  return previous.map((last) => {
    const change = reached.has(last.lifeAreaId) ? 1 : rng.chance(0.35) ? 1 : rng.chance(0.1) ? -1 : 0;
    return change === 0 && rng.chance(0.7) ? last : entry(rng, last.lifeAreaId, clamp(last.situation + change));
  });
}

/** The hardest areas first (situation 3 or worse), leaving out those that already have a goal. */
export function goalAreas(rng: SeededRandom, entries: DraftEntry[], count: number, taken: ReadonlySet<string>): string[] {
  const open = entries.filter((e) => !taken.has(e.lifeAreaId));
  const ranked = open.map((e) => ({ id: e.lifeAreaId, key: e.situation + rng.next() })).sort((a, b) => a.key - b.key);
  const hard = ranked.filter((r) => r.key < 4);
  return (hard.length > 0 ? hard : ranked).slice(0, count).map((r) => r.id);
}

/** The goals of an area that fit the person and were not set in this case before. */
export function freshGoals(person: DemoPerson, lifeAreaId: string, used: ReadonlySet<string>): GoalText[] {
  const goals = areaTexts(lifeAreaId).goals;
  const fitting = goals.filter((g) => !g.when || g.when(person));
  return (fitting.length > 0 ? fitting : goals).filter((g) => !used.has(g.title));
}

export function goalFor(rng: SeededRandom, person: DemoPerson, lifeAreaId: string, used: ReadonlySet<string> = new Set()): GoalText {
  return rng.pick(freshGoals(person, lifeAreaId, used));
}
