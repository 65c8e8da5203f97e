/**
 * The demo's configuration, written first: the target groups of the steering group (those of
 * Kreis Mettmann 2021, plus an earlier pilot group that has ended), the places of the
 * consultation hours and the network partners of a fictional district.
 */
import type { LocationKind } from '../../contract/areas/cases';
import type { PartnerLegalArea } from '../../contract/areas/network';
import { addDays, minDate, type SimClock } from './calendar';
import { valid, type DemoServices } from './demoServices';
import { DISTRICT, EASTERN_EUROPE } from './origins';
import type { DemoPerson } from './people';
import type { SeededRandom } from './random';

export type PartnerKey =
  | 'jobcenter'
  | 'agentur'
  | 'jugendamt'
  | 'sozialamtAsyl'
  | 'sozialamt'
  | 'abh'
  | 'ebh'
  | 'mbe'
  | 'jmd'
  | 'sprachkurs'
  | 'schuldner'
  | 'sucht'
  | 'gesundheitsamt'
  | 'psz'
  | 'schule'
  | 'wohnungsamt'
  | 'familienzentrum';

type TargetGroupKey = 'umf' | 'geduldet' | 'osteuropa' | 'ueber27' | 'gu';

/** A configured record with the period in which the demo may use it. */
interface Dated {
  id: string;
  from: string;
  /** Last day of use; null while it is still in use. */
  until: string | null;
}
export interface DemoLocation extends Dated {
  name: string;
  kind: LocationKind;
  municipality: string;
  address: string;
}
interface DemoPartner extends Dated {
  key: PartnerKey;
  organisation: string;
}
interface DemoTargetGroup extends Dated {
  key: TargetGroupKey;
}

const usableOn = (item: Dated, date: string) => item.from <= date && (item.until === null || item.until >= date);

/** Kreis Mettmann fixed these target groups in 2021. */
const METTMANN_2021 = '2021-07-01';

const TARGET_GROUPS: { key: TargetGroupKey; name: string; description: string }[] = [
  { key: 'umf', name: 'Unbegleitete minderjährige Geflüchtete (UMF)', description: 'Junge Menschen unter 18 Jahren, die ohne Eltern eingereist sind.' },
  {
    key: 'geduldet',
    name: 'Geduldete mit Perspektive nach §§ 25a/25b AufenthG oder mit gefährdetem Aufenthalt',
    description: 'Menschen mit Duldung, die ein Bleiberecht erreichen können oder deren Aufenthalt gefährdet ist.',
  },
  { key: 'osteuropa', name: 'Zugewanderte aus Osteuropa', description: 'Zum Beispiel aus Rumänien, Bulgarien, der Ukraine.' },
  { key: 'ueber27', name: 'Geduldete und Gestattete über 27 Jahre', description: 'Menschen mit Duldung oder Aufenthaltsgestattung, älter als 27 Jahre.' },
  {
    key: 'gu',
    name: 'Neu zugewiesene Geflüchtete in Gemeinschaftsunterkünften (Modellphase)',
    description: 'Zielgruppe der Modellphase; von der Lenkungsgruppe beendet.',
  },
];

const LOCATIONS: { name: string; kind: LocationKind; municipality: string; address: string; closes?: boolean }[] = [
  { name: 'GU Mühlenweg', kind: 'gu', municipality: 'Nordheim', address: 'Mühlenweg 4' },
  { name: 'GU Am Bahnhof', kind: 'gu', municipality: 'Südwalde', address: 'Bahnhofstraße 21' },
  { name: 'GU Gewerbepark', kind: 'gu', municipality: 'Westerfeld', address: 'Gewerbepark 7', closes: true },
  { name: 'Rathaus Kreisstadt, Sozialamt', kind: 'rathaus', municipality: 'Kreisstadt', address: 'Am Markt 1' },
  { name: 'Rathaus Ostbach', kind: 'rathaus', municipality: 'Ostbach', address: 'Kirchplatz 2' },
  { name: 'Beratungsstelle am Markt', kind: 'beratungsstelle', municipality: 'Lindenau', address: 'Am Markt 9' },
  { name: 'Kommunales Integrationszentrum, Kreishaus', kind: 'buero', municipality: 'Kreisstadt', address: 'Schulweg 12' },
];

const mail = (name: string) => `${name}@kreis-lindenau.example`;
const PARTNERS: {
  key: PartnerKey;
  organisation: string;
  legalArea: PartnerLegalArea;
  municipality: string;
  contactName: string;
  email: string;
  replaced?: boolean;
}[] = [
  {
    key: 'jobcenter',
    organisation: `Jobcenter ${DISTRICT}`,
    legalArea: 'sgb2',
    municipality: 'Kreisstadt',
    contactName: 'Frau Albers',
    email: mail('jobcenter'),
  },
  {
    key: 'agentur',
    organisation: 'Agentur für Arbeit Kreisstadt',
    legalArea: 'sgb3',
    municipality: 'Kreisstadt',
    contactName: 'Herr Brandt',
    email: mail('agentur'),
  },
  {
    key: 'jugendamt',
    organisation: `Jugendamt ${DISTRICT}`,
    legalArea: 'sgb8',
    municipality: 'Kreisstadt',
    contactName: 'Frau Celik',
    email: mail('jugendamt'),
  },
  {
    key: 'sozialamtAsyl',
    organisation: 'Sozialamt Nordheim, Asylbewerberleistungen',
    legalArea: 'asylblg',
    municipality: 'Nordheim',
    contactName: 'Herr Dietz',
    email: mail('sozialamt-nordheim'),
  },
  {
    key: 'sozialamt',
    organisation: 'Sozialamt Kreisstadt, Grundsicherung',
    legalArea: 'sgb12',
    municipality: 'Kreisstadt',
    contactName: 'Frau Engel',
    email: mail('sozialamt'),
  },
  {
    key: 'abh',
    organisation: `Ausländerbehörde ${DISTRICT}`,
    legalArea: 'aufenthg',
    municipality: 'Kreisstadt',
    contactName: 'Herr Fischer',
    email: mail('abh'),
  },
  {
    key: 'ebh',
    organisation: `Einbürgerungsbehörde ${DISTRICT}`,
    legalArea: 'staag',
    municipality: 'Kreisstadt',
    contactName: 'Frau Günther',
    email: mail('ebh'),
  },
  {
    key: 'mbe',
    organisation: 'Migrationsberatung für Erwachsene (MBE) Südwalde',
    legalArea: 'beratung',
    municipality: 'Südwalde',
    contactName: 'Frau Haas',
    email: mail('mbe'),
  },
  {
    key: 'jmd',
    organisation: 'Jugendmigrationsdienst (JMD) Kreisstadt',
    legalArea: 'beratung',
    municipality: 'Kreisstadt',
    contactName: 'Herr Ilić',
    email: mail('jmd'),
  },
  {
    key: 'sprachkurs',
    organisation: 'Sprachschule Lindenau (früherer Kursträger)',
    legalArea: 'sprache',
    municipality: 'Lindenau',
    contactName: 'Frau Jansen',
    email: mail('sprachschule'),
    replaced: true,
  },
  {
    key: 'sprachkurs',
    organisation: 'Bildungswerk Ostbach, Integrationskurse',
    legalArea: 'sprache',
    municipality: 'Ostbach',
    contactName: 'Herr Krüger',
    email: mail('bildungswerk'),
  },
  {
    key: 'schuldner',
    organisation: 'Schuldnerberatung Ostbach',
    legalArea: 'beratung',
    municipality: 'Ostbach',
    contactName: 'Frau Lorenz',
    email: mail('schuldnerberatung'),
  },
  {
    key: 'sucht',
    organisation: 'Suchtberatung Kreisstadt',
    legalArea: 'gesundheit',
    municipality: 'Kreisstadt',
    contactName: 'Herr Meier',
    email: mail('suchtberatung'),
  },
  {
    key: 'gesundheitsamt',
    organisation: `Gesundheitsamt ${DISTRICT}`,
    legalArea: 'gesundheit',
    municipality: 'Kreisstadt',
    contactName: 'Frau Nowak',
    email: mail('gesundheitsamt'),
  },
  {
    key: 'psz',
    organisation: 'Psychosoziales Zentrum für Geflüchtete',
    legalArea: 'gesundheit',
    municipality: 'Nordheim',
    contactName: 'Frau Osman',
    email: mail('psz'),
  },
  {
    key: 'schule',
    organisation: 'Gesamtschule Westerfeld',
    legalArea: 'bildung',
    municipality: 'Westerfeld',
    contactName: 'Herr Peters',
    email: mail('gesamtschule'),
  },
  {
    key: 'wohnungsamt',
    organisation: 'Wohnungsamt Lindenau',
    legalArea: 'wohnen',
    municipality: 'Lindenau',
    contactName: 'Frau Quast',
    email: mail('wohnungsamt'),
  },
  {
    key: 'familienzentrum',
    organisation: 'Familienzentrum Nordheim',
    legalArea: 'sonstiges',
    municipality: 'Nordheim',
    contactName: 'Herr Roth',
    email: mail('familienzentrum'),
  },
];

export interface DemoSetup {
  today: string;
  windowStart: string;
  lifeAreaIds: string[];
  locations: DemoLocation[];
  caseManager: string;
  traeger: string;
  partnerId(key: PartnerKey, date: string): string;
  partnerName(id: string): string;
  /** The target groups a person belongs to on `date` (only those valid then). */
  targetGroupIds(person: DemoPerson, date: string): string[];
  /** Where the person comes to the consultation hour on `date`. */
  consultationPlace(person: DemoPerson, date: string): DemoLocation;
  office: DemoLocation;
  /** What the steering group and the district changed later: run after all cases. */
  retire(): void;
}

export function setUpConfiguration(
  svc: DemoServices,
  clock: SimClock,
  rng: SeededRandom,
  window: { today: string; windowStart: string; caseManager: string },
): DemoSetup {
  const { today, windowStart } = window;
  clock.enter(windowStart);
  const span = (from: number, to: number) => addDays(windowStart, rng.int(from, to));

  const groupsFrom = minDate(METTMANN_2021, windowStart);
  const pilotUntil = span(150, 300);
  const targetGroups: DemoTargetGroup[] = TARGET_GROUPS.map((group) => {
    const from = group.key === 'gu' ? addDays(windowStart, -200) : groupsFrom;
    const created = svc.targetGroups.create(valid('targetGroups.create', { name: group.name, description: group.description, validFrom: from }));
    return { key: group.key, id: created.id, from, until: group.key === 'gu' ? pilotUntil : null };
  });

  const guCloses = span(420, 700);
  const locations: DemoLocation[] = LOCATIONS.map((place) => {
    const created = svc.locations.create(valid('locations.create', { name: place.name, kind: place.kind, municipality: place.municipality }));
    return { ...place, id: created.id, from: windowStart, until: place.closes ? guCloses : null };
  });

  const providerChange = span(250, 400);
  const partners: DemoPartner[] = PARTNERS.map((p) => {
    const created = svc.partners.create(
      valid('partners.create', {
        organisation: p.organisation,
        legalArea: p.legalArea,
        municipality: p.municipality,
        contactName: p.contactName,
        email: p.email,
      }),
    );
    const sprachkursFrom = p.key === 'sprachkurs' && !p.replaced ? addDays(providerChange, 1) : windowStart;
    return { key: p.key, organisation: p.organisation, id: created.id, from: sprachkursFrom, until: p.replaced ? providerChange : null };
  });

  const lifeAreaIds = svc.lifeAreas.list({}).map((area) => area.id);
  const byMunicipality = (m: string, kind: LocationKind) => locations.find((l) => l.municipality === m && l.kind === kind);
  const counselling = locations.find((l) => l.kind === 'beratungsstelle')!;
  const office = locations.find((l) => l.kind === 'buero')!;

  const belongs: Record<TargetGroupKey, (p: DemoPerson) => boolean> = {
    umf: (p) => p.umf,
    geduldet: (p) => p.residence === 'duldung' || /25[ab]/.test(p.paragraph ?? ''),
    osteuropa: (p) => EASTERN_EUROPE.has(p.origin.country),
    ueber27: (p) => (p.residence === 'duldung' || p.residence === 'gestattung') && p.ageAtIntake > 27,
    gu: (p) => p.home?.kind === 'gu',
  };

  return {
    today,
    windowStart,
    lifeAreaIds,
    locations,
    office,
    caseManager: window.caseManager,
    traeger: `${DISTRICT}, Kommunales Integrationszentrum`,
    partnerId(key, date) {
      const options = partners.filter((p) => p.key === key);
      return (options.find((p) => usableOn(p, date)) ?? options.at(-1)!).id;
    },
    partnerName: (id) => partners.find((p) => p.id === id)?.organisation ?? '',
    targetGroupIds: (person, date) => targetGroups.filter((g) => usableOn(g, date) && belongs[g.key](person)).map((g) => g.id),
    consultationPlace(person, date) {
      if (person.home && usableOn(person.home, date)) return person.home;
      const townHall = byMunicipality(person.municipality, 'rathaus');
      return townHall && usableOn(townHall, date) ? townHall : counselling;
    },
    retire() {
      for (const group of targetGroups.filter((g) => g.until !== null)) {
        clock.enter(minDate(addDays(group.until!, 1), today));
        svc.targetGroups.end(valid('targetGroups.end', { targetGroupId: group.id, validUntil: group.until! }));
      }
      for (const place of locations.filter((l) => l.until !== null && l.until < today)) {
        clock.enter(addDays(place.until!, 1));
        svc.locations.deactivate(valid('locations.deactivate', { locationId: place.id }));
      }
      for (const partner of partners.filter((p) => p.until !== null && p.until < today)) {
        clock.enter(addDays(partner.until!, 1));
        svc.partners.deactivate(valid('partners.deactivate', { id: partner.id }));
      }
    },
  };
}

/** Where a person lives in a GU: one that is open on `date`. */
export function openShelters(setup: DemoSetup, date: string): DemoLocation[] {
  return setup.locations.filter((l) => l.kind === 'gu' && usableOn(l, date));
}
