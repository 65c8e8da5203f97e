/** Readable case numbers: year of opening and a running number per year, e.g. 2026-0042. */
import { allocateCaseNumber } from '../../../db/queries/cases';
import { db, type ServiceContext } from '../context';

export function formatCaseNumber(year: number, running: number): string {
  return `${year}-${String(running).padStart(4, '0')}`;
}

/** The next number for a case opened on `openedAt` (YYYY-MM-DD). Call inside the opening transaction. */
export function nextCaseNumber(ctx: ServiceContext, openedAt: string): string {
  const year = Number(openedAt.slice(0, 4));
  return formatCaseNumber(year, allocateCaseNumber(db(ctx), year));
}
