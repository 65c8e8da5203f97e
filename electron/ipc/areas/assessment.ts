import type { assessmentMethods } from '../../contract/areas/assessment';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function assessmentHandlers({ assessments, reassessments, goals, agreements }: Services): HandlersFor<typeof assessmentMethods> {
  return {
    'assessment.scale': () => assessments.scale(),
    'assessment.create': (input) => assessments.create(input),
    'assessment.list': ({ caseId }) => assessments.list(caseId),
    'assessment.get': ({ assessmentId }) => assessments.get(assessmentId),
    'reassessment.template': ({ caseId }) => reassessments.template(caseId),
    'reassessment.compare': ({ assessmentId }) => reassessments.compare(assessmentId),
    'reassessment.status': ({ caseId }) => reassessments.status(caseId),
    'reassessment.setCadence': ({ caseId, months }) => reassessments.setCadence(caseId, months),
    'reassessment.due': ({ withinDays }) => reassessments.due(withinDays),
    'goal.create': (input) => goals.create(input),
    'goal.update': (input) => goals.update(input),
    'goal.addStep': (input) => goals.addStep(input),
    'goal.updateStep': (input) => goals.updateStep(input),
    'goal.completeStep': (input) => goals.completeStep(input),
    'goal.list': ({ caseId }) => goals.list(caseId),
    'agreement.create': (input) => agreements.create(input),
    'agreement.sign': (input) => agreements.sign(input),
    'agreement.list': ({ caseId }) => agreements.list(caseId),
    'agreement.get': ({ agreementId }) => agreements.get(agreementId),
    'agreement.pdf': (input) => agreements.pdf(input),
  };
}
