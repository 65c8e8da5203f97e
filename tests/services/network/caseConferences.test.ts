import { describe, expect, it } from 'vitest';
import { codeOf, networkStore } from './fixtures';

async function setup() {
  const s = await networkStore();
  const personId = s.addPerson();
  const caseId = s.addCase(personId);
  const jugendamt = s.partners.create({ organisation: 'Jugendamt', legalArea: 'sgb8' });
  const schule = s.partners.create({ organisation: 'Gesamtschule Nord', legalArea: 'bildung' });
  const release = (partnerId: string, over: Partial<Parameters<typeof s.releases.create>[0]> = {}) =>
    s.releases.create({ personId, partnerId, givenAt: '2026-11-01', scope: 'Fallkonferenz Schule', dataKinds: ['anlass'], form: 'schriftlich', ...over });
  const hold = (over: Partial<Parameters<typeof s.caseConferences.create>[0]> = {}) =>
    s.caseConferences.create({
      caseId,
      date: '2026-11-20',
      clientPresent: true,
      participants: [{ partnerId: jugendamt.id, contactPerson: 'Herr Yilmaz' }, { partnerId: schule.id }],
      agenda: 'Schulbesuch der Kinder',
      results: 'Schulplatz ab Januar',
      actions: [],
      ...over,
    });
  return { ...s, personId, caseId, jugendamt, schule, release, hold };
}

describe('case conferences', () => {
  it('checks the releases per partner on the conference date', async () => {
    const s = await setup();
    const r = s.release(s.jugendamt.id);
    s.release(s.schule.id, { givenAt: '2026-11-21' });
    expect(s.caseConferences.checkReleases({ caseId: s.caseId, date: '2026-11-20', partnerIds: [s.schule.id, s.jugendamt.id] })).toEqual({
      date: '2026-11-20',
      allOk: false,
      partners: [
        { partnerId: s.schule.id, organisation: 'Gesamtschule Nord', ok: false, releaseId: null },
        { partnerId: s.jugendamt.id, organisation: 'Jugendamt', ok: true, releaseId: r.id },
      ],
    });
    expect(s.caseConferences.checkReleases({ caseId: s.caseId, date: '2026-11-21', partnerIds: [s.schule.id] }).allOk).toBe(true);
    expect(codeOf(() => s.caseConferences.checkReleases({ caseId: s.caseId, date: '2026-11-20', partnerIds: ['nope'] }))).toBe('PARTNER_NOT_FOUND');
    expect(codeOf(() => s.caseConferences.checkReleases({ caseId: 'nope', date: '2026-11-20', partnerIds: [s.schule.id] }))).toBe('CASE_NOT_FOUND');
  });

  it('refuses a conference when a partner has no valid release, and stores nothing', async () => {
    const s = await setup();
    s.release(s.jugendamt.id);
    const revoked = s.release(s.schule.id);
    s.releases.revoke({ id: revoked.id, revokedAt: '2026-11-15' });
    const mark = s.auditMark();
    expect(codeOf(() => s.hold({ actions: [{ title: 'Anmeldung', dueDate: '2026-12-01' }] }))).toBe('CONFERENCE_RELEASE_MISSING');
    expect(s.caseConferences.listForCase({ caseId: s.caseId })).toEqual([]);
    expect(s.followUps.listOpenForCase({ caseId: s.caseId })).toEqual([]);
    expect(s.auditSince(mark)).toEqual([]);
  });

  it('records the conference with releases for all partners; agreed actions become follow-ups; audited', async () => {
    const s = await setup();
    s.release(s.jugendamt.id);
    s.release(s.schule.id);
    const mark = s.auditMark();
    const c = s.hold({
      clientPresent: false,
      actions: [
        { title: 'Schulanmeldung begleiten', dueDate: '2026-12-10' },
        { title: 'Rückmeldung Jugendamt', dueDate: '2026-12-01' },
      ],
    });
    expect(c).toMatchObject({
      caseId: s.caseId,
      date: '2026-11-20',
      clientPresent: false,
      agenda: 'Schulbesuch der Kinder',
      results: 'Schulplatz ab Januar',
      participants: [
        { partnerId: s.schule.id, organisation: 'Gesamtschule Nord', legalAreaLabel: 'Schule und Bildung', contactPerson: null },
        { partnerId: s.jugendamt.id, organisation: 'Jugendamt', legalAreaLabel: 'SGB VIII – Jugendamt', contactPerson: 'Herr Yilmaz' },
      ],
      recordedBy: 'Test Beraterin',
    });
    expect(c.actions.map((a) => [a.dueDate, a.title, a.source, a.sourceId])).toEqual([
      ['2026-12-01', 'Rückmeldung Jugendamt', 'fallkonferenz', c.id],
      ['2026-12-10', 'Schulanmeldung begleiten', 'fallkonferenz', c.id],
    ]);
    expect(s.followUps.listOpenForCase({ caseId: s.caseId }).map((f) => f.title)).toEqual(['Rückmeldung Jugendamt', 'Schulanmeldung begleiten']);
    expect(s.caseConferences.listForCase({ caseId: s.caseId })).toEqual([c]);
    expect(s.auditSince(mark).map((e) => [e.action, e.entity])).toEqual([
      ['case_conference.created', 'case_conference'],
      ['follow_up.created', 'follow_up'],
      ['follow_up.created', 'follow_up'],
    ]);
  });

  it('refuses a closed case, a future date and an inactive partner', async () => {
    const s = await setup();
    s.release(s.jugendamt.id);
    s.release(s.schule.id);
    expect(codeOf(() => s.hold({ date: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.hold({ caseId: 'nope' }))).toBe('CASE_NOT_FOUND');
    s.partners.deactivate({ id: s.schule.id });
    expect(codeOf(() => s.hold())).toBe('PARTNER_INACTIVE');
    s.partners.reactivate({ id: s.schule.id });
    s.closeCase(s.caseId);
    expect(codeOf(() => s.hold())).toBe('CASE_CLOSED');
    expect(codeOf(() => s.caseConferences.listForCase({ caseId: 'nope' }))).toBe('CASE_NOT_FOUND');
  });
});
