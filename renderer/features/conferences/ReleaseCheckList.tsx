/** Per chosen partner: does a valid release exist on the conference date? Missing ones warn and point to Vermittlungen. */
import type { ConferenceReleaseCheck } from '../../../electron/contract/areas/network';
import { germanDay } from '../../i18n/dates';
import { network } from '../../i18n/network';
import { Button } from '../../ui/Button';
import { openCase } from '../frame/navigation';

const t = network.conferences;

export function ReleaseCheckList({ caseId, check }: { caseId: string; check: ConferenceReleaseCheck }) {
  return (
    <div className={check.allOk ? 'notice notice-info' : 'notice notice-warning'}>
      <p className="notice-strong">{t.checkTitle}</p>
      <ul className="network-check-list">
        {check.partners.map((p) => (
          <li key={p.partnerId} className={p.ok ? 'network-state-ok' : 'network-state-missing'}>
            {p.ok ? t.checkOk(p.organisation) : t.checkMissing(p.organisation, germanDay(check.date))}
          </li>
        ))}
      </ul>
      {check.allOk ? null : (
        <>
          <p role="alert">{t.checkWarning}</p>
          <Button onClick={() => openCase(caseId, 'referrals')}>{t.toReferrals}</Button>
        </>
      )}
    </div>
  );
}
