/** Errors of assessment, re-assessment, goals and agreements. */
export const assessmentErrors = {
  ASSESSMENT_NOT_FOUND: 'Dieses Assessment gibt es nicht.',
  NO_PREVIOUS_ASSESSMENT: 'Ein Re-Assessment braucht ein früheres Assessment. Bitte machen Sie zuerst das Assessment.',
  GOAL_NOT_FOUND: 'Dieses Ziel gibt es nicht.',
  AGREEMENT_WITHOUT_GOALS: 'Eine Zielvereinbarung braucht mindestens ein Ziel.',
  AGREEMENT_NOT_FOUND: 'Diese Zielvereinbarung gibt es nicht.',
  AGREEMENT_ALREADY_SIGNED: 'Diese Zielvereinbarung ist schon unterschrieben und kann nicht mehr geändert werden.',
} as const;
