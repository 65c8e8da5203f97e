/** Einstellungen: the retention period (Löschfrist) in years, with its legal basis. */
import { useEffect, useId, useState } from 'react';
import { RETENTION_HELP, RETENTION_YEARS } from '../../../electron/contract/areas/erasure';
import { call } from '../../api';
import { lockEpoch } from '../../state/session';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { WholeNumberForm } from '../../ui/WholeNumberForm';
import { erasureTexts as t } from '../../i18n/erasure';

export function RetentionSettingsForm() {
  const headingId = useId();
  const [years, setYears] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const epoch = lockEpoch();
    void call('erasure.settings', {}).then((result) => {
      if (epoch !== lockEpoch()) return;
      if (result.ok) setYears(result.value.retentionYears);
      else setError(result.error.message);
    });
  }, []);

  return (
    <details className="panel retention-settings">
      <summary>{t.settingsSummary}</summary>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t.settingsTitle}</h2>
        <p>{RETENTION_HELP}</p>
        {years === null ? (
          error ? (
            <ErrorMessage message={error} />
          ) : (
            <StatusMessage>{t.loading}</StatusMessage>
          )
        ) : (
          <WholeNumberForm
            label={t.yearsLabel}
            limits={RETENTION_YEARS}
            initial={years}
            invalid={t.yearsInvalid}
            texts={{ save: t.save, saving: t.saving, saved: t.saved }}
            save={(retentionYears) => call('erasure.updateSettings', { retentionYears })}
            onSaved={(saved) => saved.retentionYears}
          />
        )}
      </section>
    </details>
  );
}
