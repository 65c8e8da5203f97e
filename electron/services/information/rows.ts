/** Reading the rows of selectPersonRecords (column names as stored, values as SQLite gives them) for the information document. */
export type Row = Record<string, unknown>;
export type Labels = Readonly<Record<string, string>>;

export const s = (row: Row, column: string): string => String(row[column]);
export const sn = (row: Row, column: string): string | null => (row[column] === null || row[column] === undefined ? null : String(row[column]));
export const n = (row: Row, column: string): number | null => (row[column] === null || row[column] === undefined ? null : Number(row[column]));
export const b = (row: Row, column: string): boolean => Number(row[column]) === 1;
export const label = (labels: Labels, value: string | null): string | null =>
  value === null ? null : ((Object.hasOwn(labels, value) ? labels[value] : value) ?? value);
export const json = <T>(row: Row, column: string, fallback: T): T => {
  try {
    return JSON.parse(String(row[column])) as T;
  } catch {
    return fallback;
  }
};
export const byKey = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** The later of two days (YYYY-MM-DD); these are strings, so no Math.max. */
export function laterDay(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}
