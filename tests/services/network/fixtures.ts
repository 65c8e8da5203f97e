/**
 * Minimal persons, cases and locations for the network tests, inserted directly (the cases area
 * has its own services for this), and a clock the tests set by hand.
 */
import { eq } from 'drizzle-orm';
import { KimError } from '../../../electron/contract/errors';
import { newId } from '../../../electron/services/context';
import { recentAudit } from '../../../db/queries/audit';
import { cases, locations, personNames, persons } from '../../../db/schema';
import { createdStore } from '../../fixtures/tempStore';

export const NOW = '2026-11-21T10:00:00Z';
export const TODAY = '2026-11-21';

export async function networkStore(start = NOW) {
  let t = Date.parse(start);
  const clock = { now: () => new Date(t), set: (iso: string) => (t = Date.parse(iso)), advance: (ms: number) => (t += ms) };
  const services = await createdStore({ now: clock.now });
  const db = services.store.session().db;
  const at = () => clock.now().toISOString();

  function addPerson(name: { givenNames: string; familyName: string } | null = { givenNames: 'Amina', familyName: 'Haddad' }): string {
    const id = newId();
    db.insert(persons).values({ id, createdAt: at(), updatedAt: at() }).run();
    if (name)
      db.insert(personNames)
        .values({ id: newId(), personId: id, ...name, primary: true })
        .run();
    return id;
  }

  let caseCount = 0;
  function addCase(personId = addPerson(), phase: (typeof cases.$inferInsert)['phase'] = 'leistungssteuerung'): string {
    const id = newId();
    caseCount += 1;
    db.insert(cases)
      .values({
        id,
        personId,
        caseNumber: `2026-${String(caseCount).padStart(4, '0')}`,
        caseManager: 'Test Beraterin',
        phase,
        openedAt: '2026-01-10',
        createdAt: at(),
      })
      .run();
    return id;
  }

  function closeCase(caseId: string): void {
    db.update(cases).set({ phase: 'abgeschlossen', closedAt: TODAY, closureReason: 'ziele_erreicht' }).where(eq(cases.id, caseId)).run();
  }

  function phaseOf(caseId: string): string | undefined {
    return db.select({ phase: cases.phase }).from(cases).where(eq(cases.id, caseId)).get()?.phase;
  }

  function addLocation(name = 'GU Talstraße'): string {
    const id = newId();
    db.insert(locations).values({ id, name, kind: 'gu', municipality: 'Musterstadt', createdAt: at() }).run();
    return id;
  }

  /** The audit entries written since `mark` (from auditMark()), oldest first, without timestamps. */
  const auditMark = () => recentAudit(db, 1)[0]?.id ?? 0;
  const auditSince = (mark: number) =>
    recentAudit(db, 1000)
      .filter((e) => e.id > mark)
      .reverse()
      .map(({ action, entity, entityId, actor }) => ({ action, entity, entityId, actor }));

  return { ...services, db, clock, addPerson, addCase, closeCase, phaseOf, addLocation, auditMark, auditSince };
}

/** The code of the KimError thrown by `work`; fails the test if it throws nothing or something else. */
export function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof KimError) return error.code;
    throw error;
  }
  throw new Error('expected a KimError');
}
