/** Errors of assessment, re-assessment, goals and agreements. */
export const assessmentErrors = {
  ASSESSMENT_NOT_FOUND: 'Dieses Assessment gibt es nicht.',
  ASSESSMENT_WITHOUT_ENTRIES: 'Ein Assessment braucht mindestens einen bewerteten Lebensbereich.',
  ASSESSMENT_BEFORE_PREVIOUS: 'Das Datum liegt vor dem letzten Assessment dieses Falls. Ein Re-Assessment kommt immer danach. Bitte prüfen Sie das Datum.',
  LIFE_AREA_TWICE: 'Jeder Lebensbereich kann in einem Assessment nur einmal bewertet werden.',
  LIFE_AREA_INACTIVE: 'Dieser Lebensbereich wird nicht mehr verwendet. Bitte wählen Sie einen anderen.',
  NO_PREVIOUS_ASSESSMENT: 'Ein Re-Assessment braucht ein früheres Assessment. Bitte machen Sie zuerst das Assessment.',
  GOAL_NOT_FOUND: 'Dieses Ziel gibt es nicht.',
  STEP_NOT_FOUND: 'Diesen Schritt gibt es nicht.',
  STEP_PARTNER_REQUIRED: 'Bitte wählen Sie den Netzwerkpartner, der diesen Schritt übernimmt.',
  STEP_PARTNER_NOT_EXPECTED:
    'Ein Netzwerkpartner wird nur angegeben, wenn er den Schritt übernimmt. Bitte wählen Sie „Netzwerkpartner“ oder entfernen Sie den Partner.',
  AGREEMENT_WITHOUT_GOALS: 'Eine Zielvereinbarung braucht mindestens ein Ziel.',
  AGREEMENT_NOT_FOUND: 'Diese Zielvereinbarung gibt es nicht.',
  AGREEMENT_ALREADY_SIGNED: 'Diese Zielvereinbarung ist schon unterschrieben und kann nicht mehr geändert werden.',
  AGREEMENT_SUPERSEDED: 'Es gibt eine neuere Fassung dieser Zielvereinbarung. Bitte unterschreiben Sie die neueste Fassung.',
  SIGNED_BEFORE_AGREEMENT: 'Das Datum der Unterschrift liegt vor dem Datum der Zielvereinbarung. Bitte prüfen Sie es.',
} as const;
