/**
 * Einstellungen: the two ways out of demo data, each behind its own confirmation — remove exactly
 * the demo data (what the user recorded beside it stays), or start over with an empty store
 * (everything goes; passphrase, recovery key, settings and the audit log stay; a typed word).
 * Afterwards the app opens Heute, so every screen loads what is left.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { EMPTY_STORE_WORD } from '../../../electron/contract/areas/demo';
import { call } from '../../api';
import { demo as t } from '../../i18n/demo';
import { useSession } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { navigate } from '../frame/navigation';
import './demo.css';
import { loadDemoStatus, useDemo } from './demoStore';

/** Tells the user on Heute what happened, and reloads everything from there. */
function doneGoToday(message: string): void {
  void loadDemoStatus();
  useSession.setState({ notice: message });
  navigate('today');
}

function RemoveDemo() {
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const { busy, error, submit } = useSubmit(
    () => call('demo.remove', {}),
    (value) => doneGoToday(t.removed(value.persons, value.cases, value.remainingCases)),
  );
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <Button className="start-over-open" onClick={() => setConfirming(true)}>
        {t.removeOpen}
      </Button>
    );
  }
  return (
    <form className="start-over-confirm" onSubmit={(event) => void submit(event)} aria-labelledby="demo-remove-confirm">
      <h4 id="demo-remove-confirm" tabIndex={-1} ref={confirmHeading}>
        {t.removeConfirmTitle}
      </h4>
      <p>{t.removeConfirmText}</p>
      <ErrorMessage message={error} />
      <SubmitRow label={t.removeConfirm} busy={busy} busyLabel={t.removing} onCancel={() => setConfirming(false)} cancelLabel={t.cancel} />
    </form>
  );
}

function EmptyStore() {
  const [confirming, setConfirming] = useState(false);
  const [word, setWord] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (confirming) field.current?.focus();
  }, [confirming]);
  const { busy, error, submit } = useSubmit(
    () => call('demo.emptyStore', { confirm: word }),
    () => doneGoToday(t.emptied),
  );
  const typed = word.trim().toUpperCase() === EMPTY_STORE_WORD;

  if (!confirming) {
    return (
      <Button className="start-over-open" onClick={() => setConfirming(true)}>
        {t.emptyOpen}
      </Button>
    );
  }
  return (
    <form className="start-over-confirm" onSubmit={(event) => void submit(event)} aria-labelledby="store-empty-confirm">
      <h4 id="store-empty-confirm">{t.emptyConfirmTitle}</h4>
      <p>{t.emptyConfirmText}</p>
      <TextField label={t.emptyWordLabel(EMPTY_STORE_WORD)} value={word} onChange={setWord} autoComplete="off" spellCheck={false} inputRef={field} />
      <ErrorMessage message={error} />
      <SubmitRow
        label={t.emptyConfirm}
        busy={busy}
        busyLabel={t.emptying}
        problem={typed ? null : t.emptyWordMissing(EMPTY_STORE_WORD)}
        onCancel={() => {
          setConfirming(false);
          setWord('');
        }}
        cancelLabel={t.cancel}
      />
    </form>
  );
}

export function StartOverSettings() {
  const headingId = useId();
  const isDemo = useDemo((s) => s.status?.isDemo ?? false);
  const asked = useDemo((s) => s.openStartOver);
  const panel = useRef<HTMLDetailsElement>(null);
  // The badge "Demodaten" leads here: the section opens and comes into view.
  useEffect(() => {
    if (!asked || !panel.current) return;
    panel.current.open = true;
    panel.current.scrollIntoView?.({ block: 'start' });
    panel.current.querySelector<HTMLElement>('summary')?.focus();
    useDemo.setState({ openStartOver: false });
  }, [asked]);

  return (
    <details className="panel start-over" ref={panel} id="demodaten">
      <summary>{t.startOverSummary}</summary>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t.startOverTitle}</h2>
        <h3>{t.removeTitle}</h3>
        <p>{t.removeText}</p>
        {isDemo ? <RemoveDemo /> : <p className="start-over-none">{t.noDemo}</p>}
        <h3>{t.emptyTitle}</h3>
        <p>{t.emptyText}</p>
        <EmptyStore />
      </section>
    </details>
  );
}
