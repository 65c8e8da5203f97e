/**
 * Zielvereinbarung: a dated, versioned snapshot of the case's goals (all but the discarded ones)
 * with their steps, which client and case manager sign once. Signing moves the case on to the
 * Leistungssteuerung. Changing goals later needs a new version; the signed one stays as it was.
 */
import { KimError } from '../../contract/errors';
import type { AgreementDetail, AgreementSnapshot, AgreementSummary } from '../../contract/areas/assessment';
import type { DocumentFile } from '../../contract/areas/documents';
import type { DocumentLanguage } from '../../contract/areas/documentTexts';
import {
  agreementById,
  agreementsOfCase,
  caseHeader,
  insertAgreement,
  latestAgreementVersion,
  signAgreement,
  type AgreementRow,
} from '../../../db/queries/agreements';
import { nameSpellings } from '../../../db/queries/assessments';
import { caseGate } from '../../../db/queries/caseStatus';
import { agreementHasPrintouts } from '../../../db/queries/printouts';
import { actor, advancePhase, assertNotInFuture, db, newId, requireOpenCase, transaction, type ServiceContext } from '../context';
import { personName } from '../../contract/labels';
import { requireCase } from './caseRules';
import { listGoals } from './goals';
import { agreementFileName, buildAgreementForm, printKindOf } from '../documents/agreementForm';
import { clientTexts } from '../documents/clientDocumentParts';
import { renderPaper } from '../documents/renderPaper';
import { printForSigning, requireSignedPrintout, signedPrintoutOf } from '../documents/printouts';

function snapshotOfGoals(ctx: ServiceContext, caseId: string): AgreementSnapshot {
  return {
    goals: listGoals(ctx, caseId)
      .filter((goal) => goal.status !== 'verworfen')
      .map((goal) => ({
        goalId: goal.id,
        lifeAreaId: goal.lifeAreaId,
        lifeAreaName: goal.lifeAreaName,
        title: goal.title,
        titleTranslation: goal.titleTranslation,
        status: goal.status,
        steps: goal.steps.map(({ description, descriptionTranslation, responsible, partnerId, partnerName, dueDate, doneAt }) => ({
          description,
          descriptionTranslation,
          responsible,
          partnerId,
          partnerName,
          dueDate,
          doneAt,
        })),
      })),
  };
}

export function createAgreement(ctx: ServiceContext, input: { caseId: string; date: string }): AgreementDetail {
  return transaction(ctx, () => {
    requireOpenCase(ctx, input.caseId);
    assertNotInFuture(input.date, ctx.now());
    const snapshot = snapshotOfGoals(ctx, input.caseId);
    if (snapshot.goals.length === 0) throw new KimError('AGREEMENT_WITHOUT_GOALS');
    const id = newId();
    insertAgreement(db(ctx), {
      id,
      caseId: input.caseId,
      version: latestAgreementVersion(db(ctx), input.caseId) + 1,
      date: input.date,
      snapshot,
      signedAt: null,
      recordedBy: actor(ctx),
      createdAt: ctx.now().toISOString(),
    });
    ctx.store.audit('agreement.created', 'agreement', id);
    return getAgreement(ctx, id);
  });
}

/**
 * Print, then sign: when the app printed this version, the signature names the printout signed
 * (its code is in the footer), so the file shows which printed version, in which language, was
 * signed. A version never printed by the app (a paper from elsewhere; the demo data) is signed
 * without one.
 */
export function signAgreementOn(ctx: ServiceContext, input: { agreementId: string; signedAt: string; printoutId?: string | undefined }): AgreementDetail {
  return transaction(ctx, () => {
    const agreement = agreementById(db(ctx), input.agreementId);
    if (!agreement) throw new KimError('AGREEMENT_NOT_FOUND');
    requireOpenCase(ctx, agreement.caseId);
    if (agreement.signedAt !== null) throw new KimError('AGREEMENT_ALREADY_SIGNED');
    if (latestAgreementVersion(db(ctx), agreement.caseId) > agreement.version) throw new KimError('AGREEMENT_SUPERSEDED');
    assertNotInFuture(input.signedAt, ctx.now());
    if (input.signedAt < agreement.date) throw new KimError('SIGNED_BEFORE_AGREEMENT');
    const printoutId = input.printoutId ?? null;
    if (printoutId !== null) requireSignedPrintout(ctx, printoutId, { document: 'zielvereinbarung', agreementId: agreement.id }, input.signedAt);
    else if (agreementHasPrintouts(db(ctx), agreement.id)) throw new KimError('PRINTOUT_REQUIRED');
    signAgreement(db(ctx), agreement.id, input.signedAt, printoutId);
    ctx.store.audit('agreement.signed', 'agreement', agreement.id);
    advancePhase(ctx, agreement.caseId, 'leistungssteuerung');
    return getAgreement(ctx, agreement.id);
  });
}

export function listAgreements(ctx: ServiceContext, caseId: string): AgreementSummary[] {
  requireCase(ctx, caseId);
  const rows = agreementsOfCase(db(ctx), caseId);
  const latest = rows[0]?.version ?? 0;
  return rows.map((row) => summaryOf(row, latest));
}

export function getAgreement(ctx: ServiceContext, agreementId: string): AgreementDetail {
  const row = agreementById(db(ctx), agreementId);
  if (!row) throw new KimError('AGREEMENT_NOT_FOUND');
  return { ...summaryOf(row, latestAgreementVersion(db(ctx), row.caseId)), snapshot: snapshotOf(row) };
}

/**
 * The agreement as a PDF, in German and the client's language ('de': German only); the file name
 * carries no personal data. A version to sign is recorded as a printout (its code in the footer),
 * so recording the signature can name the paper signed; a signed or replaced version is a copy
 * nobody signs, and is not.
 */
export async function agreementPdf(ctx: ServiceContext, input: { agreementId: string; language?: DocumentLanguage | undefined }): Promise<DocumentFile> {
  const language = input.language ?? 'de';
  const agreement = getAgreement(ctx, input.agreementId);
  const header = caseHeader(db(ctx), agreement.caseId);
  if (!header) throw new KimError('CASE_NOT_FOUND');
  // Every spelling the person has, primary first: the PDF prints any script.
  const spellings = nameSpellings(db(ctx), header.personId)
    .map((name) => personName(name))
    .filter(Boolean);
  const model = buildAgreementForm(
    {
      texts: clientTexts(ctx, language),
      agreement,
      person: { spellings, name: spellings[0] ?? '', caseNumber: header.caseNumber },
      caseManager: header.caseManager,
    },
    ctx.now(),
  );
  const kind = printKindOf(agreement);
  // Only a paper that can still be signed is recorded: not one of a closed, restricted or handed-over case (nothing is written there).
  const gate = caseGate(db(ctx), agreement.caseId);
  const signable = kind === 'zum_unterschreiben' && gate !== null && gate.phase !== 'abgeschlossen' && !gate.restricted && !gate.handedOver;
  const bytes = signable
    ? await printForSigning(ctx, { document: 'zielvereinbarung', personId: header.personId, agreementId: agreement.id, language }, (code) =>
        renderPaper({ ...model, printout: code }),
      )
    : await renderPaper(model);
  ctx.store.audit('agreement.printed', 'agreement', agreement.id);
  return { fileName: agreementFileName(header.caseNumber, agreement.version, kind, language), bytes };
}

const snapshotOf = (row: AgreementRow): AgreementSnapshot => row.snapshot as AgreementSnapshot;

function summaryOf(row: AgreementRow, latestVersion: number): AgreementSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    date: row.date,
    signedAt: row.signedAt,
    recordedBy: row.recordedBy,
    goalCount: snapshotOf(row).goals.length,
    superseded: row.version < latestVersion,
    signedPrintout: signedPrintoutOf({
      id: row.signedPrintoutId,
      code: row.signedPrintoutCode,
      language: row.signedPrintoutLanguage,
      printedAt: row.signedPrintoutPrintedAt,
    }),
  };
}
