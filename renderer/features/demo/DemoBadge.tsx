/**
 * Marks every screen of a store that holds demo data. The badge is a button: it leads to
 * Einstellungen, where the demo data can be removed (the offer's own text sends the user there).
 */
import { demo as t } from '../../i18n/demo';
import { navigate } from '../frame/navigation';
import './demo.css';
import { useDemo } from './demoStore';

function openStartOver(): void {
  useDemo.setState({ openStartOver: true });
  navigate('settings');
}

export function DemoBadge() {
  const isDemo = useDemo((s) => s.status?.isDemo ?? false);
  if (!isDemo) return null;
  return (
    <button type="button" className="demo-badge" title={t.badgeButtonHint} onClick={openStartOver}>
      {t.badge}
      <span className="sr-only">: {t.badgeButtonHint}</span>
    </button>
  );
}
