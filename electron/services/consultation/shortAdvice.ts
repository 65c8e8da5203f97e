/** Kurzberatung: counted with topic, language and interpreter only — no person, no text. */
import { KimError } from '../../contract/errors';
import type { ShortAdviceView } from '../../contract/areas/consultation';
import { activeLifeArea, insertShortAdvice, shortAdviceById, shortAdviceOfSession, type ShortAdviceWithTopic } from '../../../db/queries/consultation';
import { db, newId, transaction, type ServiceContext } from '../context';
import { leaveQueue } from './queue';
import { momentInSession, requireQueueEntry, requireRunningSession, requireSession, type In } from './shared';

/** Advice given in German is stored without a language. */
const GERMAN = new Set(['de', 'deu', 'ger']);

function view(row: ShortAdviceWithTopic): ShortAdviceView {
  return {
    id: row.id,
    at: row.at,
    lifeAreaId: row.lifeAreaId,
    lifeAreaName: row.lifeAreaName,
    language: row.language,
    interpreterUsed: row.interpreterUsed,
  };
}

export function shortAdviceService(ctx: ServiceContext) {
  return {
    record(input: In<'shortAdvice.record'>): ShortAdviceView {
      const session = requireRunningSession(ctx, input.sessionId);
      const at = momentInSession(ctx, session, input.at);
      if (!activeLifeArea(db(ctx), input.lifeAreaId)) throw new KimError('LIFE_AREA_NOT_FOUND');
      const entry = input.queueEntryId === undefined ? null : requireQueueEntry(ctx, input.queueEntryId, input.sessionId);
      const id = newId();
      const now = ctx.now().toISOString();
      const language = input.language === null || GERMAN.has(input.language) ? null : input.language;
      return transaction(ctx, () => {
        insertShortAdvice(db(ctx), {
          id,
          sessionId: input.sessionId,
          at,
          lifeAreaId: input.lifeAreaId,
          language,
          interpreterUsed: input.interpreterUsed,
          createdAt: now,
        });
        ctx.store.audit('short_advice.recorded', 'short_advice', id);
        if (entry) leaveQueue(ctx, entry.id);
        const row = shortAdviceById(db(ctx), id);
        if (!row) throw new KimError('INTERNAL');
        return view(row);
      });
    },

    listForSession(input: In<'shortAdvice.listForSession'>): ShortAdviceView[] {
      requireSession(ctx, input.sessionId);
      return shortAdviceOfSession(db(ctx), input.sessionId).map(view);
    },
  };
}
