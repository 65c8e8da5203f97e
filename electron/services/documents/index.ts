/**
 * The papers of daily work as PDFs: each builder makes a DocumentModel from what its screen
 * shows, renderPaper prints it (a character no font has: TEXT_UNPRINTABLE, found by the soak's
 * fuzz; it was INTERNAL). File names carry no personal data (case number, day, time).
 * Each file is recorded in the audit log, as the other papers with personal data are.
 */
import type { DocumentFile, documentMethods } from '../../contract/areas/documents';
import type { ParsedInputOf } from '../../contract/define';
import { today, type ServiceContext } from '../context';
import { renderPaper } from './renderPaper';
import { buildCaseFile, caseFileData } from './caseFile';
import { buildConsultationSummary, consultationSummaryData } from './consultationSummary';
import type { DocumentModel } from './model';
import { fileNamePart } from './text';
import { buildTodayList, todayListData } from './todayList';
import { referralSheetFor } from './referralSheet';

/** The local time of a moment as "1030", for a file name. */
const clockPart = (at: string): string => {
  const moment = new Date(at);
  return `${String(moment.getHours()).padStart(2, '0')}${String(moment.getMinutes()).padStart(2, '0')}`;
};

export function createDocumentServices(ctx: ServiceContext) {
  const caseFileModel = (caseId: string): DocumentModel => buildCaseFile(caseFileData(ctx, caseId), ctx.now());
  const consultationSummaryModel = (sessionId: string): DocumentModel => buildConsultationSummary(consultationSummaryData(ctx, sessionId), ctx.now());
  const todayModel = (date?: string): DocumentModel => buildTodayList(todayListData(ctx, date), ctx.now());
  return {
    documents: {
      caseFileModel,
      consultationSummaryModel,
      todayModel,
      async caseFile({ caseId }: { caseId: string }): Promise<DocumentFile> {
        const model = caseFileModel(caseId);
        const bytes = await renderPaper(model);
        ctx.store.audit('case.file_printed', 'case', caseId);
        return { fileName: `Verlauf_${fileNamePart(model.caseNumber ?? '')}_${today(ctx.now())}.pdf`, bytes };
      },
      async consultationSummary({ sessionId }: { sessionId: string }): Promise<DocumentFile> {
        const summary = consultationSummaryData(ctx, sessionId);
        const bytes = await renderPaper(buildConsultationSummary(summary, ctx.now()));
        ctx.store.audit('consultation_session.summary_printed', 'consultation_session', sessionId);
        const started = summary.session.startedAt;
        return { fileName: `Sprechstunde_${today(new Date(started))}_${clockPart(started)}.pdf`, bytes };
      },
      async today({ date }: { date?: string | undefined }): Promise<DocumentFile> {
        const overview = todayListData(ctx, date);
        const bytes = await renderPaper(buildTodayList(overview, ctx.now()));
        ctx.store.audit('today.printed', 'store');
        return { fileName: `Heute_${overview.date}.pdf`, bytes };
      },
      async referralSheet(input: ParsedInputOf<(typeof documentMethods)['documents.referralSheet']>): Promise<DocumentFile> {
        const date = input.date ?? today(ctx.now());
        const { model, personId } = referralSheetFor(ctx, { ...input, date });
        const bytes = await renderPaper(model);
        // Handing data to a partner is a disclosure: recorded on the person it is about.
        ctx.store.audit('referral_sheet.printed', 'person', personId);
        return { fileName: `Uebergabebogen_${fileNamePart(model.caseNumber ?? '')}_${date}.pdf`, bytes };
      },
    },
  };
}
