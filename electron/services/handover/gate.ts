/**
 * Changes to a person (their data, household, releases, contacts, a new intake) are changes to
 * what went to the colleague with their cases: refused once a case of theirs is handed over, as
 * the case gate (requireOpenCase) refuses changes to the cases themselves.
 */
import { KimError } from '../../contract/errors';
import { personHandedOver } from '../../../db/queries/handover';
import type { ServiceContext } from '../context';

export function requireNotHandedOver(ctx: ServiceContext, personId: string): void {
  if (personHandedOver(ctx.store.session().sqlite, personId)) throw new KimError('PERSON_HANDED_OVER');
}
