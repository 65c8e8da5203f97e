/**
 * Texts of the corrections in the Begleitendes Monitoring (issue 12): editing a contact and
 * postponing or finishing a Wiedervorlage where it is listed (the case and "Heute").
 */
export const contactTexts = {
  edit: {
    open: 'Bearbeiten',
    openLabel: (heading: string) => `Kontakt vom ${heading} bearbeiten`,
    formTitle: 'Kontakt berichtigen',
    intro: 'Die bisherige Fassung bleibt erhalten und ist unter „Frühere Fassungen“ nachzulesen.',
    submit: 'Berichtigung speichern',
    saved: 'Die Berichtigung ist gespeichert. Die frühere Fassung bleibt erhalten.',
    followUpsStay: 'Die Wiedervorlagen dieses Kontakts bleiben, wie sie sind; Sie finden sie unter „Offene Wiedervorlagen“.',
    corrected: (times: number) => (times === 1 ? 'Berichtigt' : `${times}-mal berichtigt`),
  },
  /** Shown for an earlier version of a contact. */
  before: {
    at: 'Datum und Uhrzeit',
  },
  interpreterFromPerson: (language: string | null) =>
    language ? `Aus den Angaben zur Person: braucht Sprachmittlung (${language}).` : 'Aus den Angaben zur Person: braucht Sprachmittlung.',
  followUp: {
    done: 'Erledigt',
    doneLabel: (title: string) => `Erledigt: Wiedervorlage „${title}“`,
    doneSaved: (title: string) => `Die Wiedervorlage „${title}“ ist erledigt.`,
    postpone: 'Verschieben',
    postponeLabel: (title: string) => `Verschieben: Wiedervorlage „${title}“`,
    postponeTitle: (title: string) => `„${title}“ verschieben`,
    newDate: 'Neues Datum',
    submit: 'Verschieben',
    cancel: 'Abbrechen',
    busy: 'Wird gespeichert …',
    dateMissing: 'Bitte geben Sie das neue Datum ein (TT.MM.JJJJ).',
    datePast: 'Das neue Datum liegt in der Vergangenheit. Bitte wählen Sie heute oder einen späteren Tag.',
    postponed: (title: string, day: string) => `Die Wiedervorlage „${title}“ ist auf den ${day} verschoben.`,
  },
};
