import { describe, expect, it } from 'vitest';
import { assertNotInFuture, today } from '../../electron/services/context';
import { reassessmentDueDate } from '../../electron/services/reassessment';

describe('shared rules', () => {
  const now = new Date('2026-11-21T10:00:00');

  it('refuses dates and times after now', () => {
    expect(() => assertNotInFuture(today(now), now)).not.toThrow();
    expect(() => assertNotInFuture('2026-11-20', now)).not.toThrow();
    expect(() => assertNotInFuture('2026-11-22', now)).toThrow(/Zukunft/);
    expect(() => assertNotInFuture(new Date(now.getTime() + 60_000).toISOString(), now)).toThrow(/Zukunft/);
    expect(() => assertNotInFuture(new Date(now.getTime() - 60_000).toISOString(), now)).not.toThrow();
  });

  it('puts the re-assessment the cadence after the last one, at the end of shorter months', () => {
    expect(reassessmentDueDate('2026-01-15', 6)).toBe('2026-07-15');
    expect(reassessmentDueDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(reassessmentDueDate('2027-08-31', 6)).toBe('2028-02-29');
    expect(reassessmentDueDate('2026-11-30', 3)).toBe('2027-02-28');
  });
});
