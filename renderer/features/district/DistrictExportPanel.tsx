/** Saves the merged district report as Excel file or PDF (with charts), for the committee. */
import { useRef, useState } from 'react';
import { call } from '../../api';
import { districtTexts as t } from '../../i18n/district';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { MIME_TYPES, saveFile } from '../../ui/saveFile';
import { useSubmit } from '../../ui/useSubmit';
import { useDistrict } from './districtStore';

export function DistrictExportPanel() {
  const input = useDistrict((s) => s.mergedInput);
  const [done, setDone] = useState<string | null>(null);
  // Which file is asked for, read by the request when it goes out.
  const format = useRef<'xlsx' | 'pdf'>('xlsx');
  const { busy, error, submit } = useSubmit(
    () => {
      if (!input) return null;
      setDone(null);
      return call(format.current === 'xlsx' ? 'district.exportXlsx' : 'district.exportPdf', input);
    },
    (file) => {
      saveFile(file.fileName, file.bytes, MIME_TYPES[format.current]);
      setDone(t.exportDone(file.fileName));
    },
  );
  function save(next: 'xlsx' | 'pdf') {
    if (busy) return;
    format.current = next;
    void submit();
  }

  return (
    <section className="panel" aria-labelledby="bezirk-speichern">
      <h2 id="bezirk-speichern">{t.exportTitle}</h2>
      <p>{t.exportText}</p>
      <div className="submit-actions">
        <Button variant="primary" onClick={() => save('xlsx')} disabled={busy || !input}>
          {t.exportXlsx}
        </Button>
        <Button onClick={() => save('pdf')} disabled={busy || !input}>
          {t.exportPdf}
        </Button>
      </div>
      <ErrorMessage message={error} />
      <StatusMessage>{busy ? <span className="busy">{t.exportBusy}</span> : done}</StatusMessage>
    </section>
  );
}
