/**
 * Zugangssteuerung and Erstberatung: every first contact is recorded, whether it becomes a case
 * (with consent, a case number and the phase 'assessment'), short advice, or a referral elsewhere.
 */
import { KimError } from '../../contract/errors';
import type { IntakeInput, IntakeResult } from '../../contract/areas/cases';
import { actor, advancePhase, assertNotInFuture, db, newId, transaction, type ServiceContext } from '../context';
import { targetGroupsByIds } from '../../../db/queries/configuration';
import { insertCase, insertCaseEvent, insertConsent, insertIntake, openCaseOfPerson } from '../../../db/queries/cases';
import { isTargetGroupValidAt, type locationService } from './configuration';
import { nextCaseNumber } from './caseNumbers';
import { requirePerson } from './persons';
import { requireUnrestrictedPerson } from '../restriction/restrictions';
import { requireNotHandedOver } from '../handover/gate';
import { latestConsentWithdrawal } from '../../../db/queries/restrictions';
import { printoutOfWrittenSignature } from '../documents/printouts';

/** A location for a case: it must exist and still be in use. */
export function requireActiveLocation(locations: ReturnType<typeof locationService>, locationId: string): void {
  if (!locations.require(locationId).active) throw new KimError('LOCATION_INACTIVE');
}

/** The target groups must exist and apply on the intake date. */
function checkTargetGroups(ctx: ServiceContext, ids: string[], date: string): void {
  const groups = targetGroupsByIds(db(ctx), ids);
  if (groups.length !== ids.length) throw new KimError('TARGET_GROUP_NOT_FOUND');
  if (groups.some((g) => !isTargetGroupValidAt(g, date))) throw new KimError('TARGET_GROUP_NOT_VALID');
}

export function intakeService(ctx: ServiceContext, locations: ReturnType<typeof locationService>) {
  return {
    record(input: IntakeInput): IntakeResult {
      const now = ctx.now();
      requirePerson(ctx, input.personId);
      requireUnrestrictedPerson(ctx, input.personId);
      requireNotHandedOver(ctx, input.personId);
      assertNotInFuture(input.date, now);
      const targetGroupIds = [...new Set(input.targetGroupIds)];
      checkTargetGroups(ctx, targetGroupIds, input.date);
      const referredTo = input.referredTo || null;
      if (input.decision === 'weiterverwiesen' && !referredTo) throw new KimError('REFERRED_TO_REQUIRED');
      const consent = input.consent ?? null;
      if (consent) assertNotInFuture(consent.givenAt, now);
      // Print, then sign: a written consent names the printed Einwilligung signed.
      const consentPrintoutId = consent
        ? printoutOfWrittenSignature(
            ctx,
            { document: 'einwilligung', personId: input.personId },
            { form: consent.form, signedAt: consent.givenAt, printoutId: consent.printoutId },
          )
        : null;

      const opensCase = input.decision === 'fall_eroeffnet';
      if (opensCase) {
        if (!consent) throw new KimError('CONSENT_REQUIRED');
        // A withdrawn consent does not come back: a new case needs a consent given after the withdrawal.
        const withdrawn = latestConsentWithdrawal(db(ctx), input.personId);
        if (withdrawn !== null && consent.givenAt <= withdrawn) throw new KimError('CONSENT_PREDATES_WITHDRAWAL');
        if (openCaseOfPerson(db(ctx), input.personId)) throw new KimError('PERSON_HAS_OPEN_CASE');
        if (input.locationId) requireActiveLocation(locations, input.locationId);
      }

      const intakeId = newId();
      const at = now.toISOString();
      const by = actor(ctx);
      return transaction(ctx, () => {
        let caseId: string | null = null;
        let caseNumber: string | null = null;
        if (opensCase) {
          caseId = newId();
          caseNumber = nextCaseNumber(ctx, input.date);
          insertCase(
            db(ctx),
            {
              id: caseId,
              personId: input.personId,
              caseNumber,
              caseManager: input.caseManager ?? by,
              locationId: input.locationId ?? null,
              traeger: input.traeger || null,
              phase: 'erstberatung',
              openedAt: input.date,
              createdAt: at,
            },
            targetGroupIds,
          );
          insertCaseEvent(db(ctx), { id: newId(), caseId, at, kind: 'eroeffnet', phase: 'erstberatung', by });
          ctx.store.audit('case.opened', 'case', caseId);
          // A new case starts with the assessment; the phase rule records the step as an event.
          advancePhase(ctx, caseId, 'assessment');
        }
        insertIntake(
          db(ctx),
          {
            id: intakeId,
            personId: input.personId,
            date: input.date,
            accessRoute: input.accessRoute,
            decision: input.decision,
            referredTo,
            caseId,
            recordedBy: by,
            createdAt: at,
          },
          targetGroupIds,
        );
        ctx.store.audit('intake.recorded', 'intake', intakeId);
        if (consent) {
          const consentId = newId();
          insertConsent(db(ctx), {
            id: consentId,
            personId: input.personId,
            caseId,
            givenAt: consent.givenAt,
            form: consent.form,
            printoutId: consentPrintoutId,
            recordedBy: by,
            createdAt: at,
          });
          ctx.store.audit('consent.recorded', 'consent', consentId);
        }
        return { intakeId, caseId, caseNumber };
      });
    },
  };
}
