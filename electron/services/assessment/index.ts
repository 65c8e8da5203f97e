/** Assessment, re-assessment, goals and agreements, bound to the service context. */
import type { ServiceContext } from '../context';
import type { CreateAssessmentInput } from '../../contract/areas/assessment';
import { assessmentScale, createAssessment, getAssessment, listAssessments } from './assessments';
import { compareWithPrevious, dueReassessments, reassessmentStatus, reassessmentTemplate, setCadence } from './reassessments';
import { addStep, changeStep, completeStep, createGoal, listGoals, updateGoalDetails } from './goals';
import { agreementPdf, createAgreement, getAgreement, listAgreements, signAgreementOn } from './agreements';

type Rest<F> = F extends (ctx: ServiceContext, ...rest: infer R) => infer O ? (...rest: R) => O : never;
const bind = <F extends (ctx: ServiceContext, ...rest: never[]) => unknown>(ctx: ServiceContext, fn: F): Rest<F> =>
  ((...rest: never[]) => fn(ctx, ...rest)) as Rest<F>;

export function createAssessmentServices(ctx: ServiceContext) {
  return {
    assessments: {
      scale: bind(ctx, assessmentScale),
      create: (input: CreateAssessmentInput) => createAssessment(ctx, input),
      list: bind(ctx, listAssessments),
      get: bind(ctx, getAssessment),
    },
    reassessments: {
      template: bind(ctx, reassessmentTemplate),
      compare: bind(ctx, compareWithPrevious),
      status: bind(ctx, reassessmentStatus),
      setCadence: bind(ctx, setCadence),
      due: bind(ctx, dueReassessments),
    },
    goals: {
      create: bind(ctx, createGoal),
      update: bind(ctx, updateGoalDetails),
      addStep: bind(ctx, addStep),
      updateStep: bind(ctx, changeStep),
      completeStep: bind(ctx, completeStep),
      list: bind(ctx, listGoals),
    },
    agreements: {
      create: bind(ctx, createAgreement),
      sign: bind(ctx, signAgreementOn),
      list: bind(ctx, listAgreements),
      get: bind(ctx, getAgreement),
      pdf: bind(ctx, agreementPdf),
    },
  };
}
