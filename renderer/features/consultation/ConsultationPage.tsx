/**
 * "Sprechstunde" (Alt+3): the start form when no hour runs, the running hour (picked up again
 * after a lock or restart), or the summary of the hour just ended.
 */
import { useEffect } from 'react';
import { consultation as t } from '../../i18n/consultation';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { loadConsultation, useConsultation } from './consultationStore';
import { RunningSession } from './RunningSession';
import { SessionSummaryView } from './SessionSummaryView';
import { StartSessionForm } from './StartSessionForm';
import './consultation.css';

export function ConsultationPage() {
  const status = useConsultation((s) => s.status);
  const session = useConsultation((s) => s.session);
  const summary = useConsultation((s) => s.summary);
  const error = useConsultation((s) => s.error);

  useEffect(() => {
    void loadConsultation();
  }, []);

  const running = status === 'running' && session !== null;
  return (
    <div className="page page-consultation">
      <ScreenHeading focusOnMount={!running} focusKey={status}>
        {status === 'ended' ? t.summary.title : t.title}
      </ScreenHeading>
      {status === 'loading' ? <StatusMessage>{t.loading}</StatusMessage> : null}
      {status === 'error' ? (
        <div className="consultation-error">
          <ErrorMessage message={error} />
          <Button onClick={() => void loadConsultation()}>{t.reload}</Button>
        </div>
      ) : null}
      {status === 'idle' ? <StartSessionForm /> : null}
      {running ? <RunningSession key={session.id} session={session} /> : null}
      {status === 'ended' && summary ? <SessionSummaryView summary={summary} /> : null}
    </div>
  );
}
