/**
 * Stores for the statistics tests: a clock the test moves (the services stamp closures, status
 * changes and goal outcomes with "now"), and a small hand-built dataset whose numbers are known.
 */
import type { Input } from '../../../electron/contract';
import { createdStore } from '../../fixtures/tempStore';

export type Services = Awaited<ReturnType<typeof createdStore>>;

/** A store whose clock stands where the test puts it (local noon of a day). */
export async function clockedStore(day: string) {
  const clock = { now: noon(day) };
  const services = await createdStore({ now: () => clock.now });
  return { ...services, clock, at: (d: string) => void (clock.now = noon(d)) };
}

export const noon = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0);
};

/** Personal details that must never leave the device; the datasets vary them to prove it. */
export interface Personal {
  familyName: string;
  givenNames: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  note: string;
}

export const personalA = (i: number): Personal => ({
  familyName: `Haddad${i}`,
  givenNames: `Amira${i}`,
  phone: `0171 55${i}`,
  email: `amira${i}@example.org`,
  address: `Lindenstraße ${i}`,
  note: `Notiz zu Gespräch ${i}: Sorge um den Bruder`,
});
export const personalB = (i: number): Personal => ({
  familyName: `Kovalenko${i}`,
  givenNames: `Olena${i}`,
  phone: null,
  email: null,
  address: `Am Markt ${i}`,
  note: `Ganz anderer Vermerk ${i}`,
});

type PersonInput = Omit<Input<'persons.create'>, 'names'>;

/** A person with a case opened by an intake on `day`. */
export function openCase(
  s: Services & { at: (d: string) => void },
  day: string,
  person: PersonInput,
  intake: Partial<Input<'intakes.record'>> = {},
  personal: Personal = personalA(0),
) {
  s.at(day);
  const p = s.persons.create({
    names: [{ familyName: personal.familyName, givenNames: personal.givenNames, note: personal.note }],
    phone: personal.phone,
    email: personal.email,
    address: personal.address,
    ...person,
  });
  const result = s.intakes.record({
    personId: p.id,
    date: day,
    accessRoute: 'sprechstunde',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: day, form: 'schriftlich' },
    ...intake,
  });
  return { personId: p.id, caseId: result.caseId! };
}

export function contact(
  s: Services & { at: (d: string) => void },
  day: string,
  c: { personId: string; caseId: string | null },
  fields: Partial<Input<'contacts.create'>> = {},
  note = 'Vertraulicher Vermerk',
) {
  s.at(day);
  return s.contacts.create({
    personId: c.personId,
    caseId: c.caseId,
    at: `${day}T10:00:00`,
    durationMinutes: 30,
    place: 'buero',
    type: 'beratung',
    topics: [],
    interpreterUsed: false,
    interpreterLanguage: null,
    note,
    ...fields,
  });
}

export const entry = (lifeAreaId: string) => ({
  lifeAreaId,
  situation: 3,
  resources: 'Familie hilft',
  needs: 'Termin bei der Behörde',
  urgency: 'mittel' as const,
  responsibleService: 'keine' as const,
});
