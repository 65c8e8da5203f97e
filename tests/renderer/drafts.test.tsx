/**
 * Nothing typed is lost, in the renderer: a form's input goes to the main process as a draft a
 * moment after typing (and at once before a manual lock), a stored draft opens its form again
 * with a notice and a way to throw it away, and leaving a form with unsaved input asks first.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactsSection } from '../../renderer/features/contacts/ContactsSection';
import { setDirty } from '../../renderer/state/drafts';
import { ok } from './fakeKim';
import { CASE_ID, PERSON_ID, renderSection } from './network/networkFixtures';
import { renderOnToday } from './frame/onToday';

const KEY = `contact:new:${CASE_ID}`;

describe('drafts of a contact', () => {
  it('sends what is typed to the encrypted store as the draft of this case’s new contact', async () => {
    const { kim, user } = renderSection(ContactsSection);
    await user.click(await screen.findByRole('button', { name: 'Kontakt erfassen' }));
    await user.type(screen.getByLabelText('Notiz (optional)'), 'Langes Gespräch über die Wohnung');
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalled());
    const last = kim['drafts.save'].mock.calls.at(-1)?.[0];
    expect(last).toMatchObject({ key: KEY, caseId: CASE_ID, personId: PERSON_ID });
    expect(JSON.parse(last?.fields as string)).toMatchObject({ note: 'Langes Gespräch über die Wohnung', duration: '30' });
    // Debounced: far fewer saves than keystrokes.
    expect(kim['drafts.save'].mock.calls.length).toBeLessThan(5);
    // Only the encrypted store holds it: nothing in the renderer's own storage (the browser profile on disk).
    expect([localStorage.length, sessionStorage.length]).toEqual([0, 0]);
  });

  it('opens the form with a stored draft, says so, and can throw it away', async () => {
    const { kim, user } = renderSection(ContactsSection, {
      configure: (k) =>
        k['drafts.load'].mockImplementation(async ({ key }) =>
          ok(
            key === KEY
              ? {
                  key,
                  fields: JSON.stringify({ note: 'Vor dem Sperren geschrieben', duration: '45' }),
                  route: '{}',
                  savedAt: new Date(2026, 10, 21, 13, 50).toISOString(),
                }
              : null,
          ),
        ),
    });
    const form = await screen.findByRole('form', { name: 'Neuer Kontakt' });
    await waitFor(() => expect(within(form).getByLabelText<HTMLTextAreaElement>('Notiz (optional)').value).toBe('Vor dem Sperren geschrieben'));
    expect(within(form).getByLabelText<HTMLInputElement>('Dauer in Minuten').value).toBe('45');
    expect(screen.getByText('Ihr Entwurf vom 21.11.2026, 13:50 wurde wiederhergestellt.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Entwurf verwerfen' }));
    expect(kim['drafts.discard']).toHaveBeenCalledWith({ key: KEY });
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Notiz (optional)').value).toBe('');
  });
});

describe('leaving a form with unsaved input', () => {
  it('asks first: stay (also Escape), go and keep the draft, or go and throw the input away', async () => {
    const { kim, user } = await renderOnToday();
    act(() => setDirty(KEY, true));
    await user.keyboard('{Alt>}2{/Alt}');
    const question = screen.getByRole('alertdialog', { name: 'Ungespeicherte Eingaben' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Weiter bearbeiten' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Heute' }).getAttribute('aria-current')).toBe('page');

    await user.keyboard('{Alt>}2{/Alt}');
    await user.click(screen.getByRole('button', { name: 'Entwurf behalten und wechseln' }));
    expect(screen.getByRole('button', { name: 'Fälle' }).getAttribute('aria-current')).toBe('page');
    expect(kim['drafts.discard']).not.toHaveBeenCalled();

    act(() => setDirty(KEY, true));
    await user.keyboard('{Alt>}1{/Alt}');
    await user.click(screen.getByRole('button', { name: 'Eingaben verwerfen und wechseln' }));
    expect(kim['drafts.discard']).toHaveBeenCalledWith({ key: KEY });
    expect(screen.getByRole('button', { name: 'Heute' }).getAttribute('aria-current')).toBe('page');
  });

  it('sends a draft still waiting before a manual lock (Strg+L)', async () => {
    const { kim, user } = await renderOnToday();
    const order: string[] = [];
    kim['drafts.save'].mockImplementation(async () => {
      order.push('draft');
      return ok(null);
    });
    kim['store.lock'].mockImplementation(async () => {
      order.push('lock');
      return ok(null);
    });
    const { scheduleDraft } = await import('../../renderer/state/drafts');
    scheduleDraft(KEY, { note: 'letzte Worte' }, { caseId: CASE_ID });
    await user.keyboard('{Control>}l{/Control}');
    await waitFor(() => expect(order).toEqual(['draft', 'lock']));
  });
});
