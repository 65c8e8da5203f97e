/**
 * One kind of due item: its heading with the count, and each item as a button that opens its place
 * in the case. A Wiedervorlage (also an agreed action of a case conference) can be marked done or
 * postponed right here; the list is then loaded again.
 */
import { useId, useState } from 'react';
import type { TodayGroup, TodayItem } from '../../../electron/contract/areas/today';
import { germanDate, todayTexts as t } from '../../i18n/today';
import { Button } from '../../ui/Button';
import { FollowUpActions } from '../../ui/FollowUpActions';
import { openCase } from '../frame/navigation';
import './today.css';

/** Long lists (thousands of cases) show this many first, so the start screen stays quick. */
export const FIRST_ITEMS = 25;

function TodayItemButton({ item, dateLabel }: { item: TodayItem; dateLabel: string }) {
  return (
    <button type="button" className={item.overdue ? 'today-item is-overdue' : 'today-item'} onClick={() => openCase(item.target.caseId, item.target.section)}>
      <span className="today-item-title">{item.title}</span>
      <span className="today-item-meta">{t.caseAndClient(item.caseNumber, item.clientName)}</span>
      <span className="today-item-meta">
        {dateLabel} {germanDate(item.dueDate)}
        {item.overdue ? (
          <>
            {' · '}
            <span className="today-overdue">{t.overdue}</span>
          </>
        ) : null}
      </span>
    </button>
  );
}

/** Items that are Wiedervorlagen: done or postponed where they are listed. */
const FOLLOW_UP_KINDS: ReadonlySet<TodayItem['kind']> = new Set(['followUp', 'conferenceAction']);

export function TodayGroupSection({ group, onChanged }: { group: TodayGroup; onChanged: (message: string) => void }) {
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, FIRST_ITEMS);
  return (
    <section className="panel today-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group.title} <span className="today-count">{t.count(group.items.length)}</span>
      </h2>
      <ul className="today-items">
        {shown.map((item) => (
          <li key={`${item.kind}-${item.id}`} className={FOLLOW_UP_KINDS.has(item.kind) ? 'today-row' : undefined}>
            <TodayItemButton item={item} dateLabel={group.dateLabel} />
            {FOLLOW_UP_KINDS.has(item.kind) ? <FollowUpActions followUp={item} onChanged={(message) => onChanged(message)} /> : null}
          </li>
        ))}
      </ul>
      {shown.length < group.items.length ? (
        <Button className="today-more" onClick={() => setAll(true)}>
          {t.showAll(group.items.length)}
        </Button>
      ) : null}
    </section>
  );
}
