/**
 * Die Heute-Liste as a document: what the Heute screen shows for a day (today.items), each kind
 * of due item as a table with its own date label, most urgent first. The screen shows the first
 * 25 of a long group; the paper lists all. About many cases: no case number in the footer.
 */
import type { TodayOverview } from '../../contract/areas/today';
import type { ServiceContext } from '../context';
import { todayItems } from '../today/items';
import type { Block, DocumentModel } from './model';
import { dayText, de } from './text';

/** The overview the screen gets; the day defaults to today. */
export function todayListData(ctx: ServiceContext, date?: string): TodayOverview {
  return todayItems(ctx, date);
}

/** "5 Einträge sind fällig, 2 davon überfällig." as the screen says it. */
export function summaryLine(total: number, overdue: number): string {
  return `${total === 1 ? '1 Eintrag ist' : `${total} Einträge sind`} fällig${overdue > 0 ? `, ${overdue} davon überfällig` : ''}.`;
}

export function buildTodayList(overview: TodayOverview, now: Date): DocumentModel {
  const overdue = overview.groups.reduce((sum, g) => sum + g.items.filter((i) => i.overdue).length, 0);
  const groups = overview.groups.filter((g) => g.items.length > 0);
  const blocks: Block[] = [
    { kind: 'paragraph', text: de(`Stand: ${dayText(overview.date)}${overview.total > 0 ? ` · ${summaryLine(overview.total, overdue)}` : ''}`) },
  ];
  if (groups.length === 0) {
    blocks.push({ kind: 'heading', text: de('Heute ist nichts fällig') });
    blocks.push({
      kind: 'paragraph',
      text: de(
        'Es gibt keine fälligen Wiedervorlagen, keine Schritte über dem Termin, keine fälligen Re-Assessments, keine ausstehenden Rückmeldungen und keine ablaufenden Aufenthaltsdokumente.',
      ),
    });
  }
  for (const group of groups) {
    blocks.push({ kind: 'heading', text: de(`${group.title} (${group.items.length})`) });
    blocks.push({
      kind: 'table',
      columns: [de('Was'), de('Fall'), de('Klient:in'), de(group.dateLabel), de('Überfällig')],
      rows: group.items.map((i) => [i.title, i.caseNumber, i.clientName ?? 'ohne Namen', dayText(i.dueDate), i.overdue ? 'überfällig' : '–']),
      widths: [3.6, 1.3, 2.3, 2.1, 1.3],
    });
  }
  return { title: de(`Heute-Liste vom ${dayText(overview.date)}`), caseNumber: null, clientLanguage: null, created: now, blocks };
}
