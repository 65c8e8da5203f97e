/**
 * The domain's closed lists, in one plain module: the database schema builds its columns from
 * them, the contract validates with them, and the renderer may import them without pulling in
 * zod or drizzle. Values are stored; the German labels live with the screens and label methods.
 */
export const PHASES = ['erstberatung', 'assessment', 'zielvereinbarung', 'leistungssteuerung', 'monitoring', 'abgeschlossen'] as const;
export const ACCESS_ROUTES = ['sprechstunde', 'abh', 'jobcenter', 'sozialamt', 'unterkunft', 'andere_stelle', 'aufsuchend'] as const;
export const INTAKE_DECISIONS = ['fall_eroeffnet', 'kurzberatung', 'weiterverwiesen'] as const;
export const CLOSURE_REASONS = ['ziele_erreicht', 'regeldienst', 'wegzug', 'kontaktabbruch', 'mitwirkung_beendet', 'ausreise', 'sonstiges'] as const;
export const CASE_EVENT_KINDS = ['eroeffnet', 'phase', 'abgeschlossen', 'wiedereroeffnet'] as const;
/** Consent and release forms. */
export const DOCUMENT_FORMS = ['schriftlich', 'muendlich', 'elektronisch'] as const;
/** Papers printed to be signed: each printout is recorded, and the signature names the one signed. */
export const PRINTOUT_DOCUMENTS = ['zielvereinbarung', 'einwilligung', 'schweigepflichtentbindung'] as const;

export const GENDERS = ['weiblich', 'maennlich', 'divers', 'unbekannt'] as const;
export const ACCOMMODATION_TYPES = ['gu', 'privat', 'sonstiges'] as const;
export const RESIDENCE_STATUSES = [
  'gestattung',
  'duldung',
  'aufenthaltserlaubnis',
  'niederlassungserlaubnis',
  'eu_freizuegigkeit',
  'eingebuergert',
  'sonstiges',
] as const;
export const HOUSEHOLD_ROLES = ['bezugsperson', 'partner', 'kind', 'elternteil', 'geschwister', 'sonstiges'] as const;

export const LOCATION_KINDS = ['gu', 'rathaus', 'beratungsstelle', 'buero', 'sonstiges'] as const;
export const PARTNER_LEGAL_AREAS = [
  'sgb2',
  'sgb3',
  'sgb8',
  'sgb12',
  'asylblg',
  'aufenthg',
  'staag',
  'gesundheit',
  'bildung',
  'wohnen',
  'sprache',
  'beratung',
  'sonstiges',
] as const;

export const ASSESSMENT_KINDS = ['erst', 're'] as const;
export const URGENCIES = ['niedrig', 'mittel', 'hoch'] as const;
export const RESPONSIBLE_SERVICES = ['keine', 'sgb2', 'sgb3', 'sgb8', 'sgb12', 'asylblg', 'abh', 'ebh', 'gesundheit', 'schule', 'sonstiges'] as const;
export const GOAL_STATUSES = ['offen', 'in_arbeit', 'erreicht', 'teilweise_erreicht', 'nicht_erreicht', 'verworfen'] as const;
export const STEP_RESPONSIBLES = ['klient', 'case_management', 'partner'] as const;

export const REFERRAL_STATUSES = ['vorgeschlagen', 'vermittelt', 'termin_vereinbart', 'angenommen', 'abgeschlossen', 'abgelehnt', 'abgebrochen'] as const;
export const STRUCTURAL_GAPS = ['kein_platz', 'warteliste', 'keine_sprachmittlung', 'nicht_zustaendig', 'sonstiges'] as const;
export const CONTACT_PLACES = ['sprechstunde', 'wohnung', 'buero', 'telefon', 'video'] as const;
export const CONTACT_TYPES = ['beratung', 'begleitung', 'telefonat', 'hausbesuch', 'fallkonferenz', 'sonstiges'] as const;
export const FOLLOW_UP_SOURCES = ['kontakt', 'fallkonferenz', 'manuell'] as const;
/** Which setting chose the store's folder: `--data-dir`, `KIM_DATA_DIR`, the machine-wide file, or none (electron/services/dataDir.ts). */
export const DATA_DIR_SOURCES = ['schalter', 'umgebung', 'rechner', 'standard'] as const;
