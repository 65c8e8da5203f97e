/**
 * "Auskunft nach Art. 15 DSGVO" on a case: the person's information as a PDF or as JSON, made in
 * the main process and handed to the shell's save dialog. Two plain buttons: Tab and Enter. While
 * one is made the buttons only say so (aria-disabled, not disabled), so the focus stays where it was.
 */
import { useState } from 'react';
import { call } from '../../api';
import { informationTexts as t } from '../../i18n/information';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';

type Format = 'pdf' | 'json';

/** Named by the case (case overview) or by the person (person screen, also for persons without a case). */
type Subject = { caseId: string; personId?: never } | { personId: string; caseId?: never };

export function InformationPanel({ level = 3, ...subject }: Subject & { level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function produce(format: Format) {
    if (busy) return;
    setBusy(format);
    setError(null);
    setSaved(null);
    const epoch = lockEpoch();
    const input = subject.caseId !== undefined ? { caseId: subject.caseId } : { personId: subject.personId };
    const result = await call(format === 'pdf' ? 'information.pdf' : 'information.json', input);
    setBusy(null);
    if (epoch !== lockEpoch()) return; // locked meanwhile: nothing of the person is kept or shown
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.bytes, MIME_TYPES[format]);
    setSaved(result.value.fileName);
  }

  return (
    <section className={level === 2 ? 'panel information-panel' : 'information-panel'} aria-labelledby="information-title">
      <Heading id="information-title">{t.title}</Heading>
      <p>{t.lead}</p>
      <div className="submit-actions">
        <Button onClick={() => void produce('pdf')} aria-disabled={busy !== null} aria-busy={busy === 'pdf'}>
          {busy === 'pdf' ? t.busy : t.pdf}
        </Button>
        <Button onClick={() => void produce('json')} aria-disabled={busy !== null} aria-busy={busy === 'json'}>
          {busy === 'json' ? t.busy : t.json}
        </Button>
      </div>
      <ErrorMessage message={error} />
      <StatusMessage>{saved ? t.saved(saved) : null}</StatusMessage>
    </section>
  );
}
