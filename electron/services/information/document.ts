/**
 * The information of one person (Auskunft nach Art. 15 DSGVO) as one structured document: every
 * record of theirs that db/queries/personRecords.ts finds (the one list of where a person's
 * records live), with what those records point to turned into names and German labels, the
 * recipients of their data, the retention dates and the audit entries about their records.
 *
 * Keys are English code names in a fixed order (the JSON export is this object); values are as
 * stored, with `…Label` beside coded values. What is about someone else stays out (Art. 15 Abs. 4
 * DSGVO): of the household only the person's own link and how many others belong to it.
 */
import type Database from 'better-sqlite3';
import { selectPersonRecords } from '../../../db/queries/personRecords';
import {
  auditEntriesAbout,
  consultationSessionsByIds,
  handoversByIds,
  lifeAreaNames,
  locationNames,
  otherHouseholdMembers,
  partnersByIds,
  targetGroupNames,
  type PartnerName,
} from '../../../db/queries/information';
import { auditActionLabel, auditEntityLabel } from '../../contract/auditLabels';
import { ACCESS_ROUTE_LABELS, addDays, CLOSURE_REASON_LABELS, CONSENT_FORM_LABELS, PHASE_LABELS } from '../cases/labels';
import {
  CONTACT_PLACE_LABELS,
  CONTACT_TYPE_LABELS,
  FOLLOW_UP_SOURCE_LABELS,
  LEGAL_AREA_LABELS,
  REFERRAL_STATUS_LABELS,
  RELEASE_FORM_LABELS,
  STRUCTURAL_GAP_LABELS,
} from '../network/labels';
import {
  ASSESSMENT_KIND_LABELS,
  GOAL_STATUS_LABELS,
  RESPONSIBLE_SERVICE_LABELS,
  situationLabel,
  STEP_RESPONSIBLE_LABELS,
  URGENCY_LABELS,
} from '../assessment/scale';
import { periodEnds } from '../erasure/retention';
// The person's own values read as on the person screen: these labels exist once, in the screens'
// texts (a plain module without DOM or zod imports).
import { COUNTRIES, LANGUAGES, labels as personLabels } from '../../../renderer/i18n/cases';

export const INFORMATION_FORMAT = 'kim-auskunft';
export const INFORMATION_VERSION = 1;

type Row = Record<string, unknown>;
type Labels = Readonly<Record<string, string>>;

const s = (row: Row, column: string): string => String(row[column]);
const sn = (row: Row, column: string): string | null => (row[column] === null || row[column] === undefined ? null : String(row[column]));
const n = (row: Row, column: string): number | null => (row[column] === null || row[column] === undefined ? null : Number(row[column]));
const b = (row: Row, column: string): boolean => Number(row[column]) === 1;
const label = (labels: Labels, value: string | null): string | null =>
  value === null ? null : ((Object.hasOwn(labels, value) ? labels[value] : value) ?? value);
const json = <T>(row: Row, column: string, fallback: T): T => {
  try {
    return JSON.parse(String(row[column])) as T;
  } catch {
    return fallback;
  }
};
const byKey = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

const ATTRIBUTE_LABELS: Labels = { residence_status: 'Aufenthaltsstatus', municipality: 'Wohnort (Gemeinde)' };
const EVENT_LABELS: Labels = {
  eroeffnet: 'Fall eröffnet',
  phase: 'Phase gewechselt',
  abgeschlossen: 'Fall abgeschlossen',
  wiedereroeffnet: 'Fall wieder eröffnet',
};

/** Purposes, legal basis, storage period and rights, as the app knows them: short and factual. */
export function legalText(retentionYears: number) {
  return {
    purposes:
      'Ihre Begleitung im Kommunalen Integrationsmanagement (Case Management): Beratung, gemeinsame Einschätzung Ihrer Lage, Ziele und ihre Vereinbarung, Vermittlung an passende Hilfen und deren Begleitung. Ohne Namen gezählt gehen die Fälle auch in die Statistik der Beratungsstelle ein.',
    legalBasis:
      'Ihre Einwilligung in das Case Management und die Datenverarbeitung (Art. 6 Abs. 1 Buchst. a, Art. 9 Abs. 2 Buchst. a DSGVO) und die Vorschriften über Sozialdaten (§§ 67a ff. SGB X). Angaben gehen an eine andere Stelle nur mit Ihrer Schweigepflichtentbindung für diese Stelle.',
    storagePeriod: `Ein abgeschlossener Fall wird ${retentionYears} Jahre nach dem Ende des Jahres, in dem er abgeschlossen wurde, gelöscht, wenn keine längere Aufbewahrung mit Grund festgehalten ist. Gelöscht wird die Person mit allen ihren Fällen, sobald alle Fälle so weit sind. Auf Ihren Wunsch kann früher gelöscht werden.`,
    rights:
      'Sie können verlangen, dass falsche Angaben berichtigt, Angaben gelöscht oder ihre Verarbeitung eingeschränkt wird (Art. 16 bis 18 DSGVO), der Verarbeitung widersprechen (Art. 21 DSGVO) und Ihre Einwilligung oder eine Schweigepflichtentbindung jederzeit für die Zukunft widerrufen. Sie können sich bei der Aufsichtsbehörde für den Datenschutz beschweren (Art. 77 DSGVO).',
  };
}

export interface InformationSubject {
  personId: string;
  caseIds: string[];
}

export interface BuildOptions {
  now: Date;
  createdBy: string;
  retentionYears: number;
}

/** Builds the document. `subject.caseIds` are all the person's cases. */
export function buildInformation(sqlite: Database.Database, subject: InformationSubject, options: BuildOptions) {
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

  // Partners any record points to: releases, referrals, conferences, goal steps.
  const partnerIds = new Set<string>();
  for (const table of ['releases', 'referrals', 'case_conference_participants', 'goal_steps'])
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

  // ---- The person ----
  const personRow = rows('persons')[0] ?? {};
  const codes = (column: string, names: Labels) => json<string[]>(personRow, column, []).map((code) => ({ code, label: names[code] ?? code }));
  const householdId = sn(personRow, 'household_id');
  const householdRole = sn(personRow, 'household_role');
  const person = {
    id: s(personRow, 'id'),
    names: rows('person_names')
      .slice()
      .sort((x, y) => Number(b(y, 'is_primary')) - Number(b(x, 'is_primary')))
      .map((row) => ({
        id: s(row, 'id'),
        familyName: s(row, 'family_name'),
        givenNames: s(row, 'given_names'),
        primary: b(row, 'is_primary'),
        note: sn(row, 'note'),
      })),
    birthDate: sn(personRow, 'birth_date'),
    gender: sn(personRow, 'gender'),
    genderLabel: label(personLabels.genders, sn(personRow, 'gender')),
    nationalities: codes('nationalities', COUNTRIES),
    languages: codes('languages', LANGUAGES),
    interpreterNeeded: b(personRow, 'interpreter_needed'),
    phone: sn(personRow, 'phone'),
    email: sn(personRow, 'email'),
    address: sn(personRow, 'address'),
    municipality: sn(personRow, 'municipality'),
    accommodationType: sn(personRow, 'accommodation_type'),
    accommodationTypeLabel: label(personLabels.accommodationTypes, sn(personRow, 'accommodation_type')),
    accommodationName: sn(personRow, 'accommodation_name'),
    residenceStatus: sn(personRow, 'residence_status'),
    residenceStatusLabel: label(personLabels.residenceStatuses, sn(personRow, 'residence_status')),
    residenceParagraph: sn(personRow, 'residence_paragraph'),
    residenceValidUntil: sn(personRow, 'residence_valid_until'),
    incomplete: b(personRow, 'incomplete'),
    createdAt: sn(personRow, 'created_at'),
    updatedAt: sn(personRow, 'updated_at'),
    /** Residence status and municipality as they held from each day on. */
    history: rows('person_attribute_history')
      .slice()
      .sort((x, y) => s(x, 'valid_from').localeCompare(s(y, 'valid_from')) || s(x, 'recorded_at').localeCompare(s(y, 'recorded_at')))
      .map((row) => ({
        id: s(row, 'id'),
        attribute: s(row, 'attribute'),
        attributeLabel: label(ATTRIBUTE_LABELS, s(row, 'attribute')),
        value: sn(row, 'value'),
        valueLabel: s(row, 'attribute') === 'residence_status' ? label(personLabels.residenceStatuses, sn(row, 'value')) : sn(row, 'value'),
        validFrom: s(row, 'valid_from'),
        recordedAt: s(row, 'recorded_at'),
      })),
  };

  // Of the household: that there is one, the person's role, and how many others: never who.
  const household =
    householdId === null
      ? null
      : {
          householdId,
          role: householdRole,
          roleLabel: label(personLabels.householdRoles, householdRole),
          otherMembers: otherHouseholdMembers(sqlite, householdId, subject.personId),
        };

  // ---- Intakes and cases ----
  const intakeGroups = byKey(rows('intake_target_groups'), (r) => s(r, 'intake_id'));
  const intakes = rows('intakes').map((row) => ({
    id: s(row, 'id'),
    date: s(row, 'date'),
    accessRoute: s(row, 'access_route'),
    accessRouteLabel: label(ACCESS_ROUTE_LABELS, s(row, 'access_route')),
    decision: s(row, 'decision'),
    decisionLabel: label(personLabels.decisionsDone, s(row, 'decision')),
    referredTo: sn(row, 'referred_to'),
    ...caseRef(row),
    targetGroups: (intakeGroups.get(s(row, 'id')) ?? []).map((g) => targetGroup(s(g, 'target_group_id'))),
    recordedBy: s(row, 'recorded_by'),
    createdAt: s(row, 'created_at'),
  }));

  const caseGroups = byKey(rows('case_target_groups'), (r) => s(r, 'case_id'));
  const events = byKey(rows('case_events'), (r) => s(r, 'case_id'));
  const holds = byKey(rows('retention_holds'), (r) => s(r, 'case_id'));
  const restrictions = byKey(rows('case_restrictions'), (r) => s(r, 'case_id'));
  const handoverMarks = byKey(rows('handover_cases'), (r) => s(r, 'case_id'));
  const handovers = new Map(handoversByIds(sqlite, [...new Set(rows('handover_cases').map((r) => s(r, 'handover_id')))]).map((h) => [h.id, h]));

  const cases = rows('cases').map((row) => {
    const id = s(row, 'id');
    const closedAt = sn(row, 'closed_at');
    const caseHolds = (holds.get(id) ?? []).map((h) => ({
      id: s(h, 'id'),
      keepUntil: s(h, 'keep_until'),
      reason: s(h, 'reason'),
      recordedBy: s(h, 'recorded_by'),
      recordedAt: s(h, 'recorded_at'),
    }));
    return {
      id,
      caseNumber: s(row, 'case_number'),
      caseManager: s(row, 'case_manager'),
      location: location(sn(row, 'location_id')),
      traeger: sn(row, 'traeger'),
      phase: s(row, 'phase'),
      phaseLabel: label(PHASE_LABELS, s(row, 'phase')),
      openedAt: s(row, 'opened_at'),
      closedAt,
      closureReason: sn(row, 'closure_reason'),
      closureReasonLabel: label(CLOSURE_REASON_LABELS, sn(row, 'closure_reason')),
      reassessmentMonths: n(row, 'reassessment_months'),
      createdAt: s(row, 'created_at'),
      targetGroups: (caseGroups.get(id) ?? []).map((g) => targetGroup(s(g, 'target_group_id'))),
      events: (events.get(id) ?? [])
        .slice()
        .sort((x, y) => s(x, 'at').localeCompare(s(y, 'at')))
        .map((e) => ({
          id: s(e, 'id'),
          at: s(e, 'at'),
          kind: s(e, 'kind'),
          kindLabel: label(EVENT_LABELS, s(e, 'kind')),
          phase: sn(e, 'phase'),
          phaseLabel: label(PHASE_LABELS, sn(e, 'phase')),
          reason: sn(e, 'reason'),
          // A closure keeps its reason's code; reopening and others keep the typed text.
          reasonLabel: s(e, 'kind') === 'abgeschlossen' ? label(CLOSURE_REASON_LABELS, sn(e, 'reason')) : sn(e, 'reason'),
          by: s(e, 'by'),
        })),
      retention: { dueForErasureFrom: caseDueFrom(closedAt, caseHolds, options.retentionYears), holds: caseHolds },
      restrictions: (restrictions.get(id) ?? []).map((r) => ({
        id: s(r, 'id'),
        since: s(r, 'since'),
        reason: s(r, 'reason'),
        recordedBy: s(r, 'recorded_by'),
        recordedAt: s(r, 'recorded_at'),
        liftedAt: sn(r, 'lifted_at'),
        liftedBy: sn(r, 'lifted_by'),
      })),
      handovers: (handoverMarks.get(id) ?? []).map((h) => {
        const handover = handovers.get(s(h, 'handover_id'));
        return {
          handoverId: s(h, 'handover_id'),
          createdAt: handover?.createdAt ?? null,
          createdBy: handover?.createdBy ?? null,
          recipient: handover?.recipient ?? null,
          confirmedAt: handover?.confirmedAt ?? null,
        };
      }),
    };
  });

  const consents = rows('consents').map((row) => ({
    id: s(row, 'id'),
    ...caseRef(row),
    givenAt: s(row, 'given_at'),
    form: s(row, 'form'),
    formLabel: label(CONSENT_FORM_LABELS, s(row, 'form')),
    revokedAt: sn(row, 'revoked_at'),
    recordedBy: s(row, 'recorded_by'),
    createdAt: s(row, 'created_at'),
  }));

  const releaseRows = new Map(rows('releases').map((r) => [s(r, 'id'), r]));
  const releases = rows('releases').map((row) => ({
    id: s(row, 'id'),
    partner: partner(s(row, 'partner_id')),
    givenAt: s(row, 'given_at'),
    validUntil: sn(row, 'valid_until'),
    scope: s(row, 'scope'),
    form: s(row, 'form'),
    formLabel: label(RELEASE_FORM_LABELS, s(row, 'form')),
    revokedAt: sn(row, 'revoked_at'),
    recordedBy: s(row, 'recorded_by'),
    createdAt: s(row, 'created_at'),
  }));

  // ---- Assessment, goals, agreements ----
  const entries = byKey(rows('assessment_entries'), (r) => s(r, 'assessment_id'));
  const assessments = rows('assessments')
    .slice()
    .sort((x, y) => s(x, 'date').localeCompare(s(y, 'date')))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      kind: s(row, 'kind'),
      kindLabel: label(ASSESSMENT_KIND_LABELS, s(row, 'kind')),
      date: s(row, 'date'),
      previousId: sn(row, 'previous_id'),
      recordedBy: s(row, 'recorded_by'),
      createdAt: s(row, 'created_at'),
      entries: (entries.get(s(row, 'id')) ?? []).map((e) => ({
        id: s(e, 'id'),
        lifeArea: lifeArea(s(e, 'life_area_id')),
        situation: Number(e.situation),
        situationLabel: situationLabel(Number(e.situation)),
        resources: sn(e, 'resources'),
        needs: sn(e, 'needs'),
        urgency: s(e, 'urgency'),
        urgencyLabel: label(URGENCY_LABELS, s(e, 'urgency')),
        responsibleService: s(e, 'responsible_service'),
        responsibleServiceLabel: label(RESPONSIBLE_SERVICE_LABELS, s(e, 'responsible_service')),
      })),
    }));

  const steps = byKey(rows('goal_steps'), (r) => s(r, 'goal_id'));
  const goals = rows('goals').map((row) => ({
    id: s(row, 'id'),
    ...caseRef(row),
    lifeArea: lifeArea(s(row, 'life_area_id')),
    title: s(row, 'title'),
    status: s(row, 'status'),
    statusLabel: label(GOAL_STATUS_LABELS, s(row, 'status')),
    createdAt: s(row, 'created_at'),
    updatedAt: s(row, 'updated_at'),
    steps: (steps.get(s(row, 'id')) ?? [])
      .slice()
      .sort((x, y) => Number(x.sort_order) - Number(y.sort_order))
      .map((step) => ({
        id: s(step, 'id'),
        description: s(step, 'description'),
        responsible: s(step, 'responsible'),
        responsibleLabel: label(STEP_RESPONSIBLE_LABELS, s(step, 'responsible')),
        partner: partner(sn(step, 'partner_id')),
        dueDate: sn(step, 'due_date'),
        doneAt: sn(step, 'done_at'),
        sortOrder: Number(step.sort_order),
      })),
  }));

  const agreements = rows('agreements')
    .slice()
    .sort((x, y) => Number(x.version) - Number(y.version))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      version: Number(row.version),
      date: s(row, 'date'),
      signedAt: sn(row, 'signed_at'),
      recordedBy: s(row, 'recorded_by'),
      createdAt: s(row, 'created_at'),
      /** The goals with their steps as agreed (the stored snapshot). */
      content: json<unknown>(row, 'snapshot', null),
    }));

  // ---- Contacts, referrals, conferences, follow-ups ----
  const topics = byKey(rows('contact_topics'), (r) => s(r, 'contact_id'));
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
  const contacts = rows('contacts')
    .slice()
    .sort((x, y) => s(x, 'at').localeCompare(s(y, 'at')))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      at: s(row, 'at'),
      durationMinutes: Number(row.duration_minutes),
      place: s(row, 'place'),
      placeLabel: label(CONTACT_PLACE_LABELS, s(row, 'place')),
      location: location(sn(row, 'location_id')),
      type: s(row, 'type'),
      typeLabel: label(CONTACT_TYPE_LABELS, s(row, 'type')),
      interpreterUsed: b(row, 'interpreter_used'),
      interpreterLanguage: sn(row, 'interpreter_language'),
      note: sn(row, 'note'),
      topics: (topics.get(s(row, 'id')) ?? []).map((t) => lifeArea(s(t, 'life_area_id'))),
      consultationSession: session(sessionOfContact.get(s(row, 'id')) ?? null),
      recordedBy: s(row, 'recorded_by'),
      createdAt: s(row, 'created_at'),
    }));

  const history = byKey(rows('referral_status_history'), (r) => s(r, 'referral_id'));
  const referrals = rows('referrals')
    .slice()
    .sort((x, y) => s(x, 'date').localeCompare(s(y, 'date')))
    .map((row) => {
      const releaseId = sn(row, 'release_id');
      const release = releaseId === null ? undefined : releaseRows.get(releaseId);
      return {
        id: s(row, 'id'),
        ...caseRef(row),
        partner: partner(s(row, 'partner_id')),
        lifeArea: lifeArea(s(row, 'life_area_id')),
        reason: s(row, 'reason'),
        date: s(row, 'date'),
        /** true: personal data went to the partner, under the release named here. */
        dataTransfer: b(row, 'data_transfer'),
        release:
          releaseId === null
            ? null
            : {
                id: releaseId,
                givenAt: release ? s(release, 'given_at') : null,
                scope: release ? s(release, 'scope') : null,
                validUntil: release ? sn(release, 'valid_until') : null,
              },
        status: s(row, 'status'),
        statusLabel: label(REFERRAL_STATUS_LABELS, s(row, 'status')),
        outcome: sn(row, 'outcome'),
        structuralGap: sn(row, 'structural_gap'),
        structuralGapLabel: label(STRUCTURAL_GAP_LABELS, sn(row, 'structural_gap')),
        recordedBy: s(row, 'recorded_by'),
        createdAt: s(row, 'created_at'),
        statusHistory: (history.get(s(row, 'id')) ?? [])
          .slice()
          .sort((x, y) => s(x, 'at').localeCompare(s(y, 'at')))
          .map((h) => ({
            id: s(h, 'id'),
            status: s(h, 'status'),
            statusLabel: label(REFERRAL_STATUS_LABELS, s(h, 'status')),
            at: s(h, 'at'),
            note: sn(h, 'note'),
            by: s(h, 'by'),
          })),
      };
    });

  const participants = byKey(rows('case_conference_participants'), (r) => s(r, 'conference_id'));
  const caseConferences = rows('case_conferences')
    .slice()
    .sort((x, y) => s(x, 'date').localeCompare(s(y, 'date')))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      date: s(row, 'date'),
      clientPresent: b(row, 'client_present'),
      agenda: sn(row, 'agenda'),
      results: sn(row, 'results'),
      participants: (participants.get(s(row, 'id')) ?? []).map((p) => ({ partner: partner(s(p, 'partner_id')), contactPerson: sn(p, 'contact_person') })),
      recordedBy: s(row, 'recorded_by'),
      createdAt: s(row, 'created_at'),
    }));

  const followUps = rows('follow_ups')
    .slice()
    .sort((x, y) => s(x, 'due_date').localeCompare(s(y, 'due_date')))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      dueDate: s(row, 'due_date'),
      title: s(row, 'title'),
      source: s(row, 'source'),
      sourceLabel: label(FOLLOW_UP_SOURCE_LABELS, s(row, 'source')),
      sourceId: sn(row, 'source_id'),
      doneAt: sn(row, 'done_at'),
      createdAt: s(row, 'created_at'),
    }));

  const consultation = {
    registeredIn: rows('consultation_session_persons').map((r) => session(s(r, 'session_id'))),
    waitingList: rows('consultation_queue').map((r) => ({
      id: s(r, 'id'),
      session: session(s(r, 'session_id')),
      label: s(r, 'label'),
      arrivedAt: s(r, 'arrived_at'),
    })),
  };

  // ---- Recipients (Art. 15 Abs. 1 Buchst. c DSGVO) ----
  const recipients = [...partnerIds]
    .map((id) => ({
      partner: partner(id),
      releases: releases
        .filter((r) => r.partner?.id === id)
        .map((r) => ({ id: r.id, givenAt: r.givenAt, scope: r.scope, validUntil: r.validUntil, revokedAt: r.revokedAt })),
      referrals: referrals
        .filter((r) => r.partner?.id === id)
        .map((r) => ({ id: r.id, date: r.date, dataTransfer: r.dataTransfer, releaseId: r.release?.id ?? null })),
      caseConferences: caseConferences.filter((c) => c.participants.some((p) => p.partner?.id === id)).map((c) => ({ id: c.id, date: c.date })),
    }))
    .filter((r) => r.releases.length + r.referrals.length + r.caseConferences.length > 0)
    .sort((x, y) => (x.partner?.organisation ?? '').localeCompare(y.partner?.organisation ?? '', 'de'));

  // ---- Retention of the person: erased with all cases once every case is due ----
  const caseDays = cases.map((c) => c.retention.dueForErasureFrom);
  const personDueFrom = caseDays.length > 0 && caseDays.every((d) => d !== null) ? (caseDays as string[]).reduce(laterDay) : null;

  // ---- Audit entries about every record of theirs ----
  const recordIds = [...tables.values()].flatMap((list) => list.map((r) => r.id)).filter((id): id is string => typeof id === 'string');
  const auditEntries = auditEntriesAbout(sqlite, recordIds).map((e) => ({
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    actionLabel: auditActionLabel(e.action),
    entity: e.entity,
    entityLabel: auditEntityLabel(e.entity),
    entityId: e.entityId,
  }));

  return {
    format: INFORMATION_FORMAT,
    version: INFORMATION_VERSION,
    createdAt: options.now.toISOString(),
    createdBy: options.createdBy,
    language: 'de',
    legal: legalText(options.retentionYears),
    person,
    household,
    intakes,
    cases,
    consents,
    releases,
    assessments,
    goals,
    agreements,
    contacts,
    referrals,
    caseConferences,
    followUps,
    consultation,
    recipients,
    retention: { retentionYears: options.retentionYears, personDueForErasureFrom: personDueFrom },
    auditEntries,
  };
}

export type InformationDocument = ReturnType<typeof buildInformation>;

/** The first day a closed case is due for erasure: after its period, or after its latest hold. Null while open. */
function caseDueFrom(closedAt: string | null, holds: { keepUntil: string }[], years: number): string | null {
  if (closedAt === null) return null;
  const byPeriod = periodEnds(closedAt, years);
  const lastHold = holds.map((h) => h.keepUntil).reduce<string | null>((x, y) => (x === null ? y : laterDay(x, y)), null);
  if (lastHold === null) return byPeriod;
  const byHold = addDays(lastHold, 1);
  return laterDay(byHold, byPeriod);
}

/** The later of two days (YYYY-MM-DD); these are strings, so no Math.max. */
function laterDay(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}
