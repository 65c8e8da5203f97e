/**
 * Demo data: fills an empty store with entirely fictional clients and cases of the last three
 * years, written through the services (so every rule holds), the same for the same seed and the
 * same day. The store is marked as demo data ('demoData' = true) so the app can say so.
 */
import { KimError } from '../../contract/errors';
import { DEMO_CASES, type DemoLoadResult, type DemoRemoveResult, type DemoStatus, type EmptyStoreResult } from '../../contract/areas/demo';
import { readSetting, writeSetting } from '../../../db/queries/settings';
import { runningSession } from '../../../db/queries/consultation';
import { bulkStep, inOneTransaction } from '../../../db/queries/bulkLoad';
import { db, transaction, type ServiceContext } from '../context';
import { createCaseServices } from '../cases';
import { USER_NAME } from '../store/storeService';
import { addYears, dayBetween, SimClock } from './calendar';
import { emptyStats, type SeedBase, type SeedStats } from './caseRun';
import { walkBriefIntake, walkCase } from './caseWalk';
import { walkConsultationHour } from './consultationHours';
import { setUpConfiguration } from './configuration';
import { Coverage, demoServices } from './demoServices';
import { briefIntake, caseDates, fateFor } from './fates';
import { SeededRandom, streamSeed } from './random';
import { DEMO_CREATED_SETTING, DEMO_SETTING, demoCreated, demoSnapshot, emptyStore, removeDemoData } from './removal';

export { DEMO_SETTING };
/** Intakes without a case, per case. */
const BRIEF_INTAKES_PER_CASE = 0.25;
/** Consultation hours with Kurzberatungen, spread over the whole window. */
const CONSULTATION_HOURS_PER_CASE = 0.1;
/** Cases (and short intakes) written before the app gets a turn again. */
const CASES_BETWEEN_BREATHS = 25;

export interface SeedOptions {
  cases: number;
  seed: number;
  /** Called now and then with the cases (and short intakes) written so far. */
  onProgress?: (done: number, total: number) => void;
}
export interface SeedSummary extends SeedStats {
  today: string;
  windowStart: string;
}

export function demoStatus(ctx: ServiceContext): DemoStatus {
  return { isDemo: readSetting(db(ctx), DEMO_SETTING) === true, cases: createCaseServices(ctx).cases.count() };
}

/**
 * Demo data goes only into an empty store: never mixed with real people. A running consultation
 * hour counts too: the demo's own hours could not start beside it (found by the soak's fuzz).
 */
function assertEmpty(ctx: ServiceContext): void {
  const { persons, cases } = createCaseServices(ctx);
  if (cases.count() > 0 || persons.list().length > 0 || runningSession(db(ctx))) throw new KimError('DEMO_NOT_EMPTY');
}

/** The store says it holds demo data; the app shows a badge. */
function markAsDemo(ctx: ServiceContext): void {
  transaction(ctx, () => {
    writeSetting(db(ctx), DEMO_SETTING, true, ctx.now());
    ctx.store.audit('demo_data.marked', 'settings');
  });
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function seedDemoData(ctx: ServiceContext, options: SeedOptions): Promise<SeedSummary> {
  assertEmpty(ctx);
  const { sqlite } = ctx.store.session();
  // All or nothing: a seed that fails or is interrupted (the store locked) leaves the store empty.
  // Each synchronous step runs without savepoints (bulkStep): a failure rolls back the whole load.
  return inOneTransaction(sqlite, async () => {
    bulkStep(sqlite, () => markAsDemo(ctx));
    const before = demoSnapshot(ctx);
    const summary = await writeDemoData(ctx, options);
    // What the load created, so that "Demodaten entfernen" removes exactly that and nothing recorded beside it.
    writeSetting(db(ctx), DEMO_CREATED_SETTING, demoCreated(ctx, before), ctx.now());
    return summary;
  });
}

async function writeDemoData(ctx: ServiceContext, options: SeedOptions): Promise<SeedSummary> {
  const clock = new SimClock(ctx.now(), new SeededRandom(streamSeed(options.seed, 1)));
  const sim: ServiceContext = { store: ctx.store, now: clock.now };
  const svc = demoServices(sim);
  const window = { today: clock.today, windowStart: addYears(clock.today, -3) };
  const userName = readSetting(db(ctx), USER_NAME);
  const setup = bulkStep(ctx.store.session().sqlite, () =>
    setUpConfiguration(svc, clock, new SeededRandom(streamSeed(options.seed, 0)), {
      ...window,
      caseManager: typeof userName === 'string' && userName.trim() ? userName : 'Case Management',
    }),
  );
  const base: SeedBase = { svc, setup, clock, coverage: new Coverage(), stats: emptyStats() };

  const plans: { date: string; order: number; walk: () => void }[] = [];
  for (let i = 0; i < options.cases; i++) {
    const rng = new SeededRandom(streamSeed(options.seed, 1000 + i));
    const fate = fateFor(i, rng);
    const dates = caseDates(rng, fate, window);
    plans.push({ date: dates.opened, order: i, walk: () => walkCase(base, rng, fate, dates) });
  }
  const briefCount = Math.max(2, Math.round(options.cases * BRIEF_INTAKES_PER_CASE));
  for (let i = 0; i < briefCount; i++) {
    const rng = new SeededRandom(streamSeed(options.seed, 10_000_000 + i));
    const brief = briefIntake(i, rng, window);
    plans.push({ date: brief.date, order: options.cases + i, walk: () => walkBriefIntake(base, rng, brief) });
  }
  const hourCount = Math.max(3, Math.round(options.cases * CONSULTATION_HOURS_PER_CASE));
  for (let i = 0; i < hourCount; i++) {
    const rng = new SeededRandom(streamSeed(options.seed, 20_000_000 + i));
    const date = dayBetween(rng, window.windowStart, window.today);
    plans.push({ date, order: options.cases + briefCount + i, walk: () => walkConsultationHour(base, rng, date) });
  }
  // In the order of the days they began, so case numbers run with the dates.
  plans.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);

  for (const [done, plan] of plans.entries()) {
    bulkStep(ctx.store.session().sqlite, plan.walk); // the store may have been locked meanwhile: LOCKED
    if ((done + 1) % CASES_BETWEEN_BREATHS === 0 || done + 1 === plans.length) {
      options.onProgress?.(done + 1, plans.length);
      await nextTick();
    }
  }
  bulkStep(ctx.store.session().sqlite, () => setup.retire());
  return { ...base.stats, ...window };
}

/** The app's offer "Demodaten laden": one load at a time, into an empty store. */
export function demoService(ctx: ServiceContext) {
  let loading = false;
  const idle = () => {
    if (loading) throw new KimError('DEMO_LOADING');
  };
  return {
    status: (): DemoStatus => demoStatus(ctx),

    remove(): DemoRemoveResult {
      idle();
      return removeDemoData(ctx);
    },

    emptyStore(input: { confirm: string }): EmptyStoreResult {
      idle();
      return emptyStore(ctx, input);
    },

    async load(input: { cases?: number | undefined }): Promise<DemoLoadResult> {
      if (loading) throw new KimError('DEMO_LOADING');
      loading = true;
      try {
        const summary = await seedDemoData(ctx, { cases: input.cases ?? DEMO_CASES.default, seed: 1 });
        return {
          isDemo: true,
          cases: summary.cases,
          persons: summary.persons,
          intakesWithoutCase: summary.intakesWithoutCase,
          contacts: summary.contacts,
          referrals: summary.referrals,
          caseConferences: summary.caseConferences,
        };
      } finally {
        loading = false;
      }
    },
  };
}
