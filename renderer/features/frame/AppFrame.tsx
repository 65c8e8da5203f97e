/** The unlocked app: header (name, user, lock), main navigation and the current page. */
import { useEffect, useRef, type MouseEvent } from 'react';
import { de } from '../../i18n/de';
import { clearNotice, lockNow, useSession } from '../../state/session';
import { Button } from '../../ui/Button';
import { StatusMessage } from '../../ui/Messages';
import { CasesPage } from '../cases/CasesPage';
import { PlaceholderPage } from '../placeholders/PlaceholderPage';
import { SettingsScreen } from '../settings/SettingsScreen';
import { loadSettings, useSettings } from '../settings/settingsStore';
import { navigate, PAGES, useNavigation, type PageId } from './navigation';
import { useShortcuts } from './useShortcuts';
import { DemoBadge } from '../demo/DemoBadge';
import { SearchButton } from '../search/SearchButton';
import { SearchPanel } from '../search/SearchPanel';
import { TodayScreen } from '../today/TodayScreen';
import { ConsultationPage } from '../consultation/ConsultationPage';
import { loadDemoStatus } from '../demo/demoStore';

const t = de.frame;

function openPage(page: PageId): void {
  clearNotice();
  navigate(page);
}

function lock(): void {
  void lockNow();
}

function PageContent({ page }: { page: PageId }) {
  if (page === 'settings') return <SettingsScreen />;
  if (page === 'cases') return <CasesPage />;
  if (page === 'today') return <TodayScreen />;
  if (page === 'consultation') return <ConsultationPage />;
  const { title, text } = de.pages[page];
  return <PlaceholderPage title={title} text={text} />;
}

export function AppFrame() {
  const page = useNavigation((s) => s.route.page);
  const userName = useSettings((s) => s.settings?.userName ?? '');
  const notice = useSession((s) => s.notice);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    void loadSettings();
    void loadDemoStatus();
  }, []);
  useShortcuts({ onPage: openPage, onLock: lock });

  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    main.current?.focus();
  }

  return (
    <div className="app-frame">
      <a className="skip-link" href="#inhalt" onClick={skipToContent}>
        {t.skipLink}
      </a>
      <header className="app-header">
        <span className="app-name">{de.appName}</span>
        <DemoBadge />
        <SearchButton />
        {userName ? <span className="app-user">{t.signedInAs(userName)}</span> : null}
        <Button className="app-lock" onClick={lock} title={t.lockHint} aria-keyshortcuts="Control+L Control+Shift+L">
          {t.lock}
        </Button>
      </header>
      <SearchPanel />
      <div className="app-body">
        <nav className="app-nav" aria-label={t.navLabel}>
          <ul>
            {PAGES.map((id, index) => (
              <li key={id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={id === page ? 'page' : undefined}
                  aria-keyshortcuts={`Alt+${index + 1}`}
                  title={`${de.pages[id].nav} (${t.shortcutHint(index + 1)})`}
                  onClick={() => openPage(id)}
                >
                  <span className="nav-label">{de.pages[id].nav}</span>
                  <span className="nav-shortcut" aria-hidden="true">
                    {t.shortcutHint(index + 1)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="app-main" id="inhalt" tabIndex={-1} ref={main}>
          {notice ? <StatusMessage>{notice}</StatusMessage> : null}
          <PageContent key={page} page={page} />
        </main>
      </div>
    </div>
  );
}
