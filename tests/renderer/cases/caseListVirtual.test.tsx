import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../electron/contract/areas/cases';
import { ROW_HEIGHT } from '../../../renderer/features/cases/VirtualCaseTable';
import { ok } from '../fakeKim';
import { axeViolations, caseSummaries, openAt } from './caseFixtures';

/** 2,000 cases: 2026-0001 … 2026-2000. */
const many: CaseSummary[] = Array.from({ length: 2000 }, (_, i) => ({
  ...caseSummaries[0]!,
  id: `case-${i + 1}`,
  caseNumber: `2026-${String(i + 1).padStart(4, '0')}`,
  personName: `Familie${i + 1}, Vorname`,
}));

async function openLongList() {
  const app = await openAt({ page: 'cases', view: 'list' }, (kim) => kim['cases.list'].mockResolvedValue(ok(many)));
  await screen.findByRole('table');
  return app;
}

const table = () => screen.getByRole('table', { name: 'Fälle' });
const bodyRows = () =>
  within(table())
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');
const rowButton = (n: number) => screen.getByRole('button', { name: `2026-${String(n).padStart(4, '0')}` });
const focusedNumber = () => document.activeElement?.textContent;

describe('the case list with thousands of cases', { timeout: 30_000 }, () => {
  it('keeps only a window of rows in the DOM and tells the full size', async () => {
    await openLongList();
    expect(screen.getByText('2.000 Fälle, sortiert nach Eröffnungsdatum, absteigend')).toBeTruthy();
    expect(table().getAttribute('aria-rowcount')).toBe('2001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.queryByRole('button', { name: '2026-2000' })).toBeNull();
    // one tab stop for the whole table
    expect(document.querySelectorAll('.case-row-open[tabindex="0"]')).toHaveLength(1);
  });

  it('follows the scrolling: the rows around the position are there, the others are not', async () => {
    await openLongList();
    const viewport = document.querySelector<HTMLElement>('.case-list-viewport')!;
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, writable: true, value: ROW_HEIGHT * 1000 });
    fireEvent.scroll(viewport);
    expect(rowButton(1001)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '2026-0001' })).toBeNull();
    const indexes = bodyRows().map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(indexes).toContain(1002);
    expect(Math.max(...indexes) - Math.min(...indexes)).toBeLessThan(40);
    // the spacer above stands in for the thousand rows scrolled past (no style attribute in the markup)
    const spacer = table().querySelector<HTMLElement>('tbody > tr.case-spacer')!;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.style.height).toBe(`${ROW_HEIGHT * (Math.min(...indexes) - 2)}px`);
    // the tab stop stays reachable when the row worked on has scrolled away: the first row in view
    expect(Array.from(document.querySelectorAll('.case-row-open[tabindex="0"]'), (b) => b.textContent)).toEqual(['2026-1001']);
  });

  it('moves between rows with the arrow keys, by pages, to the ends, and opens with Enter', async () => {
    const { kim, user } = await openLongList();
    act(() => rowButton(1).focus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedNumber()).toBe('2026-0003');
    await user.keyboard('{ArrowUp}');
    expect(focusedNumber()).toBe('2026-0002');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedNumber()).toBe('2026-0001'); // stays at the first

    await user.keyboard('{End}');
    expect(focusedNumber()).toBe('2026-2000');
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe('2001');
    expect(screen.queryByRole('button', { name: '2026-0001' })).toBeNull();
    expect(bodyRows().length).toBeLessThan(40);
    await user.keyboard('{ArrowDown}');
    expect(focusedNumber()).toBe('2026-2000'); // stays at the last

    await user.keyboard('{Home}');
    expect(focusedNumber()).toBe('2026-0001');
    // a screenful: the test viewport is 600 px (nothing to measure in jsdom)
    await user.keyboard('{PageDown}');
    expect(focusedNumber()).toBe(`2026-${String(1 + Math.floor(600 / ROW_HEIGHT)).padStart(4, '0')}`);
    await user.keyboard('{PageUp}');
    expect(focusedNumber()).toBe('2026-0001');

    // far down by keyboard: the window follows, only the focused row holds the tab stop
    for (let i = 0; i < 30; i += 1) await user.keyboard('{ArrowDown}');
    expect(focusedNumber()).toBe('2026-0031');
    expect(document.querySelectorAll('.case-row-open[tabindex="0"]')).toHaveLength(1);
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);

    await user.keyboard('{Enter}');
    expect(kim['cases.get']).toHaveBeenCalledWith({ caseId: 'case-31' });
  });

  it('has no axe violations with a window of a long list', async () => {
    await openLongList();
    expect(await axeViolations()).toEqual([]);
  });
});
