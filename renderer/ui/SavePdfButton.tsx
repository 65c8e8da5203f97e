/**
 * One button that has a paper made as a PDF in the main process (documents.*, clientDocuments.*)
 * and hands it to the shell's save dialog, with what happened said below it. Shared by the case
 * view, Heute, the Sprechstunde, the releases and the person's documents. While the PDF is made
 * the button only says so (aria-disabled, not disabled), so the focus stays where it was.
 */
import { useState } from 'react';
import type { Input, MethodName, Output } from '../../electron/contract';
import type { DocumentFile } from '../../electron/contract/areas/documents';
import type { KimErrorBody } from '../../electron/contract/errors';
import { call } from '../api';
import { documentTexts as t } from '../i18n/documents';
import { Button } from './Button';
import { ErrorMessage, StatusMessage } from './Messages';
import { MIME_TYPES, saveFile } from './saveFile';
import { useSubmit } from './useSubmit';

/** Every contract method that makes a PDF file: its answer is a DocumentFile. */
type PaperMethod = { [K in MethodName]: Output<K> extends DocumentFile ? K : never }[MethodName];

/** Which paper to make: a PDF method and its input. */
export interface PaperRequest<K extends PaperMethod = PaperMethod> {
  method: K;
  input: Input<K>;
}

type Answer = { ok: true; value: DocumentFile } | { ok: false; error: KimErrorBody };

export function SavePdfButton<K extends PaperMethod>({ paper, label, ariaLabel }: { paper: PaperRequest<K>; label: string; ariaLabel?: string }) {
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit(
    () => {
      setSaved(null);
      // The answer of any PaperMethod is a DocumentFile or a typed error (PaperMethod says so).
      return call(paper.method, paper.input) as Promise<Answer>;
    },
    (file: DocumentFile) => {
      saveFile(file.fileName, file.bytes, MIME_TYPES.pdf);
      setSaved(file.fileName);
    },
  );
  return (
    <div className="save-pdf">
      <Button onClick={() => void submit()} aria-disabled={busy} aria-busy={busy} aria-label={busy ? undefined : ariaLabel}>
        {busy ? t.busy : label}
      </Button>
      <ErrorMessage message={error} />
      <StatusMessage>{saved ? t.saved(saved) : null}</StatusMessage>
    </div>
  );
}

/** "Verlauf als PDF speichern" in the case view (also for a closed, restricted or handed-over case: it only reads). */
export function CaseFilePdfButton({ caseId }: { caseId: string }) {
  return <SavePdfButton paper={{ method: 'documents.caseFile', input: { caseId } }} label={t.caseFile} />;
}

/** "Als PDF speichern" under the Sprechstunde summary. */
export function ConsultationSummaryPdfButton({ sessionId }: { sessionId: string }) {
  return <SavePdfButton paper={{ method: 'documents.consultationSummary', input: { sessionId } }} label={t.consultationSummary} />;
}

/** "Als PDF speichern" on Heute: the day the screen shows. */
export function TodayPdfButton({ date }: { date: string }) {
  return <SavePdfButton paper={{ method: 'documents.today', input: { date } }} label={t.today} />;
}

/** "Übergabebogen" beside a valid release: what the partner may receive, as the release covers it. */
export function ReferralSheetPdfButton({ personId, partnerId, partnerName }: { personId: string; partnerId: string; partnerName: string }) {
  return (
    <SavePdfButton
      paper={{ method: 'documents.referralSheet', input: { personId, partnerId } }}
      label={t.referralSheet}
      ariaLabel={t.referralSheetFor(partnerName)}
    />
  );
}
