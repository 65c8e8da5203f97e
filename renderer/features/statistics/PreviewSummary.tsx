/**
 * Above the tables: what is still missing before an export, the quarter's state (vorläufig,
 * ready, or published with its checksum), the unit, and what is withheld and why.
 */
import type { StatisticsPreview } from '../../../electron/contract/areas/statistics';
import type { StatisticsDocument } from '../../../electron/contract/statisticsDocument';
import { germanDay } from '../../i18n/dates';
import { maskedExportTexts as m } from '../../i18n/districtRoster';
import { statisticsTexts as t } from '../../i18n/statistics';
import { jumpTo } from './focus';
import { dayAfter, shortChecksum } from './quarterDays';

export const SETTINGS_SECTION_ID = 'statistik-einstellungen';
export const OVERVIEW_ID = 'statistik-ueberblick';
export const SUPPRESSED_ID = 'statistik-verborgen';

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

/** "3. Quartal 2026" from the document's period. */
export function quarterTitle(label: string): string {
  return `${label.slice(-1)}. Quartal ${label.slice(0, 4)}`;
}

function QuarterState({ preview }: { preview: StatisticsPreview }) {
  const { period } = preview.document;
  const title = quarterTitle(period.label);
  if (preview.state === 'laufend') {
    return (
      <div className="notice notice-warning stats-provisional">
        <p className="notice-strong">{t.provisionalTitle(title, germanDay(period.to))}</p>
        <p>{t.provisionalText(germanDay(preview.asOf))}</p>
        <p>{t.provisionalWhy(germanDay(dayAfter(period.to)))}</p>
      </div>
    );
  }
  if (preview.state === 'bereit') return <p>{t.readyText(title, germanDay(period.to))}</p>;
  return (
    <div className="notice notice-info stats-published">
      <p className="notice-strong">{t.publishedTitle(germanDay(preview.publishedOn))}</p>
      <p>{t.publishedText(title)}</p>
    </div>
  );
}

function Checksum({ sha256 }: { sha256: string }) {
  return (
    <>
      <dt>{t.checksumLabel}</dt>
      <dd>
        <code className="stats-checksum">{shortChecksum(sha256)}</code>
        <details className="stats-checksum-full">
          <summary>{t.checksumFull}</summary>
          <code>{sha256}</code>
        </details>
        <p className="stats-note">{t.checksumHint}</p>
      </dd>
    </>
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
      <QuarterState preview={preview} />
      <dl className="stats-facts">
        <dt>{t.unitLabel}</dt>
        <dd>{preview.missing.length > 0 ? t.unitMissing : unit}</dd>
        <dt>{t.thresholdLabel}</dt>
        <dd>{t.thresholdValue(document.threshold)}</dd>
        <dt>{t.perturbationLabel}</dt>
        <dd>{document.perturbation ? t.perturbationOn(document.perturbation.maxDeviation) : t.perturbationOff}</dd>
        <dt>{m.factLabel}</dt>
        <dd>
          {preview.districtExport
            ? (preview.state === 'veroeffentlicht' ? m.published : m.willExport)(
                preview.districtExport.district,
                preview.districtExport.version,
                preview.districtExport.code,
              )
            : m.plain}
        </dd>
        {document.demo ? (
          <>
            <dt>{t.demoLabel}</dt>
            <dd>{t.demoValue}</dd>
          </>
        ) : null}
        {preview.state === 'veroeffentlicht' && preview.sha256 ? <Checksum sha256={preview.sha256} /> : null}
      </dl>
    </section>
  );
}

/** Hidden cells of a published document, per table (the preview's own account is empty then). */
function hiddenInDocument(document: StatisticsDocument): { tableId: string; title: string; hidden: number }[] {
  return document.tables
    .map((table) => {
      const values =
        table.kind === 'counts' ? [...table.cells.flat(), ...(table.rowTotals ?? []), ...table.columnTotals, table.total] : table.rows.map((row) => row.value);
      return { tableId: table.id, title: table.title, hidden: values.filter((v) => v === null).length };
    })
    .filter((entry) => entry.hidden > 0);
}

/** The list per table, folded: with many tables it is long, and the sentence above says the sum. */
function PerTable({ items }: { items: { tableId: string; text: string }[] }) {
  return (
    <details className="stats-withheld">
      <summary>{t.suppressedListShow}</summary>
      <ul className="stats-suppressed-list">
        {items.map((item) => (
          <li key={item.tableId}>{item.text}</li>
        ))}
      </ul>
    </details>
  );
}

function WithheldList({ preview }: { preview: StatisticsPreview }) {
  const k = preview.document.threshold;
  if (preview.state === 'veroeffentlicht') {
    const tables = hiddenInDocument(preview.document);
    if (tables.length === 0) return <p>{t.suppressedNone}</p>;
    const hidden = tables.reduce((sum, s) => sum + s.hidden, 0);
    return (
      <>
        <p>{t.suppressedPublished(hidden, tables.length)}</p>
        <PerTable items={tables.map((s) => ({ tableId: s.tableId, text: `${s.title}: ${t.suppressedHiddenCount(s.hidden)}` }))} />
      </>
    );
  }
  const tables = preview.suppressed.filter((s) => s.small + s.protecting + s.measures > 0);
  if (tables.length === 0) return <p>{t.suppressedNone}</p>;
  const sum = (pick: (s: (typeof tables)[number]) => number) => tables.reduce((total, s) => total + pick(s), 0);
  return (
    <>
      <p>
        {t.suppressedListIntro(
          sum((s) => s.small),
          sum((s) => s.protecting),
          sum((s) => s.measures),
          tables.length,
          k,
        )}
      </p>
      <PerTable items={tables.map((s) => ({ tableId: s.tableId, text: `${s.title}: ${t.suppressedParts(s.small, s.protecting, s.measures, k)}` }))} />
    </>
  );
}

export function SuppressedSummary({ preview }: { preview: StatisticsPreview }) {
  const { threshold: k, perturbation } = preview.document;
  return (
    <section className="panel" aria-labelledby={SUPPRESSED_ID}>
      <h2 id={SUPPRESSED_ID} tabIndex={-1}>
        {t.suppressedTitle}
      </h2>
      <ul className="stats-rules">
        <li>{t.suppressedSmall(k)}</li>
        <li>{t.suppressedProtecting}</li>
        <li>{t.suppressedMedians(k)}</li>
        <li>{perturbation ? t.suppressedPerturbation(perturbation.maxDeviation) : t.suppressedNoPerturbation}</li>
      </ul>
      <p>{t.suppressedSign}</p>
      <WithheldList preview={preview} />
    </section>
  );
}
