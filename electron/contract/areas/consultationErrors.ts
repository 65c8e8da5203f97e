/** Errors of the consultation hour (Sprechstunde). */
export const consultationErrors = {
  SESSION_ALREADY_RUNNING: 'Es läuft schon eine Sprechstunde. Bitte beenden Sie sie, bevor Sie eine neue beginnen.',
  SESSION_NOT_FOUND: 'Diese Sprechstunde gibt es nicht.',
  SESSION_ENDED: 'Diese Sprechstunde ist schon beendet. Bitte beginnen Sie eine neue.',
  QUEUE_ENTRY_NOT_FOUND: 'Dieser Eintrag steht nicht mehr in der Warteliste.',
  SESSION_START_NOT_PAST: 'Eine nachgetragene Sprechstunde liegt in der Vergangenheit. Bitte geben Sie einen Beginn vor jetzt an.',
  SESSION_END_BEFORE_START: 'Das Ende liegt vor dem Beginn der Sprechstunde. Bitte prüfen Sie die Uhrzeiten.',
  SESSION_END_BEFORE_CONTACT:
    'Das Ende liegt vor einem Kontakt, der in dieser Sprechstunde erfasst ist. Bitte geben Sie ein späteres Ende an oder korrigieren Sie den Kontakt.',
  CONTACT_OUTSIDE_SESSION: 'Der Kontakt liegt außerhalb der Sprechstunde. Bitte geben Sie eine Uhrzeit zwischen Beginn und Ende der Sprechstunde an.',
  QUEUE_FULL: 'Die Warteliste ist voll. Bitte nehmen Sie zuerst Personen heraus, die schon beraten wurden oder gegangen sind.',
} as const;
