/**
 * Every document, for persons whose names are in Arabic, Persian, Cyrillic, Turkish, Georgian and
 * mixed scripts (issue 14): each paper the app prints about a person, made through the contract
 * as the screens make it, reads back with every spelling of the name in logical order, embeds all
 * its fonts (none of the standard 14), uses no missing glyph (glyph 0) and is PDF/A-2b.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../../../electron/contract/areas/documents';
import type { DocumentLanguage } from '../../../electron/contract/areas/documentTexts';
import { personName } from '../../../electron/contract/labels';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore } from '../../fixtures/tempStore';
import { expectArchivable, normalise, readText } from '../pdf/readBack';

interface Client {
  script: string;
  language: DocumentLanguage;
  /** Spellings as recorded, primary first. */
  names: { familyName: string; givenNames: string }[];
}

const CLIENTS: Client[] = [
  { script: 'Arabic', language: 'ar', names: [{ familyName: 'عبد الله', givenNames: 'محمد' }] },
  { script: 'Persian', language: 'fa', names: [{ familyName: 'احمدی', givenNames: 'سارا' }] },
  { script: 'Cyrillic', language: 'uk', names: [{ familyName: 'Ґалій', givenNames: 'Олександр' }] },
  { script: 'Turkish', language: 'tr', names: [{ familyName: 'Yıldız', givenNames: 'Selin' }] },
  { script: 'Georgian', language: 'en', names: [{ familyName: 'ბერიძე', givenNames: 'ნინო' }] },
  {
    script: 'mixed (Arabic and Latin spellings)',
    language: 'ar',
    names: [
      { familyName: 'حداد', givenNames: 'أمينة' },
      { familyName: 'Haddad', givenNames: 'Amina' },
    ],
  },
];

const NOW = new Date('2026-11-23T10:00:00');

async function storeWithClients() {
  const s = await createdStore({ now: () => NOW });
  const handlers = createHandlers(s);
  const partner = s.partners.create({ organisation: 'Jobcenter Kreis Warendorf', legalArea: 'sgb2' });
  const location = s.locations.create({ name: 'GU Talstraße', kind: 'gu', municipality: 'Warendorf' });
  const session = s.consultation.sessions.start({ locationId: location.id });
  const clients = CLIENTS.map((client) => {
    const person = s.persons.create({
      names: client.names.map((name, i) => ({ ...name, primary: i === 0 })),
      gender: 'weiblich',
      nationalities: [],
      languages: [client.language],
      interpreterNeeded: false,
    });
    const { caseId } = s.intakes.record({
      personId: person.id,
      date: '2026-11-02',
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-11-02', form: 'schriftlich' },
    });
    if (!caseId) throw new Error('no case');
    // A step past its day puts the person on Heute.
    s.goals.create({
      caseId,
      lifeAreaId: 'wohnen',
      title: 'Eine eigene Wohnung finden',
      steps: [{ description: 'Wohnberechtigungsschein beantragen', responsible: 'klient', dueDate: '2026-11-20' }],
    });
    const agreement = s.agreements.create({ caseId, date: '2026-11-23' });
    s.releases.create({
      personId: person.id,
      partnerId: partner.id,
      givenAt: '2026-11-02',
      scope: 'Arbeit',
      dataKinds: ['anlass', 'kontakt'],
      form: 'schriftlich',
    });
    s.consultation.sessions.logContact({ sessionId: session.id, personId: person.id, caseId, durationMinutes: 10, topics: [], interpreterUsed: false });
    return { ...client, personId: person.id, caseId, agreementId: agreement.id };
  });
  const paper = async (method: string, input: unknown): Promise<Uint8Array> => {
    const result = await dispatch(handlers, method as never, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return (result.value as DocumentFile).bytes;
  };
  return { s, clients, partnerId: partner.id, sessionId: session.id, paper };
}

/** Every spelling reads back, in the order recorded (the primary first), from an archivable PDF. */
async function expectNames(pdf: Uint8Array, names: Client['names'], what: string) {
  expectArchivable(pdf, expect);
  const { text } = await readText(pdf);
  const positions = names.map((name) => text.indexOf(normalise(personName(name))));
  for (const [i, position] of positions.entries()) expect(position, `${what}: ${personName(names[i])}`).toBeGreaterThanOrEqual(0);
  expect(positions, what).toEqual([...positions].sort((a, b) => a - b));
}

describe('every document prints every script', () => {
  it('the papers about one person: Zielvereinbarung, case file, Übergabebogen, Einwilligung, Schweigepflichtentbindung, Terminzettel', async () => {
    const { clients, partnerId, paper } = await storeWithClients();
    for (const client of clients) {
      const { personId, caseId, agreementId, language, names, script } = client;
      await expectNames(await paper('agreement.pdf', { agreementId, language }), names, `Zielvereinbarung, ${script}`);
      await expectNames(await paper('documents.caseFile', { caseId }), names, `Verlauf, ${script}`);
      await expectNames(await paper('documents.referralSheet', { personId, partnerId }), names, `Übergabebogen, ${script}`);
      await expectNames(await paper('clientDocuments.consent', { personId, language }), names, `Einwilligung, ${script}`);
      await expectNames(await paper('clientDocuments.release', { personId, partnerId, language }), names, `Schweigepflichtentbindung, ${script}`);
      const slip = await paper('clientDocuments.appointment', { personId, language, date: '2026-12-01', time: '10:30', phone: '02581 54-0' });
      await expectNames(slip, names, `Terminzettel, ${script}`);
    }
  }, 120_000);

  it('the papers about many: the Sprechstunde and Heute list every person by the primary name', async () => {
    const { clients, sessionId, paper } = await storeWithClients();
    for (const [what, pdf] of [
      ['Sprechstunde', await paper('documents.consultationSummary', { sessionId })],
      ['Heute', await paper('documents.today', { date: '2026-11-23' })],
    ] as const) {
      expectArchivable(pdf, expect);
      const { text } = await readText(pdf);
      for (const client of clients) expect(text, `${what}: ${client.script}`).toContain(normalise(personName(client.names[0])));
    }
  }, 60_000);
});
