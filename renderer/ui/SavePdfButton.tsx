/**
 * One button that has a paper made as a PDF in the main process (documents.*) and hands it to
 * the shell's save dialog, with what happened said below it. Shared by the case view, Heute, the
 * Sprechstunde and the releases. While the PDF is made
 * the button only says so (aria-disabled, not disabled), so the focus stays where it was.
 */
import { useState } from 'react';
import type { Input } from '../../electron/contract';
import type { DocumentFile } from '../../electron/contract/areas/documents';
import type { KimErrorBody } from '../../electron/contract/errors';
import { call } from '../api';
import { documentTexts as t } from '../i18n/documents';
import { Button } from './Button';
import { ErrorMessage, StatusMessage } from './Messages';
import { MIME_TYPES, saveFile } from './saveFile';
import { useSubmit } from './useSubmit';

export type PaperRequest =
  | { method: 'documents.caseFile'; input: { caseId: string } }
  | { method: 'documents.consultationSummary'; input: { sessionId: string } }
  | { method: 'documents.today'; input: { date?: string } }
  | { method: 'documents.referralSheet'; input: { personId: string; partnerId: string } }
  | { method: 'clientDocuments.consent'; input: Input<'clientDocuments.consent'> }
  | { method: 'clientDocuments.release'; input: Input<'clientDocuments.release'> }
  | { method: 'clientDocuments.appointment'; input: Input<'clientDocuments.appointment'> };

type Answer = { ok: true; value: DocumentFile } | { ok: false; error: KimErrorBody };

function request(paper: PaperRequest): Promise<Answer> {
  switch (paper.method) {
    case 'documents.caseFile':
      return call(paper.method, paper.input);
    case 'documents.consultationSummary':
      return call(paper.method, paper.input);
    case 'documents.today':
      return call(paper.method, paper.input);
    case 'documents.referralSheet':
      return call(paper.method, paper.input);
    case 'clientDocuments.consent':
      return call(paper.method, paper.input);
    case 'clientDocuments.release':
      return call(paper.method, paper.input);
    case 'clientDocuments.appointment':
      return call(paper.method, paper.input);
  }
}

export function SavePdfButton({ paper, label, ariaLabel }: { paper: PaperRequest; label: string; ariaLabel?: string }) {
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit(
    () => {
      setSaved(null);
      return request(paper);
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
