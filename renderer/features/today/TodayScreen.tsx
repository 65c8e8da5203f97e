/** "Heute", the start screen: what is due across all open cases, grouped by kind; each item opens its place in the case. */
import { useEffect, useState } from 'react';
import { germanDate, todayTexts as t } from '../../i18n/today';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { DemoOffer } from '../demo/DemoOffer';
import { TodayGroupSection } from './TodayGroupSection';
import { TodaySettingsForm } from './TodaySettingsForm';
import { BackupReminder } from '../backup/BackupReminder';
import { DueErasures } from '../erasure/DueErasures';
import { loadToday, useToday } from './todayStore';
import { TodayPdfButton } from '../../ui/SavePdfButton';
import './today.css';

function TodayList() {
  const overview = useToday((s) => s.overview);
  const loading = useToday((s) => s.loading);
  const error = useToday((s) => s.error);
  // Said after a Wiedervorlage was done or postponed here; focus goes to the summary line above the
  // list, since the item (and perhaps its whole group) leaves the list.
  const [notice, setNotice] = useState<string | null>(null);
  function changed(message: string) {
    setNotice(message);
    document.getElementById('today-lead')?.focus();
    void loadToday();
  }

  if (error) {
    return (
      <div className="today-error">
        <ErrorMessage message={error} />
        <Button onClick={() => void loadToday()}>{t.reload}</Button>
      </div>
    );
  }
  if (!overview) return <StatusMessage>{loading ? <span className="busy">{t.loading}</span> : null}</StatusMessage>;

  const overdue = overview.groups.reduce((sum, g) => sum + g.items.filter((i) => i.overdue).length, 0);
  const groups = overview.groups.filter((g) => g.items.length > 0);
  return (
    <>
      <p className="lead" id="today-lead" tabIndex={-1}>
        {t.asOf(germanDate(overview.date))}
        {overview.total > 0 ? ` · ${t.summary(overview.total, overdue)}` : ''}
      </p>
      <StatusMessage>{notice}</StatusMessage>
      <TodayPdfButton date={overview.date} />
      {groups.length === 0 ? (
        <section className="panel today-empty" aria-labelledby="today-empty-title">
          <h2 id="today-empty-title">{t.emptyTitle}</h2>
          <p>{t.emptyText}</p>
        </section>
      ) : (
        <div className="today-groups">
          {groups.map((group) => (
            <TodayGroupSection key={group.kind} group={group} onChanged={changed} />
          ))}
        </div>
      )}
      <TodaySettingsForm settings={overview.settings} />
    </>
  );
}

export function TodayScreen() {
  useEffect(() => {
    void loadToday();
  }, []);
  return (
    <div className="page page-today">
      <ScreenHeading focusOnMount>{t.title}</ScreenHeading>
      <DemoOffer onLoaded={() => void loadToday()} />
      <BackupReminder />
      <TodayList />
      <DueErasures />
    </div>
  );
}
