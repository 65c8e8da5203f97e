/**
 * Nationalities, languages and the interpreter: chosen by typing from complete lists with German
 * names (electron/contract/countries.ts, languages.ts); the first language is the preferred one.
 * "Braucht Dolmetschung" asks for the language, the preferred one proposed.
 */
import { COMMON_COUNTRIES, COUNTRY_NAMES } from '../../../electron/contract/countries';
import { COMMON_LANGUAGES, LANGUAGE_NAMES } from '../../../electron/contract/languages';
import { cases } from '../../i18n/cases';
import { person as p } from '../../i18n/person';
import { ChoiceSearch } from '../../ui/ChoiceSearch';
import { Checkbox } from '../cases/parts';
import type { PersonFormErrors, PersonFormValues } from './personFormValues';

const t = cases.person;
const options = (list: Readonly<Record<string, string>>) => Object.entries(list).map(([value, label]) => ({ value, label }));
const countryOptions = options(COUNTRY_NAMES);
const languageOptions = options(LANGUAGE_NAMES);

type Origin = Pick<PersonFormValues, 'nationalities' | 'languages' | 'interpreterNeeded' | 'interpreterLanguage'>;

export function OriginFields({ values, onChange, errors }: { values: Origin; onChange: (patch: Partial<Origin>) => void; errors: PersonFormErrors }) {
  // An old code outside the lists stays choosable under its code, so saving keeps it.
  const withStored = (list: typeof countryOptions, stored: string[]) => [
    ...list,
    ...stored.filter((code) => !list.some((o) => o.value === code)).map((code) => ({ value: code, label: code })),
  ];
  return (
    <>
      <ChoiceSearch
        label={t.nationalities}
        hint={p.nationalitiesHint}
        options={withStored(countryOptions, values.nationalities)}
        common={COMMON_COUNTRIES}
        value={values.nationalities}
        onChange={(nationalities) => onChange({ nationalities })}
        max={5}
        error={errors.nationalities ?? null}
      />
      <ChoiceSearch
        label={t.languages}
        hint={p.languagesHint}
        options={withStored(languageOptions, values.languages)}
        common={COMMON_LANGUAGES}
        value={values.languages}
        onChange={(languages) => onChange({ languages })}
        max={10}
        firstMark={p.preferred}
        error={errors.languages ?? null}
      />
      <Checkbox
        label={t.interpreter}
        checked={values.interpreterNeeded}
        onChange={(interpreterNeeded) =>
          // The preferred language is the likely one: proposed, removable.
          onChange({ interpreterNeeded, interpreterLanguage: interpreterNeeded ? values.interpreterLanguage || (values.languages[0] ?? '') : '' })
        }
      />
      {values.interpreterNeeded ? (
        <ChoiceSearch
          label={p.interpreterLanguage}
          hint={p.interpreterLanguageHint}
          options={withStored(languageOptions, values.interpreterLanguage ? [values.interpreterLanguage] : [])}
          common={[...values.languages, ...COMMON_LANGUAGES]}
          value={values.interpreterLanguage ? [values.interpreterLanguage] : []}
          onChange={(chosen) => onChange({ interpreterLanguage: chosen[0] ?? '' })}
          max={1}
        />
      ) : null}
    </>
  );
}
