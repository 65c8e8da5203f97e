/** Picks the screen for the session phase and keeps the lock subscription for the app's life. */
import { useEffect } from 'react';
import { de } from './i18n/de';
import { listenForEvents, loadStatus, useSession, type Phase } from './state/session';
import { AppFrame } from './features/frame/AppFrame';
import { DistrictStandaloneScreen } from './features/district/DistrictStandaloneScreen';
import { RecoveryKeyScreen } from './features/setup/RecoveryKeyScreen';
import { SetupScreen } from './features/setup/SetupScreen';
import { RecoveryUnlockScreen } from './features/unlock/RecoveryUnlockScreen';
import { UnlockScreen } from './features/unlock/UnlockScreen';
import { Button } from './ui/Button';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ScreenHeading } from './ui/Heading';
import { ErrorMessage, StatusMessage } from './ui/Messages';

function LoadingScreen({ error }: { error: string | null }) {
  return (
    <main className="screen screen-narrow" id="inhalt">
      <ScreenHeading>{error ? de.loading.failedTitle : de.appName}</ScreenHeading>
      {error ? (
        <>
          <ErrorMessage message={error} />
          <Button variant="primary" onClick={() => void loadStatus()}>
            {de.loading.retry}
          </Button>
        </>
      ) : (
        <StatusMessage>{de.loading.title}</StatusMessage>
      )}
    </main>
  );
}

/** The screen for a phase; exported so tests can start in any phase. */
export function Screen({ phase }: { phase: Phase }) {
  switch (phase.name) {
    case 'loading':
      return <LoadingScreen error={phase.error} />;
    case 'setup':
      return <SetupScreen />;
    case 'showRecoveryKey':
      return <RecoveryKeyScreen key={phase.recoveryKey} recoveryKey={phase.recoveryKey} reason={phase.reason} />;
    case 'locked':
      return <UnlockScreen reason={phase.reason} />;
    case 'recover':
      return <RecoveryUnlockScreen />;
    case 'unlocked':
      return <AppFrame />;
    case 'district':
      return <DistrictStandaloneScreen from={phase.from} />;
  }
}

export function App() {
  const phase = useSession((s) => s.phase);
  useEffect(() => listenForEvents(), []);
  useEffect(() => {
    void loadStatus();
  }, []);
  // Outside the frame's own boundary (AppFrame): a screen that fails shows a message, not a blank
  // window; a new phase starts afresh.
  return (
    <ErrorBoundary key={phase.name} standalone>
      <Screen phase={phase} />
    </ErrorBoundary>
  );
}
