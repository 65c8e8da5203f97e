/** Correcting a recorded case conference (issue 12): the same checks as recording it, the earlier version kept, audited. */
import { describe, expect, it } from 'vitest';
import { codeOf, networkStore } from './fixtures';

async function setup() {
  const s = await networkStore();
  const personId = s.addPerson();
  const caseId = s.addCase(personId);
  const jugendamt = s.partners.create({ organisation: 'Jugendamt', legalArea: 'sgb8' });
  const schule = s.partners.create({ organisation: 'Gesamtschule Nord', legalArea: 'bildung' });
  const jobcenter = s.partners.create({ organisation: 'Jobcenter', legalArea: 'sgb2' });
  for (const partner of [jugendamt, schule])
    s.releases.create({ personId, partnerId: partner.id, givenAt: '2026-11-01', scope: 'Fallkonferenz', dataKinds: ['anlass'], form: 'schriftlich' });
  const conference = s.caseConferences.create({
    caseId,
    date: '2026-11-20',
    clientPresent: true,
    participants: [{ partnerId: jugendamt.id, contactPerson: 'Herr Yilmaz' }],
    agenda: 'Schulbesuch',
    results: 'Schulplatz ab Januar',
    actions: [{ title: 'Anmeldung begleiten', dueDate: '2026-12-01' }],
  });
  const fields = {
    id: conference.id,
    date: '2026-11-19',
    clientPresent: false,
    participants: [{ partnerId: jugendamt.id, contactPerson: 'Frau Yilmaz' }, { partnerId: schule.id }],
  };
  return { ...s, personId, caseId, jugendamt, schule, jobcenter, conference, fields };
}

describe('correcting a case conference', () => {
  it('changes date, participants and texts, keeps the earlier version and the agreed actions, audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const updated = s.caseConferences.update({ ...s.fields, agenda: 'Schulbesuch der Kinder', results: null });
    expect(updated).toMatchObject({
      id: s.conference.id,
      date: '2026-11-19',
      clientPresent: false,
      agenda: 'Schulbesuch der Kinder',
      results: null,
      participants: [
        { partnerId: s.schule.id, contactPerson: null },
        { partnerId: s.jugendamt.id, contactPerson: 'Frau Yilmaz' },
      ],
    });
    expect(updated.actions.map((a) => a.title)).toEqual(['Anmeldung begleiten']);
    expect(s.caseConferences.listForCase({ caseId: s.caseId })).toEqual([updated]);
    expect(s.auditSince(mark).map((e) => [e.action, e.entityId])).toEqual([['case_conference.updated', s.conference.id]]);
    expect(s.versions.list({ kind: 'case_conference', recordId: s.conference.id })).toEqual([
      {
        version: 1,
        changedAt: '2026-11-21T10:00:00.000Z',
        changedBy: 'Test Beraterin',
        before: {
          date: '2026-11-20',
          clientPresent: true,
          agenda: 'Schulbesuch',
          results: 'Schulplatz ab Januar',
          participants: [{ partnerId: s.jugendamt.id, organisation: 'Jugendamt', contactPerson: 'Herr Yilmaz' }],
        },
      },
    ]);
  });

  it('refuses what recording refuses, and changes nothing then', async () => {
    const s = await setup();
    const mark = s.auditMark();
    expect(codeOf(() => s.caseConferences.update({ ...s.fields, participants: [{ partnerId: s.jobcenter.id }] }))).toBe('CONFERENCE_RELEASE_MISSING');
    // The releases were given on 01.11.: a conference before that had none.
    expect(codeOf(() => s.caseConferences.update({ ...s.fields, date: '2026-10-30' }))).toBe('CONFERENCE_RELEASE_MISSING');
    expect(codeOf(() => s.caseConferences.update({ ...s.fields, date: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.caseConferences.update({ ...s.fields, id: 'keine' }))).toBe('CONFERENCE_NOT_FOUND');
    expect(codeOf(() => s.caseConferences.update({ ...s.fields, participants: [{ partnerId: 'keiner' }] }))).toBe('PARTNER_NOT_FOUND');
    s.partners.deactivate({ id: s.schule.id });
    expect(codeOf(() => s.caseConferences.update(s.fields))).toBe('PARTNER_INACTIVE');
    // One who took part may stay after being deactivated: the correction is of what happened.
    s.partners.deactivate({ id: s.jugendamt.id });
    const kept = s.caseConferences.update({ id: s.conference.id, date: '2026-11-20', clientPresent: true, participants: [{ partnerId: s.jugendamt.id }] });
    expect(kept.participants.map((p) => p.organisation)).toEqual(['Jugendamt']);
    s.closeCase(s.caseId);
    expect(codeOf(() => s.caseConferences.update(s.fields))).toBe('CASE_CLOSED');
    expect(s.auditSince(mark).map((e) => e.action)).toEqual(['partner.deactivated', 'partner.deactivated', 'case_conference.updated']);
    expect(s.versions.list({ kind: 'case_conference', recordId: s.conference.id })).toHaveLength(1);
  });
});
