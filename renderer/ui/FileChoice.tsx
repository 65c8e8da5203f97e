/**
 * A file input with a German button: the native control's own texts follow the system language,
 * so it is visually hidden (still focusable, named by the field label) and a label acts as the
 * button. Reads nothing itself: the chosen files go to `onChoose`.
 */
import { useId } from 'react';
import './fileChoice.css';

export interface FileChoiceProps {
  label: string;
  hint: string;
  /** The button's text, e.g. "Datei auswählen …". */
  buttonLabel: string;
  /** What is chosen, e.g. "Ausgewählt: a.json", or that nothing is. */
  chosenText: string;
  multiple?: boolean;
  accept?: string;
  /** Problems of reading the chosen files, shown under the control. */
  problems?: readonly string[];
  disabled?: boolean;
  onChoose: (files: File[]) => void;
}

export function FileChoice({
  label,
  hint,
  buttonLabel,
  chosenText,
  multiple = false,
  accept = '.json,application/json',
  problems = [],
  disabled = false,
  onChoose,
}: FileChoiceProps) {
  const id = useId();
  return (
    <div className="field file-choice">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="file-choice-control">
        <input
          id={id}
          type="file"
          multiple={multiple}
          accept={accept}
          className="file-choice-input"
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-hint ${id}-chosen`}
          disabled={disabled}
          onChange={(event) => {
            onChoose([...(event.target.files ?? [])]);
            // Choosing the same file again (e.g. after a correction) fires again.
            event.target.value = '';
          }}
        />
        <label htmlFor={id} className="button button-secondary file-choice-button" aria-hidden="true">
          {buttonLabel}
        </label>
        <span className="file-choice-chosen" id={`${id}-chosen`}>
          {chosenText}
        </span>
      </div>
      {problems.map((problem) => (
        <p key={problem} className="field-error">
          {problem}
        </p>
      ))}
    </div>
  );
}
