/**
 * Print, then sign: every paper printed to be signed is recorded with a short code (printed in its
 * footer), the file's SHA-256, the language, when and by whom; recording the signature afterwards
 * names the printout signed (agreements, releases, consents at the intake) and is refused with a printout of another paper.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../../db/queries/audit';
import { insertPrintout } from '../../../db/queries/printouts';
import type { ServiceContext } from '../../../electron/services/context';
import { newPrintoutCode, PRINTOUT_CODE_ALPHABET, printForSigning } from '../../../electron/services/documents/printouts';
import { codeOf, insertCase, insertPartner, storeAt } from '../assessment/fixtures';
import { packagePath, receiver } from '../handover/helpers';
import { readText } from '../pdf/readBack';
import { buildInformation } from '../../../electron/services/information/document';
import { renderInformationPdf } from '../../../electron/services/information/informationPdf';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (text: string) => new TextEncoder().encode(text);

async function store(at = '2026-11-21T10:00:00') {
  const services = await storeAt(at);
  let now = new Date(at);
  const ctx: ServiceContext = { store: services.store, now: () => now };
  const setNow = (next: string) => {
    now = new Date(next);
    services.setNow(next);
  };
  return { services, ctx, setNow };
}

/** A case with one goal and an agreement version ready to be signed. */
function agreementFor(services: Awaited<ReturnType<typeof store>>['services'], date = '2026-11-21') {
  const { caseId, personId } = insertCase(services, { phase: 'zielvereinbarung' });
  services.goals.create({ caseId, lifeAreaId: 'wohnen', title: 'Eine eigene Wohnung finden' });
  const agreement = services.agreements.create({ caseId, date });
  return { caseId, personId, agreement };
}

/** Prints a paper through printForSigning with a stand-in renderer; returns the printout recorded. */
async function printed(
  s: Awaited<ReturnType<typeof store>>,
  subject: Parameters<typeof printForSigning>[1],
): Promise<{ id: string; code: string; bytes: Uint8Array }> {
  const bytes = await printForSigning(s.ctx, subject, async (code) => bytesOf(`PDF ${subject.document} · Ausdruck ${code}`));
  const [latest] = s.services.printouts.list({ personId: subject.personId });
  if (!latest) throw new Error('not recorded');
  return { id: latest.id, code: latest.code, bytes };
}

describe('printForSigning', () => {
  it('records document, person, agreement, language, when and by whom, the SHA-256 of the very bytes returned, and an audit entry', async () => {
    const s = await store();
    const { personId, agreement } = agreementFor(s.services);
    let rendered = '';
    const bytes = await printForSigning(s.ctx, { document: 'zielvereinbarung', personId, agreementId: agreement.id, language: 'ar' }, async (code) => {
      rendered = code;
      return bytesOf(`Zielvereinbarung · Ausdruck ${code}`);
    });
    expect(new TextDecoder().decode(bytes)).toBe(`Zielvereinbarung · Ausdruck ${rendered}`);
    const list = s.services.printouts.list({ personId });
    expect(list).toEqual([
      {
        id: expect.any(String),
        code: rendered,
        document: 'zielvereinbarung',
        documentLabel: 'Zielvereinbarung',
        language: 'ar',
        languageName: 'Arabisch',
        printedAt: new Date('2026-11-21T10:00:00').toISOString(),
        printedBy: 'Test Beraterin',
        agreementId: agreement.id,
        partnerId: null,
        signedAgreementId: null,
        releaseId: null,
        consentId: null,
      },
    ]);
    const row = s.services.store.session().sqlite.prepare('SELECT file_sha256 FROM printouts WHERE id = ?').get(list[0]!.id) as { file_sha256: string };
    expect(row.file_sha256).toBe(sha256(bytes));
    expect(recentAudit(s.services.store.session().db, 1)[0]).toMatchObject({ action: 'printout.recorded', entity: 'printout', entityId: list[0]!.id });
  });

  it('makes short codes of the unambiguous alphabet (no I, L, O, U), a new one for every print', async () => {
    expect(PRINTOUT_CODE_ALPHABET).toHaveLength(32);
    expect(PRINTOUT_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    const codes = Array.from({ length: 2000 }, newPrintoutCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    // Every sign of the alphabet is used (crypto random over all of it, not a part).
    expect(new Set(codes.join('')).size).toBe(32);

    const s = await store();
    const { personId } = insertCase(s.services);
    for (let i = 0; i < 5; i++) await printed(s, { document: 'einwilligung', personId, language: 'tr' });
    const recorded = s.services.printouts.list({ personId }).map((p) => p.code);
    expect(new Set(recorded).size).toBe(5);
  });

  it('renders again with a new code when the code was taken between choosing and recording: the paper carries the code recorded', async () => {
    const s = await store();
    const { personId } = insertCase(s.services);
    const codes: string[] = [];
    const bytes = await printForSigning(s.ctx, { document: 'einwilligung', personId, language: 'de' }, async (code) => {
      codes.push(code);
      if (codes.length === 1)
        // Another print records the same code meanwhile.
        insertPrintout(s.services.store.session().db, {
          id: 'other-print',
          code,
          document: 'einwilligung',
          personId,
          language: 'de',
          fileSha256: 'x',
          printedAt: '2026-11-21T09:59:00.000Z',
          printedBy: 'Kollegin',
        });
      return bytesOf(`Ausdruck ${code}`);
    });
    expect(codes).toHaveLength(2);
    expect(codes[1]).not.toBe(codes[0]);
    expect(new TextDecoder().decode(bytes)).toBe(`Ausdruck ${codes[1]}`);
    const mine = s.services.printouts.list({ personId }).find((p) => p.id !== 'other-print');
    expect(mine?.code).toBe(codes[1]);
  });

  it('records nothing when rendering fails', async () => {
    const s = await store();
    const { personId } = insertCase(s.services);
    await expect(
      printForSigning(s.ctx, { document: 'einwilligung', personId, language: 'de' }, async () => {
        throw new Error('kaputt');
      }),
    ).rejects.toThrow('kaputt');
    expect(s.services.printouts.list({ personId })).toEqual([]);
  });
});

describe('the client documents to sign', () => {
  it('Einwilligung and Schweigepflichtentbindung are recorded with the code in every footer and the hash of the file; the Terminzettel is not', async () => {
    const s = await store('2026-11-23T10:00:00');
    const personId = s.services.persons.create({
      names: [{ familyName: 'الحسن', givenNames: 'ليلى', primary: true }],
      gender: 'weiblich',
      nationalities: [],
      languages: ['ar'],
      interpreterNeeded: false,
    }).id;
    const partner = s.services.partners.create({ organisation: 'Jobcenter Kreis Warendorf', legalArea: 'sgb2' });

    const consent = await s.services.clientDocuments.consent({ personId, language: 'ar' });
    const release = await s.services.clientDocuments.release({ personId, partnerId: partner.id, language: 'uk', dataKinds: ['anlass'] });
    await s.services.clientDocuments.appointment({ personId, language: 'ar', date: '2026-12-07', time: '10:30' });

    const list = s.services.printouts.list({ personId });
    expect(list.map((p) => [p.document, p.language, p.partnerId])).toEqual([
      ['schweigepflichtentbindung', 'uk', partner.id],
      ['einwilligung', 'ar', null],
    ]);
    const [releasePrint, consentPrint] = list as [(typeof list)[0], (typeof list)[0]];
    const hashes = s.services.store.session().sqlite.prepare('SELECT id, file_sha256 AS hash FROM printouts').all() as { id: string; hash: string }[];
    const hashOf = (id: string) => hashes.find((h) => h.id === id)?.hash;
    expect(hashOf(consentPrint.id)).toBe(sha256(consent.bytes));
    expect(hashOf(releasePrint.id)).toBe(sha256(release.bytes));

    for (const [file, print] of [
      [consent, consentPrint],
      [release, releasePrint],
    ] as const) {
      const { text, pages } = await readText(file.bytes);
      const footers = text.match(new RegExp(`Ausdruck ${print.code} · Seite \\d+ von ${pages}`, 'g')) ?? [];
      expect(footers, file.fileName).toHaveLength(pages);
    }
    expect(s.services.printouts.list({ personId, document: 'einwilligung' }).map((p) => p.id)).toEqual([consentPrint.id]);
    expect(s.services.printouts.list({ personId, partnerId: partner.id }).map((p) => p.id)).toEqual([releasePrint.id]);
  }, 60_000);

  it('lists only an existing person’s printouts', async () => {
    const s = await store();
    expect(await codeOf(() => s.services.printouts.list({ personId: 'niemand' }))).toBe('PERSON_NOT_FOUND');
  });
});

describe('signing an agreement names the printout signed', () => {
  it('without any printout of the version: signed as before, no printout named (a paper not printed by the app, the demo data)', async () => {
    const s = await store();
    const { agreement } = agreementFor(s.services);
    const signed = s.services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21' });
    expect(signed.signedAt).toBe('2026-11-21');
    expect(signed.signedPrintout).toBeNull();
  });

  it('when the version was printed, a printout must be named, and it must be one of this very version', async () => {
    const s = await store();
    const { personId, agreement, caseId } = agreementFor(s.services, '2026-11-20');
    const other = agreementFor(s.services, '2026-11-20');
    const own = await printed(s, { document: 'zielvereinbarung', personId, agreementId: agreement.id, language: 'ar' });
    const ofOther = await printed(s, { document: 'zielvereinbarung', personId: other.personId, agreementId: other.agreement.id, language: 'ar' });
    const consentPrint = await printed(s, { document: 'einwilligung', personId, language: 'ar' });

    // The agreement screen asks by version (it knows the case, not always the person): only this version's.
    expect(s.services.printouts.list({ agreementId: agreement.id, document: 'zielvereinbarung' }).map((p) => p.id)).toEqual([own.id]);
    const sign = (printoutId?: string) => codeOf(() => s.services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21', printoutId }));
    expect(await sign()).toBe('PRINTOUT_REQUIRED');
    expect(await sign(ofOther.id)).toBe('PRINTOUT_NOT_FOR_THIS_PAPER');
    expect(await sign(consentPrint.id)).toBe('PRINTOUT_NOT_FOR_THIS_PAPER');
    expect(await sign('kein-ausdruck')).toBe('PRINTOUT_NOT_FOUND');
    expect(await codeOf(() => s.services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-20', printoutId: own.id }))).toBe(
      'SIGNED_BEFORE_PRINTED',
    );
    expect(s.services.agreements.get(agreement.id).signedAt).toBeNull();

    const signed = s.services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21', printoutId: own.id });
    const expected = { id: own.id, code: own.code, language: 'ar', languageName: 'Arabisch', printedAt: new Date('2026-11-21T10:00:00').toISOString() };
    expect(signed.signedPrintout).toEqual(expected);
    expect(s.services.agreements.get(agreement.id).signedPrintout).toEqual(expected);
    expect(s.services.agreements.list(caseId)[0]?.signedPrintout).toEqual(expected);
    expect(s.services.printouts.list({ personId, agreementId: agreement.id })[0]?.signedAgreementId).toBe(agreement.id);
  });

  it('a printout of an earlier version does not sign the new one', async () => {
    const s = await store();
    const { personId, agreement, caseId } = agreementFor(s.services);
    const first = await printed(s, { document: 'zielvereinbarung', personId, agreementId: agreement.id, language: 'de' });
    const second = s.services.agreements.create({ caseId, date: '2026-11-21' });
    expect(await codeOf(() => s.services.agreements.sign({ agreementId: second.id, signedAt: '2026-11-21', printoutId: first.id }))).toBe(
      'PRINTOUT_NOT_FOR_THIS_PAPER',
    );
    // The new version was not printed: it can be signed without a printout.
    expect(s.services.agreements.sign({ agreementId: second.id, signedAt: '2026-11-21' }).signedPrintout).toBeNull();
  });
});

describe('recording a release names the printed form signed', () => {
  async function releaseStore() {
    const s = await store();
    const { personId } = insertCase(s.services);
    const other = insertCase(s.services).personId;
    const jobcenter = insertPartner(s.services, 'Jobcenter Kreis Warendorf');
    const jugendamt = insertPartner(s.services, 'Jugendamt Warendorf');
    const create = (input: {
      partnerId?: string;
      personId?: string;
      form?: 'schriftlich' | 'muendlich' | 'elektronisch';
      printoutId?: string;
      givenAt?: string;
    }) =>
      s.services.releases.create({
        personId: input.personId ?? personId,
        partnerId: input.partnerId ?? jobcenter,
        givenAt: input.givenAt ?? '2026-11-21',
        scope: 'Antrag auf Bürgergeld',
        dataKinds: ['anlass'],
        form: input.form ?? 'schriftlich',
        printoutId: input.printoutId,
      });
    return { s, personId, other, jobcenter, jugendamt, create };
  }

  it('without any printed form: written and oral releases are recorded as before, naming none', async () => {
    const { create } = await releaseStore();
    expect(create({}).printout).toBeNull();
    expect(create({ form: 'muendlich' }).printout).toBeNull();
  });

  it('a written release of a person and partner with a printed form names it; the wrong form, an oral release or a form signed already are refused', async () => {
    const { s, personId, other, jobcenter, jugendamt, create } = await releaseStore();
    const form = await printed(s, { document: 'schweigepflichtentbindung', personId, partnerId: jobcenter, language: 'fa' });
    const forJugendamt = await printed(s, { document: 'schweigepflichtentbindung', personId, partnerId: jugendamt, language: 'fa' });
    const ofOther = await printed(s, { document: 'schweigepflichtentbindung', personId: other, partnerId: jobcenter, language: 'fa' });
    const consent = await printed(s, { document: 'einwilligung', personId, language: 'fa' });

    const refused = (input: Parameters<typeof create>[0]) => codeOf(() => create(input));
    expect(await refused({})).toBe('PRINTOUT_REQUIRED');
    expect(await refused({ printoutId: forJugendamt.id })).toBe('PRINTOUT_NOT_FOR_THIS_PAPER');
    expect(await refused({ printoutId: ofOther.id })).toBe('PRINTOUT_NOT_FOR_THIS_PAPER');
    expect(await refused({ printoutId: consent.id })).toBe('PRINTOUT_NOT_FOR_THIS_PAPER');
    expect(await refused({ printoutId: 'kein-ausdruck' })).toBe('PRINTOUT_NOT_FOUND');
    expect(await refused({ printoutId: form.id, form: 'muendlich' })).toBe('PRINTOUT_NOT_FOR_FORM');
    expect(await refused({ printoutId: form.id, form: 'elektronisch' })).toBe('PRINTOUT_NOT_FOR_FORM');
    expect(await refused({ printoutId: form.id, givenAt: '2026-11-20' })).toBe('SIGNED_BEFORE_PRINTED');
    expect(s.services.releases.listForPerson({ personId })).toEqual([]);

    // An oral release needs no paper, printed forms or not.
    expect(create({ form: 'muendlich' }).printout).toBeNull();

    const release = create({ printoutId: form.id });
    expect(release.printout).toEqual({ id: form.id, code: form.code, language: 'fa', languageName: 'Persisch (Farsi/Dari)', printedAt: expect.any(String) });
    expect(s.services.releases.listForPerson({ personId }).find((r) => r.id === release.id)?.printout?.code).toBe(form.code);
    expect(s.services.printouts.list({ personId, partnerId: jobcenter })[0]?.releaseId).toBe(release.id);

    // A paper is signed once; once every printed form is named, a new written release is on another paper.
    expect(await refused({ printoutId: form.id })).toBe('PRINTOUT_ALREADY_USED');
    expect(create({}).printout).toBeNull();
  });
});

describe('recording the consent at the intake names the printed Einwilligung signed', () => {
  async function intakeStore() {
    const s = await store();
    const newPerson = (familyName: string) =>
      s.services.persons.create({
        names: [{ familyName, givenNames: 'Amina', primary: true }],
        gender: 'weiblich',
        nationalities: [],
        languages: [],
        interpreterNeeded: false,
      }).id;
    const personId = newPerson('Haddad');
    const other = newPerson('Okonkwo');
    const intake = (input: { personId?: string; form?: 'schriftlich' | 'muendlich' | 'elektronisch'; printoutId?: string; givenAt?: string }) =>
      s.services.intakes.record({
        personId: input.personId ?? personId,
        date: '2026-11-21',
        accessRoute: 'sprechstunde',
        targetGroupIds: [],
        decision: 'fall_eroeffnet',
        consent: { givenAt: input.givenAt ?? '2026-11-21', form: input.form ?? 'schriftlich', printoutId: input.printoutId },
      });
    return { s, personId, other, intake };
  }

  it('without a printed Einwilligung: the consent is recorded as before, naming none', async () => {
    const { s, intake } = await intakeStore();
    const { caseId } = intake({});
    expect(s.services.cases.get(caseId!).consent?.printout).toBeNull();
  });

  it('a written consent of a person with a printed Einwilligung names it; another paper, an oral consent or a used one are refused', async () => {
    const { s, personId, other, intake } = await intakeStore();
    const paper = await printed(s, { document: 'einwilligung', personId, language: 'ar' });
    const ofOther = await printed(s, { document: 'einwilligung', personId: other, language: 'ar' });
    const release = await printed(s, { document: 'schweigepflichtentbindung', personId, partnerId: insertPartner(s.services, 'Jobcenter'), language: 'ar' });

    const refused = (input: Parameters<typeof intake>[0]) => codeOf(() => intake(input));
    expect(await refused({})).toBe('PRINTOUT_REQUIRED');
    expect(await refused({ printoutId: ofOther.id })).toBe('PRINTOUT_NOT_FOR_THIS_PAPER');
    expect(await refused({ printoutId: release.id })).toBe('PRINTOUT_NOT_FOR_THIS_PAPER');
    expect(await refused({ printoutId: 'kein-ausdruck' })).toBe('PRINTOUT_NOT_FOUND');
    expect(await refused({ printoutId: paper.id, form: 'muendlich' })).toBe('PRINTOUT_NOT_FOR_FORM');
    expect(await refused({ printoutId: paper.id, givenAt: '2026-11-20' })).toBe('SIGNED_BEFORE_PRINTED');
    // Nothing was recorded by the refusals: the person has no case yet.
    expect(s.services.persons.get(personId).cases).toEqual([]);

    const { caseId } = intake({ printoutId: paper.id });
    expect(s.services.cases.get(caseId!).consent?.printout).toEqual({
      id: paper.id,
      code: paper.code,
      language: 'ar',
      languageName: 'Arabisch',
      printedAt: expect.any(String),
    });
    expect(s.services.printouts.list({ personId, document: 'einwilligung' })[0]?.consentId).not.toBeNull();

    // A paper is signed once: the other person's paper still needs naming, this one is used.
    s.services.cases.close({ caseId: caseId!, reason: 'sonstiges', goalOutcomes: [] });
    expect(await refused({ printoutId: paper.id })).toBe('PRINTOUT_ALREADY_USED');
    expect(await refused({ personId: other })).toBe('PRINTOUT_REQUIRED');
    // An oral consent needs no paper, printed Einwilligungen or not.
    expect(intake({ personId: other, form: 'muendlich' }).caseId).toBeTruthy();
  });

  it('the Auskunft (Art. 15) names the printed Einwilligung the consent was signed on', async () => {
    const { s, personId, intake } = await intakeStore();
    const paper = await printed(s, { document: 'einwilligung', personId, language: 'ar' });
    const { caseId } = intake({ printoutId: paper.id });
    const now = new Date('2026-11-21T12:00:00');
    const doc = buildInformation(s.services.store.session().sqlite, { personId, caseIds: [caseId!] }, { now, createdBy: 'Test', retentionYears: 3 });
    expect(doc.consents.map((c) => c.printoutId)).toEqual([paper.id]);
    const { text } = await readText(await renderInformationPdf(doc, now));
    expect(text).toContain(`unterschrieben auf Ausdruck ${paper.code}`);
  }, 30_000);
});

describe('handing a case over to a colleague', () => {
  it('carries the printouts with the agreement and release that name them', async () => {
    const s = await store('2026-11-21T10:00:00');
    const { services } = s;
    const personId = services.persons.create({
      names: [{ familyName: 'Haddad', givenNames: 'Amina', primary: true }],
      gender: 'weiblich',
      nationalities: [],
      languages: [],
      interpreterNeeded: false,
    }).id;
    const { caseId } = services.intakes.record({
      personId,
      date: '2026-11-21',
      accessRoute: 'jobcenter',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-11-21', form: 'schriftlich' },
    });
    services.goals.create({ caseId: caseId!, lifeAreaId: 'wohnen', title: 'Eine eigene Wohnung finden' });
    const agreement = services.agreements.create({ caseId: caseId!, date: '2026-11-21' });
    const partner = services.partners.create({ organisation: 'Jobcenter Kreis Warendorf', legalArea: 'sgb2' });
    const agreementPrint = await printed(s, { document: 'zielvereinbarung', personId, agreementId: agreement.id, language: 'ar' });
    const releasePrint = await printed(s, { document: 'schweigepflichtentbindung', personId, partnerId: partner.id, language: 'ar' });
    services.agreements.sign({ agreementId: agreement.id, signedAt: '2026-11-21', printoutId: agreementPrint.id });
    services.releases.create({
      personId,
      partnerId: partner.id,
      givenAt: '2026-11-21',
      scope: 'Antrag',
      dataKinds: ['anlass'],
      form: 'schriftlich',
      printoutId: releasePrint.id,
    });

    const file = packagePath();
    const sent = await services.handover.exportTo({ caseIds: [caseId!], recipient: 'Frau Kollegin', file });
    const other = await receiver(services.store.session().sqlite);
    await other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: true });
    const [caseHere] = other.sqlite.prepare('SELECT id FROM cases').pluck().all() as string[];
    const signed = other.agreements.list(caseHere!)[0];
    expect(signed?.signedPrintout?.code).toBe(agreementPrint.code);
    expect(other.releases.listForPerson({ personId })[0]?.printout?.code).toBe(releasePrint.code);
  }, 60_000);

  it('a consent signed on a printed Einwilligung hands over with its printout, and both sides erase cleanly', async () => {
    const s = await store('2026-11-21T10:00:00');
    const { services } = s;
    const personId = services.persons.create({
      names: [{ familyName: 'Haddad', givenNames: 'Amina', primary: true }],
      gender: 'weiblich',
      nationalities: [],
      languages: [],
      interpreterNeeded: false,
    }).id;
    const consentPrint = await printed(s, { document: 'einwilligung', personId, language: 'ar' });
    const { caseId } = services.intakes.record({
      personId,
      date: '2026-11-21',
      accessRoute: 'jobcenter',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-11-21', form: 'schriftlich', printoutId: consentPrint.id },
    });

    const file = packagePath();
    const sent = await services.handover.exportTo({ caseIds: [caseId!], recipient: 'Frau Kollegin', file });
    const other = await receiver(services.store.session().sqlite);
    const imported = await other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: true });
    const [caseHere] = other.sqlite.prepare('SELECT id FROM cases').pluck().all() as string[];
    expect(other.cases.get(caseHere!).consent?.printout?.code).toBe(consentPrint.code);

    // The sender erases after the confirmation: the consent goes before the printout it names.
    services.handover.confirm({ handoverId: sent.handoverId, code: imported.confirmationCode });
    expect(services.handover.erase({ handoverId: sent.handoverId }).status).toBe('geloescht');
    const here = services.store.session().sqlite;
    expect(here.prepare('SELECT count(*) FROM printouts').pluck().get()).toBe(0);
    expect(here.prepare('SELECT count(*) FROM consents').pluck().get()).toBe(0);

    // The receiver erases the case (on request) just as cleanly.
    const number = other.sqlite.prepare('SELECT case_number FROM cases WHERE id = ?').pluck().get(caseHere) as string;
    other.erasure.erase({ caseId: caseHere!, confirmCaseNumber: number, reason: 'Antrag' });
    expect(other.sqlite.prepare('SELECT count(*) FROM printouts').pluck().get()).toBe(0);
    expect(other.sqlite.prepare('SELECT count(*) FROM consents').pluck().get()).toBe(0);
  }, 60_000);
});
