/**
 * What becomes of each demo case, decided before it is written: how far the cycle gets, whether
 * and why it is closed, whether it is reopened, and on which days. The first cases cover every
 * phase and every closure reason, so even a small demo shows everything; the rest is random.
 */
import type { ClosureReason } from '../../contract/areas/cases';
import { addDays, daysBetween, dayBetween } from './calendar';
import type { PersonHints } from './people';
import type { SeededRandom } from './random';

/** How far the cycle gets while the case is open. */
export type Stage = 'assessment' | 'zielvereinbarung' | 'leistungssteuerung' | 'monitoring';

export interface Fate {
  stage: Stage;
  closure: ClosureReason | null;
  /** Reopened after the closure; then possibly closed again. */
  reopen: { closeAgain: ClosureReason | null } | null;
  person: PersonHints;
}

/** Every phase and every closure reason, and a reopened case: the first twelve cases. */
export const COVERAGE_FATES: readonly Fate[] = [
  { stage: 'monitoring', closure: null, reopen: null, person: { country: 'SY', residence: 'duldung' } },
  { stage: 'monitoring', closure: 'ziele_erreicht', reopen: null, person: { country: 'UA' } },
  { stage: 'assessment', closure: null, reopen: null, person: { country: 'AF', residence: 'gestattung' } },
  { stage: 'zielvereinbarung', closure: null, reopen: null, person: { umf: true } },
  { stage: 'leistungssteuerung', closure: null, reopen: null, person: { country: 'RO' } },
  { stage: 'monitoring', closure: 'regeldienst', reopen: null, person: {} },
  { stage: 'leistungssteuerung', closure: 'wegzug', reopen: null, person: {} },
  { stage: 'zielvereinbarung', closure: 'kontaktabbruch', reopen: null, person: {} },
  { stage: 'monitoring', closure: 'mitwirkung_beendet', reopen: null, person: {} },
  { stage: 'assessment', closure: 'ausreise', reopen: null, person: {} },
  { stage: 'monitoring', closure: 'sonstiges', reopen: null, person: {} },
  { stage: 'monitoring', closure: 'ziele_erreicht', reopen: { closeAgain: null }, person: {} },
];

const CLOSURE_WEIGHTS: readonly (readonly [ClosureReason, number])[] = [
  ['ziele_erreicht', 30],
  ['regeldienst', 20],
  ['wegzug', 12],
  ['kontaktabbruch', 15],
  ['mitwirkung_beendet', 8],
  ['ausreise', 5],
  ['sonstiges', 10],
];

/** How far a case got before it was closed for this reason. */
const STAGE_AT_CLOSURE: Record<ClosureReason, readonly (readonly [Stage, number])[]> = {
  ziele_erreicht: [
    ['monitoring', 9],
    ['leistungssteuerung', 1],
  ],
  regeldienst: [
    ['monitoring', 6],
    ['leistungssteuerung', 3],
    ['zielvereinbarung', 1],
  ],
  wegzug: [
    ['assessment', 2],
    ['zielvereinbarung', 3],
    ['leistungssteuerung', 2],
    ['monitoring', 3],
  ],
  kontaktabbruch: [
    ['assessment', 3],
    ['zielvereinbarung', 3],
    ['leistungssteuerung', 1],
    ['monitoring', 3],
  ],
  mitwirkung_beendet: [
    ['zielvereinbarung', 4],
    ['leistungssteuerung', 2],
    ['monitoring', 4],
  ],
  ausreise: [
    ['assessment', 2],
    ['zielvereinbarung', 2],
    ['monitoring', 3],
  ],
  sonstiges: [
    ['assessment', 1],
    ['zielvereinbarung', 2],
    ['leistungssteuerung', 2],
    ['monitoring', 5],
  ],
};

export function fateFor(index: number, rng: SeededRandom): Fate {
  const covered = COVERAGE_FATES[index];
  if (covered) return covered;
  if (rng.chance(0.55)) {
    const stage = rng.weighted([
      ['assessment', 8],
      ['zielvereinbarung', 12],
      ['leistungssteuerung', 10],
      ['monitoring', 70],
    ] as const);
    return { stage, closure: null, reopen: null, person: {} };
  }
  const closure = rng.weighted(CLOSURE_WEIGHTS);
  const reopen = rng.chance(0.08) ? { closeAgain: rng.chance(0.4) ? rng.weighted(CLOSURE_WEIGHTS) : null } : null;
  return { stage: rng.weighted(STAGE_AT_CLOSURE[closure]), closure, reopen, person: {} };
}

/** The days of a case: opened, (closed, (reopened, (closed again))). None after today. */
export interface CaseDates {
  opened: string;
  closed: string | null;
  reopened: string | null;
  closedAgain: string | null;
  /** A short consultation before the case, when there was one. */
  earlierIntake: string | null;
}

/** Days from opening to today for an open case, by how far it got. */
const OPEN_AGE: Record<Stage, [number, number]> = {
  assessment: [0, 30],
  zielvereinbarung: [21, 120],
  leistungssteuerung: [45, 220],
  monitoring: [75, 1000],
};
/** Days from opening to closure, by how far the case got. */
const OPEN_SPAN: Record<Stage, [number, number]> = {
  assessment: [3, 40],
  zielvereinbarung: [30, 160],
  leistungssteuerung: [60, 260],
  monitoring: [100, 800],
};

export function caseDates(rng: SeededRandom, fate: Fate, window: { windowStart: string; today: string }): CaseDates {
  const { windowStart, today } = window;
  const room = daysBetween(windowStart, today);
  let dates: Omit<CaseDates, 'earlierIntake'>;
  if (fate.closure === null) {
    const [min, max] = OPEN_AGE[fate.stage];
    dates = { opened: addDays(today, -rng.int(min, Math.min(max, room))), closed: null, reopened: null, closedAgain: null };
  } else {
    const pause = fate.reopen ? rng.int(20, 150) : 0;
    const second = fate.reopen?.closeAgain ? rng.int(40, 300) : 0;
    const [min, max] = OPEN_SPAN[fate.stage];
    const span = Math.max(1, Math.min(rng.int(min, max), room - pause - second - 1));
    const latestClosure = addDays(today, -(pause + second));
    const closed = dayBetween(rng, addDays(windowStart, span), latestClosure);
    const reopened = fate.reopen ? addDays(closed, pause) : null;
    dates = { opened: addDays(closed, -span), closed, reopened, closedAgain: reopened && second ? addDays(reopened, second) : null };
  }
  const before = daysBetween(windowStart, dates.opened);
  const earlierIntake = before >= 14 && rng.chance(0.15) ? addDays(dates.opened, -rng.int(14, Math.min(300, before))) : null;
  return { ...dates, earlierIntake };
}

/** Intakes that open no case: short advice (Kurzberatung) or a referral elsewhere. */
export interface BriefIntake {
  date: string;
  decision: 'kurzberatung' | 'weiterverwiesen';
}

export function briefIntake(index: number, rng: SeededRandom, window: { windowStart: string; today: string }): BriefIntake {
  const decision = index === 0 ? 'kurzberatung' : index === 1 ? 'weiterverwiesen' : rng.chance(0.7) ? 'kurzberatung' : 'weiterverwiesen';
  return { date: dayBetween(rng, window.windowStart, window.today), decision };
}
