/** "Als Nächstes": what the case needs next (cycle step, follow-ups, steps, re-assessment, residence). */
import type { DueItem } from '../../../electron/contract/areas/cases';
import { cases, labels } from '../../i18n/cases';
import { germanDate } from '../cases/format';

const t = cases.shell;

export function DueNext({ items }: { items: DueItem[] }) {
  return (
    <section className="due-next" aria-labelledby="case-due-title">
      <h2 id="case-due-title">{t.dueTitle}</h2>
      {items.length === 0 ? (
        <p>{t.dueNone}</p>
      ) : (
        <ul className="due-list">
          {items.map((item, index) => (
            <li key={`${item.kind}-${item.refId ?? index}`} className={item.overdue ? 'due-item due-overdue' : 'due-item'}>
              <span className="due-kind">{labels.dueKinds[item.kind]}:</span> {item.title}
              {item.dueDate ? <span className="due-date"> – {t.due(germanDate(item.dueDate))}</span> : null}
              {item.overdue ? <strong className="due-flag"> ({cases.overdue})</strong> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
