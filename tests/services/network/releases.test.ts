import { describe, expect, it } from 'vitest';
import { LEGACY_RELEASE_DATA_KINDS } from '../../../electron/contract/areas/network';
import { validReleaseFor } from '../../../electron/services/network/releases';
import { codeOf, networkStore } from './fixtures';

async function setup() {
  const s = await networkStore();
  const personId = s.addPerson();
  const partner = s.partners.create({ organisation: 'Jugendamt', legalArea: 'sgb8' });
  const release = (over: Partial<Parameters<typeof s.releases.create>[0]> = {}) =>
    s.releases.create({
      personId,
      partnerId: partner.id,
      givenAt: '2026-10-01',
      scope: 'Hilfe zur Erziehung',
      dataKinds: ['anlass', 'kontakt'],
      form: 'schriftlich',
      ...over,
    });
  return { ...s, personId, partner, release };
}

describe('releases from professional secrecy', () => {
  it('records a release with partner name and state, audited', async () => {
    const s = await setup();
    const mark = s.auditMark();
    const r = s.release({ validUntil: '2027-09-30' });
    expect(r).toMatchObject({
      personId: s.personId,
      partnerId: s.partner.id,
      partnerName: 'Jugendamt',
      givenAt: '2026-10-01',
      validUntil: '2027-09-30',
      scope: 'Hilfe zur Erziehung',
      dataKinds: ['anlass', 'kontakt'],
      dataKindLabels: ['Anlass der Verweisung', 'Anschrift und Kontaktdaten'],
      formLabel: 'schriftlich',
      revokedAt: null,
      state: 'gueltig',
      stateLabel: 'Gültig',
      recordedBy: 'Test Beraterin',
    });
    expect(s.auditSince(mark)).toEqual([{ action: 'release.created', entity: 'release', entityId: r.id, actor: 'Test Beraterin' }]);
  });

  it('refuses a release given in the future, one that ends before it was given, and unknown people or partners', async () => {
    const s = await setup();
    expect(codeOf(() => s.release({ givenAt: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.release({ validUntil: '2026-09-30' }))).toBe('RELEASE_VALID_UNTIL_BEFORE_GIVEN');
    expect(codeOf(() => s.release({ personId: 'nobody' }))).toBe('PERSON_NOT_FOUND');
    expect(codeOf(() => s.release({ partnerId: 'nobody' }))).toBe('PARTNER_NOT_FOUND');
    expect(s.release({ givenAt: '2026-11-21', validUntil: '2026-11-21' }).state).toBe('gueltig');
  });

  it('revokes once, not before it was given and not in the future, audited', async () => {
    const s = await setup();
    const r = s.release();
    expect(codeOf(() => s.releases.revoke({ id: r.id, revokedAt: '2026-09-30' }))).toBe('RELEASE_REVOKED_BEFORE_GIVEN');
    expect(codeOf(() => s.releases.revoke({ id: r.id, revokedAt: '2026-11-22' }))).toBe('DATE_IN_FUTURE');
    expect(codeOf(() => s.releases.revoke({ id: 'nope', revokedAt: '2026-11-01' }))).toBe('RELEASE_NOT_FOUND');
    const mark = s.auditMark();
    expect(s.releases.revoke({ id: r.id, revokedAt: '2026-11-01' })).toMatchObject({ revokedAt: '2026-11-01', state: 'widerrufen', stateLabel: 'Widerrufen' });
    expect(codeOf(() => s.releases.revoke({ id: r.id, revokedAt: '2026-11-02' }))).toBe('RELEASE_ALREADY_REVOKED');
    expect(s.auditSince(mark)).toEqual([{ action: 'release.revoked', entity: 'release', entityId: r.id, actor: 'Test Beraterin' }]);
  });

  it('lists a person’s releases newest first with their state today', async () => {
    const s = await setup();
    const expired = s.release({ givenAt: '2025-01-01', validUntil: '2025-12-31' });
    const valid = s.release({ givenAt: '2026-06-01' });
    const revoked = s.release({ givenAt: '2026-03-01' });
    s.releases.revoke({ id: revoked.id, revokedAt: '2026-04-01' });
    s.releases.create({ personId: s.addPerson(), partnerId: s.partner.id, givenAt: '2026-01-01', scope: 'x', dataKinds: ['anlass'], form: 'muendlich' });
    expect(s.releases.listForPerson({ personId: s.personId }).map((r) => [r.id, r.state])).toEqual([
      [valid.id, 'gueltig'],
      [revoked.id, 'widerrufen'],
      [expired.id, 'abgelaufen'],
    ]);
    expect(codeOf(() => s.releases.listForPerson({ personId: 'nobody' }))).toBe('PERSON_NOT_FOUND');
  });

  it('keeps the kinds of data it covers in one fixed order, as listed and as the valid release', async () => {
    const s = await setup();
    const r = s.release({ dataKinds: ['ziele', 'anlass', 'gesundheit', 'aufenthalt'] });
    expect(r.dataKinds).toEqual(['anlass', 'aufenthalt', 'gesundheit', 'ziele']);
    expect(r.dataKindLabels).toEqual(['Anlass der Verweisung', 'Aufenthaltsstatus', 'Gesundheit', 'Ziele und vereinbarte Schritte']);
    expect(s.releases.listForPerson({ personId: s.personId })[0]?.dataKinds).toEqual(['anlass', 'aufenthalt', 'gesundheit', 'ziele']);
    const ctx = { store: s.store, now: s.clock.now };
    expect(validReleaseFor(ctx, s.personId, s.partner.id, '2026-11-01')?.dataKinds).toEqual(['anlass', 'aufenthalt', 'gesundheit', 'ziele']);
  });

  it('a release recorded before the kinds existed covers only the reason for the referral', async () => {
    const s = await setup();
    // As migration 0018 left it: written without the column, which takes its default.
    s.store
      .session()
      .sqlite.prepare(
        "INSERT INTO releases (id, person_id, partner_id, given_at, scope, form, recorded_by, created_at) VALUES ('alt', ?, ?, '2026-02-01', 'Alle Unterlagen zur Hilfe zur Erziehung', 'schriftlich', 'A', '2026-02-01T10:00:00.000Z')",
      )
      .run(s.personId, s.partner.id);
    expect(LEGACY_RELEASE_DATA_KINDS).toEqual(['anlass']);
    expect(s.releases.listForPerson({ personId: s.personId })).toMatchObject([
      { id: 'alt', scope: 'Alle Unterlagen zur Hilfe zur Erziehung', dataKinds: ['anlass'], dataKindLabels: ['Anlass der Verweisung'] },
    ]);
  });
});
