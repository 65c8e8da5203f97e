/** Households: people who live together, each with a role (Bezugsperson, Partner:in, Kind, ...). */
import { KimError } from '../../contract/errors';
import type { HouseholdRole, PersonDetail } from '../../contract/areas/cases';
import { db, newId, transaction, type ServiceContext } from '../context';
import { deleteHousehold, householdMembers, insertHousehold, updatePerson } from '../../../db/queries/persons';
import { requirePerson, type personService } from './persons';
import { requireUnrestrictedPerson } from '../restriction/restrictions';
import { requireNotHandedOver } from '../handover/gate';
import { personRestricted } from '../../../db/queries/restrictions';

export function householdService(ctx: ServiceContext, persons: ReturnType<typeof personService>) {
  /** A household with one member left is no household: the last one leaves and it is removed. */
  function dissolveIfAlone(householdId: string, at: string): void {
    const members = householdMembers(db(ctx), householdId);
    if (members.length > 1) return;
    // A restricted member's record is not changed (Art. 18 DSGVO): they stay a household of one.
    if (members.some((m) => personRestricted(db(ctx), m.id))) return;
    for (const member of members) {
      updatePerson(db(ctx), member.id, { householdId: null, householdRole: null, updatedAt: at });
      ctx.store.audit('person.household_unlinked', 'person', member.id);
    }
    deleteHousehold(db(ctx), householdId);
  }

  return {
    /** Puts `personId` into the household of `withPersonId` (founding it when there is none). */
    link(input: { personId: string; withPersonId: string; role: HouseholdRole; withPersonRole?: HouseholdRole | undefined }): PersonDetail {
      if (input.personId === input.withPersonId) throw new KimError('HOUSEHOLD_SAME_PERSON');
      const person = requirePerson(ctx, input.personId);
      const other = requirePerson(ctx, input.withPersonId);
      requireUnrestrictedPerson(ctx, person.id);
      requireNotHandedOver(ctx, person.id);
      // The other person's record changes only when the household is founded or their role is set.
      if (!other.householdId || input.withPersonRole) requireUnrestrictedPerson(ctx, other.id);
      if (!other.householdId || input.withPersonRole) requireNotHandedOver(ctx, other.id);
      const at = ctx.now().toISOString();
      transaction(ctx, () => {
        let householdId = other.householdId;
        if (!householdId) {
          householdId = newId();
          insertHousehold(db(ctx), { id: householdId, createdAt: at });
        }
        if (!other.householdId || input.withPersonRole) {
          const role = input.withPersonRole ?? other.householdRole ?? 'bezugsperson';
          updatePerson(db(ctx), other.id, { householdId, householdRole: role, updatedAt: at });
          ctx.store.audit('person.household_linked', 'person', other.id);
        }
        updatePerson(db(ctx), person.id, { householdId, householdRole: input.role, updatedAt: at });
        ctx.store.audit('person.household_linked', 'person', person.id);
        if (person.householdId && person.householdId !== householdId) dissolveIfAlone(person.householdId, at);
      });
      return persons.get(person.id);
    },

    unlink(input: { personId: string }): PersonDetail {
      const person = requirePerson(ctx, input.personId);
      requireUnrestrictedPerson(ctx, person.id);
      requireNotHandedOver(ctx, person.id);
      const householdId = person.householdId;
      if (!householdId) throw new KimError('NOT_IN_HOUSEHOLD');
      const at = ctx.now().toISOString();
      transaction(ctx, () => {
        updatePerson(db(ctx), person.id, { householdId: null, householdRole: null, updatedAt: at });
        ctx.store.audit('person.household_unlinked', 'person', person.id);
        dissolveIfAlone(householdId, at);
      });
      return persons.get(person.id);
    },
  };
}
