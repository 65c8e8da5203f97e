/** A person's data, read-only: all spellings, personal data, contact and housing, residence. */
import type { PersonDetail } from '../../../electron/contract/areas/cases';
import { cases, labels } from '../../i18n/cases';
import { countryName, germanDate, joined, languageName } from '../cases/format';
import { Facts } from '../cases/parts';

const t = cases.person;

export function PersonDetails({ person }: { person: PersonDetail }) {
  return (
    <>
      {person.incomplete ? <p className="notice notice-warning">{t.incompleteNote}</p> : null}
      <h3>{t.spellingsTitle}</h3>
      <ul className="spellings">
        {person.names.map((name, index) => (
          <li key={index}>
            {name.givenNames ? `${name.familyName}, ${name.givenNames}` : name.familyName}
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
          [t.languages, joined(person.languages.map(languageName))],
          [t.interpreter, person.interpreterNeeded ? cases.yes : cases.no],
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
