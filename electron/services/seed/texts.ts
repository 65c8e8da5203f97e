/**
 * The German words of the demo: per life area what a case manager writes down (needs,
 * resources), the goals with their steps, and why a client is referred to which partner.
 * Plain, respectful language; no real person or real case behind any of it.
 */
import type { ResponsibleService, StepResponsible } from '../../contract/areas/assessment';
import type { StructuralGap } from '../../contract/areas/network';
import type { PartnerKey } from './configuration';
import type { DemoPerson } from './people';

export interface StepText {
  description: string;
  responsible: StepResponsible;
  partner?: PartnerKey;
}
export interface GoalText {
  title: string;
  steps: StepText[];
  /** Only for people it fits (e.g. a Bleiberecht goal for someone with a Duldung). */
  when?: (person: DemoPerson) => boolean;
}
export interface AreaTexts {
  needs: string[];
  resources: string[];
  /** Who is responsible when the situation is difficult. */
  services: ResponsibleService[];
  goals: GoalText[];
  referrals: { partner: PartnerKey; reason: string }[];
}

const tolerated = (p: DemoPerson) => p.residence === 'duldung' || p.residence === 'gestattung';
const hasChildren = (p: DemoPerson) => p.children > 0;

export const AREA_TEXTS: Record<string, AreaTexts> = {
  aufenthalt: {
    needs: [
      'Die Duldung läuft bald ab, die Verlängerung muss beantragt werden.',
      'Unklar, ob ein Bleiberecht nach § 25b AufenthG möglich ist.',
      'Der Pass fehlt, die Passbeschaffung ist schwierig.',
      'Brief der Ausländerbehörde nicht verstanden, Frist läuft.',
    ],
    resources: [
      'Aufenthaltserlaubnis gültig, Verlängerung rechtzeitig beantragt.',
      'Alle Unterlagen liegen vor.',
      'Kennt den Ablauf bei der Ausländerbehörde.',
    ],
    services: ['abh'],
    goals: [
      {
        title: 'Der Aufenthalt ist gesichert: die Verlängerung liegt vor',
        steps: [
          { description: 'Unterlagen für die Verlängerung zusammenstellen', responsible: 'klient' },
          { description: 'Termin bei der Ausländerbehörde vereinbaren', responsible: 'case_management' },
          { description: 'Antrag prüfen und entscheiden', responsible: 'partner', partner: 'abh' },
        ],
      },
      {
        title: 'Ein Antrag auf Bleiberecht nach § 25b AufenthG ist gestellt',
        when: tolerated,
        steps: [
          { description: 'Nachweise über Arbeit und Deutschkenntnisse sammeln', responsible: 'klient' },
          { description: 'Voraussetzungen gemeinsam prüfen', responsible: 'case_management' },
          { description: 'Antrag entgegennehmen und beraten', responsible: 'partner', partner: 'abh' },
        ],
      },
      {
        title: 'Der Antrag auf Einbürgerung ist gestellt',
        when: (p) => p.residence === 'niederlassungserlaubnis',
        steps: [
          { description: 'Einbürgerungstest ablegen', responsible: 'klient' },
          { description: 'Antrag bei der Einbürgerungsbehörde einreichen', responsible: 'partner', partner: 'ebh' },
        ],
      },
    ],
    referrals: [
      { partner: 'abh', reason: 'Klärung der Verlängerung des Aufenthaltsdokuments' },
      { partner: 'abh', reason: 'Beratung zum Bleiberecht (§§ 25a/25b AufenthG)' },
      { partner: 'ebh', reason: 'Beratung zur Einbürgerung' },
    ],
  },
  wohnen: {
    needs: [
      'Lebt seit langem in der Gemeinschaftsunterkunft und sucht eine Wohnung.',
      'Die Wohnung ist für die Familie zu klein.',
      'Mietschulden, eine Kündigung droht.',
    ],
    resources: ['Eigene Wohnung mit unbefristetem Mietvertrag.', 'Wohnberechtigungsschein liegt vor.'],
    services: ['sonstiges', 'asylblg', 'sgb2'],
    goals: [
      {
        title: 'Eine eigene Wohnung ist gefunden',
        steps: [
          { description: 'Wohnberechtigungsschein beantragen', responsible: 'klient' },
          { description: 'Wohnungsangebote gemeinsam durchsehen', responsible: 'case_management' },
          { description: 'Wohnung aus dem städtischen Bestand anbieten', responsible: 'partner', partner: 'wohnungsamt' },
        ],
      },
      {
        title: 'Die Mietschulden sind geregelt',
        steps: [
          { description: 'Briefe zu den Schulden sammeln', responsible: 'klient' },
          { description: 'Ratenzahlung mit dem Vermieter vereinbaren', responsible: 'partner', partner: 'schuldner' },
        ],
      },
    ],
    referrals: [
      { partner: 'wohnungsamt', reason: 'Unterstützung bei der Wohnungssuche' },
      { partner: 'schuldner', reason: 'Mietschulden, drohender Verlust der Wohnung' },
    ],
  },
  gesundheit: {
    needs: [
      'Keine Hausarztpraxis, eine chronische Erkrankung wird nicht behandelt.',
      'Starke psychische Belastung nach der Flucht.',
      'Die Krankenversicherung ist ungeklärt.',
    ],
    resources: ['Hausarztpraxis vorhanden, die Behandlung läuft.', 'Krankenversichert, Karte liegt vor.'],
    services: ['gesundheit', 'asylblg'],
    goals: [
      {
        title: 'Die ärztliche Behandlung ist gesichert',
        steps: [
          { description: 'Hausarztpraxis in der Nähe suchen', responsible: 'case_management' },
          { description: 'Termin wahrnehmen', responsible: 'klient' },
          { description: 'Impfberatung und Untersuchung', responsible: 'partner', partner: 'gesundheitsamt' },
        ],
      },
      {
        title: 'Psychosoziale Unterstützung hat begonnen',
        steps: [
          { description: 'Erstgespräch im Psychosozialen Zentrum', responsible: 'partner', partner: 'psz' },
          { description: 'Termine regelmäßig wahrnehmen', responsible: 'klient' },
        ],
      },
    ],
    referrals: [
      { partner: 'psz', reason: 'Psychische Belastung, Bedarf an Beratung und Behandlung' },
      { partner: 'gesundheitsamt', reason: 'Klärung von Impfstatus und Untersuchung' },
      { partner: 'sucht', reason: 'Wunsch nach Beratung wegen Alkoholkonsums' },
    ],
  },
  sprache: {
    needs: [
      'Spricht kaum Deutsch und braucht einen Integrationskurs.',
      'Integrationskurs abgebrochen, Wiedereinstieg nötig.',
      'B1-Prüfung noch nicht bestanden.',
    ],
    resources: ['Deutsch auf Niveau B1.', 'Besucht regelmäßig einen Integrationskurs.', 'Spricht gut Englisch.'],
    services: ['sonstiges', 'keine', 'sgb2'],
    goals: [
      {
        title: 'Der Integrationskurs hat begonnen',
        steps: [
          { description: 'Berechtigung für den Integrationskurs beantragen', responsible: 'case_management' },
          { description: 'Anmeldung beim Sprachkursträger', responsible: 'partner', partner: 'sprachkurs' },
          { description: 'Kurs regelmäßig besuchen', responsible: 'klient' },
        ],
      },
      {
        title: 'Die B1-Prüfung ist bestanden',
        steps: [
          { description: 'Zur Prüfung anmelden', responsible: 'partner', partner: 'sprachkurs' },
          { description: 'Mit der Lern-App üben', responsible: 'klient' },
        ],
      },
    ],
    referrals: [{ partner: 'sprachkurs', reason: 'Anmeldung zum Integrationskurs' }],
  },
  bildung: {
    needs: [
      'Die Kinder haben noch keinen Schulplatz.',
      'Der Schulabschluss aus dem Herkunftsland ist nicht anerkannt.',
      'Jugendliche Person ohne Schulabschluss.',
    ],
    resources: ['Die Kinder gehen regelmäßig zur Schule.', 'Abgeschlossenes Studium im Herkunftsland.'],
    services: ['schule', 'sgb8', 'sonstiges'],
    goals: [
      {
        title: 'Die Kinder haben einen Schulplatz',
        when: hasChildren,
        steps: [
          { description: 'Anmeldung beim Schulamt begleiten', responsible: 'case_management' },
          { description: 'Schulplatz zuweisen', responsible: 'partner', partner: 'schule' },
          { description: 'Schulsachen besorgen', responsible: 'klient' },
        ],
      },
      {
        title: 'Der Abschluss ist zur Anerkennung eingereicht',
        steps: [
          { description: 'Zeugnisse übersetzen lassen', responsible: 'klient' },
          { description: 'Zuständige Anerkennungsstelle heraussuchen', responsible: 'case_management' },
        ],
      },
      {
        title: 'Der Schulabschluss wird nachgeholt',
        when: (p) => p.ageAtIntake < 27,
        steps: [
          { description: 'Beratung im Jugendmigrationsdienst', responsible: 'partner', partner: 'jmd' },
          { description: 'Zum Kurs anmelden', responsible: 'klient' },
        ],
      },
    ],
    referrals: [
      { partner: 'schule', reason: 'Schulplatz für die Kinder' },
      { partner: 'jmd', reason: 'Beratung zu Schule und Ausbildung' },
    ],
  },
  arbeit: {
    needs: [
      'Keine Arbeitserlaubnis; eine Beschäftigungsduldung wäre möglich.',
      'Sucht Arbeit, hat Berufserfahrung als Elektriker.',
      'Sucht einen Ausbildungsplatz.',
    ],
    resources: ['Arbeitet in Teilzeit in der Gastronomie.', 'Berufserfahrung als Schneiderin.', 'Führerschein vorhanden.'],
    services: ['sgb2', 'sgb3', 'abh'],
    goals: [
      {
        title: 'Eine Arbeitsstelle ist gefunden',
        steps: [
          { description: 'Lebenslauf schreiben', responsible: 'klient' },
          { description: 'Bewerbungen gemeinsam vorbereiten', responsible: 'case_management' },
          { description: 'Vermittlungsgespräch führen', responsible: 'partner', partner: 'jobcenter' },
        ],
      },
      {
        title: 'Die Ausbildung hat begonnen',
        when: (p) => p.ageAtIntake < 35,
        steps: [
          { description: 'Berufsberatung', responsible: 'partner', partner: 'agentur' },
          { description: 'Praktikumsplatz suchen', responsible: 'klient' },
        ],
      },
      {
        title: 'Die Arbeitserlaubnis liegt vor',
        when: tolerated,
        steps: [
          { description: 'Arbeitsvertrag vorlegen', responsible: 'klient' },
          { description: 'Beschäftigungserlaubnis erteilen', responsible: 'partner', partner: 'abh' },
        ],
      },
    ],
    referrals: [
      { partner: 'jobcenter', reason: 'Vermittlung in Arbeit' },
      { partner: 'agentur', reason: 'Berufsberatung und Ausbildungsvermittlung' },
    ],
  },
  existenz: {
    needs: ['Leistungen wurden eingestellt, der Weiterbewilligungsantrag fehlt.', 'Schulden bei mehreren Stellen.', 'Kein eigenes Konto.'],
    resources: ['Der Lebensunterhalt ist durch Arbeit gesichert.', 'Bezieht Leistungen und versteht die Bescheide.'],
    services: ['sgb2', 'asylblg', 'sgb12'],
    goals: [
      {
        title: 'Der Lebensunterhalt ist gesichert',
        steps: [
          { description: 'Weiterbewilligungsantrag ausfüllen', responsible: 'klient' },
          { description: 'Antrag gemeinsam prüfen', responsible: 'case_management' },
          { description: 'Antrag bearbeiten', responsible: 'partner', partner: 'jobcenter' },
        ],
      },
      {
        title: 'Die Schulden sind geordnet',
        steps: [
          { description: 'Alle Briefe von Gläubigern sammeln', responsible: 'klient' },
          { description: 'Plan zur Schuldenregulierung erstellen', responsible: 'partner', partner: 'schuldner' },
        ],
      },
      {
        title: 'Ein eigenes Konto ist eröffnet',
        steps: [
          { description: 'Termin bei der Bank vereinbaren', responsible: 'case_management' },
          { description: 'Ausweisdokument mitbringen', responsible: 'klient' },
        ],
      },
    ],
    referrals: [
      { partner: 'jobcenter', reason: 'Antrag auf Bürgergeld' },
      { partner: 'sozialamtAsyl', reason: 'Leistungen nach dem Asylbewerberleistungsgesetz' },
      { partner: 'sozialamt', reason: 'Grundsicherung nach SGB XII' },
      { partner: 'schuldner', reason: 'Schuldenregulierung' },
    ],
  },
  familie: {
    needs: ['Kinderbetreuung fehlt, ein Kita-Platz wird gesucht.', 'Belastende Konflikte in der Familie.', 'Der Familiennachzug ist ungeklärt.'],
    resources: ['Die Familie hält zusammen und unterstützt sich.', 'Kita-Platz für das jüngste Kind vorhanden.'],
    services: ['sgb8', 'abh', 'keine'],
    goals: [
      {
        title: 'Ein Kita-Platz ist gefunden',
        when: hasChildren,
        steps: [
          { description: 'Anmeldung im Kita-Portal', responsible: 'case_management' },
          { description: 'Beratung zur Kindertagesbetreuung', responsible: 'partner', partner: 'jugendamt' },
        ],
      },
      {
        title: 'Die Familie hat Beratung und Unterstützung',
        steps: [
          { description: 'Erstgespräch im Familienzentrum', responsible: 'partner', partner: 'familienzentrum' },
          { description: 'Termine gemeinsam wahrnehmen', responsible: 'klient' },
        ],
      },
    ],
    referrals: [
      { partner: 'jugendamt', reason: 'Hilfen für die Familie (Beratung, Kita)' },
      { partner: 'familienzentrum', reason: 'Familienberatung' },
    ],
  },
  teilhabe: {
    needs: ['Kaum Kontakte außerhalb der Unterkunft.', 'Versteht Briefe von Behörden nicht.', 'Kein Zugang zu Freizeitangeboten.'],
    resources: ['Aktiv im Sportverein.', 'Engagiert sich ehrenamtlich.', 'Nachbarn und Freunde helfen im Alltag.'],
    services: ['keine', 'sonstiges'],
    goals: [
      {
        title: 'Kontakte im Ort sind geknüpft',
        steps: [
          { description: 'Begegnungscafé gemeinsam besuchen', responsible: 'case_management' },
          { description: 'Sportverein ausprobieren', responsible: 'klient' },
        ],
      },
      {
        title: 'Briefe von Behörden werden verstanden',
        steps: [
          { description: 'Ehrenamtliche Patenschaft vermitteln', responsible: 'case_management' },
          { description: 'Sprechstunde der Migrationsberatung nutzen', responsible: 'partner', partner: 'mbe' },
        ],
      },
    ],
    referrals: [
      { partner: 'mbe', reason: 'Begleitende Migrationsberatung' },
      { partner: 'jmd', reason: 'Begleitung und Freizeitangebote für junge Menschen' },
    ],
  },
};

/** For life areas a user added: neutral words. */
export const GENERIC_AREA: AreaTexts = {
  needs: ['Unterstützung in diesem Bereich nötig.'],
  resources: ['Kommt in diesem Bereich gut zurecht.'],
  services: ['sonstiges', 'keine'],
  goals: [
    {
      title: 'Die Lage in diesem Bereich ist geklärt',
      steps: [
        { description: 'Unterlagen sammeln', responsible: 'klient' },
        { description: 'Nächste Schritte gemeinsam planen', responsible: 'case_management' },
      ],
    },
  ],
  referrals: [{ partner: 'mbe', reason: 'Beratung und Begleitung' }],
};

export const areaTexts = (lifeAreaId: string): AreaTexts => AREA_TEXTS[lifeAreaId] ?? GENERIC_AREA;

export const CONTACT_NOTES = [
  'Unterlagen für den Antrag besprochen.',
  'Brief vom Jobcenter gemeinsam gelesen und erklärt.',
  'Termin bei der Ausländerbehörde vorbereitet.',
  'Stand der Vermittlung besprochen, nächste Schritte vereinbart.',
  'Formular zur Weiterbewilligung gemeinsam ausgefüllt.',
  'Nach dem Befinden der Familie gefragt.',
  'Rückmeldung zum Sprachkurs erhalten.',
];

export const FOLLOW_UP_TITLES = [
  'Nachfragen, ob der Antrag bewilligt ist',
  'Termin bei der Ausländerbehörde nachbereiten',
  'Unterlagen abholen und prüfen',
  'Rückmeldung des Partners einholen',
  'Ablauf des Aufenthaltsdokuments prüfen',
  'Anmeldung zum Kurs nachhalten',
];

export const CONFERENCE_TEXTS = [
  {
    agenda: 'Abstimmung der nächsten Schritte zu Arbeit und Lebensunterhalt',
    results: 'Zuständigkeiten sind geklärt. Das Jobcenter prüft eine Maßnahme; Case Management begleitet die Anmeldung.',
    actions: ['Rückmeldung zur Maßnahme einholen', 'Nächste Fallkonferenz vorbereiten'],
  },
  {
    agenda: 'Gemeinsamer Blick auf Aufenthalt, Wohnen und Gesundheit',
    results: 'Die Ausländerbehörde nennt die fehlenden Unterlagen. Die Wohnungssuche läuft weiter.',
    actions: ['Fehlende Unterlagen mit der Person zusammenstellen'],
  },
  {
    agenda: 'Unterstützung der Familie: Schule, Kita, Beratung',
    results: 'Schulplatz zugesagt. Das Familienzentrum bietet Termine an.',
    actions: ['Kita-Anmeldung prüfen', 'Termin im Familienzentrum nachhalten'],
  },
];

export const REOPEN_REASONS = [
  'Die Person hat sich wieder gemeldet: das Aufenthaltsdokument läuft ab.',
  'Neuer Unterstützungsbedarf bei der Wohnung.',
  'Rückkehr in den Kreis, erneute Beratung gewünscht.',
  'Die Leistungen wurden eingestellt; die Person bittet um Unterstützung.',
];

export const REFERRAL_SUCCESS_OUTCOMES = [
  'Leistung bewilligt.',
  'Teilnahme bestätigt, die Person ist angekommen.',
  'Termin wahrgenommen, die Unterstützung läuft.',
  'Platz erhalten.',
];

export const GAP_OUTCOMES: Record<StructuralGap, string> = {
  kein_platz: 'Kein freier Platz im Angebot.',
  warteliste: 'Wartezeit von mehr als sechs Monaten.',
  keine_sprachmittlung: 'Beratung nur auf Deutsch möglich, keine Sprachmittlung.',
  nicht_zustaendig: 'Die Stelle sieht sich nicht als zuständig an.',
  sonstiges: 'Das Angebot passt nicht zur Lebenslage.',
};

export const DROPPED_OUTCOMES = ['Termin nicht wahrgenommen.', 'Die Person möchte das Angebot nicht mehr.'];

export const REFERRAL_ENDED_AT_CLOSURE = 'Nicht weiterverfolgt, der Fall wurde abgeschlossen.';

export const RELEASE_SCOPE = 'Weitergabe von Kontaktdaten und Angaben zur Lebenslage, soweit für die Unterstützung nötig.';

/** Marks every demo person as what it is. */
export const DEMO_NAME_NOTE = 'Demodaten: fiktive Person';
