/** Texts of the information of a person (Auskunft nach Art. 15 DSGVO). */
export const informationTexts = {
  title: 'Auskunft nach Art. 15 DSGVO',
  lead: 'Alles, was über diese Person gespeichert ist, mit allen ihren Fällen: als PDF zum Aushändigen (auf Deutsch) und als maschinenlesbare JSON-Datei. Angaben über andere Personen, auch aus dem Haushalt, stehen nicht darin. Das Erstellen wird im Protokoll vermerkt. Bitte lesen Sie Notizen und andere Freitexte vor dem Aushändigen: Was dort über Dritte steht, z. B. über Angehörige, darf nicht herausgegeben werden (Art. 15 Abs. 4 DSGVO).',
  pdf: 'Auskunft als PDF speichern',
  json: 'Auskunft als JSON-Datei speichern',
  busy: 'Auskunft wird erstellt …',
  saved: (fileName: string) => `Die Auskunft ist erstellt: ${fileName}. Bitte wählen Sie, wo sie gespeichert wird, und geben Sie sie nur der Person selbst.`,
};
