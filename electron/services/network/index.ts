/** Leistungssteuerung, Verweisberatung, Monitoring and Fallkonferenz. */
import type { ServiceContext } from '../context';
import { caseConferenceService } from './caseConferences';
import { contactService } from './contacts';
import { followUpService } from './followUps';
import { networkLabels } from './labels';
import { partnerService } from './partners';
import { referralService } from './referrals';
import { releaseService } from './releases';

export function createNetworkServices(ctx: ServiceContext) {
  return {
    network: { labels: networkLabels },
    partners: partnerService(ctx),
    releases: releaseService(ctx),
    referrals: referralService(ctx),
    contacts: contactService(ctx),
    followUps: followUpService(ctx),
    caseConferences: caseConferenceService(ctx),
  };
}
