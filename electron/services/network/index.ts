import type { ServiceContext } from '../context';

export function createNetworkServices(_ctx: ServiceContext) {
  return {};
}
