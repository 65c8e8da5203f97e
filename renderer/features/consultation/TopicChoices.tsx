/**
 * The topics (active life areas) as a checkbox group (a contact: several) or a radio group (a
 * Kurzberatung: one), each with its digit 1–9 shown: pressing the digit picks it (see formKeys).
 */
import { useId, type Ref } from 'react';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';

export interface TopicChoicesProps {
  legend: string;
  hint: string;
  lifeAreas: readonly LifeAreaView[];
  multiple: boolean;
  value: readonly string[];
  onToggle: (lifeAreaId: string) => void;
  /** The first choice, to be focused when the form opens. */
  firstRef?: Ref<HTMLInputElement>;
  error?: string | null;
}

export function TopicChoices({ legend, hint, lifeAreas, multiple, value, onToggle, firstRef, error }: TopicChoicesProps) {
  const id = useId();
  const described = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="field choice-group consultation-topics" aria-describedby={described}>
      <legend className="field-label">{legend}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="choices">
        {lifeAreas.map((area, index) => (
          <label key={area.id} className="choice consultation-topic">
            <input
              ref={index === 0 ? firstRef : undefined}
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={area.id}
              checked={value.includes(area.id)}
              onChange={() => onToggle(area.id)}
              aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
            />
            {index < 9 ? (
              <kbd className="consultation-digit" aria-hidden="true">
                {index + 1}
              </kbd>
            ) : null}
            <span>{area.name}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
