/**
 * The global search: a panel opened with Strg+K or the header's "Suchen" button. Searches while
 * typing, shows the hits grouped by kind (Personen, Fälle, Notizen aus Kontakten, Ziele) and opens
 * a hit's case section or person. Arrow keys move between the field and the hits; Tab stays
 * inside; Escape closes and gives the focus back to where it was. The keys come from the registry in frame/shortcuts.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { SearchHit, SearchResult } from '../../../electron/contract/areas/search';
import { SEARCH_QUERY_MAX } from '../../../electron/contract/areas/search';
import { call } from '../../api';
import { search as t } from '../../i18n/search';
import { clearNotice } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { openCase, openRoute } from '../frame/navigation';
import { ariaKeyShortcuts, matchesShortcut } from '../frame/shortcuts';
import { useShortcuts } from '../frame/useShortcuts';
import { closeSearch, openSearch, useSearchPanel } from './searchPanelStore';
import { trapTab } from '../../ui/focusTrap';
import './search.css';

const TYPING_PAUSE_MS = 150;

function openHit(hit: SearchHit): void {
  closeSearch();
  clearNotice();
  if (hit.target.view === 'case') openCase(hit.target.caseId, hit.target.section);
  else openRoute({ page: 'cases', view: 'person', personId: hit.target.personId });
}

/** Opens the panel on its shortcut (Strg+K in the registry), wherever the focus is. */
function useSearchShortcut(input: React.RefObject<HTMLInputElement | null>): void {
  useShortcuts({
    search: () => {
      openSearch();
      input.current?.focus();
    },
  });
}

export function SearchPanel() {
  const open = useSearchPanel((s) => s.open);
  const input = useRef<HTMLInputElement>(null);
  useSearchShortcut(input);
  return open ? <OpenSearchPanel input={input} /> : null;
}

function OpenSearchPanel({ input }: { input: React.RefObject<HTMLInputElement | null> }) {
  const titleId = useId();
  const hintId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Focus the field on opening; give the focus back on closing.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [input]);

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setResult(null);
      setError(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setBusy(true);
      void call('search.global', { query: text }).then((answer) => {
        if (!current) return;
        setBusy(false);
        if (answer.ok) {
          setResult(answer.value);
          setError(null);
        } else setError(answer.error.message);
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  /** Arrow keys move between the field and the hits, in the order shown. */
  function onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    if (matchesShortcut('close', event)) {
      event.preventDefault();
      closeSearch();
      return;
    }
    // The panel covers the page: Tab stays inside it until it is closed.
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      if (panel.current) trapTab(event, panel.current);
      return;
    }
    const down = matchesShortcut('list.next', event);
    if (!down && !matchesShortcut('list.previous', event)) return;
    const stops = [input.current, ...(panel.current?.querySelectorAll<HTMLButtonElement>('.search-hit') ?? [])].filter(
      (el): el is HTMLInputElement | HTMLButtonElement => el !== null,
    );
    const at = stops.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || stops.length < 2) return;
    event.preventDefault();
    const next = down ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]?.focus();
  }

  const hits = result?.groups.reduce((n, g) => n + g.hits.length, 0) ?? 0;
  const status = busy ? t.searching : result === null ? '' : hits === 0 ? t.none(result.query) : t.count(result.groups.reduce((n, g) => n + g.total, 0));

  return (
    <div className="search-panel" role="dialog" aria-labelledby={titleId} ref={panel} onKeyDown={onKeyDown}>
      <div className="search-panel-head">
        <h2 id={titleId} className="search-panel-title">
          {t.title}
        </h2>
        <Button variant="link" onClick={closeSearch} aria-keyshortcuts={ariaKeyShortcuts('close')}>
          {t.close}
        </Button>
      </div>
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="field-label" htmlFor={`${titleId}-q`}>
          {t.field}
        </label>
        <input
          id={`${titleId}-q`}
          ref={input}
          className="field-input search-input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={SEARCH_QUERY_MAX}
          aria-describedby={hintId}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="field-hint" id={hintId}>
          {t.fieldHint}
        </p>
      </form>
      <ErrorMessage message={error} />
      <StatusMessage>{status}</StatusMessage>
      {result?.groups.map((group) => (
        <section key={group.kind} className="search-group" aria-labelledby={`${titleId}-${group.kind}`}>
          <h3 id={`${titleId}-${group.kind}`} className="search-group-title">
            {group.heading} <span className="search-group-count">({t.groupCount(group.hits.length, group.total)})</span>
          </h3>
          <ul className="search-hits">
            {group.hits.map((hit) => (
              <li key={hit.id}>
                <SearchHitButton hit={hit} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function SearchHitButton({ hit }: { hit: SearchHit }) {
  return (
    <button type="button" className="search-hit" onClick={() => openHit(hit)}>
      <span className="search-hit-label">{hit.label}</span>
      {hit.detail ? <span className="search-hit-detail">{hit.detail}</span> : null}
      {hit.snippet ? (
        <span className="search-hit-snippet">
          {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
        </span>
      ) : null}
    </button>
  );
}
