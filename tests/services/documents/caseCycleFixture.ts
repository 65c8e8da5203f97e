/**
 * A case taken through the whole cycle with the services a case manager uses, for the papers of
 * daily work: names in Latin (with Turkish letters) and Arabic script, intake, assessment and
 * re-assessment, a goal with steps, two agreement versions, a referral with status changes, a
 * release, contacts recorded out of date order, a case conference, closure. The clock is set in
 * local time, so every time zone reads the same days and hours.
 */
import { createdStore } from '../../fixtures/tempStore';

export async function cycleStore() {
  let now = new Date('2026-03-02T10:00:00');
  const s = await createdStore({ now: () => now });
  const setNow = (at: string) => {
    now = new Date(at);
  };
  const jobcenter = s.partners.create({ organisation: 'Jobcenter Kreis Warendorf', legalArea: 'sgb2' });
  const person = s.persons.create({
    names: [
      { familyName: 'Yıldız', givenNames: 'Selin', primary: true },
      { familyName: 'Yildiz', givenNames: 'Selin', note: 'Schreibweise im Ausweis' },
      { familyName: 'يلدز', givenNames: 'سيلين' },
    ],
    birthDate: '1990-04',
    gender: 'weiblich',
    nationalities: ['TR'],
    languages: ['tr'],
    interpreterNeeded: false,
  });
  const { caseId, caseNumber } = s.intakes.record({
    personId: person.id,
    date: '2026-03-02',
    accessRoute: 'jobcenter',
    targetGroupIds: [],
    decision: 'fall_eroeffnet',
    consent: { givenAt: '2026-03-02', form: 'schriftlich' },
  });
  if (!caseId || !caseNumber) throw new Error('no case');
  // Recorded out of order on purpose: the paper sorts by date.
  setNow('2026-03-20T10:00:00');
  s.assessments.create({
    caseId,
    date: '2026-03-05',
    entries: [{ lifeAreaId: 'wohnen', situation: 2, resources: 'Familie hilft', needs: 'Wohnung', urgency: 'hoch', responsibleService: 'keine' }],
  });
  const goal = s.goals.create({
    caseId,
    lifeAreaId: 'wohnen',
    title: 'Eine eigene Wohnung finden',
    steps: [
      { description: 'Wohnberechtigungsschein beantragen', responsible: 'klient', dueDate: '2026-04-30' },
      { description: 'Termin beim Jobcenter', responsible: 'partner', partnerId: jobcenter.id },
    ],
  });
  const first = s.agreements.create({ caseId, date: '2026-03-10' });
  s.agreements.create({ caseId, date: '2026-03-12' });
  s.agreements.sign({ agreementId: s.agreements.list(caseId)[0]!.id, signedAt: '2026-03-12' });
  const referral = s.referrals.create({
    caseId,
    partnerId: jobcenter.id,
    lifeAreaId: 'arbeit',
    reason: 'Arbeitssuche',
    date: '2026-03-15',
    dataTransfer: false,
  });
  setNow('2026-04-02T09:00:00');
  s.referrals.setStatus({ id: referral.id, status: 'termin_vereinbart', note: 'Termin am 10.04.' });
  setNow('2026-05-02T09:00:00');
  s.referrals.setStatus({ id: referral.id, status: 'angenommen', note: null });
  s.contacts.create({
    personId: person.id,
    caseId,
    at: '2026-04-20T14:30:00',
    durationMinutes: 30,
    place: 'buero',
    type: 'beratung',
    topics: ['wohnen'],
    interpreterUsed: false,
    note: 'Zweiter Kontakt',
  });
  s.contacts.create({
    personId: person.id,
    caseId,
    at: '2026-04-03T09:15:00',
    durationMinutes: 20,
    place: 'telefon',
    type: 'beratung',
    topics: [],
    interpreterUsed: false,
    note: 'Erster Kontakt',
  });
  // A case conference with a partner needs the person's release for it.
  s.releases.create({
    personId: person.id,
    partnerId: jobcenter.id,
    givenAt: '2026-03-02',
    scope: 'Wohnung und Arbeit',
    dataKinds: ['personalien', 'lebenslage'],
    form: 'schriftlich',
  });
  s.caseConferences.create({
    caseId,
    date: '2026-04-25',
    clientPresent: true,
    participants: [{ partnerId: jobcenter.id }],
    agenda: 'Wohnung',
    results: 'Antrag gestellt',
    actions: [],
  });
  setNow('2026-09-01T09:00:00');
  s.assessments.create({
    caseId,
    date: '2026-09-01',
    entries: [{ lifeAreaId: 'wohnen', situation: 4, resources: null, needs: null, urgency: 'niedrig', responsibleService: 'keine' }],
  });
  setNow('2026-11-23T10:00:00');
  s.cases.close({ caseId, reason: 'ziele_erreicht', goalOutcomes: [{ goalId: goal.id, outcome: 'erreicht' }] });
  return { ...s, setNow, caseId, caseNumber, personId: person.id, firstAgreementId: first.id, referralId: referral.id, jobcenterId: jobcenter.id };
}
