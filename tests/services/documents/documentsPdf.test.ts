/**
 * The papers through the contract (documents.caseFile, documents.consultationSummary,
 * documents.today, documents.referralSheet): a PDF each, file names without personal data, the names readable from the
 * PDF in every script, each file recorded in the audit log, and the contract's refusals.
 */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { DocumentFile } from '../../../electron/contract/areas/documents';
import { cycleStore } from './caseCycleFixture';

/** The PDF's metadata (Info dictionary and XMP) as text: where no personal data may stand. */
async function metadataOf(bytes: Uint8Array): Promise<string> {
  const { info, metadata } = await getMeta(new Uint8Array(bytes));
  return JSON.stringify({ info, xmp: metadata?.getRaw() ?? null });
}

async function pdfTextOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

describe('documents.* as PDF', () => {
  it('makes the case file, the consultation summary and the Heute list, audited, no name in a file name', async () => {
    const s = await cycleStore();
    const handlers = createHandlers(s);
    const { db } = s.store.session();
    const before = recentAudit(db, 1)[0]!.id;

    const caseFile = await dispatch(handlers, 'documents.caseFile', { caseId: s.caseId });
    if (!caseFile.ok) throw new Error(JSON.stringify(caseFile.error));
    const file = caseFile.value as DocumentFile;
    expect(file.fileName).toBe(`Verlauf_${s.caseNumber}_2026-11-23.pdf`);
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfTextOf(file.bytes);
    for (const name of ['Yıldız, Selin', 'Yildiz, Selin', 'سيلين', 'يلدز', 'Verlauf des Falls', 'Erster Kontakt']) expect(text).toContain(name);
    const meta = await metadataOf(file.bytes);
    expect(meta).toContain('Verlauf des Falls');
    for (const personal of ['Yıldız', 'Yildiz', 'Selin', 'سيلين']) expect(meta).not.toContain(personal);

    const location = s.locations.create({ name: 'GU Talstraße', kind: 'gu', municipality: 'Warendorf' });
    const session = s.consultation.sessions.start({ locationId: location.id });
    s.consultation.sessions.logContact({ sessionId: session.id, personId: s.personId, caseId: null, durationMinutes: 10, topics: [], interpreterUsed: false });
    const summary = await dispatch(handlers, 'documents.consultationSummary', { sessionId: session.id });
    if (!summary.ok) throw new Error(JSON.stringify(summary.error));
    expect((summary.value as DocumentFile).fileName).toBe('Sprechstunde_2026-11-23_1000.pdf');
    expect(await pdfTextOf((summary.value as DocumentFile).bytes)).toContain('Yıldız, Selin');

    const today = await dispatch(handlers, 'documents.today', { date: '2026-11-23' });
    if (!today.ok) throw new Error(JSON.stringify(today.error));
    expect((today.value as DocumentFile).fileName).toBe('Heute_2026-11-23.pdf');
    expect(await pdfTextOf((today.value as DocumentFile).bytes)).toContain('Heute-Liste vom 23.11.2026');

    const written = recentAudit(db, 20).filter((e) => e.id > before && e.action.endsWith('printed'));
    expect(written.map((e) => [e.action, e.entity, e.entityId]).reverse()).toEqual([
      ['case.file_printed', 'case', s.caseId],
      ['consultation_session.summary_printed', 'consultation_session', session.id],
      ['today.printed', 'store', null],
    ]);
  }, 60_000);

  it('makes the referral sheet only under a valid release, audited on the person', async () => {
    const s = await cycleStore();
    const handlers = createHandlers(s);
    const { db } = s.store.session();
    const before = recentAudit(db, 1)[0]!.id;

    const sheet = await dispatch(handlers, 'documents.referralSheet', { referralId: s.referralId });
    if (!sheet.ok) throw new Error(JSON.stringify(sheet.error));
    const file = sheet.value as DocumentFile;
    expect(file.fileName).toBe(`Uebergabebogen_${s.caseNumber}_2026-11-23.pdf`);
    const text = await pdfTextOf(file.bytes);
    for (const expected of ['Übergabebogen', 'Jobcenter Kreis Warendorf', 'Yıldız, Selin', 'سيلين', 'Geschlecht und Staatsangehörigkeit'])
      expect(text).toContain(expected);
    expect(await metadataOf(file.bytes)).not.toMatch(/Yıldız|Selin|سيلين/);
    // The release covers neither goals nor contact data: the goal's step and the phone stay out.
    expect(text).not.toContain('Wohnberechtigungsschein');
    expect(
      recentAudit(db, 5)
        .filter((e) => e.id > before)
        .map((e) => [e.action, e.entity, e.entityId]),
    ).toEqual([['referral_sheet.printed', 'person', s.personId]]);

    const youthOffice = s.partners.create({ organisation: 'Jugendamt Warendorf', legalArea: 'sgb8' });
    expect(await dispatch(handlers, 'documents.referralSheet', { personId: s.personId, partnerId: youthOffice.id })).toMatchObject({
      ok: false,
      error: { code: 'RELEASE_REQUIRED' },
    });
    expect(await dispatch(handlers, 'documents.referralSheet', { personId: s.personId, partnerId: s.jobcenterId, date: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'RELEASE_REQUIRED' },
    });
  }, 60_000);

  it('refuses what does not exist, and everything while locked', async () => {
    const s = await cycleStore();
    const handlers = createHandlers(s);
    expect(await dispatch(handlers, 'documents.caseFile', { caseId: 'kein-fall' })).toMatchObject({ ok: false, error: { code: 'CASE_NOT_FOUND' } });
    expect(await dispatch(handlers, 'documents.consultationSummary', { sessionId: 'keine' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_FOUND' },
    });
    expect(await dispatch(handlers, 'documents.today', { date: '23.11.2026' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    s.store.lock('manual');
    for (const [name, input] of [
      ['documents.caseFile', { caseId: s.caseId }],
      ['documents.consultationSummary', { sessionId: 'x' }],
      ['documents.today', {}],
      ['documents.referralSheet', { referralId: 'x' }],
    ] as const) {
      expect(await dispatch(handlers, name, input)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
  });
});
