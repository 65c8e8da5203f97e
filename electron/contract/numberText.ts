/**
 * How the statistics' numbers read in German, on screen and in the district PDF alike: counts,
 * changes between periods, medians and shares. Plain functions, no zod, so the renderer may use them.
 */

/** A count: "1.234". */
export function countText(value: number): string {
  return value.toLocaleString('de-DE');
}

/** A change between two periods: "+6", "−12", "0". */
export function changeText(change: number): string {
  if (change === 0) return '0';
  const shown = Math.abs(change).toLocaleString('de-DE');
  return change > 0 ? `+${shown}` : `−${shown}`;
}

/** A median or share with its unit: "41,4 %", "9,5 Tage". */
export function measureText(value: number, unit: string): string {
  return `${value.toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${unit}`;
}
