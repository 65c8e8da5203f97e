/** Nationalities and languages: the common ones to tick, others typed as codes. */
import { COUNTRIES, LANGUAGES, cases } from '../../i18n/cases';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextField } from '../../ui/TextField';
import type { PersonFormErrors, PersonFormValues } from './personFormValues';

const t = cases.person;
const options = (list: Record<string, string>) => Object.entries(list).map(([value, label]) => ({ value, label }));
const countryOptions = options(COUNTRIES);
const languageOptions = options(LANGUAGES);

type Origin = Pick<PersonFormValues, 'nationalities' | 'otherNationalities' | 'languages' | 'otherLanguages'>;

export function OriginFields({ values, onChange, errors }: { values: Origin; onChange: (patch: Partial<Origin>) => void; errors: PersonFormErrors }) {
  return (
    <>
      <ChoiceGroup
        legend={t.nationalities}
        options={countryOptions}
        multiple
        inline
        value={values.nationalities}
        onChange={(nationalities) => onChange({ nationalities })}
      />
      <TextField
        label={t.otherNationalities}
        hint={t.otherNationalitiesHint}
        value={values.otherNationalities}
        onChange={(otherNationalities) => onChange({ otherNationalities })}
        error={errors.nationalities ?? null}
        maxLength={40}
        autoComplete="off"
      />
      <ChoiceGroup legend={t.languages} options={languageOptions} multiple inline value={values.languages} onChange={(languages) => onChange({ languages })} />
      <TextField
        label={t.otherLanguages}
        hint={t.otherLanguagesHint}
        value={values.otherLanguages}
        onChange={(otherLanguages) => onChange({ otherLanguages })}
        error={errors.languages ?? null}
        maxLength={60}
        autoComplete="off"
      />
    </>
  );
}
