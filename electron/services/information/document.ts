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
import { auditEntriesAbout, handoversByIds, otherHouseholdMembers } from '../../../db/queries/information';
import { auditActionLabel, auditEntityLabel } from '../../contract/auditLabels';
import { VERSIONED_RECORD_LABELS } from '../../contract/areas/forms';
import {
  ACCESS_ROUTE_LABELS,
  ACCOMMODATION_TYPE_LABELS,
  ASSESSMENT_KIND_LABELS,
  CASE_EVENT_LABELS,
  CLOSURE_REASON_LABELS,
  DOCUMENT_FORM_LABELS,
  GENDER_LABELS,
  GOAL_STATUS_LABELS,
  HOUSEHOLD_ROLE_LABELS,
  INTAKE_DECISION_LABELS,
  PHASE_LABELS,
  RELEASE_DATA_KIND_LABELS,
  RESIDENCE_STATUS_LABELS,
  RESPONSIBLE_SERVICE_LABELS,
  STEP_RESPONSIBLE_LABELS,
  URGENCY_LABELS,
} from '../../contract/labels';
import { addDays } from '../cases/labels';
import { situationLabel } from '../assessment/scale';
import { lookupsFor } from './lookups';
import { networkSections } from './network';
import { b, byKey, json, label, laterDay, n, s, sn, type Labels } from './rows';
import { periodEnds } from '../erasure/retention';
// Country and language names as the person screen shows them (complete ISO lists, zod-free).
import { COUNTRY_NAMES } from '../../contract/countries';
import { LANGUAGE_NAMES } from '../../contract/languages';
import type { DocumentLanguage } from '../../contract/areas/documentTexts';
import { PRINTOUT_DOCUMENT_LABELS } from '../../contract/labels';
import { DOCUMENT_TEXT_CATALOGUE } from '../documents/texts';

export const INFORMATION_FORMAT = 'kim-auskunft';
/**
 * 2: with the earlier versions of corrected records (`corrections`).
 * 3: with the papers printed to be signed (`printouts`) and, on agreements and releases, the printout signed.
 */
export const INFORMATION_VERSION = 3;

const ATTRIBUTE_LABELS: Labels = { residence_status: 'Aufenthaltsstatus', municipality: 'Wohnort (Kommune)' };

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
  const l = lookupsFor(sqlite, subject);
  const { tables, rows, lifeArea, targetGroup, location, partner, caseRef } = l;

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
    genderLabel: label(GENDER_LABELS, sn(personRow, 'gender')),
    nationalities: codes('nationalities', COUNTRY_NAMES),
    languages: codes('languages', LANGUAGE_NAMES),
    interpreterNeeded: b(personRow, 'interpreter_needed'),
    phone: sn(personRow, 'phone'),
    email: sn(personRow, 'email'),
    address: sn(personRow, 'address'),
    municipality: sn(personRow, 'municipality'),
    accommodationType: sn(personRow, 'accommodation_type'),
    accommodationTypeLabel: label(ACCOMMODATION_TYPE_LABELS, sn(personRow, 'accommodation_type')),
    accommodationName: sn(personRow, 'accommodation_name'),
    residenceStatus: sn(personRow, 'residence_status'),
    residenceStatusLabel: label(RESIDENCE_STATUS_LABELS, sn(personRow, 'residence_status')),
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
        valueLabel: s(row, 'attribute') === 'residence_status' ? label(RESIDENCE_STATUS_LABELS, sn(row, 'value')) : sn(row, 'value'),
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
          roleLabel: label(HOUSEHOLD_ROLE_LABELS, householdRole),
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
    decisionLabel: label(INTAKE_DECISION_LABELS, s(row, 'decision')),
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
          kindLabel: label(CASE_EVENT_LABELS, s(e, 'kind')),
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
    formLabel: label(DOCUMENT_FORM_LABELS, s(row, 'form')),
    revokedAt: sn(row, 'revoked_at'),
    recordedBy: s(row, 'recorded_by'),
    createdAt: s(row, 'created_at'),
    /** The printed Einwilligung signed (print, then sign). */
    printoutId: sn(row, 'printout_id'),
  }));

  const releaseRows = new Map(rows('releases').map((r) => [s(r, 'id'), r]));
  const releases = rows('releases').map((row) => ({
    id: s(row, 'id'),
    partner: partner(s(row, 'partner_id')),
    givenAt: s(row, 'given_at'),
    validUntil: sn(row, 'valid_until'),
    scope: s(row, 'scope'),
    dataKinds: json<string[]>(row, 'data_kinds', []).map((code) => ({ code, label: label(RELEASE_DATA_KIND_LABELS, code) })),
    form: s(row, 'form'),
    formLabel: label(DOCUMENT_FORM_LABELS, s(row, 'form')),
    revokedAt: sn(row, 'revoked_at'),
    recordedBy: s(row, 'recorded_by'),
    createdAt: s(row, 'created_at'),
    /** The printed form signed (print, then sign). */
    printoutId: sn(row, 'printout_id'),
  }));

  // ---- Papers printed to be signed (print, then sign): which, in which language, when, the code in the footer ----
  const printouts = rows('printouts')
    .slice()
    .sort((x, y) => s(x, 'printed_at').localeCompare(s(y, 'printed_at')))
    .map((row) => ({
      id: s(row, 'id'),
      code: s(row, 'code'),
      document: s(row, 'document'),
      documentLabel: label(PRINTOUT_DOCUMENT_LABELS, s(row, 'document')),
      language: s(row, 'language'),
      languageLabel: DOCUMENT_TEXT_CATALOGUE[s(row, 'language') as DocumentLanguage]?.name ?? s(row, 'language'),
      agreementId: sn(row, 'agreement_id'),
      partner: partner(sn(row, 'partner_id')),
      printedAt: s(row, 'printed_at'),
      printedBy: s(row, 'printed_by'),
      /** SHA-256 (hex) of the file handed out. */
      fileHash: s(row, 'file_sha256'),
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
      /** The printout signed (print, then sign). */
      signedPrintoutId: sn(row, 'signed_printout_id'),
      recordedBy: s(row, 'recorded_by'),
      createdAt: s(row, 'created_at'),
      /** The goals with their steps as agreed (the stored snapshot). */
      content: json<unknown>(row, 'snapshot', null),
    }));

  const { contacts, referrals, caseConferences, followUps, consultation, recipients } = networkSections(l, releases, releaseRows);

  // ---- Corrections: what a corrected record was before (Art. 16 DSGVO leaves a trace) ----
  const corrections = rows('record_versions')
    .slice()
    .sort((x, y) => s(x, 'changed_at').localeCompare(s(y, 'changed_at')) || Number(x.version) - Number(y.version))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      recordKind: s(row, 'record_kind'),
      recordKindLabel: label(VERSIONED_RECORD_LABELS, s(row, 'record_kind')),
      recordId: s(row, 'record_id'),
      version: Number(row.version),
      changedAt: s(row, 'changed_at'),
      changedBy: s(row, 'changed_by'),
      /** The record as it was before this correction. */
      before: json<unknown>(row, 'before', null),
    }));

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
    printouts,
    assessments,
    goals,
    agreements,
    contacts,
    referrals,
    caseConferences,
    followUps,
    consultation,
    recipients,
    corrections,
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
