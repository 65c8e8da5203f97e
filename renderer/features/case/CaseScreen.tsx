/**
 * One case: the header (person, case number, phase in the cycle, responsible, what comes next),
 * the section navigation and the chosen section. Sections report changes through onChanged;
 * the header and the history are then loaded again.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { CaseView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { StatusMessage } from '../../ui/Messages';
import { AssessmentSection } from '../assessment/AssessmentSection';
import { LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { ConferencesSection } from '../conferences/ConferencesSection';
import { ContactsSection } from '../contacts/ContactsSection';
import { openCase, openRoute, type CaseSection } from '../frame/navigation';
import { GoalsSection } from '../goals/GoalsSection';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { RestrictionBanner } from '../restriction/RestrictionBanner';
import { HandoverBanner } from '../handover/HandoverBanner';
import { CaseHeader } from './CaseHeader';
import { CaseSectionNav } from './CaseSectionNav';
import { ClosureSection } from './ClosureSection';
import { OverviewSection } from './OverviewSection';
import type { CaseSectionProps } from './sectionProps';
import '../cases/cases.css';

const t = cases.shell;

function SectionContent({
  section,
  props,
  view,
  refreshKey,
}: {
  section: CaseSection;
  props: CaseSectionProps;
  view: CaseView;
  refreshKey: number;
}): ReactNode {
  switch (section) {
    case 'overview':
      return <OverviewSection {...props} view={view} refreshKey={refreshKey} />;
    case 'assessment':
      return <AssessmentSection {...props} />;
    case 'goals':
      return <GoalsSection {...props} personLanguages={view.person.languages} />;
    case 'referrals':
      return <ReferralsSection {...props} />;
    case 'contacts':
      return <ContactsSection {...props} />;
    case 'conferences':
      return <ConferencesSection {...props} />;
    case 'closure':
      return <ClosureSection {...props} view={view} />;
  }
}

/** After the person picks another section, the focus goes to its heading (or the panel). */
function useFocusOnSectionChange(section: CaseSection) {
  const panel = useRef<HTMLDivElement>(null);
  const shown = useRef(section);
  useLayoutEffect(() => {
    if (shown.current === section) return;
    shown.current = section;
    const target = panel.current?.querySelector<HTMLElement>('h2') ?? panel.current;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [section]);
  return panel;
}

export function CaseScreen({ caseId, section }: { caseId: string; section: CaseSection }) {
  const load = useLoad(() => call('cases.get', { caseId }), [caseId]);
  const [refreshKey, setRefreshKey] = useState(0);
  const reloadCase = load.reload;
  const onChanged = useCallback(() => {
    reloadCase();
    setRefreshKey((n) => n + 1);
  }, [reloadCase]);
  const panel = useFocusOnSectionChange(section);
  const view = load.data;

  return (
    <div className="page page-wide case-screen">
      <ScreenHeading focusOnMount focusKey={caseId}>
        {view ? view.person.displayName : t.loadingTitle}
      </ScreenHeading>
      <LoadFailure message={load.error} />
      <StatusMessage>{load.loading && !view ? cases.loading : null}</StatusMessage>
      {view ? (
        <>
          <CaseHeader view={view} />
          <RestrictionBanner view={view} onChanged={onChanged} />
          <HandoverBanner view={view} />
          <CaseSectionNav current={section} onSelect={(next) => openCase(caseId, next)} />
          <div className="case-section" ref={panel}>
            <SectionContent
              section={section}
              view={view}
              refreshKey={refreshKey}
              props={{ caseId, personId: view.person.id, closed: !view.open || view.restriction !== null || view.handover !== null, onChanged }}
            />
          </div>
        </>
      ) : load.error ? (
        <Button onClick={() => openRoute({ page: 'cases', view: 'list' })}>{t.backToList}</Button>
      ) : null}
    </div>
  );
}
