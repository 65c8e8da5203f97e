/**
 * A household of three for the Art. 15 information, built through the services as a case manager
 * would: each person with several name spellings, a birth date, contact data, a case with an
 * assessment, a goal, an agreement, releases, referrals (two of them to the same Jobcenter), a
 * status change, a contact with a note, a case conference and a follow-up, and the printed release
 * form the Jobcenter release was signed on (print, then sign). Amani (the person the
 * information is about) has a second, closed case with a retention hold, a lifted restriction and
 * a handover mark besides. Every text is unique to its person, so a scan can tell whose it is.
 */
import { createHash } from 'node:crypto';
import { insertPrintout } from '../../../db/queries/printouts';
import { createdStore } from '../../fixtures/tempStore';

export interface MemberTexts {
  names: string[];
  birthDate: string;
  /** Everything typed about the person that no one else has. */
  notes: string[];
}

export async function householdStore() {
  let now = new Date('2026-03-02T10:00:00');
  const services = await createdStore({ now: () => now });
  const setNow = (at: string) => {
    now = new Date(at);
  };
  const { sqlite } = services.store.session();

  const targetGroup = services.targetGroups.create({ name: 'Geduldete über 27', validFrom: '2020-01-01' });
  const jobcenter = services.partners.create({ organisation: 'Jobcenter Kreis Warendorf', legalArea: 'sgb2' });
  const jugendamt = services.partners.create({ organisation: 'Jugendamt Warendorf', legalArea: 'sgb8' });
  const schule = services.partners.create({ organisation: 'Gesamtschule Nord', legalArea: 'bildung' });

  function member(key: string, spec: { names: { familyName: string; givenNames: string; note?: string }[]; birthDate: string; extra: string }) {
    const t = (what: string) => `${what} ${spec.extra}`;
    const person = services.persons.create({
      names: spec.names.map((n, i) => ({ ...n, note: n.note ?? null, primary: i === 0 })),
      birthDate: spec.birthDate,
      gender: 'divers',
      nationalities: ['SY'],
      languages: ['ar', 'de'],
      interpreterNeeded: true,
      phone: `+49 151 ${key}`,
      email: `${spec.extra.toLowerCase()}@example.org`,
      address: t('Talstraße 4,'),
      municipality: 'Warendorf',
      residenceStatus: 'gestattung',
    });
    return { person, t };
  }

  const amani = member('4711001', {
    names: [
      { familyName: 'Okonkwo-Barzani', givenNames: 'Amani' },
      { familyName: 'Okonkwo Barzani', givenNames: 'Amany', note: 'Schreibweise im Reisepass' },
      { familyName: 'أوكونكو', givenNames: 'أماني' },
    ],
    birthDate: '1984-05-17',
    extra: 'Zitronenfalter',
  });
  const thorvald = member('4711002', {
    names: [
      { familyName: 'Quispe', givenNames: 'Thorvald' },
      { familyName: 'Kispe', givenNames: 'Torvald', note: 'Schreibweise der Ausländerbehörde' },
    ],
    birthDate: '1979-11-23',
    extra: 'Wendeltreppe',
  });
  const mireille = member('4711003', {
    names: [
      { familyName: 'Abdelnour', givenNames: 'Mireille' },
      { familyName: 'Abd-el-Nour', givenNames: 'Mirey' },
    ],
    birthDate: '2009-02-08',
    extra: 'Kolibrischwarm',
  });
  services.households.link({ personId: thorvald.person.id, withPersonId: amani.person.id, role: 'partner', withPersonRole: 'bezugsperson' });
  services.households.link({ personId: mireille.person.id, withPersonId: amani.person.id, role: 'kind' });

  /** One case with the whole cycle for a member; returns its id. */
  function caseFor(m: typeof amani, date: string) {
    setNow(`${date}T12:00:00`);
    const personId = m.person.id;
    const { caseId } = services.intakes.record({
      personId,
      date,
      accessRoute: 'jobcenter',
      targetGroupIds: [targetGroup.id],
      decision: 'fall_eroeffnet',
      consent: { givenAt: date, form: 'schriftlich' },
    });
    if (!caseId) throw new Error('no case');
    services.assessments.create({
      caseId,
      date,
      entries: [
        { lifeAreaId: 'wohnen', situation: 2, resources: m.t('Stärke'), needs: m.t('Bedarf'), urgency: 'hoch', responsibleService: 'keine' },
        { lifeAreaId: 'arbeit', situation: 3, urgency: 'mittel', responsibleService: 'sgb2' },
      ],
    });
    const goal = services.goals.create({
      caseId,
      lifeAreaId: 'wohnen',
      title: m.t('Ziel'),
      steps: [
        { description: m.t('Schritt'), responsible: 'klient', dueDate: '2026-12-01' },
        { description: m.t('Partnerschritt'), responsible: 'partner', partnerId: jobcenter.id },
      ],
    });
    const agreement = services.agreements.create({ caseId, date });
    services.agreements.sign({ agreementId: agreement.id, signedAt: date });
    // The printout as printForSigning records it (code and hash unique to the person; no PDF needed here).
    const printoutId = `printout-${personId}-${date}`;
    insertPrintout(services.store.session().db, {
      id: printoutId,
      code: createHash('sha256')
        .update(`${m.t('Code')} ${date}`)
        .digest('hex')
        .slice(0, 6)
        .toUpperCase(),
      document: 'schweigepflichtentbindung',
      personId,
      partnerId: jobcenter.id,
      language: 'ar',
      fileSha256: createHash('sha256')
        .update(`${m.t('Ausdruck')} ${date}`)
        .digest('hex'),
      printedAt: now.toISOString(),
      printedBy: 'Test Beraterin',
    });
    const jcRelease = services.releases.create({
      personId,
      partnerId: jobcenter.id,
      givenAt: date,
      scope: m.t('Umfang Jobcenter'),
      dataKinds: ['anlass', 'kontakt', 'ziele'],
      form: 'schriftlich',
      printoutId,
    });
    services.releases.create({
      personId,
      partnerId: jugendamt.id,
      givenAt: date,
      validUntil: '2027-12-31',
      scope: m.t('Umfang Jugendamt'),
      dataKinds: ['anlass', 'unterbringung'],
      form: 'muendlich',
    });
    const referral = services.referrals.create({
      caseId,
      partnerId: jobcenter.id,
      lifeAreaId: 'arbeit',
      reason: m.t('Anlass'),
      date,
      dataTransfer: true,
      note: m.t('Vermerk'),
    });
    services.referrals.setStatus({ id: referral.id, status: 'termin_vereinbart', note: m.t('Terminnotiz') });
    services.referrals.create({ caseId, partnerId: schule.id, lifeAreaId: 'bildung', reason: m.t('Schulanlass'), date, dataTransfer: false });
    services.contacts.create({
      personId,
      caseId,
      at: `${date}T11:00:00`,
      durationMinutes: 45,
      place: 'buero',
      type: 'beratung',
      topics: ['wohnen'],
      interpreterUsed: true,
      interpreterLanguage: 'Arabisch',
      note: m.t('Kontaktnotiz'),
      followUps: [{ dueDate: '2026-12-10', title: m.t('Wiedervorlage aus Kontakt') }],
    });
    services.caseConferences.create({
      caseId,
      date,
      clientPresent: true,
      participants: [{ partnerId: jobcenter.id, contactPerson: 'Frau Brandt' }, { partnerId: jugendamt.id }],
      agenda: m.t('Tagesordnung'),
      results: m.t('Ergebnis'),
      actions: [{ dueDate: '2026-12-15', title: m.t('Aufgabe aus Konferenz') }],
    });
    services.followUps.create({ caseId, dueDate: '2026-12-20', title: m.t('Wiedervorlage') });
    return { caseId, goalId: goal.id, jcRelease };
  }

  const first = caseFor(amani, '2026-03-02');
  caseFor(thorvald, '2026-03-03');
  caseFor(mireille, '2026-03-04');

  // Amani moves and gets a residence permit: a dated history.
  setNow('2026-05-10T09:00:00');
  services.persons.update({
    personId: amani.person.id,
    municipality: 'Ahlen',
    residenceStatus: 'aufenthaltserlaubnis',
    residenceParagraph: '§ 25 Abs. 2 AufenthG',
  });
  // The first case closes, is kept longer, and a second case opens.
  setNow('2026-06-01T09:00:00');
  services.cases.close({ caseId: first.caseId, reason: 'regeldienst', goalOutcomes: [{ goalId: first.goalId, outcome: 'erreicht' }] });
  services.erasure.hold({ caseId: first.caseId, keepUntil: '2040-06-30', reason: amani.t('Aufbewahrungsgrund') });
  const second = caseFor(amani, '2026-06-22');
  setNow('2026-11-23T10:00:00');

  // A consultation hour, still running: Amani and Thorvald wait in the queue, each gets a quick contact.
  const location = services.locations.create({ name: 'GU Talstraße', kind: 'gu', municipality: 'Warendorf' });
  const session = services.consultation.sessions.start({ locationId: location.id });
  for (const [m, label, caseId] of [
    [amani, 'Frau Okonkwo', second.caseId],
    [thorvald, 'Herr Quispe', null],
  ] as const) {
    services.consultation.queue.add({ sessionId: session.id, label, personId: m.person.id });
    services.consultation.sessions.logContact({
      sessionId: session.id,
      personId: m.person.id,
      caseId,
      durationMinutes: 10,
      topics: [],
      interpreterUsed: false,
      note: m.t('Sprechstundennotiz'),
    });
    // Registered in this hour: the service makes new persons; these two exist already, so their link is written as stored.
    sqlite.prepare('INSERT INTO consultation_session_persons (session_id, person_id) VALUES (?, ?)').run(session.id, m.person.id);
  }

  // Restriction and handover are other helpers' features: their rows are written as stored, last,
  // because both make the person's records read only.
  sqlite
    .prepare('INSERT INTO case_restrictions (id, case_id, since, reason, recorded_by, recorded_at, lifted_at, lifted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      'restriction-amani',
      first.caseId,
      '2026-06-02',
      amani.t('Einschränkungsgrund'),
      'Test Beraterin',
      '2026-06-02T09:00:00.000Z',
      '2026-06-20',
      'Test Beraterin',
    );
  sqlite
    .prepare('INSERT INTO handovers (id, created_at, created_by, recipient, case_numbers) VALUES (?, ?, ?, ?, ?)')
    .run('handover-1', '2026-06-21T09:00:00.000Z', 'Test Beraterin', 'Kollegin Berger', '[]');
  sqlite.prepare('INSERT INTO handover_cases (handover_id, case_id) VALUES (?, ?)').run('handover-1', first.caseId);

  /** The unique word is in every text typed about the person (notes, reasons, goals, address, e-mail). */
  const texts = (m: typeof amani, names: string[], birthDate: string, word: string, nameNotes: string[]): MemberTexts => ({
    names,
    birthDate,
    notes: [word, m.person.phone ?? '', ...nameNotes],
  });
  return {
    ...services,
    sqlite,
    setNow,
    partnerViews: { jobcenter, jugendamt, schule },
    amani: {
      ...amani.person,
      caseIds: [first.caseId, second.caseId],
      texts: texts(amani, ['Okonkwo-Barzani', 'Amani', 'Okonkwo Barzani', 'Amany', 'أوكونكو', 'أماني'], '1984-05-17', 'Zitronenfalter', [
        'Schreibweise im Reisepass',
      ]),
    },
    others: [
      {
        ...thorvald.person,
        texts: texts(thorvald, ['Quispe', 'Thorvald', 'Kispe', 'Torvald'], '1979-11-23', 'Wendeltreppe', ['Schreibweise der Ausländerbehörde']),
      },
      { ...mireille.person, texts: texts(mireille, ['Abdelnour', 'Mireille', 'Abd-el-Nour', 'Mirey'], '2009-02-08', 'Kolibrischwarm', []) },
    ],
  };
}
