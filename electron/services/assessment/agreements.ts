/**
 * Zielvereinbarung: a dated, versioned snapshot of the case's goals (all but the discarded ones)
 * with their steps, which client and case manager sign once. Signing moves the case on to the
 * Leistungssteuerung. Changing goals later needs a new version; the signed one stays as it was.
 */
import { KimError } from '../../contract/errors';
import type { AgreementDetail, AgreementPdf, AgreementSnapshot, AgreementSummary } from '../../contract/areas/assessment';
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
import { actor, advancePhase, assertNotInFuture, db, newId, requireOpenCase, transaction, type ServiceContext } from '../context';
import { personName } from '../../contract/labels';
import { requireCase } from './caseRules';
import { listGoals } from './goals';
import { agreementFileName, printKindOf, renderAgreementPdf } from './agreementPdf';

function snapshotOfGoals(ctx: ServiceContext, caseId: string): AgreementSnapshot {
  return {
    goals: listGoals(ctx, caseId)
      .filter((goal) => goal.status !== 'verworfen')
      .map((goal) => ({
        goalId: goal.id,
        lifeAreaId: goal.lifeAreaId,
        lifeAreaName: goal.lifeAreaName,
        title: goal.title,
        status: goal.status,
        steps: goal.steps.map(({ description, responsible, partnerId, partnerName, dueDate, doneAt }) => ({
          description,
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

export function signAgreementOn(ctx: ServiceContext, input: { agreementId: string; signedAt: string }): AgreementDetail {
  return transaction(ctx, () => {
    const agreement = agreementById(db(ctx), input.agreementId);
    if (!agreement) throw new KimError('AGREEMENT_NOT_FOUND');
    requireOpenCase(ctx, agreement.caseId);
    if (agreement.signedAt !== null) throw new KimError('AGREEMENT_ALREADY_SIGNED');
    if (latestAgreementVersion(db(ctx), agreement.caseId) > agreement.version) throw new KimError('AGREEMENT_SUPERSEDED');
    assertNotInFuture(input.signedAt, ctx.now());
    if (input.signedAt < agreement.date) throw new KimError('SIGNED_BEFORE_AGREEMENT');
    signAgreement(db(ctx), agreement.id, input.signedAt);
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

/** The agreement as a PDF to print and sign; the file name carries no personal data. */
export async function agreementPdf(ctx: ServiceContext, agreementId: string): Promise<AgreementPdf> {
  const agreement = getAgreement(ctx, agreementId);
  const header = caseHeader(db(ctx), agreement.caseId);
  if (!header) throw new KimError('CASE_NOT_FOUND');
  const pdf = await renderAgreementPdf({
    agreement,
    caseNumber: header.caseNumber,
    // Every spelling the person has, primary first: the PDF prints any script.
    clientNames: nameSpellings(db(ctx), header.personId)
      .map((name) => personName(name))
      .filter(Boolean),
    caseManager: header.caseManager,
    now: ctx.now(),
  });
  ctx.store.audit('agreement.printed', 'agreement', agreement.id);
  return { fileName: agreementFileName(header.caseNumber, agreement.version, printKindOf(agreement)), pdf };
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
  };
}
