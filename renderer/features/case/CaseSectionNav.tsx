/** The case's sections as a navigation of buttons; the shown one is marked with aria-current. */
import { cases } from '../../i18n/cases';
import { CASE_SECTIONS, type CaseSection } from '../frame/navigation';

const t = cases.shell;

export function CaseSectionNav({ current, onSelect }: { current: CaseSection; onSelect: (section: CaseSection) => void }) {
  return (
    <nav className="case-sections" aria-label={t.sectionsLabel}>
      <ul>
        {CASE_SECTIONS.map((section) => (
          <li key={section}>
            <button type="button" className="case-section-tab" aria-current={section === current ? 'true' : undefined} onClick={() => onSelect(section)}>
              {t.sections[section]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
