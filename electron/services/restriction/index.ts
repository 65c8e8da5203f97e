/** Restriction of processing (Art. 18 DSGVO) and the withdrawal of the consent to case management. */
import type { ServiceContext } from '../context';
import { consentService } from '../consent/withdrawal';
import { restrictionService } from './restrictions';

export function createRestrictionServices(ctx: ServiceContext) {
  return {
    restrictions: restrictionService(ctx),
    consents: consentService(ctx),
  };
}
