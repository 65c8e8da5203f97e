import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../electron/contract/areas/cases';
import { newestFirst } from '../../../electron/services/cases/timeline';
import { advancePhase } from '../../../electron/services/context';
import { caseStore } from './helpers';
import { addAgreement, addAssessment, addConference, addContact, addFollowUp, addReferral } from './otherAreas';

describe('the case timeline', () => {
  it('shows everything that happened on the case, newest first, in German', async () => {
    const s = await caseStore('2026-02-02T09:00:00');
    const p = s.person();
    // Short advice before the case: belongs to the person, not to the case's timeline.
    s.intakes.record({ personId: p.id, date: '2026-01-20', accessRoute: 'sprechstunde', targetGroupIds: [], decision: 'kurzberatung' });
    const { caseId, intakeId } = s.openCase({ personId: p.id, date: '2026-02-02', accessRoute: 'abh' });
    const id = caseId!;
    const assessment = addAssessment(s, id, '2026-02-10');
    s.setNow('2026-02-10T15:00:00');
    advancePhase(s.ctx, id, 'zielvereinbarung');
    const agreement = addAgreement(s, id, '2026-02-20', '2026-02-24');
    const referral = addReferral(s, id, '2026-03-02', [
      { status: 'vorgeschlagen', at: '2026-03-02T10:00:00.000Z' },
      { status: 'angenommen', at: '2026-03-20T10:00:00.000Z' },
    ]);
    const contact = addContact(s, id, p.id, '2026-03-05T08:30:00.000Z');
    const conference = addConference(s, id, '2026-03-12');
    const followUp = addFollowUp(s, id, '2026-04-01', 'Kita-Platz nachfragen', { createdAt: '2026-03-05T09:00:00.000Z', doneAt: '2026-03-30T11:00:00.000Z' });
    s.setNow('2026-04-02T10:00:00');
    s.cases.close({ caseId: id, reason: 'ziele_erreicht' });
    s.setNow('2026-05-04T10:00:00');
    s.cases.reopen({ caseId: id, reason: 'Neuer Bescheid der ABH' });

    const timeline = s.cases.timeline(id);
    expect(timeline.map((t) => [t.kind, t.title])).toEqual([
      ['fall_wiedereroeffnet', 'Fall wieder eröffnet: Neuer Bescheid der ABH'],
      ['fall_abgeschlossen', 'Fall abgeschlossen: Ziele erreicht'],
      ['wiedervorlage_erledigt', 'Wiedervorlage erledigt: Kita-Platz nachfragen'],
      ['vermittlung_status', 'Vermittlung an Jobcenter ME-aktiv: Angenommen'],
      ['fallkonferenz', 'Fallkonferenz mit Klient:in'],
      ['wiedervorlage_angelegt', 'Wiedervorlage angelegt: Kita-Platz nachfragen (fällig am 01.04.2026)'],
      ['kontakt', 'Beratung (Sprechstunde, 30 Min.)'],
      ['vermittlung', 'Vermittlung an Jobcenter ME-aktiv (Ausbildung/Arbeit): Vorgeschlagen'],
      ['zielvereinbarung_unterschrieben', 'Zielvereinbarung (Version 1) unterschrieben'],
      ['zielvereinbarung_erstellt', 'Zielvereinbarung (Version 1) erstellt'],
      ['phase', 'Phase: Zielvereinbarung'],
      ['assessment', 'Assessment'],
      ['phase', 'Phase: Assessment'],
      ['fall_eroeffnet', 'Fall 2026-0001 eröffnet'],
      ['einwilligung', 'Einwilligung in Case Management und Datenverarbeitung (schriftlich)'],
      ['erstberatung', 'Erstberatung (Zugang: Verwiesen von der Ausländerbehörde)'],
    ]);
    const refOf = (kind: string) => timeline.filter((t) => t.kind === kind).map((t) => t.refId);
    expect(refOf('erstberatung')).toEqual([intakeId]);
    expect(refOf('assessment')).toEqual([assessment]);
    expect(refOf('zielvereinbarung_erstellt')).toEqual([agreement]);
    expect(refOf('vermittlung')).toEqual([referral.id]);
    expect(refOf('vermittlung_status')).toEqual([referral.historyIds[1]]);
    expect(refOf('kontakt')).toEqual([contact]);
    expect(refOf('fallkonferenz')).toEqual([conference]);
    expect(refOf('wiedervorlage_erledigt')).toEqual([followUp]);
    expect(timeline[0]?.at).toBe(new Date('2026-05-04T10:00:00').toISOString());
    expect(timeline.at(-1)?.at).toBe('2026-02-02');
  });

  it('orders dates before moments of the same day, and same-moment events in the order they happen', () => {
    const item = (at: string, kind: TimelineItem['kind'], refId: string): TimelineItem => ({ at, kind, title: kind, refId });
    const moment = new Date('2026-03-01T10:00:00').toISOString();
    const sorted = newestFirst([
      item('2026-03-01', 'erstberatung', 'a'),
      item(moment, 'phase', 'c'),
      item('2026-03-01', 'einwilligung', 'b'),
      item(moment, 'fall_eroeffnet', 'd'),
      item('2026-02-28', 'kontakt', 'e'),
      item('2026-03-02', 'assessment', 'f'),
    ]);
    expect(sorted.map((t) => t.refId)).toEqual(['f', 'c', 'd', 'b', 'a', 'e']);
  });

  it('is there for unknown cases only as CASE_NOT_FOUND', async () => {
    const s = await caseStore();
    expect(() => s.cases.timeline('kein')).toThrow(/gibt es nicht/);
  });
});
