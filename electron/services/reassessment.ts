/** When a re-assessment is due: the last assessment's date plus the cadence in months. */
export const DEFAULT_REASSESSMENT_MONTHS = 6;

export function reassessmentDueDate(lastAssessmentDate: string, months: number): string {
  const [y, m, d] = lastAssessmentDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
