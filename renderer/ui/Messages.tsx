/** Error (role="alert") and success/progress (role="status") messages. */
import type { ReactNode } from 'react';

export interface ErrorMessageProps {
  message: string | null | undefined;
  /** For errors that stop the work (a damaged file, a newer version): shown larger. */
  severe?: boolean;
  id?: string;
}

export function ErrorMessage({ message, severe = false, id }: ErrorMessageProps) {
  if (!message) return null;
  return (
    <p className={severe ? 'message message-error message-severe' : 'message message-error'} role="alert" id={id}>
      {message}
    </p>
  );
}

/** Always rendered, so screen readers already watch it when the text arrives. */
export function StatusMessage({ children, id }: { children?: ReactNode; id?: string }) {
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <p className={empty ? 'message message-status is-empty' : 'message message-status'} role="status" id={id}>
      {empty ? null : children}
    </p>
  );
}
