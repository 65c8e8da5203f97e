/**
 * The referral sheet (Übergabebogen): refused without a release valid on its date, and holding
 * exactly the sections its release covers, each with the store's data, and nothing of the kinds
 * it does not cover. Every recorded value is unique, so a scan of the model tells which kind
 * leaked.
 */
import { describe, expect, it } from 'vitest';
import type { ReleaseDataKind } from '../../../electron/contract/areas/network';
import { RELEASE_DATA_KIND_LABELS } from '../../../electron/contract/labels';
import type { Block, DocumentModel } from '../../../electron/services/documents/model';
import { referralSheet, type ReferralSheetInput } from '../../../electron/services/documents/referralSheet';
import { caseStore, codeOf } from '../cases/helpers';

/** Each kind's values as recorded, unique to it (a leak of one kind cannot hide behind another). */
const VALUES: Record<ReleaseDataKind, string[]> = {
  anlass: ['Vermittlung in Arbeit nach Sprachkurs Zaunkönig'],
  personalien: ['Syrien', 'Divers'],
  kontakt: ['Lindenweg 7a', 'Nordheimstadt', '+49 151 2233445', 'amani.kranich@example.org'],
  unterbringung: ['Gemeinschaftsunterkunft', 'GU Talstraße Rotkehlchen'],
  aufenthalt: ['Aufenthaltserlaubnis', '§ 25 Abs. 2 AufenthG', '30.06.2028'],
  sprache: ['Arabisch', 'Kurmandschi'],
  lebenslage: ['Wohnung zu klein Amsel', 'Sucht größere Wohnung Drossel', 'Arbeitserfahrung als Schreinerin Specht'],
  gesundheit: ['Chronische Rückenschmerzen Eisvogel', 'Hausärztin vorhanden Zeisig'],
  ziele: ['Eine Arbeit als Schreinerin finden Bussard', 'Lebenslauf schreiben Habicht'],
};
/** A goal in the health life area: needs both 'ziele' and 'gesundheit'. */
const HEALTH_GOAL = 'Regelmäßig zur Physiotherapie gehen Kiebitz';

async function setup() {
  const s = await caseStore('2026-11-21T10:00:00');
  const amani = s.person({
    names: [
      { familyName: 'Kranich', givenNames: 'Amani', primary: true },
      { familyName: 'كرانيش', givenNames: 'أماني', note: 'Originalschrift' },
      { familyName: 'Kranych', givenNames: 'Amany' },
    ],
    birthDate: '1990-04-12',
    gender: 'divers',
    nationalities: ['SY'],
    languages: ['ar', 'kmr'],
    interpreterNeeded: true,
    phone: '+49 151 2233445',
    email: 'amani.kranich@example.org',
    address: 'Lindenweg 7a',
    municipality: 'Nordheimstadt',
    accommodationType: 'gu',
    accommodationName: 'GU Talstraße Rotkehlchen',
    residenceStatus: 'aufenthaltserlaubnis',
    residenceParagraph: '§ 25 Abs. 2 AufenthG',
    residenceValidUntil: '2028-06-30',
  });
  const opened = s.openCase({ personId: amani.id, date: '2026-10-01' });
  const caseId = opened.caseId as string;
  s.assessments.create({
    caseId,
    date: '2026-10-05',
    entries: [
      { lifeAreaId: 'wohnen', situation: 2, resources: null, needs: 'Wohnung zu klein Amsel', urgency: 'hoch', responsibleService: 'keine' },
      {
        lifeAreaId: 'arbeit',
        situation: 3,
        resources: 'Arbeitserfahrung als Schreinerin Specht',
        needs: 'Sucht größere Wohnung Drossel',
        urgency: 'mittel',
        responsibleService: 'sgb2',
      },
      {
        lifeAreaId: 'gesundheit',
        situation: 3,
        resources: 'Hausärztin vorhanden Zeisig',
        needs: 'Chronische Rückenschmerzen Eisvogel',
        urgency: 'niedrig',
        responsibleService: 'gesundheit',
      },
    ],
  });
  s.goals.create({
    caseId,
    lifeAreaId: 'arbeit',
    title: 'Eine Arbeit als Schreinerin finden Bussard',
    steps: [{ description: 'Lebenslauf schreiben Habicht', responsible: 'klient', dueDate: '2026-12-15' }],
  });
  s.goals.create({ caseId, lifeAreaId: 'gesundheit', title: HEALTH_GOAL, steps: [] });
  const jobcenter = s.partners.create({ organisation: 'Jobcenter Nordheim', legalArea: 'sgb2', contactName: 'Herr Brandt' });
  const release = (dataKinds: ReleaseDataKind[], over: { givenAt?: string; validUntil?: string | null } = {}) =>
    s.releases.create({
      personId: amani.id,
      partnerId: jobcenter.id,
      givenAt: '2026-11-02',
      scope: 'Arbeitsvermittlung',
      dataKinds,
      form: 'schriftlich',
      ...over,
    });
  const sheet = (input: Partial<ReferralSheetInput> = {}): DocumentModel =>
    referralSheet(s.ctx, { personId: amani.id, partnerId: jobcenter.id, date: '2026-11-20', ...input } as ReferralSheetInput);
  return { ...s, amani, caseId, caseNumber: opened.caseNumber as string, jobcenter, release, sheet };
}

/** Every text of the model, labels and values alike. */
function textOf(model: DocumentModel): string {
  const bi = (t: { de: string; client?: string }) => [t.de, t.client ?? ''];
  const parts = [...bi(model.title), model.caseNumber ?? ''];
  for (const block of model.blocks as Block[]) {
    if (block.kind === 'heading' || block.kind === 'paragraph') parts.push(...bi(block.text));
    else if (block.kind === 'list') parts.push(...block.items.flatMap(bi));
    else if (block.kind === 'fields') parts.push(...block.rows.flatMap((r) => [...bi(r.label), r.value]));
    else if (block.kind === 'table') parts.push(...block.columns.flatMap(bi), ...block.rows.flat());
    else parts.push(...block.lines.flatMap((l) => [...bi(l.label), l.name ?? '']));
  }
  return parts.join('\n');
}

const headings = (model: DocumentModel) => model.blocks.filter((b) => b.kind === 'heading').map((b) => b.text.de);
const FIXED_HEADINGS = ['Empfänger', 'Person', 'Grundlage der Übergabe'];

describe('referral sheet (Übergabebogen)', () => {
  it('is refused without a release for this partner, before it was given, and for another partner’s release', async () => {
    const s = await setup();
    expect(codeOf(() => s.sheet())).toBe('RELEASE_REQUIRED');
    const other = s.partners.create({ organisation: 'Agentur für Arbeit Nordheim', legalArea: 'sgb3' });
    s.releases.create({ personId: s.amani.id, partnerId: other.id, givenAt: '2026-11-02', scope: 'Alles', dataKinds: ['anlass'], form: 'schriftlich' });
    expect(codeOf(() => s.sheet())).toBe('RELEASE_REQUIRED');
    s.release(['anlass'], { givenAt: '2026-11-20' });
    expect(codeOf(() => s.sheet({ date: '2026-11-19' }))).toBe('RELEASE_REQUIRED');
    expect(s.sheet({ date: '2026-11-20' }).title.de).toBe('Übergabebogen');
  });

  it('is refused with a revoked release from the day of the revocation on', async () => {
    const s = await setup();
    const r = s.release(['anlass', 'kontakt']);
    s.releases.revoke({ id: r.id, revokedAt: '2026-11-15' });
    expect(codeOf(() => s.sheet({ date: '2026-11-15' }))).toBe('RELEASE_REQUIRED');
    expect(codeOf(() => s.sheet({ date: '2026-11-20' }))).toBe('RELEASE_REQUIRED');
    expect(textOf(s.sheet({ date: '2026-11-14' }))).toContain('Lindenweg 7a');
  });

  it('is refused with an expired release, and made on its last day', async () => {
    const s = await setup();
    s.release(['anlass'], { validUntil: '2026-11-10' });
    expect(codeOf(() => s.sheet({ date: '2026-11-11' }))).toBe('RELEASE_REQUIRED');
    expect(codeOf(() => s.sheet({ date: '2026-11-20' }))).toBe('RELEASE_REQUIRED');
    expect(s.sheet({ date: '2026-11-10' }).caseNumber).toBe(s.caseNumber);
  });

  it('is refused for a day after today, an unknown referral, person or partner', async () => {
    const s = await setup();
    s.release(['anlass']);
    expect(codeOf(() => s.sheet({ date: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => referralSheet(s.ctx, { referralId: 'keine', date: '2026-11-20' }))).toBe('REFERRAL_NOT_FOUND');
    expect(codeOf(() => s.sheet({ personId: 'niemand' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.sheet({ partnerId: 'keiner' }))).toBe('PARTNER_NOT_FOUND');
  });

  it('is refused while the processing of the person is restricted, as releases and referrals are', async () => {
    const s = await setup();
    s.release(['anlass', 'kontakt']);
    s.restrictions.restrict({ caseId: s.caseId, since: '2026-11-21', reason: 'Richtigkeit der Daten bestritten' });
    expect(codeOf(() => s.sheet())).toBe('PERSON_RESTRICTED');
  });

  it('is refused once a case of the person went to a colleague', async () => {
    const s = await setup();
    s.release(['anlass', 'kontakt']);
    const { sqlite } = s.store.session();
    sqlite
      .prepare("INSERT INTO handovers (id, created_at, created_by, recipient, case_numbers) VALUES ('h1', '2026-11-21T09:00:00.000Z', 'A', 'B. Beispiel', ?)")
      .run(JSON.stringify([s.caseNumber]));
    sqlite.prepare("INSERT INTO handover_cases (handover_id, case_id) VALUES ('h1', ?)").run(s.caseId);
    expect(codeOf(() => s.sheet())).toBe('PERSON_HANDED_OVER');
  });

  it('holds the partner, the case number, every spelling of the name and the birth date with any release', async () => {
    const s = await setup();
    s.release(['anlass'], { validUntil: '2027-11-01' });
    const model = s.sheet();
    expect(model).toMatchObject({ title: { de: 'Übergabebogen' }, caseNumber: s.caseNumber, clientLanguage: null });
    expect(model.blocks[1]).toEqual({
      kind: 'fields',
      rows: [
        { label: { de: 'Stelle' }, value: 'Jobcenter Nordheim' },
        { label: { de: 'Bereich' }, value: 'SGB II – Jobcenter' },
        { label: { de: 'Ansprechperson' }, value: 'Herr Brandt' },
      ],
    });
    const person = model.blocks[3];
    expect(person?.kind === 'fields' && person.rows.map((r) => [r.label.de, r.value])).toEqual([
      ['Name', 'Kranich, Amani'],
      ['Weitere Schreibweise – Originalschrift', 'كرانيش، أماني'],
      ['Weitere Schreibweise', 'Kranych, Amany'],
      ['Geburtsdatum', '12.04.1990'],
      ['Fallnummer', s.caseNumber],
      ['Case Management', 'Test Beraterin'],
      ['Stand', '20.11.2026'],
    ]);
    expect(textOf(model)).toContain('schriftlich erteilt am 02.11.2026, gültig bis 01.11.2027');
  });

  it('with a release covering some kinds holds exactly their sections, with their data, and nothing of the others', async () => {
    const s = await setup();
    const covered: ReleaseDataKind[] = ['anlass', 'aufenthalt', 'sprache', 'lebenslage'];
    s.release(['sprache', 'lebenslage', 'anlass', 'aufenthalt']);
    const referral = s.referrals.create({
      caseId: s.caseId,
      partnerId: s.jobcenter.id,
      lifeAreaId: 'arbeit',
      reason: VALUES.anlass[0] as string,
      date: '2026-11-18',
      dataTransfer: true,
    });

    for (const model of [s.sheet(), referralSheet(s.ctx, { referralId: referral.id, date: '2026-11-20' })]) {
      const sections = covered.map((kind) => RELEASE_DATA_KIND_LABELS[kind]);
      expect(headings(model)).toEqual([...FIXED_HEADINGS, ...sections]);
      // The release's kinds are listed as what the sheet may hold.
      expect(model.blocks.find((b) => b.kind === 'list')).toEqual({ kind: 'list', items: sections.map((de) => ({ de })) });
      const text = textOf(model);
      for (const kind of covered) for (const value of VALUES[kind]) expect(text, `${kind}: ${value}`).toContain(value);
      const uncovered = (Object.keys(VALUES) as ReleaseDataKind[]).filter((kind) => !covered.includes(kind));
      expect(uncovered.flatMap((kind) => VALUES[kind].filter((value) => text.includes(value)).map((value) => `${kind}: ${value}`))).toEqual([]);
      expect(text).not.toContain(HEALTH_GOAL);
      // Nor the labels of the uncovered kinds' fields.
      for (const label of ['Anschrift', 'Telefon', 'Staatsangehörigkeit', 'Unterkunft', 'Vereinbarter Schritt']) expect(text).not.toContain(label);
    }
  });

  it('the whole sheet for a release covering everything; health goals only with both goals and health', async () => {
    const s = await setup();
    const all = Object.keys(VALUES) as ReleaseDataKind[];
    s.release(all.filter((kind) => kind !== 'gesundheit'));
    s.referrals.create({
      caseId: s.caseId,
      partnerId: s.jobcenter.id,
      lifeAreaId: 'arbeit',
      reason: VALUES.anlass[0] as string,
      date: '2026-11-18',
      dataTransfer: true,
    });
    const withoutHealth = textOf(s.sheet());
    for (const kind of all.filter((k) => k !== 'gesundheit')) for (const value of VALUES[kind]) expect(withoutHealth, value).toContain(value);
    for (const value of [...VALUES.gesundheit, HEALTH_GOAL]) expect(withoutHealth).not.toContain(value);

    s.setNow('2026-11-22T10:00:00');
    s.release(all, { givenAt: '2026-11-21' });
    const model = s.sheet({ date: '2026-11-22' });
    expect(headings(model)).toEqual([...FIXED_HEADINGS, ...all.map((kind) => RELEASE_DATA_KIND_LABELS[kind])]);
    const text = textOf(model);
    for (const value of [...all.flatMap((kind) => VALUES[kind]), HEALTH_GOAL]) expect(text, value).toContain(value);
  });

  it('an older release without kinds gives only the reason for the referral besides the names', async () => {
    const s = await setup();
    s.store
      .session()
      .sqlite.prepare(
        "INSERT INTO releases (id, person_id, partner_id, given_at, scope, form, recorded_by, created_at) VALUES ('alt', ?, ?, '2026-03-01', 'Alle Angaben zu Arbeit, Gesundheit und Wohnen', 'schriftlich', 'A', '2026-03-01T10:00:00.000Z')",
      )
      .run(s.amani.id, s.jobcenter.id);
    s.referrals.create({
      caseId: s.caseId,
      partnerId: s.jobcenter.id,
      lifeAreaId: 'arbeit',
      reason: VALUES.anlass[0] as string,
      date: '2026-11-18',
      dataTransfer: true,
    });
    const model = s.sheet();
    expect(headings(model)).toEqual([...FIXED_HEADINGS, 'Anlass der Verweisung']);
    const text = textOf(model);
    expect(text).toContain(VALUES.anlass[0]);
    expect(text).toContain('Kranich, Amani');
    const others = (Object.keys(VALUES) as ReleaseDataKind[]).filter((kind) => kind !== 'anlass').flatMap((kind) => VALUES[kind]);
    expect(others.filter((value) => text.includes(value))).toEqual([]);
  });

  it('says so when a covered kind has nothing recorded, instead of leaving the section out', async () => {
    const s = await setup();
    const bare = s.person({ names: [{ familyName: 'Leer', givenNames: 'Lina' }] });
    s.releases.create({
      personId: bare.id,
      partnerId: s.jobcenter.id,
      givenAt: '2026-11-02',
      scope: 'x',
      dataKinds: ['anlass', 'kontakt', 'ziele'],
      form: 'schriftlich',
    });
    const model = s.sheet({ personId: bare.id });
    expect(model.caseNumber).toBeNull();
    expect(headings(model)).toEqual([...FIXED_HEADINGS, 'Anlass der Verweisung', 'Anschrift und Kontaktdaten', 'Ziele und vereinbarte Schritte']);
    const paragraphs = model.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.de);
    expect(paragraphs).toContain('Zu diesem Partner ist keine Vermittlung erfasst.');
    expect(paragraphs.filter((p) => p === 'Dazu ist nichts erfasst.')).toHaveLength(2);
  });
});
