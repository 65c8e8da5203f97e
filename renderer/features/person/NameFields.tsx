/** The spellings of a person's name: the primary one first, more can be added, removed or made primary. */
import { cases } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { emptyName, type NameValue } from './personFormValues';

const t = cases.person;

export interface NameFieldsProps {
  names: NameValue[];
  onChange: (names: NameValue[]) => void;
  error?: string | undefined;
}

export function NameFields({ names, onChange, error }: NameFieldsProps) {
  function set(index: number, patch: Partial<NameValue>) {
    onChange(names.map((name, i) => (i === index ? { ...name, ...patch } : name)));
  }
  function remove(index: number) {
    onChange(names.filter((_, i) => i !== index));
  }
  function makePrimary(index: number) {
    const chosen = names[index];
    if (chosen) onChange([chosen, ...names.filter((_, i) => i !== index)]);
  }
  const missing = (name: NameValue) => (error && name.familyName.trim() === '' ? error : null);

  return (
    <fieldset className="form-group">
      <legend className="form-group-title">{t.namesTitle}</legend>
      <p className="field-hint">{t.namesHint}</p>
      {names.map((name, index) => {
        const n = index + 1;
        const first = index === 0;
        return (
          <fieldset className="name-row" key={index}>
            <legend className="field-label">{first ? t.primaryName : t.otherName(n)}</legend>
            <div className="field-pair">
              <TextField
                label={first ? t.familyName : t.familyNameN(n)}
                value={name.familyName}
                onChange={(familyName) => set(index, { familyName })}
                error={missing(name)}
                maxLength={100}
                autoComplete="off"
              />
              <TextField
                label={first ? t.givenNames : t.givenNamesN(n)}
                value={name.givenNames}
                onChange={(givenNames) => set(index, { givenNames })}
                maxLength={100}
                autoComplete="off"
              />
            </div>
            {first ? null : (
              <>
                <TextField label={t.noteN(n)} hint={t.noteHint} value={name.note} onChange={(note) => set(index, { note })} maxLength={200} />
                <div className="row-actions">
                  <Button variant="link" onClick={() => makePrimary(index)}>
                    {t.makePrimary(n)}
                  </Button>
                  <Button variant="link" onClick={() => remove(index)}>
                    {t.removeName(n)}
                  </Button>
                </div>
              </>
            )}
          </fieldset>
        );
      })}
      {names.length < 10 ? (
        <div>
          <Button onClick={() => onChange([...names, emptyName()])}>{t.addName}</Button>
        </div>
      ) : null}
    </fieldset>
  );
}
