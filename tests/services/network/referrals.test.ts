import { describe, expect, it } from 'vitest';
import { REFERRAL_STATUSES } from '../../../db/schema';
import { REFERRAL_TRANSITIONS } from '../../../electron/services/network/labels';
import type { ReferralStatus } from '../../../electron/contract/areas/network';
import { codeOf, networkStore } from './fixtures';

async function setup() {
  const s = await networkStore();
  const personId = s.addPerson();
  const caseId = s.addCase(personId);
  const partner = s.partners.create({ organisation: 'Jobcenter Kreis', legalArea: 'sgb2' });
  const refer = (over: Partial<Parameters<typeof s.referrals.create>[0]> = {}) =>
    s.referrals.create({ caseId, partnerId: partner.id, lifeAreaId: 'arbeit', reason: 'Arbeitsvermittlung', date: '2026-11-10', dataTransfer: true, ...over });
  const release = (over: Partial<Parameters<typeof s.releases.create>[0]> = {}) =>
    s.releases.create({
      personId,
      partnerId: partner.id,
      givenAt: '2026-11-01',
      scope: 'Arbeitsvermittlung',
      dataKinds: ['anlass'],
      form: 'schriftlich',
      ...over,
    });
  return { ...s, personId, caseId, partner, refer, release };
}

describe('referrals: release from professional secrecy', () => {
  it('refuses passing data without any release, but allows informing the client without data', async () => {
    const s = await setup();
    expect(codeOf(() => s.refer())).toBe('RELEASE_REQUIRED');
    const informed = s.refer({ dataTransfer: false });
    expect(informed).toMatchObject({ dataTransfer: false, releaseId: null, status: 'vorgeschlagen' });
  });

  it('stores the release that is valid on the referral date', async () => {
    const s = await setup();
    const r = s.release();
    expect(s.refer().releaseId).toBe(r.id);
    expect(s.refer({ date: '2026-11-01' }).releaseId).toBe(r.id);
  });

  it('refuses a release given after the referral date', async () => {
    const s = await setup();
    s.release({ givenAt: '2026-11-11' });
    expect(codeOf(() => s.refer({ date: '2026-11-10' }))).toBe('RELEASE_REQUIRED');
  });

  it('refuses an expired release, but accepts it on its last day', async () => {
    const s = await setup();
    const r = s.release({ validUntil: '2026-11-09' });
    expect(codeOf(() => s.refer({ date: '2026-11-10' }))).toBe('RELEASE_REQUIRED');
    expect(s.refer({ date: '2026-11-09' }).releaseId).toBe(r.id);
  });

  it('refuses a release revoked on or before the referral date, accepts one revoked later', async () => {
    const s = await setup();
    const r = s.release();
    s.releases.revoke({ id: r.id, revokedAt: '2026-11-10' });
    expect(codeOf(() => s.refer({ date: '2026-11-10' }))).toBe('RELEASE_REQUIRED');
    expect(s.refer({ date: '2026-11-09' }).releaseId).toBe(r.id);
  });

  it('does not accept a release for another partner or another person', async () => {
    const s = await setup();
    const other = s.partners.create({ organisation: 'Agentur für Arbeit', legalArea: 'sgb3' });
    s.release({ partnerId: other.id });
    s.release({ personId: s.addPerson() });
    expect(codeOf(() => s.refer())).toBe('RELEASE_REQUIRED');
  });
});

describe('referrals: rules and phase', () => {
  it('names the partner, life area, labels and history; the first referral moves the case to Monitoring; audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const r = s.refer({ dataTransfer: false, status: 'vermittelt', note: 'Termin folgt' });
    expect(r).toMatchObject({
      caseId: s.caseId,
      partnerName: 'Jobcenter Kreis',
      legalAreaLabel: 'SGB II – Jobcenter',
      lifeAreaId: 'arbeit',
      lifeAreaName: 'Ausbildung/Arbeit',
      reason: 'Arbeitsvermittlung',
      date: '2026-11-10',
      status: 'vermittelt',
      statusLabel: 'Vermittelt',
      outcome: null,
      structuralGap: null,
      structuralGapLabel: null,
      recordedBy: 'Test Beraterin',
    });
    expect(r.nextStatuses.map((o) => o.value)).toEqual(REFERRAL_TRANSITIONS.vermittelt);
    expect(r.history).toEqual([
      { status: 'vermittelt', statusLabel: 'Vermittelt', at: '2026-11-21T10:00:00.000Z', note: 'Termin folgt', by: 'Test Beraterin' },
    ]);
    expect(s.phaseOf(s.caseId)).toBe('monitoring');
    expect(s.auditSince(mark)).toEqual(
      expect.arrayContaining([
        { action: 'referral.created', entity: 'referral', entityId: r.id, actor: 'Test Beraterin' },
        { action: 'case.phase_changed', entity: 'case', entityId: s.caseId, actor: 'Test Beraterin' },
      ]),
    );
    expect(s.auditSince(mark)).toHaveLength(2);
  });

  it('moves a case in an earlier phase on to Monitoring, and never back', async () => {
    const s = await setup();
    const early = s.addCase(s.personId, 'assessment');
    s.refer({ caseId: early, dataTransfer: false });
    expect(s.phaseOf(early)).toBe('monitoring');
    s.refer({ caseId: early, dataTransfer: false });
    expect(s.phaseOf(early)).toBe('monitoring');
  });

  it('refuses a closed or unknown case, an unknown or inactive partner, an unknown life area and a future date', async () => {
    const s = await setup();
    expect(codeOf(() => s.refer({ dataTransfer: false, date: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.refer({ dataTransfer: false, lifeAreaId: 'mond' }))).toBe('LIFE_AREA_NOT_FOUND');
    expect(codeOf(() => s.refer({ dataTransfer: false, partnerId: 'nope' }))).toBe('PARTNER_NOT_FOUND');
    expect(codeOf(() => s.refer({ dataTransfer: false, caseId: 'nope' }))).toBe('CASE_NOT_FOUND');
    s.partners.deactivate({ id: s.partner.id });
    expect(codeOf(() => s.refer({ dataTransfer: false }))).toBe('PARTNER_INACTIVE');
    s.partners.reactivate({ id: s.partner.id });
    s.closeCase(s.caseId);
    expect(codeOf(() => s.refer({ dataTransfer: false }))).toBe('CASE_CLOSED');
    expect(s.referrals.listForCase({ caseId: s.caseId })).toEqual([]);
  });
});

describe('referrals: status', () => {
  it('allows exactly the defined transitions and nothing out of the final statuses', async () => {
    const s = await setup();
    const path: Record<ReferralStatus, ReferralStatus[]> = {
      vorgeschlagen: [],
      vermittelt: ['vermittelt'],
      termin_vereinbart: ['termin_vereinbart'],
      angenommen: ['vermittelt', 'angenommen'],
      abgeschlossen: ['vermittelt', 'angenommen', 'abgeschlossen'],
      abgelehnt: ['abgelehnt'],
      abgebrochen: ['abgebrochen'],
    };
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) {
        const r = s.refer({ dataTransfer: false });
        for (const step of path[from]) s.referrals.setStatus({ id: r.id, status: step });
        const allowed = REFERRAL_TRANSITIONS[from].includes(to);
        if (allowed) expect(s.referrals.setStatus({ id: r.id, status: to }).status, `${from} → ${to}`).toBe(to);
        else
          expect(
            codeOf(() => s.referrals.setStatus({ id: r.id, status: to })),
            `${from} → ${to}`,
          ).toBe('REFERRAL_STATUS_NOT_ALLOWED');
      }
    }
    for (const final of ['abgeschlossen', 'abgelehnt', 'abgebrochen'] as const) expect(REFERRAL_TRANSITIONS[final]).toEqual([]);
    expect(REFERRAL_TRANSITIONS.vorgeschlagen).toContain('vermittelt');
    expect(REFERRAL_TRANSITIONS.angenommen).toContain('abgeschlossen');
    expect(REFERRAL_TRANSITIONS.vorgeschlagen).not.toContain('abgeschlossen');
  });

  it('appends each change to the history, with note and outcome, audited', async () => {
    const s = await setup();
    const r = s.refer({ dataTransfer: false });
    const mark = s.auditMark();
    s.clock.advance(60_000);
    s.referrals.setStatus({ id: r.id, status: 'termin_vereinbart', note: 'Termin am 2.12.' });
    s.clock.advance(60_000);
    const done = s.referrals.setStatus({ id: r.id, status: 'angenommen', outcome: 'Aufgenommen in Maßnahme' });
    expect(done.outcome).toBe('Aufgenommen in Maßnahme');
    expect(done.history.map((h) => [h.status, h.at, h.note])).toEqual([
      ['vorgeschlagen', '2026-11-21T10:00:00.000Z', null],
      ['termin_vereinbart', '2026-11-21T10:01:00.000Z', 'Termin am 2.12.'],
      ['angenommen', '2026-11-21T10:02:00.000Z', null],
    ]);
    const withOutcome = s.referrals.setOutcome({ id: r.id, outcome: 'Platz ab Januar' });
    expect(withOutcome.outcome).toBe('Platz ab Januar');
    expect(withOutcome.history).toHaveLength(3);
    expect(s.auditSince(mark)).toEqual([
      { action: 'referral.status_changed', entity: 'referral', entityId: r.id, actor: 'Test Beraterin' },
      { action: 'referral.status_changed', entity: 'referral', entityId: r.id, actor: 'Test Beraterin' },
      { action: 'referral.outcome_recorded', entity: 'referral', entityId: r.id, actor: 'Test Beraterin' },
    ]);
  });

  it('keeps the structural gap of a failed referral, and refuses it on any other status', async () => {
    const s = await setup();
    const r = s.refer({ dataTransfer: false });
    expect(codeOf(() => s.referrals.setStatus({ id: r.id, status: 'vermittelt', structuralGap: 'warteliste' }))).toBe('STRUCTURAL_GAP_NOT_ALLOWED');
    const failed = s.referrals.setStatus({ id: r.id, status: 'abgelehnt', structuralGap: 'keine_sprachmittlung', note: 'Kein Dolmetscher für Tigrinya' });
    expect(failed).toMatchObject({ status: 'abgelehnt', structuralGap: 'keine_sprachmittlung', structuralGapLabel: 'Keine Sprachmittlung', nextStatuses: [] });
    expect(s.referrals.listForCase({ caseId: s.caseId })[0]).toMatchObject({ structuralGap: 'keine_sprachmittlung' });

    const other = s.refer({ dataTransfer: false });
    s.referrals.setStatus({ id: other.id, status: 'vermittelt' });
    expect(s.referrals.setStatus({ id: other.id, status: 'abgebrochen', structuralGap: 'kein_platz' }).structuralGapLabel).toBe('Kein Platz');
    const plain = s.refer({ dataTransfer: false });
    expect(s.referrals.setStatus({ id: plain.id, status: 'abgebrochen' }).structuralGap).toBeNull();
  });

  it('refuses changes on a closed case and unknown referrals', async () => {
    const s = await setup();
    const r = s.refer({ dataTransfer: false });
    expect(codeOf(() => s.referrals.setStatus({ id: 'nope', status: 'vermittelt' }))).toBe('REFERRAL_NOT_FOUND');
    expect(codeOf(() => s.referrals.setOutcome({ id: 'nope', outcome: 'x' }))).toBe('REFERRAL_NOT_FOUND');
    s.closeCase(s.caseId);
    expect(codeOf(() => s.referrals.setStatus({ id: r.id, status: 'vermittelt' }))).toBe('CASE_CLOSED');
    expect(codeOf(() => s.referrals.setOutcome({ id: r.id, outcome: 'x' }))).toBe('CASE_CLOSED');
    expect(s.referrals.listForCase({ caseId: s.caseId })[0]?.history).toHaveLength(1);
  });

  it('lists a case’s referrals newest first, only that case’s', async () => {
    const s = await setup();
    const older = s.refer({ dataTransfer: false, date: '2026-10-01' });
    const newer = s.refer({ dataTransfer: false, date: '2026-11-15' });
    s.refer({ caseId: s.addCase(), dataTransfer: false });
    expect(s.referrals.listForCase({ caseId: s.caseId }).map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(codeOf(() => s.referrals.listForCase({ caseId: 'nope' }))).toBe('CASE_NOT_FOUND');
  });
});
