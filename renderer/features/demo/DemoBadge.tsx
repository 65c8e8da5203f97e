/** Marks every screen of a store that holds demo data. */
import { demo as t } from '../../i18n/demo';
import './demo.css';
import { useDemo } from './demoStore';

export function DemoBadge() {
  const isDemo = useDemo((s) => s.status?.isDemo ?? false);
  if (!isDemo) return null;
  return (
    <span className="demo-badge" title={t.badgeHint}>
      {t.badge}
      <span className="sr-only">: {t.badgeHint}</span>
    </span>
  );
}
