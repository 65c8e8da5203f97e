/** Calendar days of a quarter as plain 'YYYY-MM-DD' strings, free of any time zone. */

/** '2026-12-31' → '2027-01-01': the first day a quarter ending on `iso` can be exported. */
export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** The first characters of a SHA-256, enough to compare by eye: 'a1b2c3d4 e5f6a7b8'. */
export function shortChecksum(hex: string): string {
  return `${hex.slice(0, 8)} ${hex.slice(8, 16)} …`;
}
