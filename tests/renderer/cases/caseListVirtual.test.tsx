import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../electron/contract/areas/cases';
import { ROW_HEIGHT } from '../../../renderer/features/cases/VirtualCaseTable';
import { openRoute } from '../../../renderer/features/frame/navigation';
import { resetAfterLock } from '../../../renderer/state/session';
import { axeViolations, caseSummaries, openAt, pagesOf } from './caseFixtures';

/** 2,000 cases: 2026-0001 … 2026-2000. */
const many: CaseSummary[] = Array.from({ length: 2000 }, (_, i) => ({
  ...caseSummaries[0]!,
  id: `case-${i + 1}`,
  caseNumber: `2026-${String(i + 1).padStart(4, '0')}`,
  personName: `Familie${i + 1}, Vorname`,
}));

async function openLongList() {
  const app = await openAt({ page: 'cases', view: 'list' }, (kim) => kim['cases.list'].mockImplementation(pagesOf(many)));
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

  it('follows the scrolling: asks for the window in view, shows placeholders until it arrives, then the rows around the position', async () => {
    const { kim } = await openLongList();
    // the first window only, not the whole list
    expect(kim['cases.list'].mock.calls.map((c) => [c[0].offset, c[0].limit])).toEqual([[0, 100]]);
    const viewport = document.querySelector<HTMLElement>('.case-list-viewport')!;
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, writable: true, value: ROW_HEIGHT * 1000 });
    fireEvent.scroll(viewport);
    // rows 1001… are not there yet: quiet placeholders of the same height, each in its place
    const waiting = bodyRows();
    expect(waiting.length).toBeGreaterThan(10);
    expect(waiting.every((row) => row.textContent === 'Wird geladen …')).toBe(true);
    expect(waiting.map((row) => row.getAttribute('aria-rowindex'))).toContain('1002');
    expect(await screen.findByRole('button', { name: '2026-1001' })).toBeTruthy();
    // the window of rows 1000–1099 (and the one before, for the margin above), each asked for once
    expect(kim['cases.list'].mock.calls.map((c) => c[0].offset).sort((a, b) => a! - b!)).toEqual([0, 900, 1000]);
    expect(kim['cases.list'].mock.calls.every((c) => c[0].sort === 'openedAt' && c[0].status === 'offen')).toBe(true);
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

  it('starts again from the first window when the sort changes, and drops the answers of the list before', async () => {
    const { kim, user } = await openLongList();
    const viewport = document.querySelector<HTMLElement>('.case-list-viewport')!;
    // the window far down is on its way when the sort changes
    let answerLate!: () => void;
    kim['cases.list'].mockImplementationOnce(
      (input) =>
        new Promise((resolve) => {
          answerLate = () => void pagesOf(many.map((c) => ({ ...c, personName: `Alt, ${c.caseNumber}` })))(input).then(resolve);
        }),
    );
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, writable: true, value: ROW_HEIGHT * 1500 });
    fireEvent.scroll(viewport);
    const byName = many.slice().reverse();
    kim['cases.list'].mockImplementation(pagesOf(byName));
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(kim['cases.list']).toHaveBeenLastCalledWith({ sort: 'name', direction: 'asc', status: 'offen', offset: 0, limit: 100 });
    expect(await screen.findByRole('button', { name: '2026-2000' })).toBeTruthy(); // the top of the new order
    expect(viewport.scrollTop).toBe(0);
    // the old list's late answer changes nothing
    await act(async () => answerLate());
    expect(document.body.textContent).not.toContain('Alt, ');
    expect(bodyRows()[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(within(bodyRows()[0]!).getByRole('button', { name: '2026-2000' })).toBeTruthy();
    expect(screen.getByText('2.000 Fälle, sortiert nach Name, aufsteigend')).toBeTruthy();
  });

  it('drops an answer that arrives after a lock', async () => {
    let answer!: () => void;
    const app = await openAt({ page: 'cases', view: 'list' }, (kim) =>
      kim['cases.list'].mockImplementation(
        (input) =>
          new Promise((resolve) => {
            answer = () => void pagesOf(many)(input).then(resolve);
          }),
      ),
    );
    expect(app.kim['cases.list']).toHaveBeenCalledTimes(1);
    act(() => resetAfterLock('manual'));
    act(() => openRoute({ page: 'cases', view: 'list' }));
    await act(async () => answer());
    expect(screen.queryByRole('button', { name: '2026-0001' })).toBeNull();
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
