/** Minimal persons, cases and partners for the assessment tests, written straight to the test store. */
import { eq } from 'drizzle-orm';
import { KimError } from '../../../electron/contract/errors';
import type { CreateAssessmentInput } from '../../../electron/contract/areas/assessment';
import { cases, lifeAreas, partners, personNames, persons, type PHASES } from '../../../db/schema';
import { createdStore } from '../../fixtures/tempStore';

type Services = Awaited<ReturnType<typeof createdStore>>;

/** A store whose clock stands still at `at` (local time), unless moved with `setNow`. */
export async function storeAt(at = '2026-11-21T10:00:00') {
  let now = new Date(at);
  const services = await createdStore({ now: () => now });
  return { ...services, setNow: (next: string) => (now = new Date(next)) };
}

let counter = 0;

export function insertCase(
  services: Services,
  options: {
    phase?: (typeof PHASES)[number];
    names?: { givenNames: string; familyName: string; primary?: boolean }[];
    reassessmentMonths?: number | null;
  } = {},
): { caseId: string; personId: string; caseNumber: string } {
  const { db } = services.store.session();
  counter += 1;
  const personId = `person-${counter}`;
  const caseId = `case-${counter}`;
  const caseNumber = `2026-${String(counter).padStart(4, '0')}`;
  const at = '2026-01-01T09:00:00.000Z';
  db.insert(persons).values({ id: personId, createdAt: at, updatedAt: at }).run();
  const names = options.names ?? [{ givenNames: 'Amina', familyName: 'Haddad', primary: true }];
  names.forEach((name, i) =>
    db
      .insert(personNames)
      .values({ id: `${personId}-name-${i}`, personId, givenNames: name.givenNames, familyName: name.familyName, primary: name.primary ?? false })
      .run(),
  );
  db.insert(cases)
    .values({
      id: caseId,
      personId,
      caseNumber,
      caseManager: 'Test Beraterin',
      phase: options.phase ?? 'assessment',
      openedAt: '2026-01-01',
      closedAt: options.phase === 'abgeschlossen' ? '2026-06-01' : null,
      reassessmentMonths: options.reassessmentMonths ?? null,
      createdAt: at,
    })
    .run();
  return { caseId, personId, caseNumber };
}

export function closeCase(services: Services, caseId: string): void {
  services.store.session().db.update(cases).set({ phase: 'abgeschlossen', closedAt: '2026-06-01' }).where(eq(cases.id, caseId)).run();
}

export function phaseOf(services: Services, caseId: string): string | undefined {
  return services.store.session().db.select({ phase: cases.phase }).from(cases).where(eq(cases.id, caseId)).get()?.phase;
}

export function insertPartner(services: Services, organisation = 'Jobcenter Kreis Warendorf'): string {
  counter += 1;
  const id = `partner-${counter}`;
  services.store.session().db.insert(partners).values({ id, organisation, legalArea: 'sgb2', createdAt: '2026-01-01T09:00:00.000Z' }).run();
  return id;
}

export function deactivateLifeArea(services: Services, id: string): void {
  services.store.session().db.update(lifeAreas).set({ active: false }).where(eq(lifeAreas.id, id)).run();
}

/** The code of the KimError that `work` throws (fails the test when it throws none). */
export async function codeOf(work: () => unknown): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof KimError) return error.code;
    throw error;
  }
  throw new Error('expected a KimError');
}

type EntryInput = CreateAssessmentInput['entries'][number];

export const entry = (lifeAreaId: string, situation: number, more: Partial<EntryInput> = {}): EntryInput => ({
  lifeAreaId,
  situation,
  urgency: 'mittel',
  responsibleService: 'keine',
  ...more,
});
