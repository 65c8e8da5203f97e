/**
 * Drafts in the encrypted store: one per form, replaced as the user types, survive a restart of
 * the services (a crash of the app), expire after the set time, are found by no search and go
 * with the person when the person is erased.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_DAYS } from '../../../electron/contract/areas/forms';
import { GOOD_PASSPHRASE, testServices } from '../../fixtures/tempStore';
import { caseStore } from '../cases/helpers';

const route = (caseId: string) => JSON.stringify({ page: 'cases', view: 'case', caseId, section: 'contacts' });

describe('drafts of forms', () => {
  it('keeps one draft per form, the newest typing, and gives back the newest draft to resume', async () => {
    const s = await caseStore('2026-11-23T10:00:00');
    const { caseId } = s.openCase();
    const key = `contact:new:${caseId}`;
    s.drafts.save({ key, route: route(caseId as string), fields: JSON.stringify({ note: 'Termin beim Jobc' }), caseId });
    s.setNow('2026-11-23T10:00:02');
    s.drafts.save({ key, route: route(caseId as string), fields: JSON.stringify({ note: 'Termin beim Jobcenter am Montag' }), caseId });
    expect(JSON.parse(s.drafts.load({ key })?.fields as string)).toEqual({ note: 'Termin beim Jobcenter am Montag' });
    s.setNow('2026-11-23T10:05:00');
    s.drafts.save({ key: 'person:new', route: '{"page":"cases","view":"intake","personId":null}', fields: '{"familyName":"Rahimi"}' });
    expect(s.drafts.resume()?.key).toBe('person:new');
    s.drafts.discard({ key: 'person:new' });
    expect(s.drafts.resume()).toMatchObject({ key, route: route(caseId as string) });
    expect(s.drafts.load({ key: 'person:new' })).toBeNull();
  });

  it('survives a restart of the services, as after a crash of the app', async () => {
    const s = await caseStore('2026-11-23T10:00:00');
    s.drafts.save({ key: 'person:new', route: '{"page":"cases"}', fields: '{"familyName":"Rahimi"}' });
    // No lock, no close: the next process opens the file as the crashed one left it.
    const again = testServices({ dbPath: s.dbPath, now: () => new Date('2026-11-23T10:01:00') });
    await again.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(again.drafts.resume()).toMatchObject({ key: 'person:new', fields: '{"familyName":"Rahimi"}' });
    again.store.lock('manual');
  });

  it(`discards drafts older than ${DRAFT_DAYS} days before anything reads them`, async () => {
    const s = await caseStore('2026-11-01T10:00:00');
    s.drafts.save({ key: 'person:new', route: '{}', fields: '{"familyName":"Alt"}' });
    s.setNow('2026-11-15T09:59:00');
    expect(s.drafts.load({ key: 'person:new' })).not.toBeNull();
    s.setNow('2026-11-15T10:00:01');
    expect(s.drafts.resume()).toBeNull();
    expect(s.store.session().sqlite.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
  });

  it('is found by no search, and goes with the person when they are erased', async () => {
    const s = await caseStore('2026-11-23T10:00:00');
    const person = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }] });
    const opened = s.openCase({ personId: person.id });
    const caseId = opened.caseId as string;
    s.drafts.save({ key: `contact:new:${caseId}`, route: route(caseId), fields: '{"note":"Zahnarzttermin Quetzalcoatl"}', caseId, personId: person.id });
    s.drafts.save({ key: 'person:new', route: '{}', fields: '{"familyName":"Unabhängig"}' });
    expect(s.search.global({ query: 'Quetzalcoatl' }).groups).toEqual([]);
    expect(s.search.global({ query: 'Unabhängig' }).groups).toEqual([]);
    expect(s.search.global({ query: 'Haddad' }).groups).not.toEqual([]);
    s.erasure.erase({ caseId, confirmCaseNumber: opened.caseNumber as string, reason: 'Antrag auf Löschung (Art. 17 DSGVO)' });
    expect(s.drafts.load({ key: `contact:new:${caseId}` })).toBeNull();
    expect(s.drafts.load({ key: 'person:new' })).not.toBeNull();
  });
});
