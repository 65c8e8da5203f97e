/**
 * The running consultation hour: a status line (place, since when, counters), the search that has
 * the focus, the form of the moment (contact, new person, Kurzberatung) in its place, the waiting
 * list beside it, and "Sprechstunde beenden" with a confirm step. Alt+N, Alt+K, Alt+S and Alt+E
 * (entries of the shortcut registry) work anywhere on this screen.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { PersonHit, QueueEntry, SessionView } from '../../../electron/contract/areas/consultation';
import { consultation } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { StatusMessage } from '../../ui/Messages';
import { useShortcuts } from '../frame/useShortcuts';
import { ariaKeyShortcuts, shortcutHint } from '../frame/shortcuts';
import { afterwardsStatus } from './afterwards';
import { refreshProgress, useConsultation } from './consultationStore';
import { EndSessionControl } from './EndSessionControl';
import { NewPersonForm } from './NewPersonForm';
import { PersonSearch } from './PersonSearch';
import { QueuePanel } from './QueuePanel';
import { QuickContactForm, type ContactTarget } from './QuickContactForm';
import { ShortAdviceForm } from './ShortAdviceForm';
import { clock } from './time';

const t = consultation.running;

type Work = { kind: 'search' } | { kind: 'contact'; target: ContactTarget } | { kind: 'newPerson'; prefill: string } | { kind: 'shortAdvice' };

function SessionStatusLine({ session }: { session: SessionView }) {
  const progress = useConsultation((s) => s.progress);
  const waiting = useConsultation((s) => s.queue.length);
  const plannedEnd = useConsultation((s) => s.plannedEnd);
  const place = session.municipality ? `${session.locationName} (${session.municipality})` : session.locationName;
  const parts = [place, session.afterwards ? afterwardsStatus(session, plannedEnd) : t.since(clock(session.startedAt))];
  if (progress) parts.push(t.contacts(progress.contacts.length), t.newPersons(progress.newPersons.length), t.shortAdvice(progress.shortAdvice.total));
  // Nobody waits in an hour that is over.
  if (!session.afterwards) parts.push(t.waiting(waiting));
  return <p className="lead consultation-status">{parts.join(' · ')}</p>;
}

export function RunningSession({ session }: { session: SessionView }) {
  const lifeAreas = useConsultation((s) => s.lifeAreas);
  const queue = useConsultation((s) => s.queue);
  const [work, setWork] = useState<Work>({ kind: 'search' });
  const [query, setQuery] = useState('');
  const [called, setCalled] = useState<QueueEntry | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const queueField = useRef<HTMLInputElement>(null);
  /** Bumped to move the focus to the search once it is on screen again. */
  const [focusSearch, setFocusSearch] = useState(0);

  useLayoutEffect(() => {
    if (work.kind === 'search') searchField.current?.focus();
  }, [work.kind, focusSearch]);

  const backToSearch = useCallback((message: string | null, clearQuery: boolean) => {
    if (message !== null) setSaved(message);
    if (clearQuery) setQuery('');
    setWork({ kind: 'search' });
    setFocusSearch((n) => n + 1);
  }, []);

  const openNewPerson = useCallback(() => {
    setSaved(null);
    setWork({ kind: 'newPerson', prefill: query });
  }, [query]);
  const openShortAdvice = useCallback(() => {
    setSaved(null);
    setWork({ kind: 'shortAdvice' });
  }, []);

  useShortcuts({
    'consultation.newPerson': openNewPerson,
    'consultation.shortAdvice': openShortAdvice,
    'consultation.search': () => backToSearch(null, false),
    'consultation.queue': () => queueField.current?.focus(),
  });

  function takeHit(hit: PersonHit) {
    setSaved(null);
    setWork({ kind: 'contact', target: { personId: hit.personId, displayName: hit.displayName, caseId: hit.openCaseId, caseNumber: hit.openCaseNumber } });
  }

  function callEntry(entry: QueueEntry) {
    setCalled(entry);
    setQuery(entry.label);
    setSaved(null);
    backToSearch(null, false);
  }

  /** A contact or a Kurzberatung was saved: the called person has been seen. */
  function finished(message: string) {
    setCalled(null);
    backToSearch(message, true);
    void refreshProgress();
  }

  const queueEntryId = called?.id ?? null;

  return (
    <>
      <SessionStatusLine session={session} />
      <div className="consultation-actions">
        <Button onClick={openNewPerson} aria-keyshortcuts={ariaKeyShortcuts('consultation.newPerson')}>
          {t.newPerson}{' '}
          <span className="consultation-key-hint" aria-hidden="true">
            ({shortcutHint('consultation.newPerson')})
          </span>
        </Button>
        <Button onClick={openShortAdvice} aria-keyshortcuts={ariaKeyShortcuts('consultation.shortAdvice')}>
          {t.shortAdvice1}{' '}
          <span className="consultation-key-hint" aria-hidden="true">
            ({shortcutHint('consultation.shortAdvice')})
          </span>
        </Button>
        <EndSessionControl session={session} />
      </div>
      <StatusMessage>{saved}</StatusMessage>
      <div className={session.afterwards ? 'consultation-grid consultation-grid-single' : 'consultation-grid'}>
        <div className="panel consultation-work">
          {called ? (
            <p className="notice notice-info consultation-called">
              {consultation.search.called(called.label)}{' '}
              <Button variant="link" onClick={() => setCalled(null)}>
                {consultation.search.forgetCalled}
              </Button>
            </p>
          ) : null}
          {work.kind === 'search' ? (
            <>
              <h2>{consultation.search.title}</h2>
              <PersonSearch query={query} onQuery={setQuery} onTake={takeHit} inputRef={searchField} />
            </>
          ) : work.kind === 'contact' ? (
            <QuickContactForm
              key={work.target.personId}
              session={session}
              target={work.target}
              lifeAreas={lifeAreas}
              queueEntryId={queueEntryId}
              onSaved={finished}
              onCancel={() => backToSearch(null, false)}
            />
          ) : work.kind === 'newPerson' ? (
            <NewPersonForm
              session={session}
              prefill={work.prefill}
              queueEntryId={queueEntryId}
              onRegistered={(target, message) => {
                setSaved(message);
                setWork({ kind: 'contact', target });
                void refreshProgress();
              }}
              onTake={(target) => setWork({ kind: 'contact', target })}
              onCancel={() => backToSearch(null, false)}
            />
          ) : (
            <ShortAdviceForm
              session={session}
              lifeAreas={lifeAreas}
              queueEntryId={queueEntryId}
              onSaved={finished}
              onCancel={() => backToSearch(null, false)}
            />
          )}
        </div>
        {session.afterwards ? null : (
          <QueuePanel
            session={session}
            queue={queue}
            calledId={called?.id ?? null}
            onCall={callEntry}
            onRemoved={(entryId) => setCalled((now) => (now?.id === entryId ? null : now))}
            addRef={queueField}
          />
        )}
      </div>
    </>
  );
}
