/**
 * A person's data, read-only: all spellings, personal data, contact and housing, residence. Also
 * an earlier version of it (what a correction replaced), which has the same fields.
 */
import type { PersonDetail } from '../../../electron/contract/areas/cases';
import { countryName } from '../../../electron/contract/countries';
import { languageName } from '../../../electron/contract/languages';
import { personName } from '../../../electron/contract/labels';
import { cases, labels } from '../../i18n/cases';
import { person as p } from '../../i18n/person';
import { germanDate, joined } from '../cases/format';
import { Facts } from '../cases/parts';

const t = cases.person;

/** The person's own data, as an earlier version keeps it (a version from before 0014 lacks the interpreter language). */
export type PersonData = Omit<PersonDetail, 'id' | 'displayName' | 'household' | 'cases' | 'intakes' | 'createdAt' | 'updatedAt' | 'interpreterLanguage'> & {
  interpreterLanguage?: string | null;
};

function interpreterText(person: PersonData): string {
  if (!person.interpreterNeeded) return cases.no;
  return person.interpreterLanguage ? p.interpreterWith(languageName(person.interpreterLanguage)) : `${cases.yes} (${p.interpreterLanguageNotKnown})`;
}

export function PersonDetails({ person }: { person: PersonData }) {
  return (
    <>
      {person.incomplete ? <p className="notice notice-warning">{t.incompleteNote}</p> : null}
      <h3>{t.spellingsTitle}</h3>
      <ul className="spellings">
        {person.names.map((name, index) => (
          <li key={index}>
            {personName(name)}
            {name.primary ? ` ${t.primaryMark}` : null}
            {name.note ? ` – ${name.note}` : null}
          </li>
        ))}
      </ul>
      <h3>{t.personalTitle}</h3>
      <Facts
        rows={[
          [t.birthDate, person.birthDate ? germanDate(person.birthDate) : cases.none],
          [t.gender, labels.genders[person.gender]],
          [t.nationalities, joined(person.nationalities.map(countryName))],
          [
            t.languages,
            joined(
              person.languages.map((code, index) =>
                index === 0 && person.languages.length > 1 ? `${languageName(code)} (${p.preferred})` : languageName(code),
              ),
            ),
          ],
          [t.interpreter, interpreterText(person)],
        ]}
      />
      <h3>{t.contactTitle}</h3>
      <Facts
        rows={[
          [t.phone, person.phone ?? cases.none],
          [t.email, person.email ?? cases.none],
          [t.address, person.address ?? cases.none],
          [t.municipality, person.municipality ?? cases.none],
          [t.accommodationType, person.accommodationType ? labels.accommodationTypes[person.accommodationType] : cases.none],
          [t.accommodationName, person.accommodationName ?? cases.none],
        ]}
      />
      <h3>{t.residenceTitle}</h3>
      <Facts
        rows={[
          [t.residenceStatus, person.residenceStatus ? labels.residenceStatuses[person.residenceStatus] : cases.none],
          [t.residenceParagraph, person.residenceParagraph ?? cases.none],
          [t.residenceValidUntil, person.residenceValidUntil ? germanDate(person.residenceValidUntil) : cases.none],
        ]}
      />
    </>
  );
}
