import type { ServiceContext } from '../context';

export function createCaseServices(_ctx: ServiceContext) {
  return {};
}
