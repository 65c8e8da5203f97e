/** A case-area test store with a clock the tests set by hand, and quick ways to make people and cases. */
import { KimError } from '../../../electron/contract/errors';
import type { IntakeInput, PersonCreateInput } from '../../../electron/contract/areas/cases';
import { today, type ServiceContext } from '../../../electron/services/context';
import { recentAudit } from '../../../db/queries/audit';
import { createdStore } from '../../fixtures/tempStore';

export async function caseStore(start = '2026-03-10T10:00:00') {
  let current = new Date(start);
  const services = await createdStore({ now: () => current });
  const db = () => services.store.session().db;
  const ctx: ServiceContext = { store: services.store, now: () => current };

  const person = (overrides: Partial<PersonCreateInput> = {}) =>
    services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }], ...overrides });

  /** Opens a case for a (new) person with consent; `date` defaults to today. */
  const openCase = (overrides: Partial<IntakeInput> = {}) => {
    const personId = overrides.personId ?? person().id;
    const date = overrides.date ?? today(current);
    return services.intakes.record({
      personId,
      date,
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: date, form: 'schriftlich' },
      ...overrides,
    });
  };

  return {
    ...services,
    db,
    ctx,
    setNow: (at: string) => {
      current = new Date(at);
    },
    person,
    openCase,
    /** The audit actions since `mark` (use `auditMark()` before acting). */
    auditMark: () => recentAudit(db(), 1)[0]?.id ?? 0,
    auditSince: (mark: number) =>
      recentAudit(db(), 1000)
        .filter((a) => a.id > mark)
        .reverse()
        .map((a) => ({ action: a.action, entity: a.entity, entityId: a.entityId, actor: a.actor })),
  };
}

export type CaseStore = Awaited<ReturnType<typeof caseStore>>;

/** The error code a call throws (fails the test when it does not throw a KimError). */
export function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof KimError) return error.code;
    throw error;
  }
  throw new Error('expected a KimError');
}
