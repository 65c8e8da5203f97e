/**
 * Einstellungen → Texte der Dokumente: each language of the client documents with its review
 * state; a language's texts per document in a table (German · the language · change), confirming
 * the translation, and the unit's own text in place of any built-in one, edited in its row.
 * Loaded only when opened: most visits to Einstellungen are about other things.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type {
  DocumentLanguage,
  DocumentLanguageInfo,
  DocumentLanguageTexts,
  DocumentTextEntry,
  DocumentTextReview,
} from '../../../electron/contract/areas/documentTexts';
import { DOCUMENT_TEXT_MAX } from '../../../electron/contract/areas/documentTexts';
import { call } from '../../api';
import { documentTextsTexts as t } from '../../i18n/documentTexts';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { FieldFrame } from '../../ui/FieldFrame';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import './documentTexts.css';

/** The BCP 47 tag for `lang`: Leichte Sprache has only a private-use tag, which is German to a screen reader or a hyphenator. */
const langOf = (code: DocumentLanguage) => (code === 'de-x-leicht' ? 'de' : code);

export function DocumentTextsSettings() {
  const headingId = useId();
  const [languages, setLanguages] = useState<DocumentLanguageInfo[] | null>(null);
  const [open, setOpen] = useState<DocumentLanguageTexts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** Each language's "Texte ansehen": the focus goes back to it when its texts are closed. */
  const showButtons = useRef(new Map<DocumentLanguage, HTMLButtonElement>());

  function load(): void {
    const epoch = lockEpoch();
    void call('documentTexts.languages', {}).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setLanguages(result.value);
      else setError(result.error.message);
    });
  }

  /** After a change: the open language and its line in the list show the new state. */
  function changed(next: DocumentLanguageTexts, message: string): void {
    setOpen(next);
    setStatus(message);
    setLanguages((list) => list?.map((l) => (l.code === next.code ? { ...l, review: next.review, replacements: next.replacements } : l)) ?? null);
  }

  function show(code: DocumentLanguage): void {
    setStatus(null);
    setError(null);
    const epoch = lockEpoch();
    void call('documentTexts.get', { language: code }).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setOpen(result.value);
      else setError(result.error.message);
    });
  }

  function close(): void {
    const code = open?.code;
    setOpen(null);
    setStatus(null);
    if (code) showButtons.current.get(code)?.focus();
  }

  async function confirm(language: DocumentLanguageTexts): Promise<void> {
    setError(null);
    const epoch = lockEpoch();
    const result = await call('documentTexts.confirmReview', { language: language.code });
    if (epoch !== lockEpoch()) return;
    if (result.ok) changed(result.value, t.confirmed(language.name));
    else setError(result.error.message);
  }

  return (
    <details
      className="panel document-texts-settings"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open && languages === null) load();
      }}
    >
      <summary>{t.summary}</summary>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t.title}</h2>
        <p>{t.intro}</p>
        <p>{t.introReview}</p>
        {languages === null ? (
          error ? (
            <ErrorMessage message={error} />
          ) : (
            <StatusMessage>{t.loading}</StatusMessage>
          )
        ) : (
          <>
            <ul aria-label={t.languagesLabel} className="document-languages">
              {languages.map((language) => {
                const isOpen = open?.code === language.code;
                return (
                  <li key={language.code} className={isOpen ? 'is-open' : undefined}>
                    <span className="document-language-name">
                      <strong>{language.name}</strong>
                      {language.direction === 'rtl' ? <span className="document-language-note"> ({t.rtl})</span> : null}
                    </span>
                    <span className="document-language-review">
                      <span className="sr-only">, </span>
                      <ReviewState review={language.review} />
                      {/* Only a count that is there: "keine eigenen Texte" ten times over would hide the one that differs. */}
                      {language.replacements > 0 ? (
                        <span className="document-language-own">
                          <span className="sr-only">, </span>
                          {t.replacements(language.replacements)}
                        </span>
                      ) : null}
                    </span>
                    <Button
                      variant="secondary"
                      className="document-language-show"
                      aria-label={t.show(language.name)}
                      aria-expanded={isOpen}
                      onClick={() => show(language.code)}
                      ref={(button) => {
                        if (button) showButtons.current.set(language.code, button);
                        else showButtons.current.delete(language.code);
                      }}
                    >
                      {t.showShort}
                    </Button>
                  </li>
                );
              })}
            </ul>
            <ErrorMessage message={error} />
            <StatusMessage>{status}</StatusMessage>
            {open ? <LanguageTexts key={open.code} texts={open} onConfirm={() => void confirm(open)} onChanged={changed} onClose={close} /> : null}
          </>
        )}
      </section>
    </details>
  );
}

/** The review state in words, with a sign beside it (a tick, an exclamation mark, a ring) so colour is never the only cue. */
function ReviewState({ review }: { review: DocumentTextReview }) {
  return <span className={`review-state review-${review.state}`}>{t.review(review)}</span>;
}

function LanguageTexts({
  texts,
  onConfirm,
  onChanged,
  onClose,
}: {
  texts: DocumentLanguageTexts;
  onConfirm: () => void;
  onChanged: (next: DocumentLanguageTexts, message: string) => void;
  onClose: () => void;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Mounted per language (keyed by its code): the focus moves to the texts just asked for, which may be far below.
  useEffect(() => heading.current?.focus(), []);
  // Confirming removes its button: the focus goes to the heading, the new state right below it.
  const shownState = useRef(texts.review.state);
  useEffect(() => {
    if (shownState.current !== 'geprueft' && texts.review.state === 'geprueft') heading.current?.focus();
    shownState.current = texts.review.state;
  }, [texts.review.state]);
  const byDocument = new Map<string, DocumentTextEntry[]>();
  for (const entry of texts.entries) {
    const doc = entry.key.split('.')[0] as string;
    byDocument.set(doc, [...(byDocument.get(doc) ?? []), entry]);
  }
  return (
    <section aria-labelledby={headingId} className="document-language-texts">
      <div className="document-language-head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {t.textsOf(texts.name)}
        </h3>
        <Button variant="link" onClick={onClose}>
          {t.hide}
        </Button>
      </div>
      <p className="document-language-state">
        <ReviewState review={texts.review} />
        {texts.direction === 'rtl' ? (
          <span className="document-language-note">
            <span className="sr-only">, </span>
            {t.rtl}
          </span>
        ) : null}
        <span className={texts.replacements > 0 ? 'document-language-own' : 'document-language-note'}>
          <span className="sr-only">, </span>
          {t.replacements(texts.replacements)}
        </span>
      </p>
      {texts.review.state !== 'geprueft' ? (
        <div className="notice notice-warning document-language-confirm">
          {texts.review.state === 'veraltet' ? <p>{t.confirmAgainHint}</p> : null}
          <p>
            {t.confirmHint(texts.name)}
            {texts.replacements > 0 ? ` ${t.confirmOwnHint}` : ''}
          </p>
          <Button variant="primary" onClick={onConfirm}>
            {t.confirm(texts.name, texts.entries.length)}
          </Button>
        </div>
      ) : null}
      {[...byDocument].map(([doc, entries]) => (
        <DocumentTable key={doc} name={t.documents[doc] ?? doc} language={texts} entries={entries} onChanged={onChanged} />
      ))}
      <Button variant="link" onClick={onClose}>
        {t.hide}
      </Button>
    </section>
  );
}

/** One document's texts: German · the language as printed · change. Narrow panels show each row as a card (documentTexts.css). */
function DocumentTable({
  name,
  language,
  entries,
  onChanged,
}: {
  name: string;
  language: DocumentLanguageTexts;
  entries: DocumentTextEntry[];
  onChanged: (next: DocumentLanguageTexts, message: string) => void;
}) {
  const headingId = useId();
  const own = entries.filter((e) => e.replaced).length;
  return (
    <section aria-labelledby={headingId} className="document-texts-document">
      <h4 id={headingId}>
        {name}{' '}
        <span className="document-language-note">
          · {t.textCount(entries.length)}
          {own > 0 ? `, ${t.replacements(own)}` : ''}
        </span>
      </h4>
      <table className="document-texts-table" aria-labelledby={headingId}>
        <colgroup>
          <col className="document-texts-col-text" />
          <col className="document-texts-col-text" />
          <col className="document-texts-col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t.german}</th>
            <th scope="col">{language.name}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <TextEntry key={entry.key} language={language} entry={entry} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TextEntry({
  language,
  entry,
  onChanged,
}: {
  language: DocumentLanguageTexts;
  entry: DocumentTextEntry;
  onChanged: (next: DocumentLanguageTexts, message: string) => void;
}) {
  const germanId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  /**
   * Where the focus goes after the next render: into the field when editing starts or a save is
   * refused, back to "Ersetzen" when editing ends or the own text is removed (those controls
   * disappear, and the focus must not fall back to the page's start).
   */
  const focusNext = useRef<'field' | 'replace' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'field') field.current?.focus();
    else if (focusNext.current === 'replace') replaceButton.current?.focus();
    focusNext.current = null;
  });

  function startEditing(): void {
    setDraft(entry.text);
    setError(null);
    focusNext.current = 'field';
    setEditing(true);
  }

  function stopEditing(): void {
    focusNext.current = 'replace';
    setEditing(false);
    setError(null);
  }

  async function send(text: string | null): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    const epoch = lockEpoch();
    const result = await call('documentTexts.replace', { language: language.code, key: entry.key, text });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (!result.ok) {
      if (editing) focusNext.current = 'field';
      setError(result.error.message);
      return;
    }
    stopEditing();
    onChanged(result.value, text === null ? t.cleared : t.saved);
  }

  const lang = langOf(language.code);
  return (
    <tr className={['document-text-entry', entry.replaced ? 'is-replaced' : '', editing ? 'is-editing' : ''].filter(Boolean).join(' ')}>
      <td lang="de" id={germanId} data-label={t.german} className="document-text-german">
        {entry.german}
      </td>
      {editing ? (
        <td colSpan={2} data-label={language.name} className="document-text-edit">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void send(draft);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                // Esc leaves this row's editing only; nothing else on the page should also react to it.
                event.preventDefault();
                event.stopPropagation();
                stopEditing();
              }
            }}
            aria-busy={busy}
          >
            <FieldFrame label={t.replaceLabel(language.name)} hint={`${t.placeholdersHint(entry.placeholders)} ${t.escapeHint}`} error={error}>
              {({ id, describedBy, invalid }) => (
                <textarea
                  ref={field}
                  id={id}
                  className="field-input field-textarea"
                  lang={lang}
                  dir={language.direction}
                  rows={Math.min(12, Math.max(3, Math.ceil(draft.length / 45) + 1))}
                  maxLength={DOCUMENT_TEXT_MAX}
                  value={draft}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => setDraft(event.target.value)}
                />
              )}
            </FieldFrame>
            {entry.replaced ? <BuiltInText text={entry.builtIn} lang={lang} dir={language.direction} /> : null}
            <div className="document-text-edit-actions">
              <Button variant="primary" type="submit" disabled={busy}>
                {busy ? t.saving : t.save}
              </Button>
              <Button variant="link" onClick={stopEditing}>
                {t.cancel}
              </Button>
            </div>
          </form>
        </td>
      ) : (
        <>
          <td data-label={language.name} className="document-text-language">
            {entry.replaced ? (
              <span className="document-text-mark" lang="de">
                {t.own}
              </span>
            ) : null}
            <p className="document-text" lang={lang} dir={language.direction}>
              {entry.text}
            </p>
            {entry.replaced ? <BuiltInText text={entry.builtIn} lang={lang} dir={language.direction} /> : null}
          </td>
          <td data-label={t.actions} className="document-text-actions">
            <div className="document-text-action-list">
              <Button ref={replaceButton} variant="link" aria-describedby={germanId} onClick={startEditing}>
                {t.replace}
              </Button>
              {entry.replaced ? (
                <Button variant="link" aria-describedby={germanId} onClick={() => void send(null)} disabled={busy}>
                  {t.clear}
                </Button>
              ) : null}
            </div>
            <ErrorMessage message={error} />
          </td>
        </>
      )}
    </tr>
  );
}

/** Under a text the unit replaced: the built-in one, which "Eigenen Text entfernen" brings back. */
function BuiltInText({ text, lang, dir }: { text: string; lang: string; dir: 'ltr' | 'rtl' }) {
  return (
    <p className="document-text-builtin">
      <span lang="de">{t.builtIn}:</span>{' '}
      <span lang={lang} dir={dir}>
        {text}
      </span>
    </p>
  );
}
