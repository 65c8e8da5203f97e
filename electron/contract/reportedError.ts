/**
 * What the renderer may tell the diagnostics log about an error its boundary caught
 * (renderer/ui/ErrorBoundary.tsx, `diagnostics.reportError`): the error's class and the React
 * components it happened in, as identifiers only. Never the message or the stack's text: they
 * can quote what was typed or stored. A module of its own, without zod, so the renderer can
 * filter with the same patterns the contract checks.
 */
export const REPORTED_ERROR = {
  /** The class of the error: Error, TypeError, DOMException, KimError … */
  errorName: /^(?:[A-Z][A-Za-z0-9]{0,40})?(?:Error|Exception)$/,
  /** A component's name as in the code: an identifier, no dots, no spaces. */
  component: /^[A-Za-z_][A-Za-z0-9_]{0,59}$/,
  /** Innermost first; a screen's component lies within the first few. */
  maxComponents: 20,
} as const;
