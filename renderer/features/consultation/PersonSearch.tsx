/**
 * Finding a person as one types (`persons.find`: any spelling, transliteration variants, typing
 * errors, case number, date of birth), as an ARIA 1.2 combobox with a listbox: the first hit is
 * highlighted, Arrow Up/Down move, Enter takes the highlighted hit, Escape clears. Enter pressed
 * before the answer arrived takes the first hit once it is there. Late answers are ignored.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { PersonHit } from '../../../electron/contract/areas/consultation';
import { call } from '../../api';
import { consultation } from '../../i18n/consultation';
import { ErrorMessage } from '../../ui/Messages';
import { germanDate } from './time';

const t = consultation.search;
const TYPING_PAUSE_MS = 150;
const MAX_HITS = 10;

interface Found {
  query: string;
  hits: PersonHit[];
}

export interface PersonSearchProps {
  query: string;
  onQuery: (query: string) => void;
  onTake: (hit: PersonHit) => void;
  inputRef: Ref<HTMLInputElement>;
}

export function PersonSearch({ query, onQuery, onTake, inputRef }: PersonSearchProps) {
  const id = useId();
  const [found, setFound] = useState<Found | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const takeWhenFound = useRef(false);
  const take = useRef(onTake);
  take.current = onTake;

  const text = query.trim();
  useEffect(() => {
    takeWhenFound.current = false;
    if (text === '') {
      setFound(null);
      setError(null);
      setPending(false);
      return;
    }
    let current = true;
    setPending(true);
    const timer = setTimeout(() => {
      void call('persons.find', { query: text, limit: MAX_HITS }).then((answer) => {
        if (!current) return;
        setPending(false);
        if (!answer.ok) {
          takeWhenFound.current = false;
          setError(answer.error.message);
          return;
        }
        setError(null);
        setFound({ query: text, hits: answer.value });
        setActive(0);
        const first = answer.value[0];
        if (takeWhenFound.current && first) take.current(first);
        takeWhenFound.current = false;
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const hits = found?.hits ?? [];
  const fresh = found !== null && found.query === text;
  const open = text !== '' && hits.length > 0;
  const optionId = (index: number) => `${id}-hit-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      if (query === '') return;
      event.preventDefault();
      onQuery('');
      setFound(null);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((now) => (now + step + hits.length) % hits.length);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (fresh && hit) onTake(hit);
      else if (text !== '' && (pending || !fresh)) takeWhenFound.current = true;
    }
  }

  const status = text === '' ? '' : pending && !fresh ? t.searching : fresh && hits.length === 0 ? t.none(text) : fresh ? t.count(hits.length) : '';

  return (
    <div className="consultation-search" role="search">
      <label className="field-label" htmlFor={`${id}-q`}>
        {t.label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {t.hint}
      </p>
      <input
        id={`${id}-q`}
        ref={inputRef}
        className="field-input consultation-search-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? `${id}-list` : undefined}
        aria-activedescendant={open ? optionId(Math.min(active, hits.length - 1)) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="sr-only" role="status">
        {status}
      </p>
      {status && !open ? (
        <p className="consultation-search-status" aria-hidden="true">
          {status}
        </p>
      ) : null}
      <ErrorMessage message={error} />
      {open ? (
        <ul className="consultation-hits" role="listbox" id={`${id}-list`} aria-label={t.listLabel}>
          {hits.map((hit, index) => (
            <li
              key={hit.personId}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'consultation-hit is-active' : 'consultation-hit'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onTake(hit)}
            >
              <HitText hit={hit} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function HitText({ hit }: { hit: PersonHit }) {
  const meta = [
    hit.matchedSpelling && hit.matchedSpelling !== hit.displayName ? t.matchedSpelling(hit.matchedSpelling) : null,
    hit.birthDate ? t.born(germanDate(hit.birthDate)) : null,
    hit.openCaseNumber ? t.caseNumber(hit.openCaseNumber) : t.noCase,
  ].filter(Boolean);
  return (
    <>
      <span className="consultation-hit-name">{hit.displayName}</span>
      {hit.incomplete ? <span className="consultation-badge">{t.incomplete}</span> : null}
      <span className="consultation-hit-meta">{meta.join(' · ')}</span>
    </>
  );
}
