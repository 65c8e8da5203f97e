/** Reading a case: the case screen (person, number, phase, consent, what is due). The list is caseList.ts. */
import { KimError } from '../../contract/errors';
import type { CaseView } from '../../contract/areas/cases';
import { db, type ServiceContext } from '../context';
import { DEFAULT_REASSESSMENT_MONTHS } from '../reassessment';
import { readSetting } from '../../../db/queries/settings';
import { caseById, consentOfCase, locationOfCase, targetGroupsOfCase } from '../../../db/queries/cases';
import { signedPrintoutOf } from '../documents/printouts';
import { namesOf, personById } from '../../../db/queries/persons';
import { dueNext } from './dueNext';
import { restrictionInForce } from '../../../db/queries/restrictions';
import { handoverOfCase } from '../../../db/queries/handover';
import { CLOSURE_REASON_LABELS, displayName, PHASE_LABELS } from './labels';
import { primaryName } from './persons';

/** The re-assessment cadence of the settings (the case may have its own). */
function settingsReassessmentMonths(ctx: ServiceContext): number {
  const value = readSetting(db(ctx), 'reassessmentMonths');
  return typeof value === 'number' ? value : DEFAULT_REASSESSMENT_MONTHS;
}

export function caseViewService(ctx: ServiceContext) {
  return {
    get(caseId: string): CaseView {
      const store = db(ctx);
      const row = caseById(store, caseId);
      if (!row) throw new KimError('CASE_NOT_FOUND');
      const person = personById(store, row.personId);
      if (!person) throw new KimError('PERSON_NOT_FOUND');
      const names = namesOf(store, [person.id]);
      const primary = primaryName(names);
      const reassessmentMonths = row.reassessmentMonths ?? settingsReassessmentMonths(ctx);
      const consentRow = consentOfCase(store, caseId) ?? null;
      const consent = consentRow && {
        givenAt: consentRow.givenAt,
        form: consentRow.form,
        recordedBy: consentRow.recordedBy,
        revokedAt: consentRow.revokedAt,
        printout: signedPrintoutOf({
          id: consentRow.printoutId,
          code: consentRow.printoutCode,
          language: consentRow.printoutLanguage,
          printedAt: consentRow.printoutPrintedAt,
        }),
      };
      const restriction = restrictionInForce(store, caseId);
      const handover = handoverOfCase(ctx.store.session().sqlite, caseId);
      return {
        id: row.id,
        caseNumber: row.caseNumber,
        phase: row.phase,
        phaseLabel: PHASE_LABELS[row.phase],
        open: row.phase !== 'abgeschlossen',
        openedAt: row.openedAt,
        closedAt: row.closedAt,
        closureReason: row.closureReason,
        closureReasonLabel: row.closureReason ? CLOSURE_REASON_LABELS[row.closureReason] : null,
        caseManager: row.caseManager,
        location: row.locationId ? (locationOfCase(store, row.locationId) ?? null) : null,
        traeger: row.traeger,
        reassessmentMonths,
        ownReassessmentMonths: row.reassessmentMonths,
        person: {
          id: person.id,
          displayName: displayName(primary),
          otherNames: names.filter((n) => n !== primary).map((n) => ({ familyName: n.familyName, givenNames: n.givenNames, primary: false, note: n.note })),
          birthDate: person.birthDate,
          gender: person.gender,
          nationalities: person.nationalities,
          languages: person.languages,
          interpreterNeeded: person.interpreterNeeded,
          interpreterLanguage: person.interpreterLanguage,
          residenceStatus: person.residenceStatus,
          residenceParagraph: person.residenceParagraph,
          residenceValidUntil: person.residenceValidUntil,
        },
        targetGroups: targetGroupsOfCase(store, caseId),
        consent,
        restriction: restriction ? { since: restriction.since, reason: restriction.reason, recordedBy: restriction.recordedBy } : null,
        handover,
        // A restricted case is frozen: nothing is due on it.
        dueNext: restriction || handover ? [] : dueNext(ctx, { id: row.id, phase: row.phase, reassessmentMonths }, person.residenceValidUntil),
      };
    },
  };
}
