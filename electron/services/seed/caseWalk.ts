/**
 * One demo case from first contact to where its fate ends: intake with consent, the cycle as far
 * as it gets, contacts all along, closure and reopening. And intakes that open no case.
 */
import type { AccessRoute, ConsentForm } from '../../contract/areas/cases';
import { addDays, dayBetween, minDate } from './calendar';
import { assess, closeCase, draftAgreement, maybeOwnCadence, planReassessment, reassess, reopenCase, setGoals, signAgreement } from './caseCycle';
import { holdConference, manualFollowUp, recordContact, refer } from './caseNetwork';
import { CaseRun, type SeedBase } from './caseRun';
import { valid } from './demoServices';
import type { BriefIntake, CaseDates, Fate, Stage } from './fates';
import { createHousehold, drawPerson, fullRecord, quickRecord } from './people';
import type { SeededRandom } from './random';

const STAGES: readonly Stage[] = ['assessment', 'zielvereinbarung', 'leistungssteuerung', 'monitoring'];
const ACCESS_ROUTES: readonly (readonly [AccessRoute, number])[] = [
  ['sprechstunde', 35],
  ['abh', 12],
  ['jobcenter', 12],
  ['sozialamt', 10],
  ['unterkunft', 15],
  ['andere_stelle', 8],
  ['aufsuchend', 8],
];
const CONSENT_FORMS: readonly (readonly [ConsentForm, number])[] = [
  ['schriftlich', 8],
  ['muendlich', 1],
  ['elektronisch', 1],
];

function accessRoute(run: CaseRun): AccessRoute {
  return run.base.coverage.next(
    'accessRoute',
    ACCESS_ROUTES.map(([r]) => r),
    () => run.rng.weighted(ACCESS_ROUTES),
  );
}

/** Short advice or a referral elsewhere, without a case; the person is taken down quickly. */
function briefConsultation(run: CaseRun, date: string, decision: BriefIntake['decision']): void {
  const { svc, setup, person } = run;
  if (!run.personId) {
    run.personId = svc.persons.create(valid('persons.create', quickRecord(person))).id;
    run.stats.persons += 1;
  }
  svc.intakes.record(
    valid('intakes.record', {
      personId: run.personId,
      date,
      accessRoute: accessRoute(run),
      targetGroupIds: setup.targetGroupIds(person, date),
      decision,
      ...(decision === 'weiterverwiesen'
        ? { referredTo: setup.partnerName(setup.partnerId(run.rng.pick(['mbe', 'jmd', 'jobcenter', 'schuldner'] as const), date)) }
        : {}),
    }),
  );
  run.stats.intakesWithoutCase += 1;
  recordContact(run, undefined, null);
}

function openCase(run: CaseRun, date: string): void {
  const { svc, setup, person, rng } = run;
  const record = fullRecord(person);
  if (run.personId) {
    svc.persons.update(valid('persons.update', { personId: run.personId, ...record }));
  } else {
    run.personId = svc.persons.create(valid('persons.create', record)).id;
    run.stats.persons += 1;
  }
  if (person.partner || person.children > 0) run.stats.persons += createHousehold(svc, rng, person, run.personId, date);
  const intake = svc.intakes.record(
    valid('intakes.record', {
      personId: run.personId,
      date,
      accessRoute: person.umf ? 'andere_stelle' : accessRoute(run),
      targetGroupIds: setup.targetGroupIds(person, date),
      decision: 'fall_eroeffnet',
      consent: {
        givenAt: date,
        form: run.base.coverage.next(
          'consentForm',
          CONSENT_FORMS.map(([f]) => f),
          () => rng.weighted(CONSENT_FORMS),
        ),
      },
      caseManager: setup.caseManager,
      locationId: setup.consultationPlace(person, date).id,
      traeger: setup.traeger,
    }),
  );
  run.caseId = intake.caseId!;
  run.open = true;
  run.stats.cases += 1;
  recordContact(run, 'erstberatung');
}

/** Contacts until `end`: close together in the first months, then every few weeks. */
function planContacts(run: CaseRun, from: string, end: string): void {
  const intensiveUntil = addDays(from, 90);
  for (let day = from; day <= end; day = addDays(day, day < intensiveUntil ? run.rng.int(7, 30) : run.rng.int(21, 75))) {
    const on = day;
    run.during(on, () => recordContact(run));
  }
}

/** The cycle from opening to the end of the first period (closure or today), as far as the fate goes. */
function planFirstPeriod(run: CaseRun, fate: Fate, dates: CaseDates): void {
  const { rng, base } = run;
  const { opened } = dates;
  const end = dates.closed ?? base.setup.today;
  const within = (date: string) => minDate(date, end);
  run.stage = STAGES.indexOf(fate.stage);

  if (run.stage >= 1) {
    const assessedOn = within(addDays(opened, rng.int(4, 21)));
    const goalsOn = within(addDays(assessedOn, rng.int(0, 7)));
    const signedOn = within(addDays(goalsOn, rng.int(0, 10)));
    run.during(assessedOn, () => {
      assess(run, assessedOn);
      maybeOwnCadence(run);
      planReassessment(run, assessedOn, end);
    });
    run.during(goalsOn, () => {
      setGoals(run, goalsOn, rng.int(1, 3));
      if (run.stage >= 2 || rng.chance(0.6)) draftAgreement(run, goalsOn);
    });
    if (run.stage >= 2) run.during(signedOn, () => signAgreement(run, signedOn));
    if (run.stage >= 3) {
      let referredOn = within(addDays(signedOn, rng.int(2, 21)));
      const first = referredOn;
      for (let i = rng.int(1, 3); i > 0 && referredOn <= end; i--) {
        const on = referredOn;
        run.during(on, () => refer(run, on, opened));
        referredOn = addDays(referredOn, rng.int(7, 90));
      }
      if (rng.chance(0.2) || base.coverage.missing('conference')) {
        const on = within(addDays(first, rng.int(14, 90)));
        run.during(on, () => holdConference(run, on, opened));
      }
    }
  }
  planContacts(run, addDays(opened, rng.int(5, 25)), end);
  if (rng.chance(0.2)) {
    const on = dayBetween(rng, opened, end);
    run.during(on, () => manualFollowUp(run, on));
  }
}

/** After reopening: monitoring again, a re-assessment with a new goal, perhaps a referral. */
function planReopened(run: CaseRun, fate: Fate, dates: CaseDates): void {
  const { rng, base } = run;
  const reopened = dates.reopened!;
  const end = dates.closedAgain ?? base.setup.today;
  const within = (date: string) => minDate(date, end);
  recordContact(run);
  planContacts(run, addDays(reopened, rng.int(10, 30)), end);
  if (run.entries) {
    const on = within(addDays(reopened, rng.int(5, 30)));
    run.during(on, () => {
      reassess(run, on, true);
      planReassessment(run, on, end);
    });
  }
  if (rng.chance(0.6)) {
    const on = within(addDays(reopened, rng.int(14, 60)));
    run.during(on, () => refer(run, on, dates.opened));
  }
  const again = fate.reopen?.closeAgain;
  if (dates.closedAgain && again) run.agenda.at(dates.closedAgain, () => run.open && closeCase(run, again), 2);
}

export function walkCase(base: SeedBase, rng: SeededRandom, fate: Fate, dates: CaseDates): void {
  const person = drawPerson(rng, base.setup, dates.opened, fate.person);
  const run = new CaseRun(base, rng, person);
  if (dates.earlierIntake) {
    const on = dates.earlierIntake;
    run.agenda.at(on, () => briefConsultation(run, on, 'kurzberatung'));
  }
  run.agenda.at(dates.opened, () => {
    openCase(run, dates.opened);
    planFirstPeriod(run, fate, dates);
  });
  const closure = fate.closure;
  if (dates.closed && closure) run.agenda.at(dates.closed, () => run.open && closeCase(run, closure), 2);
  if (dates.reopened) {
    run.agenda.at(
      dates.reopened,
      () => {
        reopenCase(run);
        planReopened(run, fate, dates);
      },
      0,
    );
  }
  run.agenda.run();
}

export function walkBriefIntake(base: SeedBase, rng: SeededRandom, brief: BriefIntake): void {
  const run = new CaseRun(base, rng, drawPerson(rng, base.setup, brief.date));
  run.agenda.at(brief.date, () => briefConsultation(run, brief.date, brief.decision));
  run.agenda.run();
}
