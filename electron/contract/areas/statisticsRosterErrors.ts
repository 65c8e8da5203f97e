/** Errors of a unit's part in the district statistic with hidden counts (roster, key, masked export). */
export const statisticsRosterErrors = {
  STATISTICS_LAYOUT_TOO_LARGE:
    'Die Statistik und der Stellenschlüssel tragen je Tabelle höchstens 200 Zeilen. Diese Fallakte hat mehr Zielgruppen, Lebensbereiche oder Orte (auch beendete zählen). Es wurde nichts geändert. Bitte wenden Sie sich an Ihre IT.',
  ROSTER_UNREADABLE:
    'Diese Datei ist keine lesbare Bezirksliste der KIM Fallakte: sie ist beschädigt, verändert oder eine andere Art von Datei. Bitte lassen Sie sich die Bezirksliste von der Koordinierung noch einmal schicken.',
  ROSTER_NOT_LISTED:
    'Ihre Stelle steht nicht auf dieser Bezirksliste. Bitte schicken Sie der Koordinierung Ihren Stellenschlüssel und lassen Sie sich die neue Bezirksliste schicken.',
  ROSTER_KEY_MISMATCH:
    'Auf dieser Bezirksliste steht für Ihre Stelle ein anderer Schlüssel als der dieser Fallakte. Die Liste wird nicht übernommen. Bitte vergleichen Sie mit der Koordinierung den Fingerabdruck Ihres Stellenschlüssels und lassen Sie sich eine berichtigte Liste schicken.',
  ROSTER_OLDER:
    'Diese Bezirksliste ist älter als die, die Sie schon übernommen haben. Sie wird nicht übernommen: mit einer alten Liste ließe sich Ihr Export von einer neueren Kreissumme abziehen.',
  ROSTER_CONFLICT:
    'Sie haben schon eine andere Bezirksliste mit derselben Versionsnummer übernommen. Die Liste wird nicht übernommen. Bitte klären Sie mit der Koordinierung, welche Liste gilt.',
  ROSTER_VALID_FROM_EARLIER:
    'Diese neue Version der Bezirksliste soll früher gelten als die Version, die Sie schon übernommen haben. Sie wird nicht übernommen: ein Quartal behält die Version, die für es gilt, sonst ließe es sich im Kreis nicht mehr zusammenzählen. Bitte lassen Sie sich von der Koordinierung eine berichtigte Liste schicken.',
  ROSTER_OTHER_LIST:
    'Diese Bezirksliste ist eine andere Liste als die, die Sie übernommen haben (ein anderer Kreis oder eine neu begonnene Liste). Bitte bestätigen Sie, dass sie die bisherige ersetzen soll.',
  ROSTER_LAYOUT:
    'Ihre Statistik zählt nach Zeilen oder Tabellen, die die Bezirksliste nicht kennt (zum Beispiel eine neu eingerichtete Zielgruppe, Gemeinde oder ein Lebensbereich). Bitte schicken Sie der Koordinierung einen neuen Stellenschlüssel und exportieren Sie mit der neuen Bezirksliste.',
  ROSTER_PERIOD_PUBLISHED:
    'Dieses Quartal haben Sie schon ohne Bezirksliste veröffentlicht, mit Ihren geschützten Tabellen. Ein Quartal wird nur einmal veröffentlicht: aus der Kreissumme und Ihren Tabellen desselben Quartals ließen sich sonst geheim gehaltene Zahlen Ihrer Stelle errechnen. Mit der Bezirksliste exportieren Sie ab dem nächsten Quartal.',
  ROSTER_JSON_ONLY:
    'Mit einer Bezirksliste wird die Statistik als JSON-Datei mit verdeckten Zahlen exportiert. Eine Tabelle Ihrer Stelle als Excel-Datei verlässt das Gerät dann nicht, damit sich Ihre Zahlen nicht von der Kreissumme abziehen lassen.',
} as const;
