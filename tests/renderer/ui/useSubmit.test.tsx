/** The one submit of every form: once at a time, the German refusal shown, nothing after a lock. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resetAfterLock } from '../../../renderer/state/session';
import { useSubmit } from '../../../renderer/ui/useSubmit';

type Answer = { ok: true; value: string } | { ok: false; error: { message: string } };

function deferred() {
  let resolve!: (a: Answer) => void;
  const promise = new Promise<Answer>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function Form({ send, done }: { send: () => Promise<Answer> | null; done: (v: string) => void }) {
  const { busy, error, submit } = useSubmit(send, done);
  return (
    <form onSubmit={submit} aria-label="Testformular">
      <button type="submit">Speichern</button>
      {busy ? <p>Bitte warten …</p> : null}
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

describe('useSubmit', () => {
  it('sends once while an answer is pending, then hands the value on', async () => {
    const pending = deferred();
    let calls = 0;
    const done: string[] = [];
    render(
      <Form
        send={() => {
          calls += 1;
          return pending.promise;
        }}
        done={(v) => done.push(v)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(calls).toBe(1);
    expect(screen.getByText('Bitte warten …')).toBeTruthy();
    await act(async () => pending.resolve({ ok: true, value: 'gespeichert' }));
    expect(done).toEqual(['gespeichert']);
    expect(screen.queryByText('Bitte warten …')).toBeNull();
  });

  it('shows the German refusal, and sends nothing when the form says it is not ready', async () => {
    let ready = false;
    let calls = 0;
    render(
      <Form
        send={() => {
          if (!ready) return null;
          calls += 1;
          return Promise.resolve({ ok: false, error: { message: 'Das Datum liegt in der Zukunft.' } });
        }}
        done={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(calls).toBe(0);
    ready = true;
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(screen.getByRole('alert').textContent).toBe('Das Datum liegt in der Zukunft.');
  });

  it('drops an answer that arrives after the store was locked', async () => {
    const pending = deferred();
    const done: string[] = [];
    render(<Form send={() => pending.promise} done={(v) => done.push(v)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    act(() => resetAfterLock('manual'));
    await act(async () => pending.resolve({ ok: true, value: 'zu spät' }));
    expect(done).toEqual([]);
  });
});
