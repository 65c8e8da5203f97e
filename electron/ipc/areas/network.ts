import type { networkMethods } from '../../contract/areas/network';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function networkHandlers(services: Services): HandlersFor<typeof networkMethods> {
  const { network, partners, releases, referrals, contacts, followUps, caseConferences } = services;
  return {
    'network.labels': () => network.labels(),
    'partners.list': (input) => partners.list(input),
    'partners.create': (input) => partners.create(input),
    'partners.update': (input) => partners.update(input),
    'partners.deactivate': (input) => partners.deactivate(input),
    'partners.reactivate': (input) => partners.reactivate(input),
    'releases.create': (input) => releases.create(input),
    'releases.revoke': (input) => releases.revoke(input),
    'releases.listForPerson': (input) => releases.listForPerson(input),
    'referrals.create': (input) => referrals.create(input),
    'referrals.setStatus': (input) => referrals.setStatus(input),
    'referrals.setOutcome': (input) => referrals.setOutcome(input),
    'referrals.listForCase': (input) => referrals.listForCase(input),
    'contacts.create': (input) => contacts.create(input),
    'contacts.listForCase': (input) => contacts.listForCase(input),
    'contacts.listForPerson': (input) => contacts.listForPerson(input),
    'followUps.create': (input) => followUps.create(input),
    'followUps.markDone': (input) => followUps.markDone(input),
    'followUps.listOpenForCase': (input) => followUps.listOpenForCase(input),
    'followUps.listDue': (input) => followUps.listDue(input),
    'caseConferences.checkReleases': (input) => caseConferences.checkReleases(input),
    'caseConferences.create': (input) => caseConferences.create(input),
    'caseConferences.listForCase': (input) => caseConferences.listForCase(input),
  };
}
