/** What the demo knows while it writes one case: ids of what it created, and what is still open. */
import { Agenda } from './agenda';
import type { SimClock } from './calendar';
import type { ReferralStatus } from '../../contract/areas/network';
import type { DemoSetup, PartnerKey } from './configuration';
import type { Coverage, DemoServices } from './demoServices';
import type { DraftEntry } from './assessmentDraft';
import type { DemoPerson } from './people';
import type { SeededRandom } from './random';

export interface SeedStats {
  persons: number;
  cases: number;
  intakesWithoutCase: number;
  assessments: number;
  goals: number;
  agreements: number;
  releases: number;
  referrals: number;
  contacts: number;
  followUps: number;
  caseConferences: number;
  closures: number;
  reopenings: number;
}

export const emptyStats = (): SeedStats => ({
  persons: 0,
  cases: 0,
  intakesWithoutCase: 0,
  assessments: 0,
  goals: 0,
  agreements: 0,
  releases: 0,
  referrals: 0,
  contacts: 0,
  followUps: 0,
  caseConferences: 0,
  closures: 0,
  reopenings: 0,
});

/** Shared by all cases of one seed. */
export interface SeedBase {
  svc: DemoServices;
  setup: DemoSetup;
  clock: SimClock;
  coverage: Coverage;
  stats: SeedStats;
  /** The setting's re-assessment cadence in months, read once when first needed. */
  settingCadence?: number;
}

export interface GoalState {
  id: string;
  title: string;
  lifeAreaId: string;
  open: boolean;
  /** In work since the agreement was signed. */
  working: boolean;
  reached: boolean;
  /** Reaching it gives the person a residence permit (§ 25b AufenthG). */
  bleiberecht: boolean;
  steps: { id: string; done: boolean }[];
}

export interface ReleaseState {
  id: string;
  givenAt: string;
  validUntil: string | null;
  revokedAt: string | null;
}

export class CaseRun {
  personId = '';
  caseId = '';
  open = false;
  /** Counts closures: work planned for an earlier period is dropped after a closure. */
  period = 0;
  /** How far the cycle may go: 0 assessment, 1 Zielvereinbarung, 2 Leistungssteuerung, 3 Monitoring. */
  stage = 0;
  entries: DraftEntry[] | null = null;
  /** The re-assessment cadence in months (the case's own or the setting's), once known. */
  cadenceMonths: number | null = null;
  goals: GoalState[] = [];
  agreement: { id: string; signed: boolean } | null = null;
  readonly releases = new Map<string, ReleaseState>();
  readonly referred: PartnerKey[] = [];
  /** Follow-ups not done yet, and referrals with their current status: tidied up at closure. */
  readonly openFollowUps = new Set<string>();
  readonly openReferrals = new Map<string, ReferralStatus>();
  readonly agenda: Agenda;

  constructor(
    readonly base: SeedBase,
    readonly rng: SeededRandom,
    readonly person: DemoPerson,
  ) {
    this.agenda = new Agenda(base.clock);
  }

  get svc(): DemoServices {
    return this.base.svc;
  }

  get setup(): DemoSetup {
    return this.base.setup;
  }

  get stats(): SeedStats {
    return this.base.stats;
  }

  /** Work on the open case on `date`; dropped when the case is closed by then. */
  during(date: string, work: () => void): void {
    const period = this.period;
    this.agenda.at(date, () => {
      if (this.open && this.period === period) work();
    });
  }
}
