/** The district view before any unlocking: for coordinators who have no case data on this device. */
import { districtTexts as t } from '../../i18n/district';
import { leaveDistrict } from '../../state/session';
import { DistrictView } from './DistrictView';

export function DistrictStandaloneScreen({ from }: { from: 'setup' | 'locked' }) {
  return (
    <main className="screen district-screen" id="inhalt">
      <DistrictView standalone back={{ label: from === 'setup' ? t.backToSetup : t.backToUnlock, onBack: leaveDistrict }} />
    </main>
  );
}
