/**
 * Catches an error while a screen renders (issue 16), so one broken screen does not blank the
 * whole window: the frame with navigation and "Sperren" stays usable, and the screen shows a plain
 * German message instead. The error's text and stack are never shown; they can quote what was
 * typed or stored.
 *
 * Nothing typed is lost: forms keep their values as drafts in the encrypted store (useFormDraft,
 * state/drafts.ts). A save still waiting for its delay is sent at once when the error is caught,
 * so the last keystrokes before the error are kept too, and the form offers them again when it
 * renders anew ("Ansicht neu laden" or opening it later).
 *
 * The error goes to the diagnostics log for IT as its class and the names of the components it
 * happened in (`diagnostics.reportError`), never its message.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { call } from '../api';
import { errorReport } from './errorReport';
import { flushDrafts } from '../state/drafts';
import { Button } from './Button';
import { ScreenHeading } from './Heading';
import { errorBoundaryTexts as t } from '../i18n/errorBoundary';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Outside the app frame the message is a screen of its own (its own landmark). */
  standalone?: boolean;
  /** Told that an error was caught, without its text; for a diagnostics log. */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Drafts still waiting for their delay go to the store now, not a moment later when the
    // window may already be reloading or locked.
    void flushDrafts();
    // For IT; a failure to log changes nothing for the person at the screen.
    void call('diagnostics.reportError', errorReport(error, info.componentStack));
    this.props.onError?.(error, info);
  }

  // The failed screen is unmounted while the message shows, so it mounts afresh, with its drafts.
  private readonly reload = () => {
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const message = (
      <section className="screen screen-narrow error-boundary" aria-labelledby="error-boundary-title">
        <ScreenHeading focusOnMount>
          <span id="error-boundary-title">{t.title}</span>
        </ScreenHeading>
        <p className="message message-error" role="alert">
          {t.what}
        </p>
        <p>{t.kept}</p>
        <p>{t.todo}</p>
        <Button variant="primary" onClick={this.reload}>
          {t.reload}
        </Button>
      </section>
    );
    return this.props.standalone ? <main id="inhalt">{message}</main> : message;
  }
}
