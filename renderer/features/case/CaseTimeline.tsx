/** The case's history from cases.timeline, newest first, with German dates (and times where known). */
import { useState } from 'react';
import type { TimelineItem } from '../../../electron/contract/areas/cases';
import { Button } from '../../ui/Button';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { StatusMessage } from '../../ui/Messages';
import { germanDate } from '../cases/format';
import { LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';

const t = cases.overview;

/** Comparable local moments: a date counts as the start of its day. */
function sortKey(at: string): string {
  if (at.length <= 10) return `${at}T00:00:00.000`;
  const moment = new Date(at);
  return new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000).toISOString().slice(0, 23);
}

export function newestFirst(items: readonly TimelineItem[]): TimelineItem[] {
  // A stable sort: entries of the same moment keep the order the main process gave them.
  return [...items].sort((a, b) => sortKey(b.at).localeCompare(sortKey(a.at)));
}

/** The most recent entries come first; the whole history is one button away. */
const RECENT = 20;

/** `refreshKey` changes when something in the case changed: the history is loaded again. */
export function CaseTimeline({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const timeline = useLoad(() => call('cases.timeline', { caseId }), [caseId, refreshKey]);
  const [showAll, setShowAll] = useState(false);
  const all = newestFirst(timeline.data ?? []);
  const items = showAll ? all : all.slice(0, RECENT);
  return (
    <section aria-labelledby="case-timeline-title">
      <h3 id="case-timeline-title">{t.timelineTitle}</h3>
      <LoadFailure message={timeline.error} />
      <StatusMessage>{timeline.loading && !timeline.data ? cases.loading : null}</StatusMessage>
      {timeline.data && items.length === 0 ? <p>{t.timelineEmpty}</p> : null}
      {items.length > 0 ? (
        <ol className="timeline">
          {items.map((item, index) => (
            <li key={`${item.kind}-${item.refId}-${index}`} className="timeline-item">
              <time dateTime={item.at}>{germanDate(item.at)}</time>
              <span className="timeline-title">{item.title}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {!showAll && all.length > RECENT ? <Button onClick={() => setShowAll(true)}>{t.timelineShowAll(all.length)}</Button> : null}
    </section>
  );
}
