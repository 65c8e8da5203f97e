import type { ServiceContext } from '../context';

export function createAssessmentServices(_ctx: ServiceContext) {
  return {};
}
