/** Texts about demo data: the badge and the offer on a new, empty store. */
export const demo = {
  badge: 'Demodaten',
  badgeHint: 'Diese Fallakte enthält erfundene Personen und Fälle zum Ausprobieren.',
  offerTitle: 'Zum Ausprobieren: Demodaten',
  offerText: 'Diese Fallakte ist noch leer. Zum Kennenlernen können Sie erfundene Personen und Fälle laden. Sie sind überall als Demodaten gekennzeichnet.',
  offerWarning: 'Erfassen Sie danach keine echten Personen in dieser Fallakte. Für die echte Arbeit richten Sie eine neue, leere Fallakte ein.',
  load: 'Demodaten laden',
  loading: 'Demodaten werden geladen. Das dauert etwa eine halbe Minute …',
  loaded: (cases: number, persons: number) => `Demodaten geladen: ${cases} Fälle von ${persons} erfundenen Personen.`,
};
