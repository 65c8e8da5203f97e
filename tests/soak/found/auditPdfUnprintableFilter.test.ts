/**
 * Found by the soak's fuzz (seed 4, call 21): audit.pdf prints its filter on the page; a filter
 * text with a character no font of the app has (a lone surrogate, an emoji) came back as
 * INTERNAL. It is the typed TEXT_UNPRINTABLE now, as for the other printed papers.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';

describe('audit.pdf with a filter it cannot print', () => {
  it('answers TEXT_UNPRINTABLE, and prints the same filter without the character', async () => {
    const services = await createdStore({ now: () => new Date('2026-11-23T09:30:00Z') });
    const handlers = createHandlers(services);
    for (const filter of [{ action: 'Schule ok\uD800' }, { entity: 'x\uDFFF' }]) {
      expect(await dispatch(handlers, 'audit.pdf', filter), JSON.stringify(filter)).toMatchObject({ ok: false, error: { code: 'TEXT_UNPRINTABLE' } });
    }
    expect(await dispatch(handlers, 'audit.pdf', { action: 'Schule ok' })).toMatchObject({
      ok: true,
      value: { fileName: expect.stringMatching(/^Protokoll_/) },
    });
  });
});
