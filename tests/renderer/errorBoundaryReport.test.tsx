/**
 * An error the boundary catches goes to the diagnostics log (diagnostics.reportError) as its class
 * and the component names of React's component stack: never its message, which here holds
 * personal data as a real one might.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../electron/contract';
import { ErrorBoundary } from '../../renderer/ui/ErrorBoundary';
import { errorReport } from '../../renderer/ui/errorReport';
import { installFakeKim } from './fakeKim';

const SECRET = 'Fatima Yilmaz, Lindenstraße 12, 0151 2345678';

function PersonCard(): never {
  throw new TypeError(`Cannot read properties of undefined (reading '${SECRET}')`);
}
function CaseSection() {
  return (
    <section>
      <PersonCard />
    </section>
  );
}

let quiet: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // React reports a caught error on the console too; the test is about what goes to the log.
  quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => quiet.mockRestore());

describe('the error boundary reports to the diagnostics log', () => {
  it('sends the class and the components from the component stack, innermost first, and no message', async () => {
    const { kim } = installFakeKim();
    render(
      <ErrorBoundary>
        <CaseSection />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('Diese Ansicht konnte nicht angezeigt werden')).toBeTruthy();
    await waitFor(() => expect(kim['diagnostics.reportError']).toHaveBeenCalledTimes(1));
    const sent = kim['diagnostics.reportError'].mock.calls[0]![0];
    expect(sent.errorName).toBe('TypeError');
    // React 19 lists the host elements too (section); the boundary itself comes last.
    expect(sent.components).toEqual(['PersonCard', 'section', 'CaseSection', 'ErrorBoundary']);
    for (const part of ['Fatima', 'Yilmaz', 'Lindenstraße', '0151', 'Cannot read']) expect(JSON.stringify(sent)).not.toContain(part);
    // What the renderer sends is what the contract accepts (else the call would be refused).
    expect(contract['diagnostics.reportError'].input.safeParse(sent).success).toBe(true);
  });

  it('a log that cannot be written (or a refused call) changes nothing on screen', async () => {
    const { kim } = installFakeKim(); // unanswered methods answer INTERNAL
    kim['diagnostics.reportError'].mockRejectedValue(new Error('bridge gone'));
    render(
      <ErrorBoundary>
        <CaseSection />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('button', { name: 'Ansicht neu laden' })).toBeTruthy();
    await waitFor(() => expect(kim['diagnostics.reportError']).toHaveBeenCalled());
  });
});

describe('errorReport', () => {
  it('keeps identifiers only: no message, no frame text, no dotted or odd names, at most 20', () => {
    const stack = [
      '',
      '    at PersonCard (app://kim/assets/index-3f2a.js:12:345)',
      '    at Fatima Yilmaz (C:\\Users\\fatima\\x.js:1:1)',
      '    at Context.Provider (app://kim/assets/index-3f2a.js:1:1)',
      '    in CaseSection (created by App)',
      '    at div',
      '    at $weird (app://kim/x.js:1:1)',
      `    at ${'A'.repeat(61)} (x.js:1:1)`,
      ...Array.from({ length: 30 }, (_, i) => `    at Page${i} (app://kim/x.js:1:1)`),
    ].join('\n');
    const report = errorReport(new RangeError(SECRET), stack);
    expect(report.errorName).toBe('RangeError');
    expect(report.components.slice(0, 4)).toEqual(['PersonCard', 'CaseSection', 'div', 'Page0']);
    expect(report.components).toHaveLength(20);
    expect(JSON.stringify(report)).not.toMatch(/Fatima|Yilmaz|Users|Provider|weird/);
    expect(contract['diagnostics.reportError'].input.safeParse(report).success).toBe(true);
  });

  it('names no class for what is not an Error or has an odd name', () => {
    expect(errorReport('Fatima Yilmaz', null)).toEqual({ errorName: null, components: [] });
    expect(errorReport({ name: 'Fatima Yilmaz' }, null).errorName).toBeNull();
    expect(errorReport(Object.assign(new Error('x'), { name: 'Fatima Yilmaz' }), undefined).errorName).toBeNull();
    expect(errorReport(new DOMException('x', 'NotFoundError'), '').errorName).toBe('NotFoundError');
    expect(errorReport(new Error('x'), '').errorName).toBe('Error');
  });
});
