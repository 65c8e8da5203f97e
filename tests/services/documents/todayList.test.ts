/**
 * The Heute list as a document model: for a given day, each kind of due item the Heute screen
 * shows (today.items) as a table with the group's own date label, in the service's order (most
 * urgent first), every item (the screen shows 25 first, the paper all), TT.MM.JJJJ dates; about
 * many cases, so no case number in the footer.
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../electron/services/documents/model';
import { todayStore } from '../today/fixtures';

const tables = (model: DocumentModel) => {
  const out: { heading: string; table: Extract<Block, { kind: 'table' }> }[] = [];
  model.blocks.forEach((block, i) => {
    const next = model.blocks[i + 1];
    if (block.kind === 'heading' && next?.kind === 'table') out.push({ heading: block.text.de, table: next });
  });
  return out;
};

describe('Heute-Liste', () => {
  it('holds every due item of the day as the screen lists it, group by group', async () => {
    const s = await todayStore();
    const a = s.openCase();
    const b = s.openCase({ givenNames: 'Олена', familyName: 'Шевченко' });
    s.followUps.create({ caseId: a.caseId, dueDate: '2026-11-20', title: 'Mietvertrag ansehen' });
    s.followUps.create({ caseId: b.caseId, dueDate: '2026-11-21', title: 'Anruf Schule' });
    s.followUps.create({ caseId: b.caseId, dueDate: '2026-11-22', title: 'Morgen erst' });
    s.addStep(s.addGoal(a.caseId), '2026-11-01', null, 'Lebenslauf schreiben');
    s.setResidence(b.personId, '2026-12-15', '§ 24 AufenthG');
    s.addReferral(b.caseId, 'vermittelt', '2026-10-01T09:00:00.000Z');
    for (let i = 0; i < 30; i += 1) s.followUps.create({ caseId: a.caseId, dueDate: '2026-11-19', title: `Rückruf ${i + 1}` });

    const overview = s.today.items({ date: '2026-11-21' });
    const model = s.documents.todayModel('2026-11-21');
    expect(model.caseNumber).toBeNull();
    expect(model.clientLanguage).toBeNull();
    expect(model.title).toEqual({ de: 'Heute-Liste vom 21.11.2026' });
    const overdue = overview.groups.flatMap((g) => g.items).filter((i) => i.overdue).length;
    expect(model.blocks[0]).toEqual({
      kind: 'paragraph',
      text: { de: `Stand: 21.11.2026 · ${overview.total} Einträge sind fällig, ${overdue} davon überfällig.` },
    });

    const shown = overview.groups.filter((g) => g.items.length > 0);
    expect(shown.map((g) => g.kind)).toEqual(['followUp', 'goalStep', 'referralFeedback', 'residence']);
    const printed = tables(model);
    expect(printed.map((t) => t.heading)).toEqual(shown.map((g) => `${g.title} (${g.items.length})`));
    shown.forEach((group, i) => {
      const { table } = printed[i]!;
      expect(table.columns.map((c) => c.de)).toEqual(['Was', 'Fall', 'Klient:in', group.dateLabel, 'Überfällig']);
      expect(table.rows).toEqual(
        group.items.map((item) => [
          item.title,
          item.caseNumber,
          item.clientName,
          item.dueDate.split('-').reverse().join('.'),
          item.overdue ? 'überfällig' : '–',
        ]),
      );
    });
    // All 33 follow-ups, not the screen's first 25; most urgent first; tomorrow's not yet.
    const followUps = printed[0]!.table.rows;
    expect(followUps).toHaveLength(32);
    expect(followUps[0]![3]).toBe('19.11.2026');
    expect(followUps.at(-1)).toEqual(['Anruf Schule', '2026-0002', 'Шевченко, Олена', '21.11.2026', '–']);
    expect(followUps.some((r) => r[0] === 'Morgen erst')).toBe(false);
    expect(printed.find((t) => t.table.columns[3]!.de === 'Gültig bis')!.table.rows[0]![3]).toBe('15.12.2026');
  });

  it('another day lists what is due then', async () => {
    const s = await todayStore();
    const a = s.openCase();
    s.followUps.create({ caseId: a.caseId, dueDate: '2026-11-22', title: 'Morgen erst' });
    expect(tables(s.documents.todayModel('2026-11-21'))).toEqual([]);
    const tomorrow = tables(s.documents.todayModel('2026-11-22'));
    expect(tomorrow.map((t) => t.table.rows.map((r) => r[0]))).toEqual([['Morgen erst']]);
  });

  it('says when nothing is due, as the screen does', async () => {
    const s = await todayStore();
    const model = s.documents.todayModel('2026-11-21');
    expect(model.blocks).toEqual([
      { kind: 'paragraph', text: { de: 'Stand: 21.11.2026' } },
      { kind: 'heading', text: { de: 'Heute ist nichts fällig' } },
      {
        kind: 'paragraph',
        text: {
          de: 'Es gibt keine fälligen Wiedervorlagen, keine Schritte über dem Termin, keine fälligen Re-Assessments, keine ausstehenden Rückmeldungen und keine ablaufenden Aufenthaltsdokumente.',
        },
      },
    ]);
  });
});
