/** Texts of the papers saved as PDF: the case file (Verlauf), the Sprechstunde summary, the Heute list, the referral sheet. */
export const documentTexts = {
  caseFile: 'Verlauf als PDF speichern',
  consultationSummary: 'Als PDF speichern',
  today: 'Als PDF speichern',
  referralSheet: 'Übergabebogen',
  referralSheetFor: (partner: string) => `Übergabebogen für ${partner} als PDF speichern`,
  busy: 'PDF wird erstellt …',
  saved: (fileName: string) => `Das PDF ist erstellt: ${fileName}. Bitte wählen Sie, wo es gespeichert wird. Es enthält personenbezogene Daten.`,
};
