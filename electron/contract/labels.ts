/**
 * The German label of every value of the domain's closed lists, once. The screens, the PDFs
 * (agreement, Auskunft, district report) and the statistics' row labels read them from here, so
 * a value reads the same wherever it appears (before, contact type `sonstiges` was "Kontakt" in
 * the timeline and "Sonstiges" in the statistic, and the access routes had three wordings).
 * Zod-free and DOM-free like vocabulary.ts: the renderer imports it directly.
 *
 * A label stands on its own (a choice, a table cell, a statistic's row) and also reads inside a
 * sentence ("Grund: Wegzug", "Dringlichkeit hoch"); it holds no brackets, because the screens
 * put some labels in brackets ("Jobcenter Nordheim (SGB II – Jobcenter)"). A test checks that
 * every value has exactly one label here and that no other file keeps its own list.
 */
import type {
  ACCESS_ROUTES,
  DATA_DIR_SOURCES,
  ACCOMMODATION_TYPES,
  ASSESSMENT_KINDS,
  CASE_EVENT_KINDS,
  CLOSURE_REASONS,
  CONTACT_PLACES,
  CONTACT_TYPES,
  DOCUMENT_FORMS,
  FOLLOW_UP_SOURCES,
  GENDERS,
  GOAL_STATUSES,
  HOUSEHOLD_ROLES,
  INTAKE_DECISIONS,
  LOCATION_KINDS,
  PARTNER_LEGAL_AREAS,
  PHASES,
  PRINTOUT_DOCUMENTS,
  REFERRAL_STATUSES,
  RESIDENCE_STATUSES,
  RESPONSIBLE_SERVICES,
  STEP_RESPONSIBLES,
  STRUCTURAL_GAPS,
  URGENCIES,
} from './vocabulary';
import type { RELEASE_DATA_KINDS, RELEASE_STATES } from './areas/network';

type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export const PHASE_LABELS: Labels<typeof PHASES> = {
  erstberatung: 'Erstberatung',
  assessment: 'Assessment',
  zielvereinbarung: 'Zielvereinbarung',
  leistungssteuerung: 'Leistungssteuerung',
  monitoring: 'Monitoring',
  abgeschlossen: 'Abgeschlossen',
};

/** How the person came: a choice in the Erstberatung, a line of the timeline, a statistic's row. */
export const ACCESS_ROUTE_LABELS: Labels<typeof ACCESS_ROUTES> = {
  sprechstunde: 'Selbst in die Sprechstunde gekommen',
  abh: 'Verwiesen von der Ausländerbehörde',
  jobcenter: 'Verwiesen vom Jobcenter',
  sozialamt: 'Verwiesen vom Sozialamt',
  unterkunft: 'Verwiesen vom Personal der Unterkunft',
  andere_stelle: 'Verwiesen von einer anderen Stelle',
  aufsuchend: 'Aufsuchende Arbeit',
};

/** The result of an Erstberatung, as chosen and as it reads afterwards. */
export const INTAKE_DECISION_LABELS: Labels<typeof INTAKE_DECISIONS> = {
  fall_eroeffnet: 'Fall eröffnet',
  kurzberatung: 'Kurzberatung ohne Fall',
  weiterverwiesen: 'An eine andere Stelle weiterverwiesen',
};

export const CLOSURE_REASON_LABELS: Labels<typeof CLOSURE_REASONS> = {
  ziele_erreicht: 'Ziele erreicht',
  regeldienst: 'An einen Regeldienst übergeben',
  wegzug: 'Wegzug',
  kontaktabbruch: 'Kontaktabbruch',
  mitwirkung_beendet: 'Mitwirkung beendet',
  ausreise: 'Ausreise',
  sonstiges: 'Sonstiger Grund',
};

export const CASE_EVENT_LABELS: Labels<typeof CASE_EVENT_KINDS> = {
  eroeffnet: 'Fall eröffnet',
  phase: 'Phase gewechselt',
  abgeschlossen: 'Fall abgeschlossen',
  wiedereroeffnet: 'Fall wieder eröffnet',
};

/** The form of a consent or a release; lower case, as it mostly reads inside a sentence. */
export const DOCUMENT_FORM_LABELS: Labels<typeof DOCUMENT_FORMS> = {
  schriftlich: 'schriftlich',
  muendlich: 'mündlich',
  elektronisch: 'elektronisch',
};

/** The papers printed to be signed (print, then sign): the titles the papers carry. */
export const PRINTOUT_DOCUMENT_LABELS: Labels<typeof PRINTOUT_DOCUMENTS> = {
  zielvereinbarung: 'Zielvereinbarung',
  einwilligung: 'Einwilligung',
  schweigepflichtentbindung: 'Schweigepflichtentbindung',
};

export const GENDER_LABELS: Labels<typeof GENDERS> = {
  weiblich: 'Weiblich',
  maennlich: 'Männlich',
  divers: 'Divers',
  unbekannt: 'Nicht bekannt',
};

export const ACCOMMODATION_TYPE_LABELS: Labels<typeof ACCOMMODATION_TYPES> = {
  gu: 'Gemeinschaftsunterkunft',
  privat: 'Privatwohnung',
  sonstiges: 'Sonstige Unterbringung',
};

export const RESIDENCE_STATUS_LABELS: Labels<typeof RESIDENCE_STATUSES> = {
  gestattung: 'Aufenthaltsgestattung',
  duldung: 'Duldung',
  aufenthaltserlaubnis: 'Aufenthaltserlaubnis',
  niederlassungserlaubnis: 'Niederlassungserlaubnis',
  eu_freizuegigkeit: 'EU-Freizügigkeit',
  eingebuergert: 'Eingebürgert',
  sonstiges: 'Sonstiger Status',
};

export const HOUSEHOLD_ROLE_LABELS: Labels<typeof HOUSEHOLD_ROLES> = {
  bezugsperson: 'Bezugsperson',
  partner: 'Partner:in',
  kind: 'Kind',
  elternteil: 'Elternteil',
  geschwister: 'Geschwister',
  sonstiges: 'Sonstige Angehörige',
};

export const LOCATION_KIND_LABELS: Labels<typeof LOCATION_KINDS> = {
  gu: 'Gemeinschaftsunterkunft',
  rathaus: 'Rathaus',
  beratungsstelle: 'Beratungsstelle',
  buero: 'Büro',
  sonstiges: 'Sonstiger Ort',
};

/** The partner's legal area (Rechtskreis); the screens write it in brackets after the name. */
export const PARTNER_LEGAL_AREA_LABELS: Labels<typeof PARTNER_LEGAL_AREAS> = {
  sgb2: 'SGB II – Jobcenter',
  sgb3: 'SGB III – Agentur für Arbeit',
  sgb8: 'SGB VIII – Jugendamt',
  sgb12: 'SGB XII – Sozialamt',
  asylblg: 'AsylbLG – Sozialamt',
  aufenthg: 'Ausländerbehörde',
  staag: 'Einbürgerungsbehörde',
  gesundheit: 'Gesundheit',
  bildung: 'Schule und Bildung',
  wohnen: 'Wohnen',
  sprache: 'Sprachkurse',
  beratung: 'Beratungsdienste wie MBE, JMD, Schuldner- und Suchtberatung',
  sonstiges: 'Sonstiger Bereich',
};

export const ASSESSMENT_KIND_LABELS: Labels<typeof ASSESSMENT_KINDS> = { erst: 'Assessment', re: 'Re-Assessment' };

export const URGENCY_LABELS: Labels<typeof URGENCIES> = { niedrig: 'niedrig', mittel: 'mittel', hoch: 'hoch' };

/** Who is responsible for a life area's need; the statutory services read as the legal areas do. */
export const RESPONSIBLE_SERVICE_LABELS: Labels<typeof RESPONSIBLE_SERVICES> = {
  keine: 'Keine andere Stelle, das Case Management',
  sgb2: PARTNER_LEGAL_AREA_LABELS.sgb2,
  sgb3: PARTNER_LEGAL_AREA_LABELS.sgb3,
  sgb8: PARTNER_LEGAL_AREA_LABELS.sgb8,
  sgb12: PARTNER_LEGAL_AREA_LABELS.sgb12,
  asylblg: PARTNER_LEGAL_AREA_LABELS.asylblg,
  abh: PARTNER_LEGAL_AREA_LABELS.aufenthg,
  ebh: PARTNER_LEGAL_AREA_LABELS.staag,
  gesundheit: 'Gesundheitswesen',
  schule: PARTNER_LEGAL_AREA_LABELS.bildung,
  sonstiges: 'Andere Stelle',
};

/** Lower case: they read inside a sentence ("Wohnung finden (Wohnen, in Arbeit)"). */
export const GOAL_STATUS_LABELS: Labels<typeof GOAL_STATUSES> = {
  offen: 'offen',
  in_arbeit: 'in Arbeit',
  erreicht: 'erreicht',
  teilweise_erreicht: 'teilweise erreicht',
  nicht_erreicht: 'nicht erreicht',
  verworfen: 'verworfen',
};

export const STEP_RESPONSIBLE_LABELS: Labels<typeof STEP_RESPONSIBLES> = {
  klient: 'Klient:in',
  case_management: 'Case Management',
  partner: 'Netzwerkpartner',
};

export const REFERRAL_STATUS_LABELS: Labels<typeof REFERRAL_STATUSES> = {
  vorgeschlagen: 'Vorgeschlagen',
  vermittelt: 'Vermittelt',
  termin_vereinbart: 'Termin vereinbart',
  angenommen: 'Angenommen',
  abgeschlossen: 'Abgeschlossen',
  abgelehnt: 'Abgelehnt',
  abgebrochen: 'Abgebrochen',
};

export const STRUCTURAL_GAP_LABELS: Labels<typeof STRUCTURAL_GAPS> = {
  kein_platz: 'Kein Platz',
  warteliste: 'Warteliste',
  keine_sprachmittlung: 'Keine Sprachmittlung',
  nicht_zustaendig: 'Nicht zuständig',
  sonstiges: 'Sonstige Lücke',
};

export const RELEASE_STATE_LABELS: Labels<typeof RELEASE_STATES> = {
  gueltig: 'Gültig',
  widerrufen: 'Widerrufen',
  abgelaufen: 'Abgelaufen',
};

/** What a release covers: a checkbox of the release form, a section of the referral sheet. */
export const RELEASE_DATA_KIND_LABELS: Labels<typeof RELEASE_DATA_KINDS> = {
  anlass: 'Anlass der Verweisung',
  personalien: 'Geschlecht und Staatsangehörigkeit',
  kontakt: 'Anschrift und Kontaktdaten',
  unterbringung: 'Unterbringung',
  aufenthalt: 'Aufenthaltsstatus',
  sprache: 'Sprachen und Sprachmittlung',
  lebenslage: 'Lebenslage aus dem Assessment, ohne Gesundheit',
  gesundheit: 'Gesundheit',
  ziele: 'Ziele und vereinbarte Schritte',
};

export const CONTACT_PLACE_LABELS: Labels<typeof CONTACT_PLACES> = {
  sprechstunde: 'Sprechstunde',
  wohnung: 'Bei der Person zu Hause',
  buero: 'Büro',
  telefon: 'Telefon',
  video: 'Video',
};

export const CONTACT_TYPE_LABELS: Labels<typeof CONTACT_TYPES> = {
  beratung: 'Beratung',
  begleitung: 'Begleitung',
  telefonat: 'Telefonat',
  hausbesuch: 'Hausbesuch',
  fallkonferenz: 'Fallkonferenz',
  sonstiges: 'Sonstiger Kontakt',
};

export const FOLLOW_UP_SOURCE_LABELS: Labels<typeof FOLLOW_UP_SOURCES> = {
  kontakt: 'Aus einem Kontakt',
  fallkonferenz: 'Aus einer Fallkonferenz',
  manuell: 'Von Hand angelegt',
};

/** The life areas a new store starts with (migration 0003 writes the same names; then they are the unit's to rename). */
export const DEFAULT_LIFE_AREA_NAMES = {
  aufenthalt: 'Aufenthalt/Recht',
  wohnen: 'Wohnen',
  gesundheit: 'Gesundheit',
  sprache: 'Sprache',
  bildung: 'Bildung/Schule',
  arbeit: 'Ausbildung/Arbeit',
  existenz: 'Existenzsicherung/Finanzen',
  familie: 'Familie/Kinder',
  teilhabe: 'Soziale Teilhabe/Alltag',
} as const;

/** Every letter of the text is of the Arabic script (Arabic, Persian/Dari, Pashto, Sorani, Urdu), and there is one. */
const inArabicScript = (text: string): boolean => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.every((letter) => /\p{Script=Arabic}/u.test(letter));
};

/**
 * A person's name as every screen, list and document shows it: "Familienname, Vornamen" (the
 * order of German forms, and the one the lists sort by); the family name alone without given names.
 * A name written in Arabic script (both parts) takes the Arabic comma, "حداد، أمينة": the Latin
 * comma in right-to-left text reads as a stray mark ("حداد, أمينة"). A mixed name keeps ", ".
 */
export function personName(name: { familyName: string; givenNames: string } | undefined | null): string {
  if (!name) return 'Ohne Namen';
  const family = name.familyName.trim();
  const given = name.givenNames.trim();
  if (!given) return family;
  return inArabicScript(family) && inArabicScript(given) ? `${family}\u060c ${given}` : `${family}, ${given}`;
}

/** The labels by vocabulary, for the choices of a screen: in the order of the list. */
export const options = <V extends string>(labels: Readonly<Record<V, string>>): { value: V; label: string }[] =>
  (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));

/** Which setting chose the store's folder, as Einstellungen says it. */
export const DATA_DIR_SOURCE_LABELS: Record<(typeof DATA_DIR_SOURCES)[number], string> = {
  schalter: 'Startoption --data-dir',
  umgebung: 'Umgebungsvariable KIM_DATA_DIR',
  rechner: 'Einstellung der IT für diesen Computer',
  standard: 'Standardordner Ihres Benutzerkontos',
};
