/** Errors of the consultation hour (Sprechstunde). */
export const consultationErrors = {
  SESSION_ALREADY_RUNNING: 'Es läuft schon eine Sprechstunde. Bitte beenden Sie sie, bevor Sie eine neue beginnen.',
  SESSION_NOT_FOUND: 'Diese Sprechstunde gibt es nicht.',
  SESSION_ENDED: 'Diese Sprechstunde ist schon beendet. Bitte beginnen Sie eine neue.',
  QUEUE_ENTRY_NOT_FOUND: 'Dieser Eintrag steht nicht mehr in der Warteliste.',
  QUEUE_FULL: 'Die Warteliste ist voll. Bitte nehmen Sie zuerst Personen heraus, die schon beraten wurden oder gegangen sind.',
} as const;
