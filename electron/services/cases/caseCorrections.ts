/**
 * Corrections of a case as recorded: its target groups, and the hand-over to another case
 * manager of the unit (Vertretung). Each keeps the earlier version (versions.list) and is audited.
 */
import { KimError } from '../../contract/errors';
import type { CaseManagerBefore, TargetGroupsBefore } from '../../contract/areas/caseCorrections';
import { caseById, replaceCaseTargetGroups, targetGroupsOfCase, updateCase } from '../../../db/queries/cases';
import { targetGroupsByIds } from '../../../db/queries/configuration';
import { db, requireOpenCase, today, transaction, type ServiceContext } from '../context';
import { keepVersion } from '../versions';
import type { caseManagerService } from './caseManagers';

export function caseCorrectionService(ctx: ServiceContext, managers: ReturnType<typeof caseManagerService>) {
  return {
    /**
     * The case's target groups become those given. One it had may stay (also when it no longer
     * applies); one added must apply at some day between the opening and today.
     */
    setTargetGroups(input: { caseId: string; targetGroupIds: string[] }): void {
      requireOpenCase(ctx, input.caseId);
      const row = caseById(db(ctx), input.caseId)!;
      const earlier = targetGroupsOfCase(db(ctx), input.caseId);
      const had = new Set(earlier.map((g) => g.id));
      const found = new Map(targetGroupsByIds(db(ctx), input.targetGroupIds).map((g) => [g.id, g]));
      const day = today(ctx.now());
      for (const id of input.targetGroupIds) {
        const group = found.get(id);
        if (!group) throw new KimError('TARGET_GROUP_NOT_FOUND');
        const appliesInCase = group.validFrom <= day && (group.validUntil === null || group.validUntil >= row.openedAt);
        if (!had.has(id) && !appliesInCase) throw new KimError('TARGET_GROUP_NOT_VALID');
      }
      const same = had.size === input.targetGroupIds.length && input.targetGroupIds.every((id) => had.has(id));
      // The same list is nothing to correct: no version and no audit row.
      if (same) return;
      const before: TargetGroupsBefore = { targetGroups: earlier };
      transaction(ctx, () => {
        keepVersion(ctx, { kind: 'case_target_groups', recordId: input.caseId, personId: row.personId, caseId: input.caseId, before });
        replaceCaseTargetGroups(db(ctx), input.caseId, input.targetGroupIds);
        ctx.store.audit('case.target_groups_corrected', 'case', input.caseId);
      });
    },

    /** Hands the case to a colleague of the unit: their name goes on the case, the earlier one is kept. */
    assignCaseManager(input: { caseId: string; caseManagerId: string }): void {
      requireOpenCase(ctx, input.caseId);
      const manager = managers.require(input.caseManagerId);
      if (!manager.active) throw new KimError('CASE_MANAGER_INACTIVE');
      const row = caseById(db(ctx), input.caseId)!;
      if (row.caseManager === manager.name) return;
      const before: CaseManagerBefore = { caseManager: row.caseManager };
      transaction(ctx, () => {
        keepVersion(ctx, { kind: 'case_manager', recordId: input.caseId, personId: row.personId, caseId: input.caseId, before });
        updateCase(db(ctx), input.caseId, { caseManager: manager.name });
        ctx.store.audit('case.case_manager_assigned', 'case', input.caseId);
      });
    },
  };
}
