/**
 * Saves the previewed quarter as Excel or JSON file. A running quarter cannot be saved (it is
 * previewed only); the first export of a closed quarter publishes it for good, so it is asked for
 * first; a published quarter is saved again as the very same document. The main process records
 * each export in the audit log.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { StatisticsExportFormat, StatisticsPreview } from '../../../electron/contract/areas/statistics';
import { call } from '../../api';
import { germanDay } from '../../i18n/dates';
import { maskedExportTexts as m } from '../../i18n/districtRoster';
import { statisticsTexts as t } from '../../i18n/statistics';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';
import { useSubmit } from '../../ui/useSubmit';
import { jumpTo } from './focus';
import { quarterTitle, SETTINGS_SECTION_ID } from './PreviewSummary';
import { dayAfter } from './quarterDays';
import { exported } from './statisticsStore';

export const EXPORT_SECTION_ID = 'statistik-speichern';

/** Why the buttons cannot be pressed, or null. */
function Blocked({ preview, id }: { preview: StatisticsPreview; id: string }) {
  if (preview.state === 'laufend') {
    return (
      <p className="form-problem" id={id}>
        {t.exportRunning(germanDay(dayAfter(preview.document.period.to)))}
      </p>
    );
  }
  return (
    <div className="form-problem" id={id}>
      <p>{t.exportBlocked}</p>
      <p>
        {t.exportBlockedHow}{' '}
        <a href={`#${SETTINGS_SECTION_ID}`} onClick={(event) => jumpTo(event, SETTINGS_SECTION_ID)}>
          {t.toSettings}
        </a>
      </p>
    </div>
  );
}

export function ExportPanel({ preview }: { preview: StatisticsPreview }) {
  const period = preview.document.period.label;
  const blockedId = useId();
  const questionId = useId();
  const [done, setDone] = useState<string | null>(null);
  /** The format the user chose for the first export, while asking to confirm it. */
  const [asking, setAsking] = useState<StatisticsExportFormat | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openers = { xlsx: useRef<HTMLButtonElement>(null), json: useRef<HTMLButtonElement>(null) };
  const lastAsked = useRef<StatisticsExportFormat | null>(null);

  // The question takes the focus; closing it gives the focus back to the button that opened it.
  useLayoutEffect(() => {
    if (asking) confirmButton.current?.focus();
    else if (lastAsked.current) openers[lastAsked.current].current?.focus();
    lastAsked.current = asking;
  }, [asking]);

  const blocked = preview.state === 'laufend' || preview.missing.length > 0;

  const exporting = useRef<StatisticsExportFormat>('xlsx');
  const { busy, error, setError, submit } = useSubmit(
    () => (blocked ? null : call('statistics.export', { period, format: exporting.current })),
    (file) => {
      setAsking(null);
      saveFile(file.fileName, file.bytes, MIME_TYPES[exporting.current]);
      setDone(t.exportDone(file.fileName));
      // The first export published the quarter: its state, day and checksum are read again.
      if (preview.state === 'bereit') void exported(period);
    },
    () => setAsking(null),
  );

  function save(format: StatisticsExportFormat) {
    setDone(null);
    exporting.current = format;
    void submit();
  }

  function choose(format: StatisticsExportFormat) {
    setDone(null);
    setError(null);
    // Publishing is for good: the first export of a quarter asks first.
    if (preview.state === 'bereit') setAsking(format);
    else save(format);
  }

  const describedBy = blocked ? blockedId : undefined;
  // Against a roster the export is the masked JSON file only (see maskedExportTexts.jsonOnly).
  const masked = preview.districtExport;
  return (
    <section className="panel stats-export" aria-labelledby={EXPORT_SECTION_ID}>
      <h2 id={EXPORT_SECTION_ID} tabIndex={-1}>
        {t.exportTitle}
      </h2>
      <p>{preview.districtExport ? m.exportText : t.exportText}</p>
      {preview.state === 'veroeffentlicht' ? <p>{t.exportRepeats(germanDay(preview.publishedOn))}</p> : null}
      {masked ? (
        <div className="notice notice-info stats-masked">
          <p className="notice-strong">{(preview.state === 'veroeffentlicht' ? m.published : m.willExport)(masked.district, masked.version, masked.code)}</p>
          <p>{m.jsonOnly}</p>
        </div>
      ) : null}
      {asking ? (
        <div className="notice notice-warning stats-confirm" role="group" aria-labelledby={questionId}>
          <p className="notice-strong" id={questionId}>
            {t.confirmTitle(quarterTitle(period))}
          </p>
          <p>{t.confirmText}</p>
          <p>{t.confirmLate}</p>
          <div className="submit-actions">
            <button type="button" className="button button-primary" ref={confirmButton} disabled={busy} onClick={() => save(asking)}>
              {asking === 'xlsx' ? t.confirmXlsx : t.confirmJson}
            </button>
            <Button onClick={() => setAsking(null)} disabled={busy}>
              {t.confirmCancel}
            </Button>
          </div>
        </div>
      ) : (
        <div className="submit-actions">
          {masked ? null : (
            <button
              type="button"
              className="button button-primary"
              ref={openers.xlsx}
              onClick={() => choose('xlsx')}
              disabled={busy || blocked}
              aria-describedby={describedBy}
            >
              {t.exportXlsx}
            </button>
          )}
          <button
            type="button"
            className={masked ? 'button button-primary' : 'button button-secondary'}
            ref={openers.json}
            onClick={() => choose('json')}
            disabled={busy || blocked}
            aria-describedby={describedBy}
          >
            {t.exportJson}
          </button>
        </div>
      )}
      {blocked ? <Blocked preview={preview} id={blockedId} /> : null}
      <ErrorMessage message={error} />
      <StatusMessage>{busy ? <span className="busy">{t.exportBusy}</span> : done}</StatusMessage>
    </section>
  );
}
