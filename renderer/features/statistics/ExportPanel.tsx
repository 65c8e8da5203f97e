/** Saves the previewed statistic as Excel or JSON file; the main process records each export in the audit log. */
import { useId, useState } from 'react';
import type { StatisticsExportFormat } from '../../../electron/contract/areas/statistics';
import { call } from '../../api';
import { statisticsTexts as t } from '../../i18n/statistics';
import { lockEpoch } from '../../state/session';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';

export const EXPORT_SECTION_ID = 'statistik-speichern';

export function ExportPanel({ period, blocked }: { period: string; blocked: boolean }) {
  const blockedId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function save(format: StatisticsExportFormat) {
    if (busy) return;
    const epoch = lockEpoch();
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await call('statistics.export', { period, format });
    if (epoch !== lockEpoch()) return;
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.bytes, MIME_TYPES[format]);
    setDone(t.exportDone(result.value.fileName));
  }

  const describedBy = blocked ? blockedId : undefined;
  return (
    <section className="panel stats-export" aria-labelledby={EXPORT_SECTION_ID}>
      <h2 id={EXPORT_SECTION_ID} tabIndex={-1}>
        {t.exportTitle}
      </h2>
      <p>{t.exportText}</p>
      <div className="submit-actions">
        <Button variant="primary" onClick={() => void save('xlsx')} disabled={busy || blocked} aria-describedby={describedBy}>
          {t.exportXlsx}
        </Button>
        <Button onClick={() => void save('json')} disabled={busy || blocked} aria-describedby={describedBy}>
          {t.exportJson}
        </Button>
      </div>
      {blocked ? (
        <p className="form-problem" id={blockedId}>
          {t.exportBlocked}
        </p>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage>{busy ? <span className="busy">{t.exportBusy}</span> : done}</StatusMessage>
    </section>
  );
}
