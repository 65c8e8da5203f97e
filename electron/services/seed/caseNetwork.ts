/**
 * The network side of a demo case: contacts with topics, interpreter and follow-ups, releases
 * from secrecy, referrals that succeed, stay open, are dropped or fail on a gap in the system,
 * and case conferences.
 */
import type { ContactPlace, ContactType, ReferralStatus, ReleaseForm, StructuralGap } from '../../contract/areas/network';
import { today } from '../context';
import { addDays, addYears, dayBetween, maxDate } from './calendar';
import type { PartnerKey } from './configuration';
import type { CaseRun, ReleaseState } from './caseRun';
import { valid } from './demoServices';
import { languageName } from './origins';
import {
  CONFERENCE_TEXTS,
  CONTACT_NOTES,
  DROPPED_OUTCOMES,
  FOLLOW_UP_TITLES,
  GAP_OUTCOMES,
  REFERRAL_SUCCESS_OUTCOMES,
  REFERRAL_ENDED_AT_CLOSURE,
  RELEASE_SCOPE,
  areaTexts,
} from './texts';

type ContactKind = { place: ContactPlace; type: ContactType; minutes: [number, number]; at: 'sprechstunde' | 'buero' | null };
const CONTACT_KINDS: readonly (readonly [ContactKind, number])[] = [
  [{ place: 'sprechstunde', type: 'beratung', minutes: [10, 45], at: 'sprechstunde' }, 40],
  [{ place: 'telefon', type: 'telefonat', minutes: [5, 20], at: null }, 20],
  [{ place: 'buero', type: 'beratung', minutes: [30, 60], at: 'buero' }, 12],
  [{ place: 'wohnung', type: 'hausbesuch', minutes: [45, 90], at: null }, 10],
  [{ place: 'buero', type: 'begleitung', minutes: [60, 180], at: null }, 8],
  [{ place: 'video', type: 'beratung', minutes: [15, 45], at: null }, 5],
  [{ place: 'telefon', type: 'sonstiges', minutes: [5, 15], at: null }, 5],
];
const FIRST_CONSULTATION: ContactKind = { place: 'sprechstunde', type: 'beratung', minutes: [20, 45], at: 'sprechstunde' };
const CONFERENCE: ContactKind = { place: 'buero', type: 'fallkonferenz', minutes: [45, 90], at: 'buero' };

const STRUCTURAL_GAPS: readonly StructuralGap[] = ['kein_platz', 'warteliste', 'keine_sprachmittlung', 'nicht_zustaendig', 'sonstiges'];
const RELEASE_FORMS: readonly ReleaseForm[] = ['schriftlich', 'muendlich', 'elektronisch'];
type ReferralPath = 'erfolg' | 'luecke' | 'abgebrochen' | 'offen';
const REFERRAL_PATHS: readonly ReferralPath[] = ['erfolg', 'luecke', 'abgebrochen', 'offen'];

/** The topics of a contact: the areas the case works on, else the person's hardest. */
function topics(run: CaseRun): string[] {
  const working = run.goals.filter((g) => g.open).map((g) => g.lifeAreaId);
  const hardest = (run.entries ?? []).filter((e) => e.situation <= 2).map((e) => e.lifeAreaId);
  const pool = [...new Set([...working, ...hardest])];
  return run.rng.sample(pool.length > 0 ? pool : run.setup.lifeAreaIds, run.rng.int(1, 3));
}

/** A contact on the current day; `kind` for the first consultation and case conferences. */
export function recordContact(run: CaseRun, special?: 'erstberatung' | 'fallkonferenz', caseId: string | null = run.caseId): void {
  const { rng, setup, person, base } = run;
  const kind =
    special === 'erstberatung'
      ? FIRST_CONSULTATION
      : special === 'fallkonferenz'
        ? CONFERENCE
        : base.coverage.next(
            'contactKind',
            CONTACT_KINDS.map(([k]) => k),
            () => rng.weighted(CONTACT_KINDS),
          );
  const now = base.clock.now();
  const date = today(now);
  const location = kind.at === 'sprechstunde' ? setup.consultationPlace(person, date) : kind.at === 'buero' ? setup.office : null;
  const interpreterUsed = person.interpreterNeeded && rng.chance(kind.place === 'telefon' ? 0.5 : 0.85);
  const followUps = caseId !== null && rng.chance(0.3) ? [{ dueDate: addDays(date, rng.int(5, 28)), title: rng.pick(FOLLOW_UP_TITLES) }] : [];
  const contact = run.svc.contacts.create(
    valid('contacts.create', {
      personId: run.personId,
      caseId,
      at: now.toISOString(),
      durationMinutes: rng.int(...kind.minutes),
      place: kind.place,
      locationId: location?.id ?? null,
      type: kind.type,
      topics: topics(run),
      interpreterUsed,
      interpreterLanguage: interpreterUsed ? languageName(person.origin, person.languages[0]!) : null,
      note: kind.type === 'begleitung' ? 'Begleitung zur Ausländerbehörde.' : rng.chance(0.6) ? rng.pick(CONTACT_NOTES) : null,
      followUps,
    }),
  );
  base.stats.contacts += 1;
  for (const followUp of contact.followUps) settleFollowUp(run, followUp.id, followUp.dueDate);
}

/** Follow-ups are done around their due date; some of the last three weeks' are still open (overdue). */
export function settleFollowUp(run: CaseRun, id: string, dueDate: string): void {
  run.stats.followUps += 1;
  run.openFollowUps.add(id);
  const recent = dueDate >= addDays(run.setup.today, -21);
  if (recent && !run.rng.chance(0.7)) return;
  run.during(addDays(dueDate, run.rng.int(-3, 7)), () => markFollowUpDone(run, id));
}

export function markFollowUpDone(run: CaseRun, id: string): void {
  if (!run.openFollowUps.delete(id)) return;
  run.svc.followUps.markDone(valid('followUps.markDone', { id }));
}

/** Referrals still waiting for the partner's answer. */
const AWAITING: readonly ReferralStatus[] = ['vorgeschlagen', 'vermittelt', 'termin_vereinbart'];

/**
 * Before a case is closed, what is still pending is tidied up: follow-ups are marked done and
 * referrals still waiting for an answer are ended, so a reopened case does not bring back
 * years-old items.
 */
export function tidyUpBeforeClosure(run: CaseRun): void {
  for (const id of [...run.openFollowUps]) markFollowUpDone(run, id);
  for (const [id, status] of run.openReferrals) {
    if (!AWAITING.includes(status)) continue;
    run.svc.referrals.setStatus(valid('referrals.setStatus', { id, status: 'abgebrochen', outcome: REFERRAL_ENDED_AT_CLOSURE }));
    run.openReferrals.delete(id);
  }
}

/** A follow-up set by hand, e.g. before a document expires. */
export function manualFollowUp(run: CaseRun, date: string): void {
  const view = run.svc.followUps.create(
    valid('followUps.create', { caseId: run.caseId, dueDate: addDays(date, run.rng.int(7, 60)), title: run.rng.pick(FOLLOW_UP_TITLES) }),
  );
  settleFollowUp(run, view.id, view.dueDate);
}

const validOn = (release: ReleaseState, date: string) =>
  release.givenAt <= date && (release.validUntil === null || release.validUntil >= date) && (release.revokedAt === null || release.revokedAt > date);

/** A release for this partner valid on `date`: the one there is, or one the client gives now. */
export function ensureRelease(run: CaseRun, partnerId: string, date: string, opened: string): void {
  const existing = run.releases.get(partnerId);
  if (existing && validOn(existing, date)) return;
  const { rng } = run;
  const givenAt = dayBetween(rng, maxDate(opened, addDays(date, -14)), date);
  const validUntil = rng.chance(0.5) ? addYears(givenAt, rng.pick([1, 2])) : null;
  const view = run.svc.releases.create(
    valid('releases.create', {
      personId: run.personId,
      partnerId,
      givenAt,
      validUntil,
      scope: RELEASE_SCOPE,
      // What RELEASE_SCOPE says in words; fixed, so the random sequence of the demo data stays as it was.
      dataKinds: ['anlass', 'kontakt', 'lebenslage'],
      form: run.base.coverage.next('releaseForm', RELEASE_FORMS, () =>
        rng.weighted([
          ['schriftlich', 8],
          ['muendlich', 1],
          ['elektronisch', 1],
        ] as const),
      ),
    }),
  );
  run.stats.releases += 1;
  const state: ReleaseState = { id: view.id, givenAt, validUntil, revokedAt: null };
  run.releases.set(partnerId, state);
  if (run.base.coverage.missing('revokedRelease') || rng.chance(0.03)) {
    const revokedAt = addDays(date, rng.int(20, 200));
    if (revokedAt <= run.setup.today) run.base.coverage.shownNow('revokedRelease');
    run.agenda.at(revokedAt, () => {
      run.svc.releases.revoke(valid('releases.revoke', { id: view.id, revokedAt }));
      state.revokedAt = revokedAt;
    });
  }
}

/** The steps a referral goes through after it was made, each some days after the last. */
function pathOf(
  run: CaseRun,
  path: ReferralPath,
  start: ReferralStatus,
): { status: ReferralStatus; days: [number, number]; gap?: StructuralGap; outcome?: string }[] {
  const { rng } = run;
  const appointment = start === 'vorgeschlagen' || rng.chance(0.5) ? [{ status: 'termin_vereinbart' as const, days: [3, 14] as [number, number] }] : [];
  switch (path) {
    case 'erfolg':
      return [
        ...appointment,
        { status: 'angenommen', days: [5, 21] },
        { status: 'abgeschlossen', days: [20, 120], outcome: rng.pick(REFERRAL_SUCCESS_OUTCOMES) },
      ];
    case 'luecke': {
      const gap = run.base.coverage.next('structuralGap', STRUCTURAL_GAPS, () => rng.pick(STRUCTURAL_GAPS));
      const status = rng.chance(0.6) ? 'abgelehnt' : 'abgebrochen';
      return [...(rng.chance(0.5) ? appointment : []), { status, days: [7, 40], gap, outcome: GAP_OUTCOMES[gap] }];
    }
    case 'abgebrochen':
      return [...appointment, { status: 'abgebrochen', days: [7, 30], outcome: rng.pick(DROPPED_OUTCOMES) }];
    case 'offen': {
      // The partner answers late; only the recent ones still wait for it today.
      if (rng.chance(0.5)) return [...appointment, { status: 'angenommen', days: [30, 90] }];
      return [...(rng.chance(0.5) ? appointment : []), { status: 'abgebrochen', days: [30, 90], outcome: rng.pick(DROPPED_OUTCOMES) }];
    }
  }
}

/** A referral for one of the case's areas, to the partner responsible for it. */
export function refer(run: CaseRun, date: string, opened: string): void {
  const { rng, setup, base } = run;
  const areas = [
    ...new Set([...run.goals.filter((g) => g.open).map((g) => g.lifeAreaId), ...(run.entries ?? []).filter((e) => e.situation <= 3).map((e) => e.lifeAreaId)]),
  ];
  const lifeAreaId = areas.length > 0 ? rng.pick(areas) : rng.pick(setup.lifeAreaIds);
  const young = run.person.ageAtIntake < 27;
  const options = areaTexts(lifeAreaId).referrals.filter((r) => (r.partner === 'jmd' ? young : r.partner === 'mbe' ? !young : true));
  const template = rng.pick(options.length > 0 ? options : areaTexts(lifeAreaId).referrals);
  const partnerId = setup.partnerId(template.partner, date);
  const dataTransfer = base.coverage.next('dataTransfer', [true, false], () => rng.chance(0.55));
  if (dataTransfer) ensureRelease(run, partnerId, date, opened);
  const start: ReferralStatus = rng.chance(0.6) ? 'vorgeschlagen' : 'vermittelt';
  const referral = run.svc.referrals.create(
    valid('referrals.create', { caseId: run.caseId, partnerId, lifeAreaId, reason: template.reason, date, dataTransfer, status: start }),
  );
  base.stats.referrals += 1;
  run.referred.push(template.partner);
  run.openReferrals.set(referral.id, start);

  const path = base.coverage.next('referralPath', REFERRAL_PATHS, () =>
    rng.weighted([
      ['erfolg', 45],
      ['luecke', 25],
      ['abgebrochen', 10],
      ['offen', 20],
    ] as const),
  );
  let day = date;
  for (const step of pathOf(run, path, start)) {
    day = addDays(day, rng.int(...step.days));
    run.during(day, () => {
      if (!run.openReferrals.has(referral.id)) return;
      run.svc.referrals.setStatus(
        valid('referrals.setStatus', {
          id: referral.id,
          status: step.status,
          ...(step.gap ? { structuralGap: step.gap } : {}),
          ...(step.outcome ? { outcome: step.outcome } : {}),
        }),
      );
      run.openReferrals.set(referral.id, step.status);
    });
  }
}

/** A case conference with two or three partners, each with a valid release; its actions become follow-ups. */
export function holdConference(run: CaseRun, date: string, opened: string): void {
  const { rng, setup, base } = run;
  const keys: PartnerKey[] = [...new Set([...run.referred, 'jobcenter' as const, 'abh' as const])].slice(0, rng.int(2, 3));
  const partnerIds = [...new Set(keys.map((key) => setup.partnerId(key, date)))];
  for (const partnerId of partnerIds) ensureRelease(run, partnerId, date, opened);
  const text = rng.pick(CONFERENCE_TEXTS);
  const clientPresent = rng.chance(0.6);
  const conference = run.svc.caseConferences.create(
    valid('caseConferences.create', {
      caseId: run.caseId,
      date,
      clientPresent,
      participants: partnerIds.map((partnerId) => ({ partnerId })),
      agenda: text.agenda,
      results: text.results,
      actions: text.actions.map((title) => ({ title, dueDate: addDays(date, rng.int(14, 35)) })),
    }),
  );
  base.stats.caseConferences += 1;
  base.coverage.shownNow('conference');
  for (const action of conference.actions) settleFollowUp(run, action.id, action.dueDate);
  if (clientPresent) recordContact(run, 'fallkonferenz');
}
