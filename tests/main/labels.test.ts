/**
 * One word per value: every value of the domain's closed lists has exactly one German label, in
 * electron/contract/labels.ts, and the screens, the PDFs and the statistics take it from there.
 * Before, contact type `sonstiges` read "Kontakt" in the timeline and "Sonstiges" in the
 * statistic, and the access routes had three wordings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASE_DATA_KINDS, RELEASE_STATES } from '../../electron/contract/areas/network';
import * as L from '../../electron/contract/labels';
import * as vocabulary from '../../electron/contract/vocabulary';
import { networkLabels } from '../../electron/services/network/labels';
import { ACCESS_LINES, GENDER_LINES, PLACE_LINES, RESIDENCE_LINES } from '../../electron/services/statistics/dimensions';
import { labels as screenLabels } from '../../renderer/i18n/cases';

/** Each closed list with its labels. A new list in vocabulary.ts must be added here (the first test says so). */
const LISTS: Record<string, { values: readonly string[]; labels: Readonly<Record<string, string>> }> = {
  PHASES: { values: vocabulary.PHASES, labels: L.PHASE_LABELS },
  ACCESS_ROUTES: { values: vocabulary.ACCESS_ROUTES, labels: L.ACCESS_ROUTE_LABELS },
  INTAKE_DECISIONS: { values: vocabulary.INTAKE_DECISIONS, labels: L.INTAKE_DECISION_LABELS },
  CLOSURE_REASONS: { values: vocabulary.CLOSURE_REASONS, labels: L.CLOSURE_REASON_LABELS },
  CASE_EVENT_KINDS: { values: vocabulary.CASE_EVENT_KINDS, labels: L.CASE_EVENT_LABELS },
  DOCUMENT_FORMS: { values: vocabulary.DOCUMENT_FORMS, labels: L.DOCUMENT_FORM_LABELS },
  PRINTOUT_DOCUMENTS: { values: vocabulary.PRINTOUT_DOCUMENTS, labels: L.PRINTOUT_DOCUMENT_LABELS },
  GENDERS: { values: vocabulary.GENDERS, labels: L.GENDER_LABELS },
  ACCOMMODATION_TYPES: { values: vocabulary.ACCOMMODATION_TYPES, labels: L.ACCOMMODATION_TYPE_LABELS },
  RESIDENCE_STATUSES: { values: vocabulary.RESIDENCE_STATUSES, labels: L.RESIDENCE_STATUS_LABELS },
  HOUSEHOLD_ROLES: { values: vocabulary.HOUSEHOLD_ROLES, labels: L.HOUSEHOLD_ROLE_LABELS },
  LOCATION_KINDS: { values: vocabulary.LOCATION_KINDS, labels: L.LOCATION_KIND_LABELS },
  PARTNER_LEGAL_AREAS: { values: vocabulary.PARTNER_LEGAL_AREAS, labels: L.PARTNER_LEGAL_AREA_LABELS },
  ASSESSMENT_KINDS: { values: vocabulary.ASSESSMENT_KINDS, labels: L.ASSESSMENT_KIND_LABELS },
  URGENCIES: { values: vocabulary.URGENCIES, labels: L.URGENCY_LABELS },
  RESPONSIBLE_SERVICES: { values: vocabulary.RESPONSIBLE_SERVICES, labels: L.RESPONSIBLE_SERVICE_LABELS },
  GOAL_STATUSES: { values: vocabulary.GOAL_STATUSES, labels: L.GOAL_STATUS_LABELS },
  STEP_RESPONSIBLES: { values: vocabulary.STEP_RESPONSIBLES, labels: L.STEP_RESPONSIBLE_LABELS },
  REFERRAL_STATUSES: { values: vocabulary.REFERRAL_STATUSES, labels: L.REFERRAL_STATUS_LABELS },
  STRUCTURAL_GAPS: { values: vocabulary.STRUCTURAL_GAPS, labels: L.STRUCTURAL_GAP_LABELS },
  CONTACT_PLACES: { values: vocabulary.CONTACT_PLACES, labels: L.CONTACT_PLACE_LABELS },
  DATA_DIR_SOURCES: { values: vocabulary.DATA_DIR_SOURCES, labels: L.DATA_DIR_SOURCE_LABELS },
  CONTACT_TYPES: { values: vocabulary.CONTACT_TYPES, labels: L.CONTACT_TYPE_LABELS },
  FOLLOW_UP_SOURCES: { values: vocabulary.FOLLOW_UP_SOURCES, labels: L.FOLLOW_UP_SOURCE_LABELS },
  RELEASE_STATES: { values: RELEASE_STATES, labels: L.RELEASE_STATE_LABELS },
  RELEASE_DATA_KINDS: { values: RELEASE_DATA_KINDS, labels: L.RELEASE_DATA_KIND_LABELS },
};

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Files that hold a text for every value of a list but not its label, each with why. Anything
 * else that maps all values of a list to string literals is a second label list.
 */
const NOT_LABELS: Record<string, string> = {
  'electron/services/seed/texts.ts': 'the demo data: an outcome sentence typed for each structural gap',
};

describe('one word per value', () => {
  it('every closed list of vocabulary.ts has its labels', () => {
    const lists = Object.entries(vocabulary)
      .filter(([, value]) => Array.isArray(value))
      .map(([name]) => name);
    expect(lists.filter((name) => !(name in LISTS))).toEqual([]);
  });

  it.each(Object.entries(LISTS))('%s: exactly one label for every value, none empty, none twice, no brackets', (_, { values, labels }) => {
    expect(Object.keys(labels)).toEqual([...values]);
    for (const value of values) expect(labels[value]?.trim(), value).toBeTruthy();
    expect(new Set(Object.values(labels)).size).toBe(values.length);
    // Screens write some labels in brackets ("Ausländerbehörde Nordheim (Ausländerbehörde)"): a bracket inside would nest.
    expect(Object.values(labels).filter((label) => /[()]/.test(label))).toEqual([]);
  });

  it('no other file of the app keeps its own labels for a closed list', () => {
    const files = ['electron', 'renderer', 'db'].flatMap(sourceFiles).filter((f) => f !== path.join('electron', 'contract', 'labels.ts'));
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const file of files) {
      if (file in NOT_LABELS) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const [name, { values }] of Object.entries(LISTS)) {
        if (values.length < 3) continue;
        // `value: 'Text'` (a record) or `key: 'value', label: 'Text'` (a statistic's line), for every value of the list.
        const labelled = values.filter((value) =>
          new RegExp(`(^|[\\s{,'"])${escaped(value)}['"]?\\s*:\\s*['"\`]|key:\\s*['"]${escaped(value)}['"],\\s*label:\\s*['"\`]`, 'm').test(text),
        );
        if (labelled.length === values.length) offenders.push(`${file}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the screens, the network choices and the statistic read the same words', () => {
    expect(screenLabels.phases).toBe(L.PHASE_LABELS);
    expect(screenLabels.accessRoutes).toBe(L.ACCESS_ROUTE_LABELS);
    expect(screenLabels.closureReasons).toBe(L.CLOSURE_REASON_LABELS);
    expect(screenLabels.genders).toBe(L.GENDER_LABELS);
    const network = networkLabels();
    expect(network.contactTypes).toEqual(L.options(L.CONTACT_TYPE_LABELS));
    expect(network.contactPlaces).toEqual(L.options(L.CONTACT_PLACE_LABELS));
    expect(network.legalAreas).toEqual(L.options(L.PARTNER_LEGAL_AREA_LABELS));
    const labelOf = (lines: readonly { key: string; label: string }[], key: string) => lines.find((line) => line.key === key)?.label;
    for (const route of vocabulary.ACCESS_ROUTES) expect(labelOf(ACCESS_LINES, route)).toBe(L.ACCESS_ROUTE_LABELS[route]);
    for (const gender of vocabulary.GENDERS) expect(labelOf(GENDER_LINES, gender)).toBe(L.GENDER_LABELS[gender]);
    for (const status of vocabulary.RESIDENCE_STATUSES) expect(labelOf(RESIDENCE_LINES, status)).toBe(L.RESIDENCE_STATUS_LABELS[status]);
    expect(labelOf(PLACE_LINES, 'gu')).toBe(L.LOCATION_KIND_LABELS.gu);
    expect(labelOf(PLACE_LINES, 'aufsuchend')).toBe(L.CONTACT_PLACE_LABELS.wohnung);
  });

  it('the main process takes no label from the renderer (it used to read seven lists from renderer/i18n/cases.ts)', () => {
    const imports = ['electron', 'db'].flatMap(sourceFiles).filter((file) => /from\s+['"][./]*\/renderer\//.test(fs.readFileSync(file, 'utf8')));
    expect(imports).toEqual([]);
  });

  it("a person's name reads 'Familienname, Vornamen' everywhere", () => {
    expect(L.personName({ familyName: 'Ivanov', givenNames: 'Ivan' })).toBe('Ivanov, Ivan');
    expect(L.personName({ familyName: 'Ivanov', givenNames: ' ' })).toBe('Ivanov');
    expect(L.personName(null)).toBe('Ohne Namen');
  });

  it('a name in Arabic script takes the Arabic comma; Latin, Cyrillic and mixed names keep ", "', () => {
    // Arabic, Persian (with a zero-width non-joiner), Pashto and Sorani: all of the Arabic script.
    expect(L.personName({ familyName: 'حداد', givenNames: 'أمينة' })).toBe('حداد، أمينة');
    expect(L.personName({ familyName: 'مهدی\u200cزاده', givenNames: 'سارا' })).toBe('مهدی\u200cزاده، سارا');
    expect(L.personName({ familyName: 'ږغځي', givenNames: 'څډړګ' })).toBe('ږغځي، څډړګ');
    expect(L.personName({ familyName: ' ئەحمەد ', givenNames: ' ڕێبوار ' })).toBe('ئەحمەد، ڕێبوار');
    expect(L.personName({ familyName: 'حداد', givenNames: '' })).toBe('حداد');
    // Other scripts, and a name whose parts are in different scripts: the Latin comma.
    expect(L.personName({ familyName: 'Коваленко', givenNames: 'Олена' })).toBe('Коваленко, Олена');
    expect(L.personName({ familyName: 'Yıldız', givenNames: 'Selin Gül' })).toBe('Yıldız, Selin Gül');
    expect(L.personName({ familyName: 'حداد', givenNames: 'Amina' })).toBe('حداد, Amina');
    expect(L.personName({ familyName: 'Haddad', givenNames: 'أمينة' })).toBe('Haddad, أمينة');
    expect(L.personName({ familyName: 'حداد Haddad', givenNames: 'أمينة' })).toBe('حداد Haddad, أمينة');
    expect(L.personName({ familyName: 'כהן', givenNames: 'שרה' })).toBe('כהן, שרה');
  });
});
