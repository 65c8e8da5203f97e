/** People, configuration, intake and cases: the services of this area, wired to one context. */
import type { CaseCloseInput, CaseUpdateInput, CaseView } from '../../contract/areas/cases';
import type { ServiceContext } from '../context';
import { caseListService } from './caseList';
import { caseLifecycleService } from './caseLifecycle';
import { caseViewService } from './caseView';
import { lifeAreaService, locationService, targetGroupService } from './configuration';
import { householdService } from './households';
import { intakeService } from './intake';
import { personService } from './persons';
import { timelineService } from './timeline';

export function createCaseServices(ctx: ServiceContext) {
  const persons = personService(ctx);
  const locations = locationService(ctx);
  const view = caseViewService(ctx);
  const lifecycle = caseLifecycleService(ctx, locations);
  const { timeline } = timelineService(ctx);
  return {
    persons,
    households: householdService(ctx, persons),
    targetGroups: targetGroupService(ctx),
    locations,
    lifeAreas: lifeAreaService(ctx),
    intakes: intakeService(ctx, locations),
    cases: {
      get: view.get,
      ...caseListService(ctx),
      timeline,
      update(input: CaseUpdateInput): CaseView {
        lifecycle.update(input);
        return view.get(input.caseId);
      },
      close(input: CaseCloseInput): CaseView {
        lifecycle.close(input);
        return view.get(input.caseId);
      },
      reopen(input: { caseId: string; reason: string }): CaseView {
        lifecycle.reopen(input);
        return view.get(input.caseId);
      },
    },
  };
}
