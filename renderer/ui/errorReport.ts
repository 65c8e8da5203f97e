/** What an error caught by the ErrorBoundary may tell the diagnostics log (diagnostics.reportError). */
import type { Input } from '../../electron/contract';
import { REPORTED_ERROR } from '../../electron/contract/reportedError';

/**
 * The error as the diagnostics log may hold it: its class, and the components from React's
 * component stack ("    at Name (url…)" lines; "in Name" in older React), innermost first. Only
 * what matches the contract's identifier patterns is kept, so anything else is simply left out.
 */
export function errorReport(error: unknown, componentStack: string | null | undefined): Input<'diagnostics.reportError'> {
  // Any thrown object with a name (a DOMException is not an Error everywhere); the pattern decides.
  const name = typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : null;
  const components: string[] = [];
  for (const line of (componentStack ?? '').split('\n')) {
    // The whole line must have a frame's shape: "at Fatima Yilmaz (…)" gives nothing, not "Fatima".
    const component = /^\s*(?:at|in) ([^\s(]+)(?: \(.*\))?\s*$/.exec(line)?.[1];
    if (component === undefined || !REPORTED_ERROR.component.test(component)) continue;
    components.push(component);
    if (components.length === REPORTED_ERROR.maxComponents) break;
  }
  return { errorName: name !== null && REPORTED_ERROR.errorName.test(name) ? name : null, components };
}
