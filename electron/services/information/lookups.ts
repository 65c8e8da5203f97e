/**
 * The person's rows (selectPersonRecords, the one list of where their records live) and the names
 * of what those rows point to: life areas, target groups, locations, partners, consultation hours.
 */
import type Database from 'better-sqlite3';
import { selectPersonRecords } from '../../../db/queries/personRecords';
import { consultationSessionsByIds, lifeAreaNames, locationNames, partnersByIds, targetGroupNames, type PartnerName } from '../../../db/queries/information';
import { PARTNER_LEGAL_AREA_LABELS as LEGAL_AREA_LABELS } from '../../contract/labels';
import { label, s, sn, type Row } from './rows';

export function lookupsFor(sqlite: Database.Database, subject: { personId: string; caseIds: string[] }) {
  const tables = new Map(selectPersonRecords(sqlite, subject.personId, subject.caseIds).map((t) => [t.table, t.rows]));
  const rows = (table: string): Row[] => tables.get(table) ?? [];

  const lifeAreas = new Map(lifeAreaNames(sqlite).map((a) => [a.id, a.name]));
  const targetGroups = new Map(targetGroupNames(sqlite).map((g) => [g.id, g.name]));
  const locations = new Map(locationNames(sqlite).map((l) => [l.id, l]));
  const lifeArea = (id: string) => ({ id, name: lifeAreas.get(id) ?? id });
  const targetGroup = (id: string) => ({ id, name: targetGroups.get(id) ?? id });
  const location = (id: string | null) => {
    if (id === null) return null;
    const found = locations.get(id);
    return { id, name: found?.name ?? id, municipality: found?.municipality ?? null };
  };

  // Partners any record points to: releases, referrals, conferences, goal steps, printed release forms.
  const partnerIds = new Set<string>();
  for (const table of ['releases', 'referrals', 'case_conference_participants', 'goal_steps', 'printouts'])
    for (const row of rows(table)) if (row.partner_id) partnerIds.add(s(row, 'partner_id'));
  const partners = new Map(partnersByIds(sqlite, [...partnerIds]).map((p) => [p.id, p]));
  const partner = (id: string | null) => {
    if (id === null) return null;
    const found: PartnerName | undefined = partners.get(id);
    return {
      id,
      organisation: found?.organisation ?? id,
      legalArea: found?.legalArea ?? null,
      legalAreaLabel: label(LEGAL_AREA_LABELS, found?.legalArea ?? null),
      municipality: found?.municipality ?? null,
    };
  };

  const caseNumbers = new Map(rows('cases').map((c) => [s(c, 'id'), s(c, 'case_number')]));
  const caseRef = (row: Row) => {
    const caseId = sn(row, 'case_id');
    return { caseId, caseNumber: caseId === null ? null : (caseNumbers.get(caseId) ?? null) };
  };

  const sessionOfContact = new Map(rows('consultation_session_contacts').map((r) => [s(r, 'contact_id'), s(r, 'session_id')]));
  const sessionIds = [
    ...new Set([
      ...rows('consultation_session_contacts').map((r) => s(r, 'session_id')),
      ...rows('consultation_session_persons').map((r) => s(r, 'session_id')),
      ...rows('consultation_queue').map((r) => s(r, 'session_id')),
    ]),
  ];
  const sessions = new Map(consultationSessionsByIds(sqlite, sessionIds).map((x) => [x.id, x]));
  const session = (id: string | null) => {
    if (id === null) return null;
    const found = sessions.get(id);
    return { id, startedAt: found?.startedAt ?? null, location: location(found?.locationId ?? null) };
  };
  return { tables, rows, lifeArea, targetGroup, location, partnerIds, partner, caseRef, session, sessionOfContact };
}

export type Lookups = ReturnType<typeof lookupsFor>;
