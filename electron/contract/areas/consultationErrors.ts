/**
 * Errors of the consultation-hour look-ups (finding a person, duplicate warnings). They only read,
 * so beyond the shared codes (LOCKED) nothing of their own can go wrong yet.
 */
export const consultationErrors = {} as const;
