/** Follow-ups (Wiedervorlagen): set by hand, marked done, listed per case and for "Heute". */
import { KimError } from '../../contract/errors';
import { personName } from '../../contract/labels';
import type { DueFollowUp, FollowUpView } from '../../contract/areas/network';
import type { FollowUpBefore, monitoringCorrectionMethods } from '../../contract/areas/monitoringCorrections';
import type { ParsedInputOf } from '../../contract/define';
import {
  findFollowUp,
  insertFollowUps,
  listDueFollowUps,
  listOpenFollowUpsForCase,
  setFollowUpDone,
  setFollowUpDueDate,
  type FollowUpRow,
} from '../../../db/queries/followUps';
import { db, newId, requireOpenCase, today, transaction, type ServiceContext } from '../context';
import { keepVersion } from '../versions';
import { requireCasePerson } from './referrals';
import { followUpView, type In } from './views';

export function followUpService(ctx: ServiceContext) {
  return {
    /** Due dates may lie in the future: that is what a follow-up is for. */
    create(input: In<'followUps.create'>): FollowUpView {
      return transaction(ctx, () => {
        requireOpenCase(ctx, input.caseId);
        const row: FollowUpRow = {
          id: newId(),
          caseId: input.caseId,
          dueDate: input.dueDate,
          title: input.title,
          source: 'manuell',
          sourceId: null,
          doneAt: null,
          createdAt: ctx.now().toISOString(),
        };
        insertFollowUps(db(ctx), [row]);
        ctx.store.audit('follow_up.created', 'follow_up', row.id);
        return followUpView(row);
      });
    },

    markDone(input: In<'followUps.markDone'>): FollowUpView {
      return transaction(ctx, () => {
        const followUp = findFollowUp(db(ctx), input.id);
        if (!followUp) throw new KimError('FOLLOW_UP_NOT_FOUND');
        requireOpenCase(ctx, followUp.caseId);
        if (followUp.doneAt !== null) throw new KimError('FOLLOW_UP_ALREADY_DONE');
        const doneAt = ctx.now().toISOString();
        setFollowUpDone(db(ctx), followUp.id, doneAt);
        ctx.store.audit('follow_up.done', 'follow_up', followUp.id);
        return followUpView({ ...followUp, doneAt });
      });
    },

    /**
     * Postponed, not done: a new due date, today or later (an overdue one may move to today).
     * The earlier date is kept as a version (versions.list, kind 'follow_up').
     */
    postpone(input: ParsedInputOf<(typeof monitoringCorrectionMethods)['followUps.postpone']>): FollowUpView {
      return transaction(ctx, () => {
        const followUp = findFollowUp(db(ctx), input.followUpId);
        if (!followUp) throw new KimError('FOLLOW_UP_NOT_FOUND');
        requireOpenCase(ctx, followUp.caseId);
        if (followUp.doneAt !== null) throw new KimError('FOLLOW_UP_ALREADY_DONE');
        if (input.dueDate < today(ctx.now())) throw new KimError('FOLLOW_UP_DATE_IN_PAST');
        if (input.dueDate === followUp.dueDate) throw new KimError('FOLLOW_UP_SAME_DATE');
        const before: FollowUpBefore = { dueDate: followUp.dueDate, title: followUp.title };
        const personId = requireCasePerson(ctx, followUp.caseId);
        keepVersion(ctx, { kind: 'follow_up', recordId: followUp.id, personId, caseId: followUp.caseId, before });
        setFollowUpDueDate(db(ctx), followUp.id, input.dueDate);
        ctx.store.audit('follow_up.postponed', 'follow_up', followUp.id);
        return followUpView({ ...followUp, dueDate: input.dueDate });
      });
    },

    /** The open follow-ups of a case, the earliest due first. */
    listOpenForCase(input: In<'followUps.listOpenForCase'>): FollowUpView[] {
      requireCasePerson(ctx, input.caseId);
      return listOpenFollowUpsForCase(db(ctx), input.caseId).map(followUpView);
    },

    /** Open follow-ups of open cases due on or before `until`, the earliest first; overdue = due before today. */
    listDue(input: In<'followUps.listDue'>): DueFollowUp[] {
      const day = today(ctx.now());
      return listDueFollowUps(db(ctx), input.until).map((row) => ({
        ...followUpView(row),
        caseNumber: row.caseNumber,
        personId: row.personId,
        personName: row.personFamilyName === null ? null : personName({ familyName: row.personFamilyName, givenNames: row.personGivenNames ?? '' }),
        overdue: row.dueDate < day,
      }));
    },
  };
}
