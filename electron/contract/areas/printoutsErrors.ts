/** Errors of print, then sign: naming the printout on which a paper was signed. */
export const printoutErrors = {
  PRINTOUT_NOT_FOUND: 'Diesen Ausdruck gibt es nicht (mehr).',
  PRINTOUT_NOT_FOR_THIS_PAPER:
    'Dieser Ausdruck gehört nicht zu diesem Papier. Bitte wählen Sie den Ausdruck, dessen Code unten auf dem unterschriebenen Blatt steht („Ausdruck …“).',
  PRINTOUT_REQUIRED: 'Bitte wählen Sie den Ausdruck, der unterschrieben wurde. Sein Code steht unten auf jeder Seite („Ausdruck …“).',
  PRINTOUT_ALREADY_USED:
    'Auf diesem Ausdruck ist schon eine Unterschrift erfasst. Jedes Blatt wird nur einmal unterschrieben. Für eine neue Unterschrift drucken Sie bitte ein neues Blatt.',
  PRINTOUT_NOT_FOR_FORM:
    'Nur eine schriftliche Einwilligung oder Schweigepflichtentbindung wird auf einem Ausdruck unterschrieben. Bitte wählen Sie „schriftlich“ oder lassen Sie den Ausdruck weg.',
  SIGNED_BEFORE_PRINTED: 'Das Datum der Unterschrift liegt vor dem Tag, an dem dieser Ausdruck gedruckt wurde. Bitte prüfen Sie das Datum und den Ausdruck.',
} as const;
