/**
 * "Bezirksansicht": the coordinators' view that merges the units' anonymised statistics. Shown
 * inside the app (from the Statistik page) and without unlocking (from the setup and unlock
 * screens); it calls only district.*, which never opens the case store.
 */
import { districtTexts as t } from '../../i18n/district';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { DistrictImportForm } from './DistrictImportForm';
import { DistrictProblems, DistrictReportView } from './DistrictReportView';
import { useDistrict } from './districtStore';
import { RosterBuilder } from './RosterBuilder';
import './district.css';

export interface DistrictViewProps {
  /** Where the back button leads. */
  back: { label: string; onBack: () => void };
  /** Opened without unlocking: says that the case file stays locked. */
  standalone?: boolean;
}

export function DistrictView({ back, standalone = false }: DistrictViewProps) {
  const result = useDistrict((s) => s.result);
  return (
    <div className="page page-district">
      <ScreenHeading focusOnMount>{t.title}</ScreenHeading>
      <p className="district-back">
        <Button variant="link" onClick={back.onBack}>
          {back.label}
        </Button>
      </p>
      <p className="lead">{t.lead}</p>
      {standalone ? <p className="notice notice-info">{t.standaloneNote}</p> : null}
      <DistrictImportForm />
      {result && result.problems.length > 0 ? <DistrictProblems problems={result.problems} /> : null}
      {result?.report ? <DistrictReportView report={result.report} /> : null}
      <RosterBuilder />
    </div>
  );
}
