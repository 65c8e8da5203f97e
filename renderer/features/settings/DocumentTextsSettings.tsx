/**
 * Einstellungen → Texte der Dokumente: each language of the client documents with its review
 * state; a language's texts beside the German ones; "Übersetzung bestätigen"; and the unit's own
 * wording for any text. Loaded only when opened: most visits to Einstellungen are about other things.
 */
import { useId, useState } from 'react';
import type { DocumentLanguage, DocumentLanguageInfo, DocumentLanguageTexts, DocumentTextEntry } from '../../../electron/contract/areas/documentTexts';
import { DOCUMENT_TEXT_MAX } from '../../../electron/contract/areas/documentTexts';
import { call } from '../../api';
import { documentTextsTexts as t } from '../../i18n/documentTexts';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { TextArea } from '../../ui/TextArea';

export function DocumentTextsSettings() {
  const headingId = useId();
  const [languages, setLanguages] = useState<DocumentLanguageInfo[] | null>(null);
  const [open, setOpen] = useState<DocumentLanguageTexts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

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

  async function confirm(code: DocumentLanguage): Promise<void> {
    setError(null);
    const epoch = lockEpoch();
    const result = await call('documentTexts.confirmReview', { language: code });
    if (epoch !== lockEpoch()) return;
    if (result.ok) changed(result.value, t.confirmed);
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
        {languages === null ? (
          error ? (
            <ErrorMessage message={error} />
          ) : (
            <StatusMessage>{t.loading}</StatusMessage>
          )
        ) : (
          <>
            <ul aria-label={t.languagesLabel} className="document-languages">
              {languages.map((language) => (
                <li key={language.code}>
                  <strong>{language.name}</strong>
                  {language.direction === 'rtl' ? ` (${t.rtl})` : ''} · {t.review(language.review)}
                  {language.replacements > 0 ? ` · ${t.replacements(language.replacements)}` : ''}{' '}
                  <Button variant="link" onClick={() => show(language.code)} aria-expanded={open?.code === language.code}>
                    {t.show(language.name)}
                  </Button>
                </li>
              ))}
            </ul>
            <ErrorMessage message={error} />
            <StatusMessage>{status}</StatusMessage>
            {open ? <LanguageTexts texts={open} onConfirm={() => void confirm(open.code)} onChanged={changed} onClose={() => setOpen(null)} /> : null}
          </>
        )}
      </section>
    </details>
  );
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
  const byDocument = new Map<string, DocumentTextEntry[]>();
  for (const entry of texts.entries) {
    const doc = entry.key.split('.')[0] as string;
    byDocument.set(doc, [...(byDocument.get(doc) ?? []), entry]);
  }
  return (
    <section aria-labelledby={headingId} className="document-language-texts">
      <h3 id={headingId}>
        {texts.name} · {t.review(texts.review)}
      </h3>
      {texts.review.state !== 'geprueft' ? (
        <>
          <p className="field-hint">{t.confirmHint(texts.name)}</p>
          <Button variant="primary" onClick={onConfirm}>
            {t.confirm}
          </Button>
        </>
      ) : null}
      {[...byDocument].map(([doc, entries]) => (
        <section key={doc} aria-label={t.documents[doc] ?? doc}>
          <h4>{t.documents[doc] ?? doc}</h4>
          <dl>
            {entries.map((entry) => (
              <TextEntry key={entry.key} language={texts} entry={entry} onChanged={onChanged} />
            ))}
          </dl>
        </section>
      ))}
      <Button variant="link" onClick={onClose}>
        {t.hide}
      </Button>
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

  async function send(text: string | null): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    const epoch = lockEpoch();
    const result = await call('documentTexts.replace', { language: language.code, key: entry.key, text });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setEditing(false);
    onChanged(result.value, text === null ? t.cleared : t.saved);
  }

  return (
    <div className="document-text-entry">
      <dt lang="de" id={germanId}>
        {t.german}: {entry.german}
      </dt>
      <dd lang={language.code === 'de-x-leicht' ? 'de' : language.code} dir={language.direction}>
        {entry.text}
      </dd>
      {entry.replaced ? (
        <dd>
          {t.own} · {t.builtIn}: <span dir={language.direction}>{entry.builtIn}</span>
        </dd>
      ) : null}
      <dd>
        {editing ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void send(draft);
            }}
            aria-busy={busy}
          >
            <TextArea
              label={t.replaceLabel}
              value={draft}
              onChange={setDraft}
              hint={t.placeholdersHint(entry.placeholders)}
              error={error}
              maxLength={DOCUMENT_TEXT_MAX}
            />
            <Button variant="primary" type="submit" disabled={busy}>
              {busy ? t.saving : t.save}
            </Button>{' '}
            <Button variant="link" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </form>
        ) : (
          <>
            <Button
              variant="link"
              aria-describedby={germanId}
              onClick={() => {
                setDraft(entry.text);
                setError(null);
                setEditing(true);
              }}
            >
              {t.replace}
            </Button>
            {entry.replaced ? (
              <>
                {' '}
                <Button variant="link" aria-describedby={germanId} onClick={() => void send(null)} disabled={busy}>
                  {t.clear}
                </Button>
              </>
            ) : null}
            <ErrorMessage message={error} />
          </>
        )}
      </dd>
    </div>
  );
}
