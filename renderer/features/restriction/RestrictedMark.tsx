/** The case list's mark of a restricted case (Art. 18 DSGVO): still listed, to be read and the restriction lifted. */
import { restrictionTexts as t } from '../../i18n/restriction';

export function RestrictedMark({ restricted }: { restricted: boolean }) {
  if (!restricted) return null;
  return (
    <span className="cell-line">
      <span className="due-badge restricted-badge" title={t.listMarkLabel}>
        <span className="sr-only">{t.listMarkPrefix}</span>
        {t.listMark}
      </span>
    </span>
  );
}
