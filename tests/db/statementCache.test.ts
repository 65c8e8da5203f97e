import { describe, expect, it } from 'vitest';
import { createdStore } from '../fixtures/tempStore';

describe('prepared statement cache', () => {
  it('reuses statements, always in their default mode, and never one that is still running', async () => {
    const { store } = await createdStore();
    const { sqlite } = store.session();
    const sql = 'SELECT key, value FROM settings ORDER BY key';
    const first = sqlite.prepare(sql);
    expect(sqlite.prepare(sql)).toBe(first);
    expect(first.raw(true).all()[0]).toBeInstanceOf(Array);
    expect(sqlite.prepare(sql).all()[0]).toMatchObject({ key: expect.any(String) });
    expect(sqlite.prepare(sql).pluck(true).get()).toEqual(expect.any(String));
    expect(sqlite.prepare(sql).get()).toMatchObject({ key: expect.any(String), value: expect.any(String) });

    const running = sqlite.prepare(sql).iterate();
    running.next();
    const other = sqlite.prepare(sql);
    expect(other).not.toBe(first);
    expect(other.all().length).toBeGreaterThan(0);
    running.return?.();
  });
});
