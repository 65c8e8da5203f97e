/**
 * Choosing from a long list by typing (countries, languages): an ARIA 1.2 combobox whose listbox
 * shows the matching choices; arrows move, Enter takes the marked one, Escape closes; chosen items
 * stand above the field as chips, each removable (Backspace in the empty field removes the last).
 * While nothing is typed the common choices are listed first. `max` 1 makes it a single choice
 * that a new one replaces.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { choiceSearch } from '../i18n/person';
import './choiceSearch.css';

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface ChoiceSearchProps {
  label: string;
  hint?: string;
  /** Every choice, in the order to list them (e.g. by German name). */
  options: readonly ChoiceOption[];
  /** Values listed first while nothing is typed. */
  common?: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** At most this many; with 1 a new choice replaces the old one. */
  max?: number;
  /** Said after the first chosen item, e.g. "bevorzugt". */
  firstMark?: string;
  error?: string | null;
}

const MAX_SHOWN = 8;

/** Lower case without accents, so "turkei" finds "Türkei" and "cote" "Côte d’Ivoire". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Choices whose name starts with the text come first, then those with a word starting so, then any containing it; a typed code finds its choice. */
export function matchingChoices(options: readonly ChoiceOption[], query: string, excluded: ReadonlySet<string>): ChoiceOption[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const ranked: [number, ChoiceOption][] = [];
  for (const option of options) {
    if (excluded.has(option.value)) continue;
    const name = fold(option.label);
    const rank =
      option.value.toLowerCase() === q ? 0 : name.startsWith(q) ? 1 : name.split(/[\s(/-]+/).some((w) => w.startsWith(q)) ? 2 : name.includes(q) ? 3 : -1;
    if (rank >= 0) ranked.push([rank, option]);
  }
  return ranked.sort((a, b) => a[0] - b[0]).map(([, option]) => option);
}

export function ChoiceSearch({ label, hint, options, common = [], value, onChange, max = Number.POSITIVE_INFINITY, firstMark, error }: ChoiceSearchProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const names = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  const chosen = new Set(value);
  const single = max === 1;
  const full = !single && value.length >= max;

  const shown = useMemo(() => {
    if (text.trim() !== '') return matchingChoices(options, text, chosen).slice(0, MAX_SHOWN);
    const first = [...new Set(common)].filter((c) => !chosen.has(c) && names.has(c)).map((c) => ({ value: c, label: names.get(c) ?? c }));
    return first.slice(0, MAX_SHOWN);
    // `chosen` follows `value`.
  }, [text, options, common, value, names]);
  const expanded = open && !full && shown.length > 0;
  const activeIndex = Math.min(active, shown.length - 1);

  function pick(option: ChoiceOption) {
    onChange(single ? [option.value] : [...value, option.value]);
    setText('');
    setActive(0);
    setOpen(false);
  }

  /**
   * Leaving the field with a name typed in full takes it (nobody loses "Syrien" for want of
   * Enter); anything else typed stays, and the field says it is not chosen.
   */
  function leave() {
    setOpen(false);
    const typed = fold(text.trim());
    if (typed === '' || full) return;
    const exact = options.find((o) => !chosen.has(o.value) && (fold(o.label) === typed || o.value.toLowerCase() === typed));
    if (exact) pick(exact);
  }

  function remove(code: string) {
    onChange(value.filter((v) => v !== code));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : Math.max(0, shown.length - 1));
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + shown.length) % shown.length);
    } else if (event.key === 'Enter') {
      // Enter takes the marked choice; it does not send the form while a choice is being made.
      if (expanded && shown[activeIndex]) {
        event.preventDefault();
        pick(shown[activeIndex]);
      } else if (text.trim() !== '') event.preventDefault();
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else if (text !== '') {
        event.preventDefault();
        setText('');
      }
    } else if (event.key === 'Backspace' && text === '' && value.length > 0 && !single) {
      remove(value[value.length - 1] as string);
    }
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const chipsId = `${id}-chips`;
  const noMatch = text.trim() !== '' && shown.length === 0;
  const pendingId = `${id}-pending`;
  const pending = !open && text.trim() !== '' && !noMatch;
  const described = [value.length > 0 ? chipsId : null, hint ? hintId : null, noMatch ? `${id}-none` : null, pending ? pendingId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="field choice-search">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="chips" id={chipsId} aria-label={choiceSearch.chosen(label)}>
          {value.map((code, index) => {
            const name = names.get(code) ?? code;
            return (
              <li key={code} className="chip">
                <span>
                  {name}
                  {index === 0 && firstMark && value.length > 1 ? <span className="chip-mark"> ({firstMark})</span> : null}
                </span>
                <button type="button" className="chip-remove" aria-label={choiceSearch.remove(name)} onClick={() => remove(code)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {full ? (
        <p className="field-hint">{choiceSearch.full(max)}</p>
      ) : (
        <div className="choice-search-control">
          <input
            id={id}
            className="field-input"
            type="text"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={expanded ? `${id}-option-${activeIndex}` : undefined}
            aria-describedby={described || undefined}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={single && value.length > 0 ? choiceSearch.replacePlaceholder : choiceSearch.placeholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onClick={() => setOpen((o) => !o)}
            onBlur={leave}
          />
          <ul className="choice-search-list" role="listbox" id={listId} aria-label={label} hidden={!expanded}>
            {expanded
              ? shown.map((option, index) => (
                  <li
                    key={option.value}
                    id={`${id}-option-${index}`}
                    role="option"
                    aria-selected={index === activeIndex}
                    className={index === activeIndex ? 'choice-search-option is-active' : 'choice-search-option'}
                    // Keeps the focus in the field, so the choice does not close the list first.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => pick(option)}
                  >
                    {option.label}
                  </li>
                ))
              : null}
          </ul>
        </div>
      )}
      {pending ? (
        <p className="field-hint" id={pendingId} role="status">
          {choiceSearch.notChosen(text.trim())}
        </p>
      ) : null}
      {noMatch ? (
        <p className="field-hint" id={`${id}-none`} role="status">
          {choiceSearch.noMatch}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
