/**
 * "Auskunft nach Art. 15 DSGVO" on a case: the person's information as a PDF or as JSON, made in
 * the main process and handed to the shell's save dialog. Two plain buttons: Tab and Enter. While
 * one is made the buttons only say so (aria-disabled, not disabled), so the focus stays where it was.
 */
import { useRef, useState } from 'react';
import { call } from '../../api';
import { informationTexts as t } from '../../i18n/information';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';
import { useSubmit } from '../../ui/useSubmit';

type Format = 'pdf' | 'json';

/** Named by the case (case overview) or by the person (person screen, also for persons without a case). */
type Subject = { caseId: string; personId?: never } | { personId: string; caseId?: never };

export function InformationPanel({ level = 3, ...subject }: Subject & { level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  // Which file is asked for: read by the request (a ref, set before it goes out) and by the buttons' text.
  const asked = useRef<Format>('pdf');
  const [format, setFormat] = useState<Format>('pdf');
  const [saved, setSaved] = useState<string | null>(null);
  // One at a time; an answer after a lock is dropped (nothing of the person is kept or shown).
  const {
    busy: working,
    error,
    submit,
  } = useSubmit(
    () => {
      setSaved(null);
      const input = subject.caseId !== undefined ? { caseId: subject.caseId } : { personId: subject.personId };
      return call(asked.current === 'pdf' ? 'information.pdf' : 'information.json', input);
    },
    (file) => {
      saveFile(file.fileName, file.bytes, MIME_TYPES[asked.current]);
      setSaved(file.fileName);
    },
  );
  const busy: Format | null = working ? format : null;
  function produce(next: Format) {
    if (working) return;
    asked.current = next;
    setFormat(next);
    void submit();
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
