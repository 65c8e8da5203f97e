/**
 * agreement.pdf: the Zielvereinbarung built from the store and printed by the one renderer, read
 * back from the PDF: German only ('de', the default) as before, bilingual in the client's
 * language with the case manager's translations, names in every spelling and script; a version
 * to sign is recorded as a printout (its code in the footer, the file's hash), a signed or
 * replaced copy is not; a character no font has is the typed TEXT_UNPRINTABLE.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import type { DocumentLanguage } from '../../../electron/contract/areas/documentTexts';
import { personName } from '../../../electron/contract/labels';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { DOCUMENT_TEXT_CATALOGUE } from '../../../electron/services/documents/texts';
import { expectArchivable, normalise, readText } from '../pdf/readBack';
import { closeCase, codeOf, insertCase, insertPartner, storeAt } from './fixtures';

type Names = NonNullable<Parameters<typeof insertCase>[1]>['names'];

async function agreementFor(names: Names, goal: { title?: string; titleTranslation?: string | null; stepTranslation?: string | null } = {}) {
  const services = await storeAt('2026-11-21T10:00:00');
  const { caseId, caseNumber, personId } = insertCase(services, { phase: 'zielvereinbarung', names });
  const partnerId = insertPartner(services, 'Jobcenter Kreis Warendorf');
  services.goals.create({
    caseId,
    lifeAreaId: 'wohnen',
    title: goal.title ?? 'Eine eigene Wohnung finden',
    titleTranslation: goal.titleTranslation ?? null,
    steps: [
      {
        description: 'Wohnberechtigungsschein beim Amt beantragen',
        descriptionTranslation: goal.stepTranslation ?? null,
        responsible: 'klient',
        dueDate: '2026-12-15',
      },
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
  const print = (language?: DocumentLanguage) => services.agreements.pdf({ agreementId: agreement.id, ...(language ? { language } : {}) });
  const printouts = () => services.printouts.list({ personId });
  return { services, caseId, caseNumber, personId, agreement, print, printouts };
}

const AMINA: Names = [{ givenNames: 'Amina', familyName: 'Haddad', primary: true }];

describe('agreement.pdf in German', () => {
  it('holds the title, case, client, date and version, every goal with its steps, who and by when, and the signature lines', async () => {
    const { services, caseNumber, agreement, print } = await agreementFor(AMINA);
    const { fileName, bytes } = await print();
    expect(fileName).toBe(`Zielvereinbarung_${caseNumber}_Fassung-1_zum-Unterschreiben_de.pdf`);
    expectArchivable(bytes, expect);
    const { text } = await readText(bytes);
    for (const expected of [
      'Zielvereinbarung',
      `Fallnummer ${caseNumber}`,
      'Für Haddad, Amina',
      'Datum 20.11.2026',
      'Fassung 1',
      'Fassung zum Unterschreiben',
      'Das haben wir gemeinsam vereinbart.',
      'Wir sprechen regelmäßig über Ihre Ziele.',
      'Ziel 1: Eine eigene Wohnung finden',
      'Lebensbereich: Wohnen',
      'Wohnberechtigungsschein beim Amt beantragen',
      'Wer? Sie · Bis wann? 15.12.2026',
      'Besichtigung mit der Wohnungsgesellschaft vereinbaren',
      'Wer? Case Management · Bis wann? kein festes Datum',
      'Ziel 2: Eine Arbeit in der Pflege finden',
      'Lebensbereich: Ausbildung/Arbeit',
      'Beratung zur Anerkennung des Berufsabschlusses',
      'Wer? Jobcenter Kreis Warendorf · Bis wann? 01.02.2027',
      'Unterschriften',
      'Ort, Datum',
      'Unterschrift Klient:in',
      'Unterschrift Case Management',
      'Test Beraterin',
    ]) {
      expect(text).toContain(expected);
    }
    expect(fileName).not.toContain('Haddad');
    expect(text).not.toContain('Unterschrieben am');
    expect(recentAudit(services.store.session().db, 1)[0]).toMatchObject({ action: 'agreement.printed', entity: 'agreement', entityId: agreement.id });
  });

  it('records a version to sign as a printout: its code in the footer, the hash of the file handed out', async () => {
    const { caseNumber, agreement, print, printouts } = await agreementFor(AMINA);
    const { bytes } = await print();
    const [printout, ...more] = printouts();
    expect(more).toEqual([]);
    expect(printout).toMatchObject({ document: 'zielvereinbarung', agreementId: agreement.id, language: 'de' });
    const { text } = await readText(bytes);
    expect(text).toContain(`Fall ${caseNumber} · Ausdruck ${printout?.code} · Seite 1 von`);
    // Each print is a printout of its own, with its own code.
    const again = await print('uk');
    expect(printouts()).toHaveLength(2);
    expect(printouts()[0]).toMatchObject({ language: 'uk' });
    expect(printouts()[0]?.code).not.toBe(printout?.code);
    expect((await readText(again.bytes)).text).toContain(`Ausdruck ${printouts()[0]?.code}`);
    expect(createHash('sha256').update(again.bytes).digest('hex')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints for signing first (empty lines), then, once signed, the recorded day without lines and without a new printout', async () => {
    const { services, caseNumber, agreement, print, printouts } = await agreementFor(AMINA);
    const toSign = await readText((await print()).bytes);
    expect(toSign.text).toContain('Ort, Datum');
    const [printout] = printouts();

    services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21', printoutId: printout?.id });
    const signed = await print();
    expect(signed.fileName).toBe(`Zielvereinbarung_${caseNumber}_Fassung-1_unterschrieben_de.pdf`);
    const { text } = await readText(signed.bytes);
    expect(text).toContain('Unterschriebene Fassung');
    expect(text).toContain('Unterschrieben am 21.11.2026.');
    expect(text).toContain('Unterschrift Klient:in Haddad, Amina');
    expect(text).toContain('Unterschrift Case Management Test Beraterin');
    expect(text).toContain('Die unterschriebene Fassung auf Papier ist das Original.');
    expect(text).not.toContain('Ort, Datum');
    expect(text).not.toContain('zum Unterschreiben');
    expect(text).not.toContain('Ausdruck');
    expect(printouts()).toHaveLength(1);
  });

  it('records no printout for a closed case: its version can no longer be signed, the copy only reads', async () => {
    const { services, caseId, print, printouts } = await agreementFor(AMINA);
    closeCase(services, caseId);
    const { text } = await readText((await print()).bytes);
    expect(text).toContain('Ziel 1: Eine eigene Wohnung finden');
    expect(text).not.toContain('Ausdruck');
    expect(printouts()).toEqual([]);
  });

  it('marks a version that was never signed and has been replaced, without lines and without a printout', async () => {
    const { services, caseId, agreement, printouts } = await agreementFor(AMINA);
    services.agreements.create({ caseId, date: '2026-11-21' });
    const old = await services.agreements.pdf({ agreementId: agreement.id });
    expect(old.fileName).toMatch(/_Fassung-1_nicht-unterschrieben_de\.pdf$/);
    const { text } = await readText(old.bytes);
    expect(text).toContain('Nicht unterschrieben: Es gibt eine neuere Fassung.');
    expect(text).not.toContain('Unterschrift Klient:in');
    expect(printouts()).toEqual([]);
  });
});

describe('agreement.pdf in the client language', () => {
  it('Arabic: the catalogue texts on both sides, the goal and step translations read back in logical order', async () => {
    const goal = 'أن أجد شقة خاصة بي';
    const step = 'تقديم طلب شهادة السكن في المكتب';
    const { caseNumber, print } = await agreementFor(
      [
        { givenNames: 'أمينة', familyName: 'حداد', primary: true },
        { givenNames: 'Amina', familyName: 'Haddad' },
      ],
      { titleTranslation: goal, stepTranslation: step },
    );
    const { fileName, bytes } = await print('ar');
    expect(fileName).toBe(`Zielvereinbarung_${caseNumber}_Fassung-1_zum-Unterschreiben_ar.pdf`);
    expectArchivable(bytes, expect);
    const { text } = await readText(bytes);
    const ar = DOCUMENT_TEXT_CATALOGUE.ar.texts;
    const leicht = DOCUMENT_TEXT_CATALOGUE['de-x-leicht'].texts;
    for (const expected of [
      leicht.agreement.title,
      ar.agreement.title,
      ar.agreement.intro1,
      ar.agreement.signatures,
      ar.common.translationNotReviewed,
      'Ziel 1: Eine eigene Wohnung finden',
      goal,
      step,
      'Wohnberechtigungsschein beim Amt beantragen',
      // As the app writes a name (an Arabic one with the Arabic comma).
      personName({ familyName: 'حداد', givenNames: 'أمينة' }),
      'Haddad, Amina',
    ]) {
      expect(text).toContain(normalise(expected));
    }
    // German first, then its translation; the primary spelling before the other one.
    expect(text.indexOf('Ziel 1: Eine eigene Wohnung finden')).toBeLessThan(text.indexOf(normalise(goal)));
    expect(text.indexOf('Wohnberechtigungsschein beim Amt beantragen')).toBeLessThan(text.indexOf(normalise(step)));
    expect(text.indexOf(normalise(personName({ familyName: 'حداد', givenNames: 'أمينة' })))).toBeLessThan(text.indexOf('Haddad, Amina'));
  });

  it('Ukrainian and Turkish: the catalogue texts and the translations; the standard German texts are not used', async () => {
    for (const [language, names, goal] of [
      ['uk', [{ givenNames: 'Олена', familyName: 'Коваленко', primary: true }], 'Знайти власну квартиру'],
      ['tr', [{ givenNames: 'Selin Gül', familyName: 'Yıldız', primary: true }], 'Kendi evimi bulmak'],
    ] as const) {
      const { print } = await agreementFor(
        names.map((n) => ({ ...n })),
        { titleTranslation: goal },
      );
      const { text } = await readText((await print(language)).bytes);
      const texts = DOCUMENT_TEXT_CATALOGUE[language].texts;
      expect(text).toContain(normalise(texts.agreement.title));
      expect(text).toContain(normalise(texts.agreement.signatureSentence));
      expect(text).toContain(normalise(goal));
      expect(text).toContain(normalise(`${names[0].familyName}, ${names[0].givenNames}`));
      expect(text).toContain(DOCUMENT_TEXT_CATALOGUE['de-x-leicht'].texts.agreement.title);
      expect(text).not.toContain(DOCUMENT_TEXT_CATALOGUE.de.texts.agreement.intro1);
    }
  });

  it('German only leaves the translations out', async () => {
    const { print } = await agreementFor(AMINA, { titleTranslation: 'أن أجد شقة خاصة بي' });
    const { text } = await readText((await print('de')).bytes);
    expect(text).not.toContain(normalise('أن أجد شقة خاصة بي'));
  });
});

describe('agreement.pdf: names and characters', () => {
  it('prints the name in every spelling the person has, primary first, in any script', async () => {
    const onlyCyrillic = await agreementFor([{ givenNames: 'Олена', familyName: 'Шевченко', primary: true }]);
    const { text } = await readText((await onlyCyrillic.print()).bytes);
    expect(text).toContain('Für Шевченко, Олена');
    expect(text).not.toContain('____');
  });

  it('prints every accent and script exactly, and refuses a character no font has (TEXT_UNPRINTABLE), recording no printout', async () => {
    const { print } = await agreementFor([{ givenNames: 'Ayşe', familyName: 'Łukasik-Öztürk', primary: true }], { title: 'Wohnung in Köln – „bald“ (سكن)' });
    const { text } = await readText((await print()).bytes);
    expect(text).toContain('Für Łukasik-Öztürk, Ayşe');
    expect(text).toContain(normalise('Ziel 1: Wohnung in Köln – „bald“ (سكن)'));

    const emoji = await agreementFor(AMINA, { titleTranslation: 'Wohnung 🏠' });
    expect(await codeOf(() => emoji.print('ar'))).toBe('TEXT_UNPRINTABLE');
    expect(emoji.printouts()).toEqual([]);
  });

  it('comes through the contract as a file with its name, in the language asked for', async () => {
    const { services, agreement } = await agreementFor(AMINA);
    const result = await dispatch(createHandlers(services), 'agreement.pdf', { agreementId: agreement.id, language: 'fa' });
    expect(result).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^Zielvereinbarung_.*_fa\.pdf$/), bytes: expect.any(Uint8Array) } });
    const refused = await dispatch(createHandlers(services), 'agreement.pdf', { agreementId: agreement.id, language: 'xx' });
    expect(refused).toMatchObject({ ok: false });
  });
});
