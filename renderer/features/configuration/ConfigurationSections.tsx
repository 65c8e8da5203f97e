/** The case-management configuration in the settings: target groups, places, life areas, partners, cadence. */
import type { Settings } from '../../../electron/contract';
import { LifeAreasSettings } from './LifeAreasSettings';
import { LocationsSettings } from './LocationsSettings';
import { PartnersSettings } from './PartnersSettings';
import { ReassessmentCadenceForm } from './ReassessmentCadenceForm';
import { TargetGroupsSettings } from './TargetGroupsSettings';
import '../cases/cases.css';

export function ConfigurationSections({ settings }: { settings: Settings }) {
  return (
    <>
      <TargetGroupsSettings />
      <LocationsSettings />
      <LifeAreasSettings />
      <PartnersSettings />
      <ReassessmentCadenceForm settings={settings} />
    </>
  );
}
