/**
 * Found while checking what the soak's fuzz found in audit.pdf: the papers of daily work
 * (documents.*) printed with renderDocument directly, so a name with a character no font of the
 * app has (an emoji) came back as INTERNAL. They print through renderPaper now, as the client
 * papers do: the typed TEXT_UNPRINTABLE, whose message asks to change the name.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';

describe('documents.caseFile for a person whose name has an emoji', () => {
  it('answers TEXT_UNPRINTABLE, and prints once the name is plain again', async () => {
    const services = await createdStore({ now: () => new Date('2026-11-23T09:30:00Z') });
    const handlers = createHandlers(services);
    expect(await dispatch(handlers, 'demo.load', { cases: 2 })).toMatchObject({ ok: true });
    const { sqlite } = services.store.session();
    const { id, person_id: personId } = sqlite.prepare("SELECT id, person_id FROM cases WHERE phase <> 'abgeschlossen' LIMIT 1").get() as {
      id: string;
      person_id: string;
    };
    const rename = (familyName: string) => dispatch(handlers, 'persons.update', { personId, names: [{ familyName, givenNames: 'Anna', primary: true }] });

    expect(await rename('Emoji \u{1F469}\u200D\u{1F469}\u200D\u{1F467}')).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'documents.caseFile', { caseId: id })).toMatchObject({ ok: false, error: { code: 'TEXT_UNPRINTABLE' } });
    expect(await rename('Emoji')).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'documents.caseFile', { caseId: id })).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^Verlauf_/) } });
  });
});
