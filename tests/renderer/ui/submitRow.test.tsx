import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SubmitRow } from '../../../renderer/ui/SubmitRow';
import { TextField } from '../../../renderer/ui/TextField';

function Form({ onCancel, onSubmit }: { onCancel?: () => void; onSubmit: () => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <TextField label="Titel" value="" onChange={() => {}} />
      <SubmitRow label="Speichern" busy={false} busyLabel="Wird gespeichert …" onCancel={onCancel} cancelLabel="Abbrechen" />
    </form>
  );
}

describe('SubmitRow', () => {
  it('cancels by its button and by Escape anywhere in the form, without saving', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const onSubmit = vi.fn();
    render(<Form onCancel={onCancel} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('textbox', { name: 'Titel' }));
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('has no cancel button, and Escape does nothing, when the form cannot be cancelled', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Form onSubmit={onSubmit} />);
    expect(screen.queryByRole('button', { name: 'Abbrechen' })).toBeNull();
    await user.click(screen.getByRole('textbox', { name: 'Titel' }));
    await user.keyboard('{Escape}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeTruthy();
  });
});
