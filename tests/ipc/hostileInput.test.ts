/**
 * Well-formed inputs that once reached SQLite unprepared and came back as INTERNAL: a NUL in text
 * that becomes a full-text MATCH or a LIKE, and an update that carries only its id. Each must get
 * an answer (a result or a declared typed error), never INTERNAL.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, methodNames, type MethodName } from '../../electron/contract';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createdStore } from '../fixtures/tempStore';

const OPEN_CASE = "SELECT id FROM cases WHERE phase <> 'abgeschlossen'";
/** Where to find a real record for each method that changes one record by its id. */
const recordFor: Record<string, string> = {
  'persons.update': 'SELECT id FROM persons',
  'targetGroups.update': 'SELECT id FROM target_groups',
  'locations.update': 'SELECT id FROM locations',
  'cases.update': OPEN_CASE,
  'cases.close': OPEN_CASE,
  'goal.update': `SELECT id FROM goals WHERE case_id IN (${OPEN_CASE})`,
  'goal.updateStep': `SELECT id FROM goal_steps WHERE goal_id IN (SELECT id FROM goals WHERE case_id IN (${OPEN_CASE}))`,
  'partners.update': 'SELECT id FROM partners',
  'referrals.setOutcome': `SELECT id FROM referrals WHERE case_id IN (${OPEN_CASE})`,
  // sessions.start runs first (the contract's order) and starts the hour that sessions.end ends.
  'sessions.start': 'SELECT id FROM locations WHERE active = 1',
  'sessions.end': 'SELECT id FROM consultation_sessions WHERE ended_at IS NULL',
  // Changes nothing but prints: the id alone prints the agreement in German.
  'agreement.pdf': 'SELECT id FROM agreements',
};

/** Methods whose input is one record id plus optional changes: the id alone is well-formed. */
function idOnlyMethods(): { name: MethodName; key: string }[] {
  return methodNames.flatMap((name) => {
    const shape = (contract[name].input as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
    const required = Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);
    const [key] = required;
    const isId = key !== undefined && (key === 'id' || key.endsWith('Id'));
    return required.length === 1 && isId && Object.keys(shape).length > 1 ? [{ name, key }] : [];
  });
}

async function demoStore() {
  const services = await createdStore({ now: () => new Date('2026-06-15T10:00:00Z') });
  const handlers = createHandlers(services);
  expect(await dispatch(handlers, 'demo.load', { cases: 20 })).toMatchObject({ ok: true });
  const { db } = services.store.session();
  const idOf = (query: string) => {
    const row = db.all<{ id: string }>(sql.raw(query))[0];
    if (!row) throw new Error(`no record for ${query}`);
    return row.id;
  };
  return { handlers, idOf };
}

/** The call's answer, failing the test when it is INTERNAL or an error the method does not declare. */
async function answer(handlers: ReturnType<typeof createHandlers>, name: MethodName, input: unknown) {
  const result = await dispatch(handlers, name, input);
  const label = `${name} with ${JSON.stringify(input)}`;
  if (!result.ok) expect(result.error.code, label).not.toBe('INTERNAL');
  if (!result.ok) expect([...contract[name].errors, 'INVALID_INPUT'], `${label}: ${result.error.code}`).toContain(result.error.code);
  return result;
}

describe('hostile but well-formed input', () => {
  it('every method changing one record by its id answers an update carrying only the id', async () => {
    const { handlers, idOf } = await demoStore();
    const methods = idOnlyMethods();
    expect(methods.map((m) => m.name).sort()).toEqual(Object.keys(recordFor).sort());
    for (const { name, key } of methods) await answer(handlers, name, { [key]: idOf(recordFor[name]!) });
    // The three that failed with "No values to set" answer with the record as it is.
    for (const name of ['targetGroups.update', 'locations.update', 'cases.update'] as const) {
      const { key } = methods.find((m) => m.name === name)!;
      expect(await dispatch(handlers, name, { [key]: idOf(recordFor[name]!) }), name).toMatchObject({ ok: true, value: { id: expect.any(String) } });
    }
  });

  it('a NUL or another control character in text that reaches a full-text MATCH or a LIKE is searched as a space', async () => {
    const { handlers } = await demoStore();
    for (const text of ['Ha\u0000', '\u0000', 'a\u0000b "c', 'x\u0001\u001f\u007fy']) {
      for (const [name, input] of [
        ['search.global', { query: text }],
        ['persons.find', { query: text }],
        ['cases.list', { text }],
        ['persons.likelyDuplicates', { names: [{ familyName: text, givenNames: text }] }],
      ] as const) {
        expect(await answer(handlers, name, input), `${name} with ${JSON.stringify(input)}`).toMatchObject({ ok: true });
      }
    }
  });
});
