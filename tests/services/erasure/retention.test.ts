/**
 * Löschfristen with a clock the test sets: a closed case is due on 1 January after the end of its
 * closure year plus the period; a hold keeps it to a later day; a person is listed only when every
 * case of theirs is due; a due person is erased without a reason of the case manager's own.
 */
import { describe, expect, it } from 'vitest';
import { rows } from '../seed/helpers';
import { caseStore, codeOf } from '../cases/helpers';

async function closedCaseStore() {
  const s = await caseStore('2024-06-10T10:00:00');
  const amira = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
  const amiraCase = s.openCase({ personId: amira.id }).caseId!;
  const omar = s.person({ names: [{ familyName: 'Nasser', givenNames: 'Omar' }] });
  const omarFirst = s.openCase({ personId: omar.id }).caseId!;
  s.cases.close({ caseId: amiraCase, reason: 'wegzug' });
  s.cases.close({ caseId: omarFirst, reason: 'wegzug' });
  s.setNow('2025-02-01T10:00:00');
  const omarSecond = s.openCase({ personId: omar.id }).caseId!; // still open: Omar is never due
  const numberOf = (caseId: string) => s.cases.get(caseId).caseNumber;
  return { s, amira, amiraCase, omar, omarFirst, omarSecond, numberOf };
}

describe('retention periods', () => {
  it('lists a closed case from 1 January after closure year + period, not a person with an open case', async () => {
    const { s, amira, amiraCase, numberOf } = await closedCaseStore();
    expect(s.erasure.settings()).toEqual({ retentionYears: 10 });
    expect(s.erasure.due({ date: '2034-12-31' })).toEqual([]);
    expect(s.erasure.due({ date: '2035-01-01' })).toEqual([
      {
        personId: amira.id,
        caseId: amiraCase,
        caseNumber: numberOf(amiraCase),
        caseNumbers: [numberOf(amiraCase)],
        clientName: 'Amira Haddad',
        closedAt: '2024-06-10',
        dueSince: '2035-01-01',
      },
    ]);
    // The period is the unit's: three years make it due from 1 January 2028.
    expect(s.erasure.updateSettings({ retentionYears: 3 })).toEqual({ retentionYears: 3 });
    expect(s.erasure.due({ date: '2027-12-31' })).toEqual([]);
    expect(s.erasure.due({ date: '2028-01-01' }).map((d) => d.caseId)).toEqual([amiraCase]);
    // Without a date: today by the clock.
    s.setNow('2028-01-01T09:00:00');
    expect(s.erasure.due({}).map((d) => d.caseId)).toEqual([amiraCase]);
  });

  it('a hold keeps a due case until its day, with a reason; only for closed cases and later days', async () => {
    const { s, amiraCase, omarSecond } = await closedCaseStore();
    s.setNow('2035-01-02T10:00:00');
    expect(codeOf(() => s.erasure.hold({ caseId: amiraCase, keepUntil: '2035-01-02', reason: 'Klage anhängig' }))).toBe('RETENTION_HOLD_NOT_LATER');
    expect(codeOf(() => s.erasure.hold({ caseId: omarSecond, keepUntil: '2036-01-01', reason: 'Klage anhängig' }))).toBe('RETENTION_CASE_OPEN');
    expect(codeOf(() => s.erasure.hold({ caseId: 'kein', keepUntil: '2036-01-01', reason: 'Klage anhängig' }))).toBe('CASE_NOT_FOUND');
    const mark = s.auditMark();
    const hold = s.erasure.hold({ caseId: amiraCase, keepUntil: '2036-06-30', reason: 'Klage anhängig' });
    expect(hold).toMatchObject({ caseId: amiraCase, keepUntil: '2036-06-30', reason: 'Klage anhängig', recordedBy: 'Test Beraterin' });
    expect(s.auditSince(mark)).toEqual([{ action: 'retention.held', entity: 'case', entityId: amiraCase, actor: 'Test Beraterin' }]);
    expect(s.erasure.due({ date: '2036-06-30' })).toEqual([]);
    expect(s.erasure.due({ date: '2036-07-01' })).toMatchObject([{ caseId: amiraCase, dueSince: '2036-07-01' }]);
  });

  it('a due person is erased without a reason of one’s own ("Löschfrist abgelaufen"); before that a reason is required', async () => {
    const { s, amiraCase, numberOf } = await closedCaseStore();
    s.setNow('2034-12-31T10:00:00');
    expect(codeOf(() => s.erasure.erase({ caseId: amiraCase, confirmCaseNumber: numberOf(amiraCase) }))).toBe('ERASURE_REASON_REQUIRED');
    s.setNow('2035-01-01T10:00:00');
    const number = numberOf(amiraCase);
    expect(s.erasure.erase({ caseId: amiraCase, confirmCaseNumber: number })).toMatchObject({ caseNumbers: [number], walTruncated: true });
    const sqlite = s.store.session().sqlite;
    expect(rows(sqlite, 'SELECT case_numbers, reason, actor FROM erasures')).toEqual([
      { case_numbers: JSON.stringify([number]), reason: 'Löschfrist abgelaufen', actor: 'Test Beraterin' },
    ]);
    expect(s.erasure.due({})).toEqual([]);
  });
});
