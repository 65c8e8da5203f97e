import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { PARTNER_LEGAL_AREAS } from '../../../electron/contract/areas/network';
import { REFERRAL_STATUSES } from '../../../db/schema';
import { codeOf, networkStore } from './fixtures';

describe('network partners', () => {
  it('creates, lists by organisation, updates and clears fields, with audit entries', async () => {
    const s = await networkStore();
    const mark = s.auditMark();
    const jc = s.partners.create({ organisation: 'Jobcenter Kreis', legalArea: 'sgb2', municipality: 'Musterstadt', contactName: 'Frau Lang', phone: '' });
    const abh = s.partners.create({ organisation: 'Ausländerbehörde', legalArea: 'aufenthg' });
    expect(jc).toMatchObject({ organisation: 'Jobcenter Kreis', legalAreaLabel: 'SGB II – Jobcenter', municipality: 'Musterstadt', phone: null, active: true });
    expect(s.partners.list({}).map((p) => p.organisation)).toEqual(['Ausländerbehörde', 'Jobcenter Kreis']);

    const updated = s.partners.update({ id: jc.id, contactName: null, phone: '02541 18-0', legalArea: 'sgb3' });
    expect(updated).toMatchObject({
      organisation: 'Jobcenter Kreis',
      legalArea: 'sgb3',
      legalAreaLabel: 'SGB III – Agentur für Arbeit',
      contactName: null,
      phone: '02541 18-0',
      municipality: 'Musterstadt',
    });
    expect(s.partners.list({}).find((p) => p.id === jc.id)).toEqual(updated);
    expect(s.auditSince(mark)).toEqual([
      { action: 'partner.created', entity: 'partner', entityId: jc.id, actor: 'Test Beraterin' },
      { action: 'partner.created', entity: 'partner', entityId: abh.id, actor: 'Test Beraterin' },
      { action: 'partner.updated', entity: 'partner', entityId: jc.id, actor: 'Test Beraterin' },
    ]);
  });

  it('deactivates (hidden from the default list, kept in the directory) and reactivates', async () => {
    const s = await networkStore();
    const p = s.partners.create({ organisation: 'Schuldnerberatung', legalArea: 'beratung' });
    const mark = s.auditMark();
    expect(s.partners.deactivate({ id: p.id }).active).toBe(false);
    s.partners.deactivate({ id: p.id });
    expect(s.partners.list({})).toEqual([]);
    expect(s.partners.list({ includeInactive: true }).map((x) => x.id)).toEqual([p.id]);
    expect(s.partners.reactivate({ id: p.id }).active).toBe(true);
    expect(s.partners.list({}).map((x) => x.id)).toEqual([p.id]);
    expect(s.auditSince(mark).map((e) => e.action)).toEqual(['partner.deactivated', 'partner.reactivated']);
  });

  it('reports an unknown partner', async () => {
    const s = await networkStore();
    expect(codeOf(() => s.partners.update({ id: 'nope', organisation: 'X' }))).toBe('PARTNER_NOT_FOUND');
    expect(codeOf(() => s.partners.deactivate({ id: 'nope' }))).toBe('PARTNER_NOT_FOUND');
    expect(codeOf(() => s.partners.reactivate({ id: 'nope' }))).toBe('PARTNER_NOT_FOUND');
  });

  it('gives German labels for every choice, and the status transitions', async () => {
    const s = await networkStore();
    const labels = (await dispatch(createHandlers(s), 'network.labels', {})) as { ok: true; value: ReturnType<typeof s.network.labels> };
    expect(labels.ok).toBe(true);
    expect(labels.value.legalAreas.map((o) => o.value)).toEqual([...PARTNER_LEGAL_AREAS]);
    expect(labels.value.legalAreas.find((o) => o.value === 'sgb8')?.label).toBe('SGB VIII – Jugendamt');
    expect(labels.value.referralStatuses.map((o) => o.value)).toEqual([...REFERRAL_STATUSES]);
    expect(labels.value.referralTransitions.abgeschlossen).toEqual([]);
    expect(labels.value.structuralGaps.find((o) => o.value === 'keine_sprachmittlung')?.label).toBe('Keine Sprachmittlung');
    for (const list of [labels.value.contactPlaces, labels.value.contactTypes, labels.value.releaseForms, labels.value.followUpSources]) {
      expect(list.every((o) => o.label.length > 0)).toBe(true);
    }
  });
});
