/** Saves the merged district report as Excel file or PDF (with charts), for the committee. */
import { useState } from 'react';
import { call } from '../../api';
import { districtTexts as t } from '../../i18n/district';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';
import { useDistrict } from './districtStore';

export function DistrictExportPanel() {
  const input = useDistrict((s) => s.mergedInput);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function save(format: 'xlsx' | 'pdf') {
    if (busy || !input) return;
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await call(format === 'xlsx' ? 'district.exportXlsx' : 'district.exportPdf', input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.bytes, MIME_TYPES[format]);
    setDone(t.exportDone(result.value.fileName));
  }

  return (
    <section className="panel" aria-labelledby="bezirk-speichern">
      <h2 id="bezirk-speichern">{t.exportTitle}</h2>
      <p>{t.exportText}</p>
      <div className="submit-actions">
        <Button variant="primary" onClick={() => void save('xlsx')} disabled={busy || !input}>
          {t.exportXlsx}
        </Button>
        <Button onClick={() => void save('pdf')} disabled={busy || !input}>
          {t.exportPdf}
        </Button>
      </div>
      <ErrorMessage message={error} />
      <StatusMessage>{busy ? <span className="busy">{t.exportBusy}</span> : done}</StatusMessage>
    </section>
  );
}
