/** Limits shared by the contract's schemas and the renderer's forms; no zod here, so the renderer stays free of it. */
export const PASSPHRASE_MAX = 1024;
/** A recovery key as typed: 32 characters in groups, with room for spaces and dashes. */
export const RECOVERY_KEY_MAX = 200;
export const AUTO_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;
export const REASSESSMENT_MONTHS = { min: 1, max: 24, default: 6 } as const;

/** Limits of the network area's inputs (the contact form shows the minutes). */
export const NETWORK_LIMITS = {
  contactMinutes: { min: 1, max: 600 },
  note: 5000,
  reason: 2000,
  title: 200,
  name: 200,
  listItems: 20,
} as const;

/** Limits of the consultation hour. */
export const CONSULTATION_LIMITS = {
  /** Prefilled duration of a contact in a consultation hour. */
  defaultMinutes: 15,
  queueLabel: 100,
  queueSize: 100,
} as const;
