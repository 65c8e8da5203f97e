/**
 * The summary of a consultation hour as a document model: what the Sprechstunde screen shows
 * after "Sprechstunde beenden" (sessions.summary): place, day and hours, the numbers, short advice
 * by topic, the contacts and the people registered, in the screen's words; no case number in the
 * footer. Times are local: the store's clock is set in local time, so any time zone reads the same.
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../electron/services/documents/model';
import { codeOf, networkStore } from '../network/fixtures';

async function heldHour() {
  const s = await networkStore('2026-11-21T10:00:00');
  const locationId = s.addLocation();
  const { sessions, queue, shortAdvice } = s.consultation;
  const session = sessions.start({ locationId });
  const withCase = s.addPerson({ familyName: 'Haddad', givenNames: 'Amina' });
  s.addCase(withCase);
  const withoutCase = s.addPerson({ familyName: 'Шевченко', givenNames: 'Олена' });
  s.clock.advance(5 * 60_000);
  sessions.logContact({
    sessionId: session.id,
    personId: withCase,
    durationMinutes: 20,
    topics: ['wohnen', 'aufenthalt'],
    interpreterUsed: false,
    followUp: { dueDate: '2026-12-01', title: 'Mietvertrag ansehen' },
  });
  s.clock.advance(30 * 60_000);
  sessions.logContact({ sessionId: session.id, personId: withoutCase, durationMinutes: 10, topics: [], interpreterUsed: true });
  sessions.registerPerson({ sessionId: session.id, familyName: 'Nouri', givenNames: 'Sara' });
  shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: 'ar', interpreterUsed: true });
  shortAdvice.record({ sessionId: session.id, lifeAreaId: 'aufenthalt', language: null, interpreterUsed: false });
  shortAdvice.record({ sessionId: session.id, lifeAreaId: 'aufenthalt', language: 'fa', interpreterUsed: false });
  queue.add({ sessionId: session.id, label: 'Nr. 4' });
  s.clock.advance(60 * 60_000);
  sessions.end({ sessionId: session.id });
  return { ...s, sessionId: session.id };
}

const blockAfter = (model: DocumentModel, title: string): Block | undefined => {
  const at = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.de === title);
  return at < 0 ? undefined : model.blocks[at + 1];
};

describe('Zusammenfassung einer Sprechstunde', () => {
  it('holds what the screen summarises, in its words, German only, about no single case', async () => {
    const s = await heldHour();
    const summary = s.consultation.sessions.summary({ sessionId: s.sessionId });
    const model = s.documents.consultationSummaryModel(s.sessionId);

    expect(model.title).toEqual({ de: 'Zusammenfassung der Sprechstunde' });
    expect(model.caseNumber).toBeNull();
    expect(model.clientLanguage).toBeNull();
    expect(model.blocks[0]).toEqual({ kind: 'paragraph', text: { de: 'GU Talstraße (Musterstadt), 21.11.2026, 10:00 bis 11:35 Uhr' } });

    expect(blockAfter(model, 'Zahlen')).toEqual({
      kind: 'fields',
      rows: [
        ['Kontakte', summary.contacts.length],
        ['Neue Personen', summary.newPersons.length],
        ['Kurzberatungen', summary.shortAdvice.total],
        ['Wiedervorlagen', summary.followUpsCreated],
        ['Noch wartend', summary.stillWaiting],
        ['Beratungszeit in Minuten', summary.totalMinutes],
      ].map(([label, n]) => ({ label: { de: label }, value: String(n) })),
    });
    // The numbers themselves, so a summary that lost them would fail too.
    expect(summary.contacts).toHaveLength(2);
    expect(summary.totalMinutes).toBe(30);
    expect(summary.stillWaiting).toBe(1);

    const byTopic = blockAfter(model, 'Kurzberatungen nach Thema');
    expect(byTopic?.kind === 'table' && byTopic.rows).toEqual([
      ['Aufenthalt/Recht', '2'],
      ['Wohnen', '1'],
    ]);

    const contacts = blockAfter(model, 'Kontakte');
    expect(contacts?.kind === 'table' && contacts.columns.map((c) => c.de)).toEqual(['Uhrzeit', 'Person', 'Fall', 'Themen', 'Wiedervorlagen']);
    expect(contacts?.kind === 'table' && contacts.rows).toEqual([
      ['10:05', 'Haddad, Amina', '2026-0001', 'Aufenthalt/Recht, Wohnen', '1'],
      ['10:35', 'Шевченко, Олена', '–', '–', '0'],
    ]);
    expect(summary.contacts.map((c) => c.personName)).toEqual(['Haddad, Amina', 'Шевченко, Олена']);

    expect(blockAfter(model, 'Neue Personen')).toEqual({ kind: 'list', items: [{ de: 'Nouri, Sara (unvollständig)' }] });
  });

  it('says so when nothing was recorded, and marks an hour still running', async () => {
    const s = await networkStore('2026-11-21T10:00:00');
    const session = s.consultation.sessions.start({ locationId: s.addLocation() });
    const model = s.documents.consultationSummaryModel(session.id);
    expect(model.blocks[0]).toEqual({ kind: 'paragraph', text: { de: 'GU Talstraße (Musterstadt), 21.11.2026, ab 10:00 Uhr (läuft noch)' } });
    expect(blockAfter(model, 'Kontakte')).toEqual({ kind: 'paragraph', text: { de: 'In dieser Sprechstunde wurde kein Kontakt erfasst.' }, muted: true });
    expect(blockAfter(model, 'Neue Personen')).toEqual({ kind: 'paragraph', text: { de: 'In dieser Sprechstunde wurde niemand neu angelegt.' }, muted: true });
    expect(blockAfter(model, 'Kurzberatungen nach Thema')).toBeUndefined();
  });

  it('refuses an unknown consultation hour', async () => {
    const s = await networkStore('2026-11-21T10:00:00');
    expect(codeOf(() => s.documents.consultationSummaryModel('gibt-es-nicht'))).toBe('SESSION_NOT_FOUND');
  });
});
