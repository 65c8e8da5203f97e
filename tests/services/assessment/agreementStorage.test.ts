/**
 * Issue 13: a Zielvereinbarung's snapshot is stored deflated. What is shown, printed, given in the
 * Auskunft and carried in a handover package stays the same JSON, and rows written before (JSON
 * text) read the same.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { selectPersonRecords } from '../../../db/queries/personRecords';
import { buildInformation } from '../../../electron/services/information/document';
import { insertCase, insertPartner, storeAt } from './fixtures';

async function agreedCase() {
  const services = await storeAt('2026-11-21T10:00:00');
  const { caseId, personId } = insertCase(services, { phase: 'zielvereinbarung' });
  const partnerId = insertPartner(services, 'Sprachkursträger Ahlen');
  services.goals.create({
    caseId,
    lifeAreaId: 'wohnen',
    title: 'Eine eigene Wohnung finden – „möglichst“ bald',
    steps: [{ description: 'Wohnberechtigungsschein beantragen', responsible: 'klient', dueDate: '2026-12-15' }],
  });
  services.goals.create({
    caseId,
    lifeAreaId: 'sprache',
    title: 'Deutsch B1',
    steps: [
      { description: 'Kurs anmelden', responsible: 'partner', partnerId, dueDate: '2027-01-10' },
      { description: 'Mit der Lern-App üben', responsible: 'klient', dueDate: '2027-01-20' },
    ],
  });
  const agreement = services.agreements.create({ caseId, date: '2026-11-21' });
  const { sqlite } = services.store.session();
  return { services, sqlite, caseId, personId, agreement };
}

describe('agreement snapshots, stored deflated', () => {
  it('stores the exact JSON of the snapshot, deflated, and reads it back unchanged', async () => {
    const { services, sqlite, agreement } = await agreedCase();
    const stored = sqlite.prepare('SELECT typeof(snapshot) AS kind, snapshot FROM agreements WHERE id = ?').get(agreement.id) as {
      kind: string;
      snapshot: Buffer;
    };
    expect(stored.kind).toBe('blob');
    const json = JSON.stringify(agreement.snapshot);
    expect(inflateRawSync(stored.snapshot).toString('utf8')).toBe(json);
    expect(stored.snapshot.length).toBeLessThan(Buffer.byteLength(json));
    expect(services.agreements.get(agreement.id).snapshot).toEqual(agreement.snapshot);
    expect(services.agreements.list(agreement.caseId)[0]).toMatchObject({ id: agreement.id, goalCount: 2 });
  });

  it('reads an agreement written before (JSON text) as before', async () => {
    const { services, sqlite, caseId, agreement } = await agreedCase();
    // A second version written as stores before issue 13 hold it: the snapshot as JSON text.
    sqlite
      .prepare(
        "INSERT INTO agreements (id, case_id, version, date, snapshot, signed_at, recorded_by, created_at) VALUES ('old', ?, 2, '2026-11-21', ?, NULL, 'Test Beraterin', '2026-11-21T09:00:00.000Z')",
      )
      .run(caseId, JSON.stringify(agreement.snapshot));
    expect(services.agreements.get('old').snapshot).toEqual(agreement.snapshot);
    expect(services.agreements.list(caseId).map((a) => [a.version, a.goalCount, a.superseded])).toEqual([
      [2, 2, false],
      [1, 2, true],
    ]);
    const pdf = await services.agreements.pdf({ agreementId: 'old' });
    expect(pdf.bytes.length).toBeGreaterThan(1000);
  });

  it('leaves the store as JSON text: the Auskunft and the handover package get the snapshot as before', async () => {
    const { sqlite, caseId, personId, agreement } = await agreedCase();
    const carried = selectPersonRecords(sqlite, personId, [caseId]).find((r) => r.table === 'agreements');
    expect(carried?.rows.map((r) => r.snapshot)).toEqual([JSON.stringify(agreement.snapshot)]);
    const document = buildInformation(sqlite, { personId, caseIds: [caseId] }, { now: new Date('2026-11-21T10:00:00'), createdBy: 'Test', retentionYears: 3 });
    expect(JSON.stringify(document)).toContain(JSON.stringify(agreement.snapshot.goals));
  });

  it('keeps the snapshot fixed: the stored bytes cannot be changed (migration 0003 trigger)', async () => {
    const { sqlite, agreement } = await agreedCase();
    expect(() => sqlite.prepare('UPDATE agreements SET snapshot = \'{"goals":[]}\' WHERE id = ?').run(agreement.id)).toThrow(/fixed/);
  });
});
