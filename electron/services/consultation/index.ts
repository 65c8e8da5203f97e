/** The consultation hour (Sprechstunde): sessions, short advice and the queue, wired to one context. */
import type { ServiceContext } from '../context';
import { queueService } from './queue';
import { sessionService } from './sessions';
import { shortAdviceService } from './shortAdvice';

export function createConsultationServices(ctx: ServiceContext) {
  return {
    consultation: {
      sessions: sessionService(ctx),
      shortAdvice: shortAdviceService(ctx),
      queue: queueService(ctx),
    },
  };
}
