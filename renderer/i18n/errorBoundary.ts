/** Texts of the message that replaces a screen that failed (renderer/ui/ErrorBoundary.tsx). */
export const errorBoundaryTexts = {
  title: 'Diese Ansicht konnte nicht angezeigt werden',
  what: 'In der KIM Fallakte ist ein unerwarteter Fehler aufgetreten. Das liegt nicht an Ihnen.',
  kept: 'Was Sie in Formulare eingegeben haben, ist als Entwurf in der Fallakte gespeichert. Es wird Ihnen wieder angeboten, sobald Sie das Formular erneut öffnen.',
  todo: 'Bitte laden Sie die Ansicht neu. Wenn der Fehler wieder auftritt, wählen Sie einen anderen Bereich oder sperren und entsperren Sie die Fallakte. Bleibt der Fehler, wenden Sie sich bitte an Ihre IT-Betreuung.',
  reload: 'Ansicht neu laden',
} as const;
