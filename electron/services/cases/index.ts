/** People, configuration, intake and cases: the services of this area, wired to one context. */
import type { CaseCloseInput, CaseUpdateInput, CaseView } from '../../contract/areas/cases';
import type { ServiceContext } from '../context';
import { caseCorrectionService } from './caseCorrections';
import { caseListService } from './caseList';
import { caseManagerService } from './caseManagers';
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
  const caseManagers = caseManagerService(ctx);
  const corrections = caseCorrectionService(ctx, caseManagers);
  return {
    caseManagers,
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
      reopen(input: { caseId: string; reason: string; date?: string | undefined }): CaseView {
        lifecycle.reopen(input);
        return view.get(input.caseId);
      },
      setTargetGroups(input: { caseId: string; targetGroupIds: string[] }): CaseView {
        corrections.setTargetGroups(input);
        return view.get(input.caseId);
      },
      assignCaseManager(input: { caseId: string; caseManagerId: string }): CaseView {
        corrections.assignCaseManager(input);
        return view.get(input.caseId);
      },
    },
  };
}
