/** One kind of due item: its heading with the count, and each item as a button that opens its place in the case. */
import { useId } from 'react';
import type { TodayGroup, TodayItem } from '../../../electron/contract/areas/today';
import { germanDate, todayTexts as t } from '../../i18n/today';
import { openCase } from '../frame/navigation';
import './today.css';

function TodayItemButton({ item, dateLabel }: { item: TodayItem; dateLabel: string }) {
  return (
    <button
      type="button"
      className={item.overdue ? 'today-item is-overdue' : 'today-item'}
      onClick={() => openCase(item.target.caseId, item.target.section)}
    >
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

export function TodayGroupSection({ group }: { group: TodayGroup }) {
  const headingId = useId();
  return (
    <section className="panel today-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group.title} <span className="today-count">{t.count(group.items.length)}</span>
      </h2>
      <ul className="today-items">
        {group.items.map((item) => (
          <li key={`${item.kind}-${item.id}`}>
            <TodayItemButton item={item} dateLabel={group.dateLabel} />
          </li>
        ))}
      </ul>
    </section>
  );
}
