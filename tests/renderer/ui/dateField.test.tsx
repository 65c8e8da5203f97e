/**
 * The one date field: typed TT.MM.JJJJ whatever the system's locale (the browser's own date
 * picker shows 12/03/2026 on an English system), the form gets 'YYYY-MM-DD'; a mistyped day
 * gives the form nothing and says so; a value the form sets (a restored draft) is shown.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField, DateTimeField } from '../../../renderer/ui/DateField';

function Harness({ initial = '', onValue }: { initial?: string; onValue: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        label="Datum der Einwilligung"
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue(v);
        }}
      />
      <button type="button" onClick={() => setValue('2027-01-31')}>
        Entwurf laden
      </button>
    </>
  );
}

describe('DateField', () => {
  it('is a text field for TT.MM.JJJJ, never the browser’s date picker', async () => {
    const seen: string[] = [];
    render(<Harness onValue={(v) => seen.push(v)} />);
    const input = screen.getByLabelText(/Datum der Einwilligung/);
    expect(input.getAttribute('type')).toBe('text');
    await userEvent.type(input, '03.12.2026');
    expect(seen.at(-1)).toBe('2026-12-03');
    await userEvent.clear(input);
    await userEvent.type(input, '03122026');
    expect(seen.at(-1)).toBe('2026-12-03');
  });

  it('gives the form nothing for a day that does not exist, and says so when the field is left', async () => {
    const seen: string[] = [];
    render(<Harness initial="2026-12-03" onValue={(v) => seen.push(v)} />);
    const input = screen.getByLabelText(/Datum der Einwilligung/) as HTMLInputElement;
    expect(input.value).toBe('03.12.2026');
    await userEvent.clear(input);
    await userEvent.type(input, '31.02.2026');
    expect(seen.at(-1)).toBe('');
    expect(screen.queryByText(/als TT\.MM\.JJJJ/)).toBeNull();
    fireEvent.blur(input);
    expect(screen.getByText(/Bitte geben Sie das Datum als TT\.MM\.JJJJ ein/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a value the form sets from outside, e.g. a restored draft', async () => {
    render(<Harness onValue={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Entwurf laden' }));
    expect((screen.getByLabelText(/Datum der Einwilligung/) as HTMLInputElement).value).toBe('31.01.2027');
  });
});

function TimeHarness({ onValue }: { onValue: (v: string) => void }) {
  const [value, setValue] = useState('2026-11-21T14:05');
  return (
    <DateTimeField
      label="Wann"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('DateTimeField', () => {
  it('takes the day and a 24-hour time typed in German and gives the form YYYY-MM-DDTHH:MM', async () => {
    const seen: string[] = [];
    render(<TimeHarness onValue={(v) => seen.push(v)} />);
    const group = screen.getByRole('group', { name: 'Wann' });
    expect(group).toBeTruthy();
    const day = screen.getByLabelText(/^Datum/) as HTMLInputElement;
    const time = screen.getByLabelText(/^Uhrzeit/) as HTMLInputElement;
    expect([day.value, time.value]).toEqual(['21.11.2026', '14:05']);
    await userEvent.clear(time);
    expect(seen.at(-1)).toBe('');
    await userEvent.type(time, '1730');
    expect(seen.at(-1)).toBe('2026-11-21T17:30');
    await userEvent.clear(day);
    await userEvent.type(day, '20.11.2026');
    expect(seen.at(-1)).toBe('2026-11-20T17:30');
    await userEvent.clear(time);
    await userEvent.type(time, '25:00');
    expect(seen.at(-1)).toBe('');
  });
});
