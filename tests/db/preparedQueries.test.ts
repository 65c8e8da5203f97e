import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { preparedFor } from '../../db/preparedQueries';
import { appendAudit, recentAudit } from '../../db/queries/audit';
import { caseStatus } from '../../db/queries/caseStatus';
import { settings } from '../../db/schema';
import { createdStore, GOOD_PASSPHRASE } from '../fixtures/tempStore';

const settingValue = (db: Parameters<typeof preparedFor>[0]) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare();

describe('queries prepared once per connection', () => {
  it('builds a query once per connection, and anew for the connection after unlocking', async () => {
    const services = await createdStore();
    const first = services.store.session().db;
    const query = preparedFor(first, settingValue);
    expect(preparedFor(first, settingValue)).toBe(query);
    expect(query.get({ key: 'userName' })).toEqual({ value: JSON.stringify('Test Beraterin') });

    services.store.lock('manual');
    await services.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const second = services.store.session().db;
    expect(second).not.toBe(first);
    const again = preparedFor(second, settingValue);
    expect(again).not.toBe(query);
    expect(again.get({ key: 'userName' })).toEqual({ value: JSON.stringify('Test Beraterin') });
  });

  it('the prepared audit entry and case phase read as before, and obey transactions', async () => {
    const services = await createdStore();
    const { db, sqlite } = services.store.session();
    expect(caseStatus(db, 'no-such-case')).toBeNull();
    const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
    const opened = services.intakes.record({
      personId: person.id,
      date: '2026-01-05',
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-01-05', form: 'schriftlich' },
    });
    expect(caseStatus(db, opened.caseId!)).toBe('assessment');
    services.cases.close({ caseId: opened.caseId!, reason: 'sonstiges', goalOutcomes: [] });
    expect(caseStatus(db, opened.caseId!)).toBe('abgeschlossen');

    const now = new Date('2026-02-01T10:00:00Z');
    appendAudit(db, { actor: 'Test Beraterin', action: 'test.kept', entity: 'test', entityId: 'x1' }, now);
    expect(() =>
      sqlite.transaction(() => {
        appendAudit(db, { actor: 'Test Beraterin', action: 'test.undone', entity: 'test' }, now);
        throw new Error('undo');
      })(),
    ).toThrow('undo');
    const actions = recentAudit(db, 5).map((a) => a.action);
    expect(actions).toContain('test.kept');
    expect(actions).not.toContain('test.undone');
    expect(recentAudit(db, 5).find((a) => a.action === 'test.kept')).toMatchObject({ at: now.toISOString(), entity: 'test', entityId: 'x1' });
  });
});
