/**
 * Die Zusammenfassung einer Sprechstunde as a document: where and when, the numbers, the short
 * advice by topic, the contacts and the people registered in it. It reads the same summary the
 * Sprechstunde screen shows after "Sprechstunde beenden" (sessions.summary), in the same words.
 * Not about one case: the footer has no case number.
 */
import { sessionSummaryCounts } from '../../contract/sessionSummaryCounts';
import type { SessionSummary } from '../../contract/areas/consultation';
import type { ServiceContext } from '../context';
import { sessionService } from '../consultation/sessions';
import type { Block, DocumentModel } from './model';
import { dayText, de, timeText } from './text';

/** The summary as the screen gets it; SESSION_NOT_FOUND for an unknown hour. */
export function consultationSummaryData(ctx: ServiceContext, sessionId: string): SessionSummary {
  return sessionService(ctx).summary({ sessionId });
}

/** "GU Talstraße (Warendorf), 23.11.2026, 10:00 bis 12:15 Uhr"; a running hour has no end yet. */
export function whenLine(summary: SessionSummary): string {
  const { session } = summary;
  const place = session.municipality ? `${session.locationName} (${session.municipality})` : session.locationName;
  const time = session.endedAt ? `${timeText(session.startedAt)} bis ${timeText(session.endedAt)} Uhr` : `ab ${timeText(session.startedAt)} Uhr (läuft noch)`;
  return `${place}, ${dayText(session.startedAt)}, ${time}`;
}

export function buildConsultationSummary(summary: SessionSummary, now: Date): DocumentModel {
  const counts = sessionSummaryCounts(summary);
  const blocks: Block[] = [
    { kind: 'paragraph', text: de(whenLine(summary)) },
    ...(summary.session.afterwards ? [{ kind: 'paragraph' as const, text: de('Nachträglich erfasst.'), muted: true }] : []),
    { kind: 'heading', text: de('Zahlen') },
    { kind: 'fields', rows: counts.map(([label, n]) => ({ label: de(label), value: String(n) })) },
  ];
  if (summary.shortAdvice.byTopic.length > 0) {
    blocks.push({ kind: 'heading', text: de('Kurzberatungen nach Thema') });
    blocks.push({
      kind: 'table',
      columns: [de('Thema'), de('Anzahl')],
      rows: summary.shortAdvice.byTopic.map((t) => [t.lifeAreaName, String(t.count)]),
      widths: [4, 1],
    });
  }
  blocks.push({ kind: 'heading', text: de('Kontakte') });
  blocks.push(
    summary.contacts.length === 0
      ? { kind: 'paragraph', text: de('In dieser Sprechstunde wurde kein Kontakt erfasst.'), muted: true }
      : {
          kind: 'table',
          columns: [de('Uhrzeit'), de('Person'), de('Fall'), de('Themen'), de('Wiedervorlagen')],
          rows: summary.contacts.map((c) => [
            timeText(c.at),
            c.personName,
            c.caseNumber ?? '–',
            c.topics.length ? c.topics.join(', ') : '–',
            String(c.followUps),
          ]),
          widths: [1, 3, 1.3, 2.8, 1.9],
        },
  );
  blocks.push({ kind: 'heading', text: de('Neue Personen') });
  blocks.push(
    summary.newPersons.length === 0
      ? { kind: 'paragraph', text: de('In dieser Sprechstunde wurde niemand neu angelegt.'), muted: true }
      : { kind: 'list', items: summary.newPersons.map((p) => de(p.incomplete ? `${p.displayName} (unvollständig)` : p.displayName)) },
  );
  return { title: de('Zusammenfassung der Sprechstunde'), caseNumber: null, clientLanguage: null, created: now, blocks };
}
