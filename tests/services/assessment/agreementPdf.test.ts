import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { recentAudit } from '../../../db/queries/audit';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { insertCase, insertPartner, storeAt } from './fixtures';

async function textOf(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

/** Text as compared: invisible format characters removed, NFC (see tests/services/pdf/readBack.ts). */
const normalised = (text: string) => text.replace(/\p{Cf}/gu, '').normalize('NFC');

async function agreementFor(names: NonNullable<Parameters<typeof insertCase>[1]>['names'], goalTitle = 'Eine eigene Wohnung finden') {
  const services = await storeAt('2026-11-21T10:00:00');
  const { caseId, caseNumber } = insertCase(services, { phase: 'zielvereinbarung', names });
  const partnerId = insertPartner(services, 'Jobcenter Kreis Warendorf');
  services.goals.create({
    caseId,
    lifeAreaId: 'wohnen',
    title: goalTitle,
    steps: [
      { description: 'Wohnberechtigungsschein beim Amt beantragen', responsible: 'klient', dueDate: '2026-12-15' },
      { description: 'Besichtigung mit der Wohnungsgesellschaft vereinbaren', responsible: 'case_management' },
    ],
  });
  services.goals.create({
    caseId,
    lifeAreaId: 'arbeit',
    title: 'Eine Arbeit in der Pflege finden',
    steps: [{ description: 'Beratung zur Anerkennung des Berufsabschlusses', responsible: 'partner', partnerId, dueDate: '2027-02-01' }],
  });
  const agreement = services.agreements.create({ caseId, date: '2026-11-20' });
  return { services, caseId, caseNumber, agreement };
}

describe('agreement PDF', () => {
  it('holds in plain German the title, case, client, date and version, every goal with its steps, who and by when, and the signature lines', async () => {
    const { services, caseNumber, agreement } = await agreementFor([{ givenNames: 'Amina', familyName: 'Haddad', primary: true }]);
    const { fileName, pdf } = await services.agreements.pdf(agreement.id);
    expect(fileName).toBe(`Zielvereinbarung_${caseNumber}_Fassung-1_zum-Unterschreiben.pdf`);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const { text } = await textOf(pdf);
    for (const expected of [
      'Zielvereinbarung',
      `Fallnummer: ${caseNumber}`,
      'Für: Haddad, Amina',
      'Datum: 20.11.2026',
      'Fassung 1',
      'Fassung zum Unterschreiben',
      'Das haben wir gemeinsam vereinbart.',
      'Wir sprechen regelmäßig über Ihre Ziele.',
      'Ziel 1: Eine eigene Wohnung finden',
      'Lebensbereich: Wohnen',
      'Wohnberechtigungsschein beim Amt beantragen',
      'Wer? Sie',
      'Bis wann? 15.12.2026',
      'Besichtigung mit der Wohnungsgesellschaft vereinbaren',
      'Wer? Case Management',
      'Bis wann? kein festes Datum',
      'Ziel 2: Eine Arbeit in der Pflege finden',
      'Lebensbereich: Ausbildung/Arbeit',
      'Beratung zur Anerkennung des Berufsabschlusses',
      'Wer? Jobcenter Kreis Warendorf',
      'Bis wann? 01.02.2027',
      'Unterschriften',
      'Ort, Datum',
      'Unterschrift Klient:in',
      'Unterschrift Case Management',
      'Test Beraterin',
      'Seite 1 von 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(fileName).not.toContain('Haddad');
    expect(text).not.toContain('Unterschrieben am');
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'agreement.printed', entity: 'agreement', entityId: agreement.id });
  });

  it('prints for signing first (empty date and signature lines), then, once signed, the recorded day without lines to sign', async () => {
    const { services, caseNumber, agreement } = await agreementFor([{ givenNames: 'Amina', familyName: 'Haddad', primary: true }]);
    const toSign = await textOf((await services.agreements.pdf(agreement.id)).pdf);
    expect(toSign.text).toContain('Fassung zum Unterschreiben');
    expect(toSign.text).toContain('Ort, Datum');
    expect(toSign.text).toContain('Unterschrift Klient:in');
    expect(toSign.text).not.toContain('Unterschrieben am');

    services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21' });
    const signed = await services.agreements.pdf(agreement.id);
    expect(signed.fileName).toBe(`Zielvereinbarung_${caseNumber}_Fassung-1_unterschrieben.pdf`);
    const { text } = await textOf(signed.pdf);
    expect(text).toContain('Unterschriebene Fassung');
    expect(text).toContain('Unterschrieben am 21.11.2026.');
    expect(text).toContain('Unterschrieben von: Haddad, Amina (Klient:in) und Test Beraterin (Case Management).');
    // No empty lines under a signature that was already given.
    expect(text).not.toContain('Ort, Datum');
    expect(text).not.toContain('Unterschrift Klient:in');
    expect(text).not.toContain('zum Unterschreiben');
  });

  it('marks a version that was never signed and has been replaced, without lines to sign', async () => {
    const { services, caseId, agreement } = await agreementFor([{ givenNames: 'Amina', familyName: 'Haddad', primary: true }]);
    services.agreements.create({ caseId, date: '2026-11-21' });
    const old = await services.agreements.pdf(agreement.id);
    expect(old.fileName).toMatch(/_Fassung-1_nicht-unterschrieben\.pdf$/);
    const { text } = await textOf(old.pdf);
    expect(text).toContain('Nicht unterschrieben: Es gibt eine neuere Fassung.');
    expect(text).not.toContain('Unterschrift Klient:in');
  });

  it('prints the name in every spelling the person has, primary first, in any script', async () => {
    const withLatin = await agreementFor([
      { givenNames: 'أمينة', familyName: 'حداد', primary: true },
      { givenNames: 'Amina', familyName: 'Haddad' },
    ]);
    const both = await textOf((await withLatin.services.agreements.pdf(withLatin.agreement.id)).pdf);
    const arabic = normalised(both.text);
    expect(arabic).toContain('حداد, أمينة');
    expect(arabic).toContain('Haddad, Amina');
    expect(arabic.indexOf('حداد, أمينة')).toBeLessThan(arabic.indexOf('Haddad, Amina'));

    const onlyCyrillic = await agreementFor([{ givenNames: 'Олена', familyName: 'Шевченко', primary: true }]);
    const cyrillic = await textOf((await onlyCyrillic.services.agreements.pdf(onlyCyrillic.agreement.id)).pdf);
    expect(cyrillic.text).toContain('Für: Шевченко, Олена');
    expect(cyrillic.text).not.toContain('____');
    expect(cyrillic.text).toContain('Ziel 1: Eine eigene Wohnung finden');
  });

  it('prints every accent and script exactly, and refuses a character no font has instead of printing a box', async () => {
    const { services, agreement } = await agreementFor([{ givenNames: 'Ayşe', familyName: 'Łukasik-Öztürk', primary: true }], 'Wohnung in Köln – „bald“ (سكن)');
    const { text } = await textOf((await services.agreements.pdf(agreement.id)).pdf);
    expect(text).toContain('Für: Łukasik-Öztürk, Ayşe');
    expect(normalised(text)).toContain('Ziel 1: Wohnung in Köln – „bald“ (سكن)');

    const emoji = await agreementFor([{ givenNames: 'Amina', familyName: 'Haddad', primary: true }], 'Wohnung 🏠');
    await expect(emoji.services.agreements.pdf(emoji.agreement.id)).rejects.toMatchObject({ name: 'UnprintableTextError', characters: ['🏠'] });
  });

  it('comes through the contract as a file with its name', async () => {
    const { services, agreement } = await agreementFor([{ givenNames: 'Amina', familyName: 'Haddad', primary: true }]);
    const result = await dispatch(createHandlers(services), 'agreement.pdf', { agreementId: agreement.id });
    expect(result).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^Zielvereinbarung_.*\.pdf$/), pdf: expect.any(Uint8Array) } });
  });
});
