/**
 * Withdrawing the consent to case management: dated (not after today, not before it was given),
 * the person's releases end the same day (no data passed on after it: referrals with data and the
 * conference check refuse them from that day), then the case closes ('mitwirkung_beendet', the
 * statistic's closure reason) or is restricted. A new case needs a new consent.
 */
import { describe, expect, it } from 'vitest';
import { caseStore, codeOf } from '../cases/helpers';

async function setup() {
  const s = await caseStore('2026-03-10T10:00:00');
  const opened = s.openCase({ date: '2026-03-01' });
  const caseId = opened.caseId as string;
  const personId = s.cases.get(caseId).person.id;
  const partner = s.partners.create({ organisation: 'Jobcenter Kreis', legalArea: 'sgb2' });
  s.releases.create({ personId, partnerId: partner.id, givenAt: '2026-03-02', scope: 'Arbeitsvermittlung', dataKinds: ['anlass'], form: 'schriftlich' });
  const withdraw = (over: Partial<Parameters<typeof s.consents.withdraw>[0]> = {}) =>
    s.consents.withdraw({ caseId, withdrawnAt: '2026-03-08', followUp: 'abschliessen', ...over });
  return { ...s, caseId, personId, partner, withdraw };
}

describe('withdrawing the consent to case management', () => {
  it('dates the withdrawal, ends the releases on that day and closes the case with the reason "Mitwirkung beendet"', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const result = s.withdraw();
    expect(result).toEqual({ withdrawnAt: '2026-03-08', releasesRevoked: 1, closed: true, restricted: false });
    const view = s.cases.get(s.caseId);
    expect(view.consent?.revokedAt).toBe('2026-03-08');
    expect(view).toMatchObject({ open: false, closureReason: 'mitwirkung_beendet' });
    expect(s.releases.listForPerson({ personId: s.personId })[0]).toMatchObject({ revokedAt: '2026-03-08' });
    expect(s.auditSince(mark).map((a) => a.action)).toEqual(['consent.withdrawn', 'release.revoked', 'case.closed']);
    // The timeline shows the withdrawal on its date and the closure with its reason.
    const titles = s.cases.timeline(s.caseId).map((i) => i.title);
    expect(titles).toContain('Einwilligung widerrufen');
    expect(titles.some((t) => /Fall abgeschlossen: Mitwirkung beendet/i.test(t))).toBe(true);
  });

  it('refuses a date after today or before the consent was given, and a second withdrawal', async () => {
    const s = await setup();
    expect(codeOf(() => s.withdraw({ withdrawnAt: '2026-03-11' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.withdraw({ withdrawnAt: '2026-02-28' }))).toBe('CONSENT_WITHDRAWN_BEFORE_GIVEN');
    expect(s.cases.get(s.caseId).consent?.revokedAt).toBeNull();
    s.withdraw();
    expect(codeOf(() => s.withdraw())).toBe('CONSENT_NOT_IN_FORCE');
  });

  it('restricts instead of closing, from the withdrawal date, with the reason given; a reason is required', async () => {
    const s = await setup();
    expect(codeOf(() => s.withdraw({ followUp: 'einschraenken' }))).toBe('RESTRICTION_REASON_REQUIRED');
    const result = s.withdraw({ followUp: 'einschraenken', restrictionReason: 'Aufbewahrung für ein Widerspruchsverfahren' });
    expect(result).toMatchObject({ closed: false, restricted: true, releasesRevoked: 1 });
    expect(s.cases.get(s.caseId).open).toBe(true);
    expect(s.restrictions.ofCase({ caseId: s.caseId }).current).toMatchObject({ since: '2026-03-08', reason: 'Aufbewahrung für ein Widerspruchsverfahren' });
    expect(codeOf(() => s.cases.update({ caseId: s.caseId, traeger: 'x' }))).toBe('CASE_RESTRICTED');
  });

  it('a restricted case can withdraw but not close', async () => {
    const s = await setup();
    s.restrictions.restrict({ caseId: s.caseId, since: '2026-03-05', reason: 'Bestritten' });
    expect(codeOf(() => s.withdraw())).toBe('CASE_RESTRICTED');
    expect(s.withdraw({ followUp: 'einschraenken' })).toMatchObject({ restricted: true, releasesRevoked: 1 });
  });

  it('a release given after the withdrawal date is not ended by it', async () => {
    const s = await setup();
    const later = s.releases.create({
      personId: s.personId,
      partnerId: s.partner.id,
      givenAt: '2026-03-09',
      scope: 'Neu',
      dataKinds: ['anlass'],
      form: 'schriftlich',
    });
    expect(s.withdraw().releasesRevoked).toBe(1);
    expect(s.releases.listForPerson({ personId: s.personId }).find((r) => r.id === later.id)?.revokedAt).toBeNull();
  });
});

describe('no data passed on after a withdrawal', () => {
  it('refuses a referral with data dated on or after the release’s end, in a later case of the same person', async () => {
    const s = await setup();
    s.withdraw({ withdrawnAt: '2026-03-05' });
    // A new case with a new consent given after the withdrawal, but no new release.
    const next = s.openCase({ personId: s.personId, date: '2026-03-10', consent: { givenAt: '2026-03-10', form: 'schriftlich' } });
    const lifeAreaId = s.lifeAreas.list({})[0]!.id;
    const refer = (date: string, dataTransfer = true) =>
      s.referrals.create({ caseId: next.caseId as string, partnerId: s.partner.id, lifeAreaId, reason: 'Arbeit', date, dataTransfer });
    expect(codeOf(() => refer('2026-03-10'))).toBe('RELEASE_REQUIRED');
    expect(refer('2026-03-10', false).dataTransfer).toBe(false);
  });

  it('the conference check treats the ended release as missing from the withdrawal date on', async () => {
    const s = await setup();
    s.withdraw({ withdrawnAt: '2026-03-05', followUp: 'einschraenken', restrictionReason: 'Rechtsanspruch' });
    const check = (date: string) => s.caseConferences.checkReleases({ caseId: s.caseId, date, partnerIds: [s.partner.id] }).allOk;
    expect(check('2026-03-04')).toBe(true);
    expect(check('2026-03-05')).toBe(false);
    expect(check('2026-03-09')).toBe(false);
  });

  it('a new case needs a consent given after the withdrawal', async () => {
    const s = await setup();
    s.withdraw({ withdrawnAt: '2026-03-05' });
    const again = (givenAt: string) => s.openCase({ personId: s.personId, date: '2026-03-10', consent: { givenAt, form: 'schriftlich' } });
    expect(codeOf(() => again('2026-03-01'))).toBe('CONSENT_PREDATES_WITHDRAWAL');
    expect(codeOf(() => again('2026-03-05'))).toBe('CONSENT_PREDATES_WITHDRAWAL');
    expect(codeOf(() => s.openCase({ personId: s.personId, date: '2026-03-10', consent: undefined }))).toBe('CONSENT_REQUIRED');
    expect(again('2026-03-06').caseId).toBeTruthy();
  });
});
