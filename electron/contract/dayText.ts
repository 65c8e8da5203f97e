/**
 * A plain date ('YYYY-MM-DD') as German readers expect it, TT.MM.JJJJ, whatever the system's
 * locale: one function for the command line, the workbooks and the PDFs. No zod, so the renderer
 * may use it too (renderer/i18n/dates.ts builds date-times on it).
 */
export function germanDay(day: string): string {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return plain ? `${plain[3]}.${plain[2]}.${plain[1]}` : day;
}
