/** Above every section of a handed-over case: to whom and when, that it is read only here, and what comes next. */
import type { CaseView } from '../../../electron/contract/areas/cases';
import { germanDay } from '../../i18n/dates';
import { handoverTexts as t } from '../../i18n/handover';

export function HandoverBanner({ view }: { view: CaseView }) {
  const handover = view.handover;
  if (!handover) return null;
  return (
    <section className="notice notice-warning handover-banner" aria-label={t.bannerLabel}>
      <p>
        <strong>{t.banner(germanDay(handover.createdAt), handover.recipient)}</strong>
      </p>
      <p>{handover.confirmedAt ? t.bannerConfirmed : t.bannerWaiting}</p>
    </section>
  );
}
