/**
 * The unlocked app: header (name, search, shortcut help, user, lock), main navigation and the
 * current page. The keyboard shortcuts come from the registry in ./shortcuts; the help overlay
 * (F1, "?" or the Tastenkürzel button) lies above the frame, which is inert while it is open.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { de } from '../../i18n/de';
import { StoreHealthNotices } from '../../ui/StoreHealthNotices';
import { clearNotice, lockNow, useSession } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { StatusMessage } from '../../ui/Messages';
import { CasesPage } from '../cases/CasesPage';
import { PlaceholderPage } from '../placeholders/PlaceholderPage';
import { SettingsScreen } from '../settings/SettingsScreen';
import { loadSettings, useSettings } from '../settings/settingsStore';
import { navigate, PAGES, returnAfterUnlock, useNavigation, type PageId } from './navigation';
import { LeaveFormDialog } from './LeaveFormDialog';
import { flushDrafts } from '../../state/drafts';
import { ariaKeyShortcuts, shortcutHint } from './shortcuts';
import { ShortcutHelp, useShortcutHelp } from './ShortcutHelp';
import { useShortcuts, type ShortcutHandlers } from './useShortcuts';
import { shortcutTexts } from '../../i18n/shortcuts';
import { DemoBadge } from '../demo/DemoBadge';
import { SearchButton } from '../search/SearchButton';
import { SearchPanel } from '../search/SearchPanel';
import { TodayScreen } from '../today/TodayScreen';
import { ProtokollScreen } from '../protokoll/ProtokollScreen';
import { ConsultationPage } from '../consultation/ConsultationPage';
import { StatisticsPage } from '../statistics/StatisticsPage';
import { loadDemoStatus } from '../demo/demoStore';

const t = de.frame;

function openPage(page: PageId): void {
  clearNotice();
  navigate(page);
}

/** The last keystrokes of an open form are still waiting to be saved as a draft: send them, then lock. */
function lock(): void {
  void flushDrafts().finally(() => lockNow());
}

const pageShortcuts: ShortcutHandlers = Object.fromEntries(PAGES.map((page) => [`page.${page}`, () => openPage(page)]));

function PageContent({ page }: { page: PageId }) {
  if (page === 'settings') return <SettingsScreen />;
  if (page === 'cases') return <CasesPage />;
  if (page === 'today') return <TodayScreen />;
  if (page === 'consultation') return <ConsultationPage />;
  if (page === 'statistics') return <StatisticsPage />;
  if (page === 'protokoll') return <ProtokollScreen />;
  const { title, text } = de.pages[page];
  return <PlaceholderPage title={title} text={text} />;
}

export function AppFrame() {
  const page = useNavigation((s) => s.route.page);
  const leaving = useNavigation((s) => s.leaving !== null);
  const userName = useSettings((s) => s.settings?.userName ?? '');
  const notice = useSession((s) => s.notice);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    void loadSettings();
    void loadDemoStatus();
    void returnAfterUnlock();
  }, []);
  const help = useShortcutHelp();
  useShortcuts({ ...pageShortcuts, lock, help: help.show });

  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    main.current?.focus();
  }

  return (
    <>
      <div className="app-frame" inert={help.open || leaving}>
        <a className="skip-link" href="#inhalt" onClick={skipToContent}>
          {t.skipLink}
        </a>
        <header className="app-header">
          <span className="app-name">{de.appName}</span>
          <DemoBadge />
          <SearchButton />
          <Button
            className="app-help"
            onClick={help.show}
            title={shortcutTexts.buttonHint(shortcutHint('help'))}
            aria-haspopup="dialog"
            aria-keyshortcuts={ariaKeyShortcuts('help')}
          >
            {shortcutTexts.button}
          </Button>
          {userName ? <span className="app-user">{t.signedInAs(userName)}</span> : null}
          <Button className="app-lock" onClick={lock} title={`${t.lock} (${shortcutHint('lock')})`} aria-keyshortcuts={ariaKeyShortcuts('lock')}>
            {t.lock}
          </Button>
        </header>
        <SearchPanel />
        <div className="app-body">
          <nav className="app-nav" aria-label={t.navLabel}>
            <ul>
              {PAGES.map((id) => (
                <li key={id}>
                  <button
                    type="button"
                    className="nav-item"
                    aria-current={id === page ? 'page' : undefined}
                    aria-keyshortcuts={ariaKeyShortcuts(`page.${id}`)}
                    title={`${de.pages[id].nav} (${shortcutHint(`page.${id}`)})`}
                    onClick={() => openPage(id)}
                  >
                    <span className="nav-label">{de.pages[id].nav}</span>
                    <span className="nav-shortcut" aria-hidden="true">
                      {shortcutHint(`page.${id}`)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <main className="app-main" id="inhalt" tabIndex={-1} ref={main}>
            {notice ? <StatusMessage>{notice}</StatusMessage> : null}
            <StoreHealthNotices />
            {/* A page that fails shows a message; the frame and "Sperren" stay usable. */}
            <ErrorBoundary key={page}>
              <PageContent page={page} />
            </ErrorBoundary>
          </main>
        </div>
      </div>
      {help.open ? <ShortcutHelp onClose={help.close} /> : null}
      {leaving ? <LeaveFormDialog /> : null}
    </>
  );
}
