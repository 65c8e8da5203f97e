/** The "Fälle" page: the list, a new intake, a person or a case, as the route says. */
import { useNavigation } from '../frame/navigation';
import { CaseScreen } from '../case/CaseScreen';
import { IntakeScreen } from '../intake/IntakeScreen';
import { PersonScreen } from '../person/PersonScreen';
import { CaseListScreen } from './CaseListScreen';
import './cases.css';

export function CasesPage() {
  const route = useNavigation((s) => s.route);
  if (route.page !== 'cases') return null;
  switch (route.view) {
    case 'list':
      return <CaseListScreen />;
    case 'intake':
      return <IntakeScreen key={`intake-${route.personId ?? 'new'}`} personId={route.personId} />;
    case 'person':
      return <PersonScreen key={`person-${route.personId}`} personId={route.personId} />;
    case 'case':
      return <CaseScreen key={`case-${route.caseId}`} caseId={route.caseId} section={route.section} />;
  }
}
