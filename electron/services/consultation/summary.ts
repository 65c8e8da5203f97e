/** What a consultation hour brought: its contacts, new people, short advice, follow-ups, who still waits. */
import type { SessionSummary } from '../../contract/areas/consultation';
import { topicsOf } from '../../../db/queries/contacts';
import { followUpsFrom } from '../../../db/queries/followUps';
import {
  followUpsOfContacts,
  queueLength,
  sessionContacts,
  sessionPersons,
  shortAdviceOfSession,
  type SessionWithLocation,
} from '../../../db/queries/consultation';
import { db, type ServiceContext } from '../context';
import { displayNames, sessionView } from './shared';

export function sessionSummary(ctx: ServiceContext, session: SessionWithLocation): SessionSummary {
  const store = db(ctx);
  const contactRows = sessionContacts(store, session.id);
  const contactIds = contactRows.map((c) => c.contactId);
  const topics = topicsOf(store, contactIds);
  const followUps = followUpsFrom(store, 'kontakt', contactIds);
  const registered = sessionPersons(store, session.id);
  const names = displayNames(ctx, [...contactRows.map((c) => c.personId), ...registered.map((p) => p.personId)]);

  const advice = shortAdviceOfSession(store, session.id);
  const byTopic = new Map<string, { lifeAreaName: string; order: number; count: number }>();
  for (const a of advice) {
    const entry = byTopic.get(a.lifeAreaId) ?? { lifeAreaName: a.lifeAreaName, order: a.lifeAreaOrder, count: 0 };
    entry.count += 1;
    byTopic.set(a.lifeAreaId, entry);
  }

  return {
    session: sessionView(session),
    contacts: contactRows.map((c) => ({
      contactId: c.contactId,
      at: c.at,
      personId: c.personId,
      personName: names.get(c.personId) ?? '',
      caseId: c.caseId,
      caseNumber: c.caseNumber,
      topics: topics.filter((t) => t.contactId === c.contactId).map((t) => t.name),
      followUps: followUps.filter((f) => f.sourceId === c.contactId).length,
    })),
    newPersons: registered.map((p) => ({ personId: p.personId, displayName: names.get(p.personId) ?? '', incomplete: p.incomplete })),
    shortAdvice: {
      total: advice.length,
      // Most frequent first; equal counts in the life areas' order.
      byTopic: [...byTopic.values()].sort((a, b) => b.count - a.count || a.order - b.order).map(({ lifeAreaName, count }) => ({ lifeAreaName, count })),
    },
    followUpsCreated: followUpsOfContacts(store, contactIds),
    stillWaiting: session.endedAt === null ? queueLength(store, session.id) : (session.stillWaiting ?? 0),
    totalMinutes: contactRows.reduce((sum, c) => sum + c.durationMinutes, 0),
  };
}
