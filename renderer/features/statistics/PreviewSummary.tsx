/**
 * Above the tables: what is still missing before an export, the period's state and the unit, and
 * a short account of what was hidden.
 */
import type { StatisticsPreview } from '../../../electron/contract/areas/statistics';
import { germanDay, statisticsTexts as t } from '../../i18n/statistics';
import { jumpTo } from './focus';

export const SETTINGS_SECTION_ID = 'statistik-einstellungen';
export const OVERVIEW_ID = 'statistik-ueberblick';

export function MissingSettings({ missing }: { missing: readonly string[] }) {
  if (missing.length === 0) return null;
  return (
    <div className="notice notice-warning stats-missing">
      <p className="notice-strong">{t.missingTitle}</p>
      <p>{t.missingText}</p>
      <ul>
        {missing.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <a href={`#${SETTINGS_SECTION_ID}`} onClick={(event) => jumpTo(event, SETTINGS_SECTION_ID)}>
          {t.toSettings}
        </a>
      </p>
    </div>
  );
}

export function PreviewOverview({ preview }: { preview: StatisticsPreview }) {
  const { document } = preview;
  const unit = [document.unit.name, document.unit.traeger, document.unit.municipality].filter(Boolean).join(', ');
  return (
    <section className="panel" aria-labelledby={OVERVIEW_ID}>
      <h2 id={OVERVIEW_ID} tabIndex={-1}>
        {t.overviewTitle}
      </h2>
      <p>
        {t.asOf(germanDay(preview.asOf))}. {preview.running ? t.runningNote : t.finishedNote}
      </p>
      <dl className="stats-facts">
        <dt>{t.unitLabel}</dt>
        <dd>{preview.missing.length > 0 ? t.unitMissing : unit}</dd>
        <dt>{t.thresholdLabel}</dt>
        <dd>{t.thresholdValue(document.threshold)}</dd>
        <dt>{t.perturbationLabel}</dt>
        <dd>{document.perturbation ? t.perturbationOn(document.perturbation.maxDeviation) : t.perturbationOff}</dd>
      </dl>
    </section>
  );
}

export function SuppressedSummary({ preview }: { preview: StatisticsPreview }) {
  const tables = preview.suppressed.filter((s) => s.cells > 0);
  const cells = tables.reduce((sum, s) => sum + s.cells, 0);
  return (
    <section className="panel" aria-labelledby="statistik-verborgen">
      <h2 id="statistik-verborgen" tabIndex={-1}>
        {t.suppressedTitle}
      </h2>
      <p>{t.suppressedIntro(preview.document.threshold)}</p>
      {tables.length === 0 ? (
        <p>{t.suppressedNone}</p>
      ) : (
        <>
          <p>{t.suppressedTotal(cells, tables.length)}</p>
          <ul className="stats-suppressed-list">
            {tables.map((s) => (
              <li key={s.tableId}>{t.suppressedInTable(s.title, s.cells)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
