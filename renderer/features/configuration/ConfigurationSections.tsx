/** The case-management configuration in the settings: the team, target groups, places, life areas, partners, cadence. */
import type { Settings } from '../../../electron/contract';
import { CaseManagersSettings } from '../caseManagers/CaseManagersSettings';
import { LifeAreasSettings } from './LifeAreasSettings';
import { LocationsSettings } from './LocationsSettings';
import { PartnersSettings } from './PartnersSettings';
import { ReassessmentCadenceForm } from './ReassessmentCadenceForm';
import { TargetGroupsSettings } from './TargetGroupsSettings';
import '../cases/cases.css';

export function ConfigurationSections({ settings }: { settings: Settings }) {
  return (
    <>
      <CaseManagersSettings />
      <TargetGroupsSettings />
      <LocationsSettings />
      <LifeAreasSettings />
      <PartnersSettings />
      <ReassessmentCadenceForm settings={settings} />
    </>
  );
}
