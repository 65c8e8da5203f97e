import type { caseMethods } from '../../../electron/contract/areas/cases';

const id = '5f0c1d2e-0000-4000-8000-000000000001';
const long = (n: number) => 'x'.repeat(n + 1);
const name = { familyName: 'Haddad', givenNames: 'Amira' };

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const casesMalformed: Record<keyof typeof caseMethods, unknown[]> = {
  'persons.create': [
    {},
    { names: [] },
    { names: [{ familyName: '', givenNames: 'A' }] },
    { names: [{ familyName: long(100), givenNames: 'A' }] },
    {
      names: [
        { ...name, primary: true },
        { familyName: 'Hadad', givenNames: 'Amira', primary: true },
      ],
    },
    { names: [name], birthDate: '1990-13-01' },
    { names: [name], birthDate: '1990-02-30' },
    { names: [name], birthDate: '90' },
    { names: [name], gender: 'w' },
    { names: [name], nationalities: ['syr'] },
    { names: [name], languages: ['Arabisch'] },
    { names: [name], email: 'keine-adresse' },
    { names: [name], residenceStatus: 'asyl' },
    { names: [name], residenceValidUntil: '2026-1-1' },
    { names: [name], interpreterNeeded: 'ja' },
    { names: [{ ...name, extra: 1 }] },
    { names: [name], nickname: 'A' },
  ],
  'persons.update': [
    { names: [name] },
    { personId: id, names: [] },
    { personId: 1 },
    { personId: id, gender: 'x' },
    { personId: id, id },
    { personId: id, interpreterLanguage: 'Arabisch' },
    { personId: id, interpreterLanguage: 12 },
  ],
  'persons.get': [{}, { personId: 7 }, { personId: '' }, { personId: id, full: true }],
  'persons.list': [{ search: 'Haddad' }],
  'persons.linkHousehold': [
    { personId: id, withPersonId: id },
    { personId: id, withPersonId: id, role: 'onkel' },
    { personId: id, role: 'kind' },
    { personId: id, withPersonId: id, role: 'kind', householdId: id },
  ],
  'persons.unlinkHousehold': [{}, { personId: null }, { personId: id, all: true }],

  'targetGroups.list': [{ all: true }],
  'targetGroups.create': [
    { name: 'UMF' },
    { name: '', validFrom: '2026-01-01' },
    { name: long(200), validFrom: '2026-01-01' },
    { name: 'UMF', validFrom: '01.01.2026' },
    { name: 'UMF', validFrom: '2026-01-01', sortOrder: 1 },
  ],
  'targetGroups.update': [{ name: 'UMF' }, { targetGroupId: id, validUntil: 'bald' }, { targetGroupId: id, active: false }],
  'targetGroups.end': [{ targetGroupId: id }, { targetGroupId: id, validUntil: null }, { targetGroupId: id, validUntil: '2026-02-31' }],

  'locations.list': [{ includeInactive: 'ja' }, { municipality: 'Hilden' }],
  'locations.create': [
    { name: 'GU Hilden', kind: 'gu' },
    { name: 'GU Hilden', kind: 'zelt', municipality: 'Hilden' },
    { name: long(200), kind: 'gu', municipality: 'Hilden' },
    { name: 'GU Hilden', kind: 'gu', municipality: 'Hilden', active: false },
  ],
  'locations.update': [{ name: 'A' }, { locationId: id, kind: 'zelt' }, { locationId: id, active: true }],
  'locations.deactivate': [{}, { locationId: 3 }, { locationId: id, reason: 'x' }],

  'lifeAreas.list': [{ includeInactive: 1 }, { order: 'name' }],
  'lifeAreas.add': [{}, { name: '' }, { name: long(100) }, { name: 'Mobilität', sortOrder: 5 }],
  'lifeAreas.rename': [{ lifeAreaId: 'wohnen' }, { lifeAreaId: 'wohnen', name: '   ' }, { name: 'Wohnen' }],
  'lifeAreas.reorder': [{ lifeAreaIds: [] }, { lifeAreaIds: 'wohnen' }, { lifeAreaIds: [1, 2] }],
  'lifeAreas.setActive': [{ lifeAreaId: 'wohnen' }, { lifeAreaId: 'wohnen', active: 'nein' }],

  'intakes.record': [
    { personId: id, date: '2026-01-05', accessRoute: 'sprechstunde', decision: 'kurzberatung' },
    { personId: id, date: '2026-01-05', accessRoute: 'telefon', targetGroupIds: [], decision: 'kurzberatung' },
    { personId: id, date: '2026-01-05', accessRoute: 'abh', targetGroupIds: [], decision: 'vielleicht' },
    { personId: id, date: '05.01.2026', accessRoute: 'abh', targetGroupIds: [], decision: 'kurzberatung' },
    { personId: id, date: '2026-01-05', accessRoute: 'abh', targetGroupIds: [], decision: 'fall_eroeffnet', consent: { givenAt: '2026-01-05' } },
    {
      personId: id,
      date: '2026-01-05',
      accessRoute: 'abh',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-01-05', form: 'per Handschlag' },
    },
    { personId: id, date: '2026-01-05', accessRoute: 'abh', targetGroupIds: [], decision: 'weiterverwiesen', referredTo: long(200) },
    { personId: id, date: '2026-01-05', accessRoute: 'abh', targetGroupIds: [], decision: 'kurzberatung', caseNumber: '2026-0001' },
  ],
  'cases.list': [
    { phase: 'fertig' },
    { status: 'offen', personId: id },
    { status: 'zu' },
    { targetGroupId: '' },
    { locationId: 5 },
    { caseManager: '' },
    { caseManager: long(100) },
    { due: 'heute' },
    { text: long(100) },
    { text: ['Haddad'] },
    { sort: 'geburtsdatum' },
    { sort: 'name', direction: 'aufsteigend' },
  ],
  'cases.listFilters': [{ status: 'offen' }, { caseManagers: true }],
  'cases.get': [{}, { caseId: 1 }, { caseId: id, withTimeline: true }],
  'cases.timeline': [{}, { caseId: [id] }, { caseId: id, limit: 10 }],
  'cases.update': [
    { caseManager: 'A' },
    { caseId: id, caseManager: '' },
    { caseId: id, reassessmentMonths: 0 },
    { caseId: id, reassessmentMonths: 25 },
    { caseId: id, phase: 'monitoring' },
  ],
  'cases.close': [
    { reason: 'ziele_erreicht' },
    { caseId: id, reason: 'fertig' },
    { caseId: id, reason: 'wegzug', goalOutcomes: [{ goalId: id, outcome: 'offen' }] },
    { caseId: id, reason: 'wegzug', goalOutcomes: [{ goalId: id }] },
    { caseId: id, reason: 'wegzug', closedAt: '2026-01-01' },
  ],
  'cases.reopen': [{ caseId: id }, { caseId: id, reason: long(1000) }, { caseId: id, reason: 5 }, { caseId: id, reason: 'Rückkehr', phase: 'assessment' }],
};
