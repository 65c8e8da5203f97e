/**
 * "Statistik": the anonymised statistic for the district's coordinators. Choose a quarter, see every
 * table exactly as it will leave the device (with charts and what is withheld; a running quarter
 * marked vorläufig), publish a closed quarter once as Excel or JSON file (later exports repeat
 * it), and keep the statistic's settings. The district view opens from here as well.
 */
import { useEffect, useState } from 'react';
import { DISTRICT_SECTION_TITLES } from '../../../electron/contract/areas/district';
import { STATISTICS_SECTIONS } from '../../../electron/contract/statisticsDocument';
import type { StatisticsPreview } from '../../../electron/contract/areas/statistics';
import { unitRosterTexts } from '../../i18n/districtRoster';
import { statisticsTexts as t } from '../../i18n/statistics';

const rosterTitle = unitRosterTexts.title;
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { DistrictView } from '../district/DistrictView';
import { DistrictRosterSection, ROSTER_SECTION_ID } from './DistrictRosterSection';
import { EXPORT_SECTION_ID, ExportPanel } from './ExportPanel';
import { PeriodPicker } from './PeriodPicker';
import { jumpTo } from './focus';
import { MissingSettings, OVERVIEW_ID, PreviewOverview, SETTINGS_SECTION_ID, SUPPRESSED_ID, SuppressedSummary } from './PreviewSummary';
import { PreviewTable } from './PreviewTable';
import { StatisticsSettingsForm } from './StatisticsSettingsForm';
import { loadStatistics, useStatistics } from './statisticsStore';
import './statistics.css';

const sectionId = (section: string) => `statistik-${section}`;

function Contents({ preview }: { preview: StatisticsPreview }) {
  const sections = STATISTICS_SECTIONS.filter((s) => preview.document.tables.some((table) => table.section === s));
  const links = [
    { id: OVERVIEW_ID, label: t.overviewTitle },
    { id: SUPPRESSED_ID, label: t.suppressedTitle },
    ...sections.map((s) => ({ id: sectionId(s), label: DISTRICT_SECTION_TITLES[s] })),
    { id: EXPORT_SECTION_ID, label: t.exportTitle },
    { id: ROSTER_SECTION_ID, label: rosterTitle },
    { id: SETTINGS_SECTION_ID, label: t.settingsTitle },
  ];
  return (
    <nav className="stats-contents" aria-label={t.contentsLabel}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`} onClick={(event) => jumpTo(event, link.id)}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function PreviewSections({ preview }: { preview: StatisticsPreview }) {
  const threshold = preview.document.threshold;
  const provisional = preview.state === 'laufend';
  return (
    <>
      {STATISTICS_SECTIONS.map((section) => {
        const tables = preview.document.tables.filter((table) => table.section === section);
        if (tables.length === 0) return null;
        return (
          <section key={section} className="stats-section" aria-labelledby={sectionId(section)}>
            <h2 id={sectionId(section)} tabIndex={-1}>
              {DISTRICT_SECTION_TITLES[section]}
            </h2>
            {tables.map((table) => (
              <PreviewTable key={table.id} table={table} threshold={threshold} provisional={provisional} />
            ))}
          </section>
        );
      })}
    </>
  );
}

function StatisticsBody() {
  const settings = useStatistics((s) => s.settings);
  const periods = useStatistics((s) => s.periods);
  const loading = useStatistics((s) => s.loading);
  const loadError = useStatistics((s) => s.loadError);
  const period = useStatistics((s) => s.period);
  const preview = useStatistics((s) => s.preview);
  const previewBusy = useStatistics((s) => s.previewBusy);
  const previewError = useStatistics((s) => s.previewError);

  if (loadError) {
    return (
      <div className="stats-error">
        <ErrorMessage message={loadError} />
        <Button onClick={() => void loadStatistics()}>{t.reload}</Button>
      </div>
    );
  }
  if (!settings || !periods) return <StatusMessage>{loading ? <span className="busy">{t.loading}</span> : null}</StatusMessage>;
  return (
    <>
      <PeriodPicker periods={periods} period={period} busy={previewBusy} />
      <ErrorMessage message={previewError} />
      {preview ? (
        <>
          <MissingSettings missing={preview.missing} />
          <Contents preview={preview} />
          <PreviewOverview preview={preview} />
          <SuppressedSummary preview={preview} />
          <PreviewSections preview={preview} />
          <ExportPanel key={preview.document.period.label} preview={preview} />
        </>
      ) : null}
      <DistrictRosterSection />
      <StatisticsSettingsForm key={settings.unit.id} settings={settings} />
    </>
  );
}

function StatisticsScreen({ onOpenDistrict }: { onOpenDistrict: () => void }) {
  const masked = useStatistics((s) => s.preview?.districtExport != null);
  useEffect(() => {
    void loadStatistics();
  }, []);
  return (
    <div className="page page-statistics">
      <ScreenHeading focusOnMount>{t.title}</ScreenHeading>
      <p className="lead">{masked ? t.leadMasked : t.lead}</p>
      <p className="stats-district-link">
        {t.districtLinkIntro}{' '}
        <Button variant="link" onClick={onOpenDistrict}>
          {t.districtLink}
        </Button>{' '}
        – {t.districtLinkHint}
      </p>
      <StatisticsBody />
    </div>
  );
}

/** The page of the main navigation: the statistic, or the district view opened from it. */
export function StatisticsPage() {
  const [view, setView] = useState<'statistics' | 'district'>('statistics');
  if (view === 'district') return <DistrictView back={{ label: t.backToStatistics, onBack: () => setView('statistics') }} />;
  return <StatisticsScreen onOpenDistrict={() => setView('district')} />;
}
