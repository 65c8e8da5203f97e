import { describe, expect, it } from 'vitest';
import { CLOSURE_REASONS } from '../../../db/schema';
import { Agenda } from '../../../electron/services/seed/agenda';
import { addDays, addYears, ageOn, daysBetween, SimClock } from '../../../electron/services/seed/calendar';
import { Coverage } from '../../../electron/services/seed/demoServices';
import { caseDates, COVERAGE_FATES, fateFor } from '../../../electron/services/seed/fates';
import { familyNameFor, ORIGINS } from '../../../electron/services/seed/origins';
import { SeededRandom, streamSeed } from '../../../electron/services/seed/random';

const window = { windowStart: '2023-03-15', today: '2026-03-15' };

describe('demo data parts', () => {
  it('calendar: days, years (29 February), ages from partial birth dates', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(daysBetween('2026-03-15', '2025-03-15')).toBe(-365);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2026-03-15', -3)).toBe('2023-03-15');
    expect(ageOn('2008-05-20', '2026-05-19')).toBe(17);
    expect(ageOn('2008-05-20', '2026-05-20')).toBe(18);
    expect(ageOn('1990', '2026-03-15')).toBe(35); // only the year: counted from mid-year
  });

  it('the simulated clock starts each day in the morning, moves on within it, and never passes the real now', () => {
    const real = new Date(2026, 2, 15, 8, 10);
    const clock = new SimClock(real, new SeededRandom(1));
    expect(clock.today).toBe('2026-03-15');
    clock.enter('2025-06-02');
    const morning = clock.now();
    expect([morning.getFullYear(), morning.getMonth(), morning.getDate()]).toEqual([2025, 5, 2]);
    expect(morning.getHours()).toBeGreaterThanOrEqual(8);
    expect(morning.getHours()).toBeLessThan(10);
    clock.enter('2025-06-02');
    expect(clock.now().getTime()).toBeGreaterThan(morning.getTime());
    clock.enter('2026-03-15');
    expect(clock.now().getTime()).toBeLessThanOrEqual(real.getTime());
  });

  it('the agenda works day by day, closing last, also what work adds, and nothing after today', () => {
    const clock = new SimClock(new Date(2026, 2, 15, 18, 0), new SeededRandom(2));
    const agenda = new Agenda(clock);
    const done: string[] = [];
    agenda.at('2025-01-02', () => done.push('close'), 2);
    agenda.at('2025-01-02', () => {
      done.push('contact');
      agenda.at('2025-01-02', () => done.push('follow-up'));
    });
    agenda.at('2025-01-01', () => done.push('open'));
    agenda.at('2026-03-16', () => done.push('tomorrow'));
    agenda.run();
    expect(done).toEqual(['open', 'contact', 'follow-up', 'close']);
  });

  it('family names with a female form are given in the form that fits the person', () => {
    const bulgarian = ORIGINS.find((o) => o.country === 'BG')!;
    const syrian = ORIGINS.find((o) => o.country === 'SY')!;
    expect(familyNameFor(bulgarian, 'Petrov', 'weiblich')).toBe('Petrova');
    expect(familyNameFor(bulgarian, 'Petrova', 'maennlich')).toBe('Petrov');
    expect(familyNameFor(bulgarian, 'Petrova', 'weiblich')).toBe('Petrova');
    expect(familyNameFor(syrian, 'Haddad', 'weiblich')).toBe('Haddad');
    expect(
      ORIGINS.filter((o) => o.genderedFamily)
        .flatMap((o) => o.family)
        .every((f) => !f.endsWith('a')),
    ).toBe(true);
  });

  it('random streams are stable and independent per item', () => {
    expect(streamSeed(1, 5)).toBe(streamSeed(1, 5));
    expect(streamSeed(1, 5)).not.toBe(streamSeed(1, 6));
    expect(streamSeed(1, 5)).not.toBe(streamSeed(2, 5));
    const a = new SeededRandom(streamSeed(1, 5));
    const b = new SeededRandom(streamSeed(1, 5));
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('coverage walks every value once, then leaves the choice to chance', () => {
    const coverage = new Coverage();
    const values = ['a', 'b', 'c'];
    expect([1, 2, 3, 4].map(() => coverage.next('k', values, () => 'random'))).toEqual(['a', 'b', 'c', 'random']);
    expect(coverage.missing('conference')).toBe(true);
    coverage.shownNow('conference');
    expect(coverage.missing('conference')).toBe(false);
  });

  it('the first twelve fates cover every phase and every closure reason and a reopening; dates stay in the window', () => {
    expect(new Set(COVERAGE_FATES.filter((f) => f.closure === null).map((f) => f.stage))).toEqual(
      new Set(['assessment', 'zielvereinbarung', 'leistungssteuerung', 'monitoring']),
    );
    expect(new Set(COVERAGE_FATES.map((f) => f.closure).filter(Boolean))).toEqual(new Set(CLOSURE_REASONS));
    expect(COVERAGE_FATES.some((f) => f.reopen)).toBe(true);
    const rng = new SeededRandom(3);
    for (let i = 0; i < 500; i++) {
      const fate = fateFor(i, rng);
      const dates = caseDates(rng, fate, window);
      const days = [dates.earlierIntake, dates.opened, dates.closed, dates.reopened, dates.closedAgain].filter((d): d is string => d !== null);
      expect(days).toEqual([...days].sort());
      expect(days[0]! >= window.windowStart && days.at(-1)! <= window.today, JSON.stringify(dates)).toBe(true);
      expect(dates.closed === null).toBe(fate.closure === null);
    }
  });
});
