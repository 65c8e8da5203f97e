/** Drafts of forms and the earlier versions of corrected records. */
import type { ServiceContext } from '../context';
import { draftService } from './drafts';
import { versionService } from '../versions';

export function createFormServices(ctx: ServiceContext) {
  return { drafts: draftService(ctx), versions: versionService(ctx) };
}
