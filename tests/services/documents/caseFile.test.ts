/**
 * The case file (Verlauf) as a document model: a case taken through the cycle with the services a
 * case manager uses (names in Latin and Arabic script, intake, assessment and re-assessment, goal
 * with steps, two agreement versions, a referral with status changes, contacts, a case conference,
 * closure). The model holds what the case screen's services return, oldest first, with the
 * screen's German labels and TT.MM.JJJJ dates. A restricted case prints with the case screen's
 * notice first.
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../electron/services/documents/model';
import { ACCESS_ROUTE_LABELS, REFERRAL_STATUS_LABELS } from '../../../electron/contract/labels';
import { codeOf } from '../assessment/fixtures';
import { cycleStore } from './caseCycleFixture';

const texts = (model: DocumentModel): string[] =>
  model.blocks.flatMap((b: Block) => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return [b.text.de];
      case 'list':
        return b.items.map((i) => i.de);
      case 'fields':
        return b.rows.flatMap((r) => [r.label.de, r.value]);
      case 'table':
        return [...b.columns.map((c) => c.de), ...b.rows.flat()];
      default:
        return b.lines.map((l) => l.label.de);
    }
  });

/** The table right after the heading `title`. */
function tableAfter(model: DocumentModel, title: string): Extract<Block, { kind: 'table' }> {
  const at = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.de === title);
  const table = model.blocks.slice(at + 1).find((b) => b.kind === 'table');
  if (at < 0 || !table || table.kind !== 'table') throw new Error(`no table after ${title}`);
  return table;
}

const toIso = (german: string) => german.replace(/^(\d{2})\.(\d{2})\.(\d{4}).*$/, '$3-$2-$1');
const isAscending = (days: string[]) => days.every((d, i) => i === 0 || toIso(days[i - 1]!) <= toIso(d));

describe('Verlauf eines Falls', () => {
  it('names the case and the person in every spelling, German only, no name in the title', async () => {
    const s = await cycleStore();
    const model = s.documents.caseFileModel(s.caseId);
    expect(model.caseNumber).toBe(s.caseNumber);
    expect(model.clientLanguage).toBeNull();
    expect(model.title.de).toBe('Verlauf des Falls');
    expect(model.created.toISOString()).toBe(new Date('2026-11-23T10:00:00').toISOString());
    const all = texts(model);
    for (const spelling of ['Yıldız, Selin', 'Yildiz, Selin (Schreibweise im Ausweis)', 'يلدز، سيلين']) expect(all).toContain(spelling);
    expect(all).toContain('04.1990'); // a birth date known only to the month
    expect(all).toContain('Türkisch');
    // Every date reads TT.MM.JJJJ: no ISO day is left anywhere.
    expect(all.filter((t) => /\d{4}-\d{2}-\d{2}/.test(t))).toEqual([]);
    expect(model.blocks.every((b) => b.kind !== 'heading' || b.text.client === undefined)).toBe(true);
  });

  it('holds the history the case screen shows, oldest first', async () => {
    const s = await cycleStore();
    const model = s.documents.caseFileModel(s.caseId);
    const timeline = s.cases.timeline(s.caseId); // the overview's list, newest first
    const history = tableAfter(model, 'Verlauf');
    expect(history.rows.map((r) => r[1]).sort()).toEqual(timeline.map((i) => i.title).sort());
    // Made and signed the same day: made first.
    const titles = history.rows.map((r) => r[1]);
    expect(titles.indexOf('Zielvereinbarung (Version 2) erstellt')).toBe(titles.indexOf('Zielvereinbarung (Version 2) unterschrieben') - 1);
    expect(history.rows[0]![1]).toBe(`Erstberatung (Zugang: ${ACCESS_ROUTE_LABELS.jobcenter})`);
    expect(history.rows.at(-1)![1]).toMatch(/^Fall abgeschlossen/);
    expect(isAscending(history.rows.map((r) => r[0]!))).toBe(true);
    expect(history.rows.map((r) => r[0])).toContain('03.04.2026, 09:15');
  });

  it('lists assessments, agreements, goals, referrals, contacts and conferences as their screens do, in date order', async () => {
    const s = await cycleStore();
    const model = s.documents.caseFileModel(s.caseId);
    const all = texts(model);

    // Assessments: the first and the re-assessment, with the labels assessment.get gives.
    const [re, erst] = s.assessments.list(s.caseId).map((a) => s.assessments.get(a.id));
    expect(all).toContain(`Assessment vom 05.03.2026, festgehalten von Test Beraterin`);
    expect(all).toContain(`Re-Assessment vom 01.09.2026, festgehalten von Test Beraterin`);
    expect(all.indexOf('Assessment vom 05.03.2026, festgehalten von Test Beraterin')).toBeLessThan(
      all.indexOf('Re-Assessment vom 01.09.2026, festgehalten von Test Beraterin'),
    );
    for (const entry of [...erst!.entries, ...re!.entries]) {
      expect(all).toContain(`${entry.situation} – ${entry.situationLabel}`);
      expect(all).toContain(entry.urgencyLabel);
      expect(all).toContain(entry.responsibleServiceLabel);
    }

    // Agreements: version 1 replaced unsigned, version 2 signed.
    const agreements = tableAfter(model, 'Zielvereinbarungen');
    expect(agreements.rows).toEqual([
      ['1', '10.03.2026', '–', '1', 'nicht unterschrieben, ersetzt'],
      ['2', '12.03.2026', '12.03.2026', '1', 'unterschrieben'],
    ]);

    // Goals with steps: the status after closure, the partner named.
    const [goal] = s.goals.list(s.caseId);
    expect(all).toContain(`Eine eigene Wohnung finden (Wohnen, ${goal!.statusLabel}), festgelegt am 20.03.2026`);
    expect(tableAfter(model, 'Ziele und Schritte').rows).toEqual([
      ['Wohnberechtigungsschein beantragen', 'Klient:in', '30.04.2026', '–'],
      ['Termin beim Jobcenter', 'Jobcenter Kreis Warendorf', '–', '–'],
    ]);

    // The referral with its whole status history.
    const [referral] = s.referrals.listForCase({ caseId: s.caseId });
    expect(all).toContain(referral!.statusLabel);
    expect(tableAfter(model, 'Vermittlungen').rows).toEqual([
      // The first status carries the moment it was recorded (the referral itself is dated 15.03.).
      ['20.03.2026', REFERRAL_STATUS_LABELS[referral!.history[0]!.status], '–', 'Test Beraterin'],
      ['02.04.2026', REFERRAL_STATUS_LABELS.termin_vereinbart, 'Termin am 10.04.', 'Test Beraterin'],
      ['02.05.2026', REFERRAL_STATUS_LABELS.angenommen, '–', 'Test Beraterin'],
    ]);

    // Contacts oldest first, though recorded the other way round.
    const contacts = tableAfter(model, 'Kontakte (Monitoring)');
    expect(contacts.rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ['03.04.2026, 09:15', 'Erster Kontakt'],
      ['20.04.2026, 14:30', 'Zweiter Kontakt'],
    ]);
    const screen = s.contacts.listForCase({ caseId: s.caseId });
    for (const c of screen) expect(contacts.rows.some((r) => r[1] === c.typeLabel && r[2]!.startsWith(c.placeLabel))).toBe(true);

    // The conference and the closure.
    expect(all).toContain('Antrag gestellt');
    expect(all).toContain('Jobcenter Kreis Warendorf');
    const view = s.cases.get(s.caseId);
    expect(all).toContain(view.closureReasonLabel);
    expect(all).toContain('23.11.2026');

    // The sections in the cycle's order.
    const headings = model.blocks.filter((b) => b.kind === 'heading').map((b) => b.text.de);
    expect(headings).toEqual([
      'Fall und Person',
      'Verlauf',
      'Erstberatung',
      'Assessments und Re-Assessments',
      'Zielvereinbarungen',
      'Ziele und Schritte',
      'Vermittlungen',
      'Kontakte (Monitoring)',
      'Fallkonferenzen',
      'Abschluss',
    ]);
  });

  it('prints a restricted case as the case screen shows it: read only, the restriction first', async () => {
    const s = await cycleStore();
    s.cases.reopen({ caseId: s.caseId, reason: 'Neue Frage zur Wohnung' });
    s.restrictions.restrict({ caseId: s.caseId, since: '2026-11-23', reason: 'Richtigkeit bestritten' });
    const view = s.cases.get(s.caseId);
    expect(view.restriction).not.toBeNull();
    const model = s.documents.caseFileModel(s.caseId);
    const [first, second] = model.blocks;
    expect(first).toEqual({ kind: 'paragraph', text: { de: 'Verarbeitung eingeschränkt seit 23.11.2026 – Grund: Richtigkeit bestritten' } });
    expect(second?.kind === 'paragraph' && second.text.de).toMatch(/nur gelesen werden.*Art\. 18 Abs\. 2 DSGVO/);
    // Nothing else of the restriction changes: the screen still shows the whole case.
    expect(texts(model)).toContain('Zweiter Kontakt');

    // Without a restriction no such notice.
    const other = await cycleStore();
    expect(texts(other.documents.caseFileModel(other.caseId)).some((t) => t.startsWith('Verarbeitung eingeschränkt seit'))).toBe(false);
  });

  it('refuses an unknown case', async () => {
    const s = await cycleStore();
    expect(await codeOf(() => s.documents.caseFileModel('no-such-case'))).toBe('CASE_NOT_FOUND');
  });
});
