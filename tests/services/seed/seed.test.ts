import { describe, expect, it } from 'vitest';
import { CLOSURE_REASONS, STRUCTURAL_GAPS } from '../../../db/schema';
import { recentAudit } from '../../../db/queries/audit';
import { readSetting } from '../../../db/queries/settings';
import { canonicalDump, NOW, rows, seededStore, TODAY } from './helpers';

describe('demo data: deterministic', { timeout: 60_000 }, () => {
  it('the same seed on the same day writes the same data; another seed other data', async () => {
    const first = await seededStore({ cases: 20, seed: 7 });
    const second = await seededStore({ cases: 20, seed: 7 });
    const other = await seededStore({ cases: 20, seed: 8 });
    expect(second.summary).toEqual(first.summary);
    const dump = canonicalDump(first.sqlite, true);
    expect(dump.length).toBeGreaterThan(10_000);
    expect(canonicalDump(second.sqlite, true)).toBe(dump);
    expect(canonicalDump(other.sqlite, true)).not.toBe(dump);
  }, 30_000);

  it('another day gives other dates', async () => {
    const first = await seededStore({ cases: 12, seed: 1 });
    const later = await seededStore({ cases: 12, seed: 1, now: new Date(2026, 5, 1, 9, 0) });
    const opened = (s: typeof first) => rows<{ opened_at: string }>(s.sqlite, 'SELECT opened_at FROM cases ORDER BY rowid').map((r) => r.opened_at);
    expect(opened(later)).not.toEqual(opened(first));
  });
});

describe('demo data: content', { timeout: 60_000 }, () => {
  it('covers every phase, every closure reason, a reopening, and intakes without a case', async () => {
    const s = await seededStore({ cases: 14, seed: 3 });
    expect(s.summary.cases).toBe(14);
    // round(14 / 4) intakes of their own, and some clients had a Kurzberatung before their case
    expect(s.summary.intakesWithoutCase).toBeGreaterThanOrEqual(4);

    const cases = s.cases.list({});
    expect(cases).toHaveLength(14);
    expect(new Set(cases.map((c) => c.phase))).toEqual(new Set(['assessment', 'zielvereinbarung', 'leistungssteuerung', 'monitoring', 'abgeschlossen']));
    const events = rows<{ kind: string; phase: string | null; reason: string | null }>(s.sqlite, 'SELECT kind, phase, reason FROM case_events');
    // A case is opened in the Erstberatung and moves on to the assessment at once.
    expect(events.filter((e) => e.kind === 'eroeffnet').every((e) => e.phase === 'erstberatung')).toBe(true);
    const closedFor = new Set(events.filter((e) => e.kind === 'abgeschlossen').map((e) => e.reason));
    expect([...closedFor].sort()).toEqual([...CLOSURE_REASONS].sort());
    expect(
      new Set(rows<{ closure_reason: string }>(s.sqlite, 'SELECT closure_reason FROM cases WHERE closed_at IS NOT NULL').map((r) => r.closure_reason)),
    ).toEqual(new Set(CLOSURE_REASONS));
    expect(events.some((e) => e.kind === 'wiedereroeffnet')).toBe(true);

    const intakes = rows<{ decision: string; case_id: string | null; referred_to: string | null; access_route: string }>(
      s.sqlite,
      'SELECT decision, case_id, referred_to, access_route FROM intakes',
    );
    expect(intakes.some((i) => i.decision === 'kurzberatung' && i.case_id === null)).toBe(true);
    expect(intakes.some((i) => i.decision === 'weiterverwiesen' && i.case_id === null && i.referred_to)).toBe(true);
    expect(intakes.filter((i) => i.decision === 'fall_eroeffnet').every((i) => i.case_id !== null)).toBe(true);
    expect(new Set(intakes.map((i) => i.access_route)).size).toBe(7);
    // every case was opened with consent, on its opening day
    const consents = rows<{ n: number }>(s.sqlite, 'SELECT COUNT(*) AS n FROM cases c JOIN consents k ON k.case_id = c.id AND k.given_at = c.opened_at');
    expect(consents[0]!.n).toBe(14);
  });

  it('has the cycle in it: re-assessments, goals with steps, signed and unsigned agreements, conferences, follow-ups', async () => {
    const s = await seededStore({ cases: 20, seed: 5 });
    const count = (sql: string) => rows<{ n: number }>(s.sqlite, sql)[0]!.n;
    expect(count(`SELECT COUNT(*) AS n FROM assessments WHERE kind = 're'`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM goal_steps WHERE done_at IS NOT NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM goal_steps WHERE responsible = 'partner' AND partner_id IS NOT NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM agreements WHERE signed_at IS NOT NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM agreements WHERE signed_at IS NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM case_conferences`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM case_conference_participants`)).toBeGreaterThan(1);
    expect(count(`SELECT COUNT(*) AS n FROM follow_ups WHERE done_at IS NOT NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM follow_ups WHERE done_at IS NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM contacts WHERE interpreter_used = 1 AND interpreter_language IS NOT NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM contact_topics`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) AS n FROM contacts WHERE case_id IS NULL`)).toBeGreaterThan(0);
    expect(new Set(rows<{ type: string }>(s.sqlite, 'SELECT type FROM contacts').map((r) => r.type)).size).toBeGreaterThanOrEqual(5);
    expect(count(`SELECT COUNT(*) AS n FROM releases WHERE revoked_at IS NOT NULL`)).toBeGreaterThan(0);
  });

  it('has referrals with and without data transfer, and failed ones with the gap in the system', async () => {
    const s = await seededStore({ cases: 16, seed: 2 });
    const referrals = rows<{ status: string; data_transfer: number; release_id: string | null; structural_gap: string | null; outcome: string | null }>(
      s.sqlite,
      'SELECT status, data_transfer, release_id, structural_gap, outcome FROM referrals',
    );
    expect(referrals.some((r) => r.data_transfer === 1 && r.release_id !== null)).toBe(true);
    expect(referrals.some((r) => r.data_transfer === 0 && r.release_id === null)).toBe(true);
    expect(referrals.filter((r) => r.data_transfer === 1).every((r) => r.release_id !== null)).toBe(true);
    const gaps = referrals.filter((r) => r.structural_gap !== null);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((r) => ['abgelehnt', 'abgebrochen'].includes(r.status) && r.outcome)).toBe(true);
    expect(referrals.some((r) => r.status === 'abgeschlossen')).toBe(true);
    expect(referrals.some((r) => r.status === 'abgebrochen' && r.structural_gap === null)).toBe(true);
    expect(STRUCTURAL_GAPS).toContain(gaps[0]!.structural_gap);
  });

  it('holds consultation hours in the shared accommodations, each ended, with Kurzberatungen and no queue left', async () => {
    const s = await seededStore({ cases: 30, seed: 9 });
    const hours = rows<{ kind: string; ended_at: string | null; advice: number }>(
      s.sqlite,
      `SELECT l.kind, h.ended_at, (SELECT count(*) FROM short_advice a WHERE a.session_id = h.id) AS advice
       FROM consultation_sessions h JOIN locations l ON l.id = h.location_id`,
    );
    expect(hours.length).toBe(3);
    expect(hours.every((h) => h.kind === 'gu' && h.ended_at !== null && h.advice >= 2)).toBe(true);
    const advice = rows<{ language: string | null; interpreter_used: number }>(s.sqlite, 'SELECT language, interpreter_used FROM short_advice');
    expect(advice.every((a) => a.language !== null || a.interpreter_used === 0)).toBe(true);
    expect(rows(s.sqlite, 'SELECT id FROM consultation_queue')).toEqual([]);
  });

  it('configures the target groups, places and network partners, and changes them over time', async () => {
    const s = await seededStore({ cases: 12, seed: 1 });
    const groups = s.targetGroups.list();
    expect(groups.map((g) => g.name)).toEqual(
      expect.arrayContaining([
        'Unbegleitete minderjährige Geflüchtete (UMF)',
        'Zugewanderte aus Osteuropa',
        'Geduldete und Gestattete über 27 Jahre',
        expect.stringMatching(/^Geduldete mit Perspektive nach §§ 25a\/25b AufenthG/),
      ]),
    );
    expect(groups.filter((g) => g.validToday)).toHaveLength(4);
    expect(groups.filter((g) => !g.validToday)).toHaveLength(1);
    const locations = s.locations.list({ includeInactive: true });
    expect(locations.filter((l) => l.kind === 'gu').length).toBeGreaterThanOrEqual(2);
    expect(locations.filter((l) => l.kind === 'rathaus')).toHaveLength(2);
    expect(locations.some((l) => l.kind === 'beratungsstelle')).toBe(true);
    expect(locations.filter((l) => !l.active)).toHaveLength(1);
    const partners = s.partners.list({ includeInactive: true });
    expect(partners.length).toBeGreaterThanOrEqual(15);
    expect(new Set(partners.map((p) => p.legalArea))).toEqual(
      new Set(['sgb2', 'sgb3', 'sgb8', 'sgb12', 'asylblg', 'aufenthg', 'staag', 'gesundheit', 'bildung', 'wohnen', 'sprache', 'beratung', 'sonstiges']),
    );
    expect(partners.filter((p) => !p.active)).toHaveLength(1);
    // an intake with a target group that was not valid on its day would have been refused; some use them
    expect(rows<{ n: number }>(s.sqlite, 'SELECT COUNT(*) AS n FROM case_target_groups')[0]!.n).toBeGreaterThan(0);
  });

  it('marks everything as fictional demo data: the store setting, every client, example.org addresses', async () => {
    const s = await seededStore({ cases: 12, seed: 4 });
    expect(readSetting(s.db, 'demoData')).toBe(true);
    const primaries = rows<{ note: string | null }>(s.sqlite, 'SELECT note FROM person_names WHERE is_primary = 1');
    expect(primaries.length).toBe(s.summary.persons);
    expect(primaries.every((n) => n.note === 'Demodaten: fiktive Person')).toBe(true);
    expect(rows(s.sqlite, 'SELECT 1 FROM person_names WHERE is_primary = 0').length).toBeGreaterThan(0); // other spellings
    expect(rows(s.sqlite, 'SELECT 1 FROM persons WHERE household_id IS NOT NULL').length).toBeGreaterThan(0);
    expect(rows(s.sqlite, 'SELECT 1 FROM persons WHERE incomplete = 1').length).toBeGreaterThan(0);
    const mails = rows<{ email: string }>(
      s.sqlite,
      'SELECT email FROM persons WHERE email IS NOT NULL UNION ALL SELECT email FROM partners WHERE email IS NOT NULL',
    );
    expect(mails.every((m) => /@(example\.org|kreis-lindenau\.example)$/.test(m.email))).toBe(true);
    expect(rows(s.sqlite, 'SELECT 1 FROM persons WHERE phone IS NOT NULL')).toEqual([]);
  });
});

describe('demo data: the rules hold', { timeout: 60_000 }, () => {
  /** Columns that may lie ahead: deadlines, validity, follow-up and due dates. */
  const MAY_BE_FUTURE = new Set(['due_date', 'valid_until', 'residence_valid_until']);

  it('no date after today, and every case in order: intake, opening, work, closure', async () => {
    const s = await seededStore({ cases: 30, seed: 11 });
    const tables = rows<{ name: string }>(
      s.sqlite,
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'search_index%'`,
    );
    let checked = 0;
    for (const { name } of tables) {
      for (const row of rows(s.sqlite, `SELECT * FROM "${name}"`)) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?($|T)/.test(value) || MAY_BE_FUTURE.has(column)) continue;
          checked += 1;
          if (value.length > 10) expect(Date.parse(value), `${name}.${column}`).toBeLessThanOrEqual(NOW.getTime());
          else expect(value <= TODAY, `${name}.${column} = ${value}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);

    const violations = (sql: string) => rows(s.sqlite, sql);
    expect(violations(`SELECT 1 FROM cases WHERE opened_at < date('${TODAY}', '-3 years', '-1 day')`)).toEqual([]);
    expect(violations('SELECT 1 FROM cases WHERE closed_at < opened_at')).toEqual([]);
    expect(violations('SELECT 1 FROM intakes i JOIN cases c ON c.id = i.case_id WHERE i.date <> c.opened_at')).toEqual([]);
    expect(violations('SELECT 1 FROM assessments a JOIN cases c ON c.id = a.case_id WHERE a.date < c.opened_at')).toEqual([]);
    expect(violations('SELECT 1 FROM agreements WHERE signed_at < date')).toEqual([]);
    expect(violations('SELECT 1 FROM referrals r JOIN cases c ON c.id = r.case_id WHERE r.date < c.opened_at')).toEqual([]);
    expect(violations('SELECT 1 FROM releases r JOIN referrals f ON f.release_id = r.id WHERE r.given_at > f.date')).toEqual([]);
    // a contact's moment is stored in UTC; its day is the local one, like the case's dates
    expect(violations(`SELECT 1 FROM contacts k JOIN cases c ON c.id = k.case_id WHERE date(k.at, 'localtime') < c.opened_at`)).toEqual([]);
    expect(violations('SELECT 1 FROM case_conferences k JOIN cases c ON c.id = k.case_id WHERE k.date < c.opened_at')).toEqual([]);
    // nothing was done on a case after it was closed (the services refuse it; the data shows it)
    expect(
      violations(`SELECT 1 FROM contacts k JOIN cases c ON c.id = k.case_id WHERE c.closed_at IS NOT NULL AND date(k.at, 'localtime') > c.closed_at`),
    ).toEqual([]);
    // case numbers run with the opening dates
    const numbers = rows<{ case_number: string; opened_at: string }>(s.sqlite, 'SELECT case_number, opened_at FROM cases ORDER BY case_number');
    expect(numbers.map((n) => n.opened_at)).toEqual(numbers.map((n) => n.opened_at).sort());
  });

  it('writes through the services: the audit log names every change, without content', async () => {
    const s = await seededStore({ cases: 12, seed: 6 });
    const audit = recentAudit(s.db, 100_000);
    const actions = new Set(audit.map((a) => a.action));
    for (const action of [
      'demo_data.marked',
      'target_group.created',
      'target_group.ended',
      'location.created',
      'location.deactivated',
      'partner.created',
      'partner.deactivated',
      'person.created',
      'person.household_linked',
      'intake.recorded',
      'consent.recorded',
      'case.opened',
      'case.phase_changed',
      'assessment.created',
      'reassessment.created',
      'goal.created',
      'goal_step.completed',
      'agreement.created',
      'agreement.signed',
      'release.created',
      'referral.created',
      'referral.status_changed',
      'contact.created',
      'follow_up.created',
      'follow_up.done',
      'case_conference.created',
      'case.closed',
      'case.reopened',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(audit.filter((a) => a.action === 'case.opened')).toHaveLength(12);
    expect(audit.every((a) => a.actor === 'Test Beraterin')).toBe(true);
    const names = rows<{ family_name: string }>(s.sqlite, 'SELECT family_name FROM person_names').map((n) => n.family_name);
    const logged = JSON.stringify(audit);
    expect(names.some((name) => logged.includes(name))).toBe(false);
  });

  it('fills only an empty store (DEMO_NOT_EMPTY), and leaves it as it was', async () => {
    const s = await seededStore({ cases: 12, seed: 1 });
    const dump = canonicalDump(s.sqlite);
    const { seedDemoData } = await import('../../../electron/services/seed');
    await expect(seedDemoData({ store: s.store, now: () => NOW }, { cases: 12, seed: 2 })).rejects.toMatchObject({ code: 'DEMO_NOT_EMPTY' });
    expect(canonicalDump(s.sqlite)).toBe(dump);
  });
});
