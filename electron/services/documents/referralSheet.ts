/**
 * Der Übergabebogen (referral sheet) for a network partner (Jobcenter, Agentur für Arbeit,
 * Jugendamt, Ausländerbehörde, …), as a document: whom it goes to, the case number and the
 * person's names in every spelling with the birth date (what identifies the person at the
 * partner), the release it rests on, and then one section for each kind of data that release
 * covers (RELEASE_DATA_KINDS, in their order), each with the store's data. Nothing of a kind the
 * release does not cover is read into the model: the model is what leaves the office.
 *
 * Refused (RELEASE_REQUIRED) without a release valid on the sheet's date (validReleaseFor:
 * given on or before it, not revoked on or before it, not expired before it); refused for a
 * person whose processing is restricted (Art. 18 DSGVO) or whose case went to a colleague, as
 * releases and referrals are (passing data on is processing the person's data).
 *
 * German only: the reader is a German authority. The sheet is made as of its date; the person's
 * data is as recorded now (the store keeps no history of most of it).
 */
import type { AssessmentDetail, GoalView } from '../../contract/areas/assessment';
import type { PersonDetail } from '../../contract/areas/cases';
import type { ReferralView, ReleaseDataKind } from '../../contract/areas/network';
import { countryName } from '../../contract/countries';
import { KimError } from '../../contract/errors';
import {
  ACCOMMODATION_TYPE_LABELS,
  DOCUMENT_FORM_LABELS,
  GENDER_LABELS,
  PARTNER_LEGAL_AREA_LABELS,
  personName,
  RELEASE_DATA_KIND_LABELS,
  RESIDENCE_STATUS_LABELS,
} from '../../contract/labels';
import { languageName } from '../../contract/languages';
import { caseById } from '../../../db/queries/cases';
import { findPartner, type PartnerRow } from '../../../db/queries/partners';
import { findReferral } from '../../../db/queries/referrals';
import { getAssessment, listAssessments } from '../assessment/assessments';
import { listGoals } from '../assessment/goals';
import { personService } from '../cases/persons';
import { assertNotInFuture, db, type ServiceContext } from '../context';
import { requireNotHandedOver } from '../handover/gate';
import { referralService } from '../network/referrals';
import { requirePerson, validReleaseFor } from '../network/releases';
import { sortedDataKinds } from '../network/views';
import { requireUnrestrictedPerson } from '../restriction/restrictions';
import type { Block, DocumentModel } from './model';
import { assessmentTable, dayText, de, partialDayText, yesNo } from './text';

/** The sheet for one referral, or for a person and a partner (then every referral to that partner up to the date is its reason). */
export type ReferralSheetInput = { date: string } & ({ referralId: string } | { personId: string; partnerId: string });

/**
 * The life area whose data is health data (Art. 9 DSGVO): its assessment entry goes only under a
 * release that covers 'gesundheit', and its goals only under one that covers 'ziele' and 'gesundheit'.
 * The id of the default life area (migration 0003); units rename it, the id stays.
 */
export const HEALTH_LIFE_AREA = 'gesundheit';

const NOTHING_RECORDED = 'Dazu ist nichts erfasst.';

interface Subject {
  personId: string;
  partner: PartnerRow;
  /** The case the sheet is about: the referral's, or the person's open (else latest) case; null without any case. */
  caseId: string | null;
  caseNumber: string | null;
  caseManager: string | null;
  /** The referrals that are the reason for the sheet. */
  referrals: Pick<ReferralView, 'date' | 'lifeAreaName' | 'reason'>[];
}

function subjectOf(ctx: ServiceContext, input: ReferralSheetInput): Subject {
  if ('referralId' in input) {
    const referral = findReferral(db(ctx), input.referralId);
    if (!referral) throw new KimError('REFERRAL_NOT_FOUND');
    const partner = findPartner(db(ctx), referral.partnerId);
    const theCase = caseById(db(ctx), referral.caseId);
    if (!partner || !theCase) throw new KimError('REFERRAL_NOT_FOUND');
    return {
      personId: theCase.personId,
      partner,
      caseId: theCase.id,
      caseNumber: theCase.caseNumber,
      caseManager: theCase.caseManager,
      referrals: [referral],
    };
  }
  requirePerson(ctx, input.personId);
  const partner = findPartner(db(ctx), input.partnerId);
  if (!partner) throw new KimError('PARTNER_NOT_FOUND');
  const cases = personService(ctx).get(input.personId).cases;
  const chosen = cases.find((c) => c.closedAt === null) ?? cases.at(-1);
  const theCase = chosen ? caseById(db(ctx), chosen.id) : undefined;
  const referrals = theCase
    ? referralService(ctx)
        .listForCase({ caseId: theCase.id })
        .filter((r) => r.partnerId === partner.id && r.date <= input.date)
        .reverse()
    : [];
  return {
    personId: input.personId,
    partner,
    caseId: theCase?.id ?? null,
    caseNumber: theCase?.caseNumber ?? null,
    caseManager: theCase?.caseManager ?? null,
    referrals,
  };
}

/**
 * The referral sheet as a model. Errors: REFERRAL_NOT_FOUND, PERSON_NOT_FOUND, PARTNER_NOT_FOUND,
 * DATE_IN_FUTURE, PERSON_RESTRICTED, PERSON_HANDED_OVER, RELEASE_REQUIRED; LOCKED while locked.
 */
export function referralSheet(ctx: ServiceContext, input: ReferralSheetInput): DocumentModel {
  return referralSheetFor(ctx, input).model;
}

/** The sheet and the person it is about (whose audit trail records that it was handed over). */
export function referralSheetFor(ctx: ServiceContext, input: ReferralSheetInput): { model: DocumentModel; personId: string } {
  assertNotInFuture(input.date, ctx.now());
  const subject = subjectOf(ctx, input);
  requireUnrestrictedPerson(ctx, subject.personId);
  requireNotHandedOver(ctx, subject.personId);
  const release = validReleaseFor(ctx, subject.personId, subject.partner.id, input.date);
  if (!release) throw new KimError('RELEASE_REQUIRED');
  const kinds = sortedDataKinds(release.dataKinds);
  const person = personService(ctx).get(subject.personId);

  const blocks: Block[] = [
    { kind: 'heading', text: de('Empfänger') },
    {
      kind: 'fields',
      rows: [
        { label: de('Stelle'), value: subject.partner.organisation },
        { label: de('Bereich'), value: PARTNER_LEGAL_AREA_LABELS[subject.partner.legalArea] },
        ...(subject.partner.contactName ? [{ label: de('Ansprechperson'), value: subject.partner.contactName }] : []),
      ],
    },
    { kind: 'heading', text: de('Person') },
    { kind: 'fields', rows: identityRows(person, subject, input.date) },
    { kind: 'heading', text: de('Grundlage der Übergabe') },
    {
      kind: 'paragraph',
      text: de(
        `Schweigepflichtentbindung für ${subject.partner.organisation}, ${DOCUMENT_FORM_LABELS[release.form]} erteilt am ${dayText(release.givenAt)}` +
          `${release.validUntil ? `, gültig bis ${dayText(release.validUntil)}` : ''}. ` +
          'Dieser Bogen enthält nur die Angaben, die sie umfasst:',
      ),
    },
    { kind: 'list', items: kinds.map((kind) => de(RELEASE_DATA_KIND_LABELS[kind])) },
  ];
  for (const kind of kinds)
    blocks.push({ kind: 'heading', text: de(RELEASE_DATA_KIND_LABELS[kind]) }, ...section(ctx, kind, kinds, person, subject, input.date));

  return {
    model: { title: de('Übergabebogen'), caseNumber: subject.caseNumber, clientLanguage: null, created: ctx.now(), blocks },
    personId: subject.personId,
  };
}

/** Whom the sheet is about: every spelling of the name (the partner may know another one), the birth date, the case. */
function identityRows(person: PersonDetail, subject: Subject, date: string) {
  const [primary, ...others] = person.names;
  return [
    { label: de('Name'), value: primary ? personName(primary) : 'Ohne Namen' },
    // The note goes with the label: the value stays the name alone, so a name in Arabic script prints as one right-to-left run.
    ...others.map((name) => ({ label: de(name.note ? `Weitere Schreibweise – ${name.note}` : 'Weitere Schreibweise'), value: personName(name) })),
    { label: de('Geburtsdatum'), value: partialDayText(person.birthDate) },
    { label: de('Fallnummer'), value: subject.caseNumber ?? 'ohne Fall' },
    ...(subject.caseManager ? [{ label: de('Case Management'), value: subject.caseManager }] : []),
    { label: de('Stand'), value: dayText(date) },
  ];
}

const fields = (rows: { label: string; value: string | null | undefined }[]): Block[] => {
  const filled = rows.filter((row) => row.value?.trim());
  return filled.length === 0
    ? [{ kind: 'paragraph', text: de(NOTHING_RECORDED), muted: true }]
    : [{ kind: 'fields', rows: filled.map((row) => ({ label: de(row.label), value: row.value as string })) }];
};

function section(ctx: ServiceContext, kind: ReleaseDataKind, kinds: readonly ReleaseDataKind[], person: PersonDetail, subject: Subject, date: string): Block[] {
  switch (kind) {
    case 'anlass':
      return subject.referrals.length === 0
        ? [{ kind: 'paragraph', text: de('Zu diesem Partner ist keine Vermittlung erfasst.'), muted: true }]
        : [
            {
              kind: 'table',
              columns: [de('Datum'), de('Lebensbereich'), de('Anlass')],
              rows: subject.referrals.map((r) => [dayText(r.date), r.lifeAreaName, r.reason]),
              widths: [1, 2, 5],
            },
          ];
    case 'personalien':
      return fields([
        { label: 'Geschlecht', value: GENDER_LABELS[person.gender] },
        { label: 'Staatsangehörigkeit', value: person.nationalities.map(countryName).join(', ') },
      ]);
    case 'kontakt':
      return fields([
        { label: 'Anschrift', value: person.address },
        { label: 'Wohnort', value: person.municipality },
        { label: 'Telefon', value: person.phone },
        { label: 'E-Mail', value: person.email },
      ]);
    case 'unterbringung':
      return fields([
        { label: 'Art der Unterbringung', value: person.accommodationType ? ACCOMMODATION_TYPE_LABELS[person.accommodationType] : null },
        { label: 'Unterkunft', value: person.accommodationName },
      ]);
    case 'aufenthalt':
      return fields([
        { label: 'Aufenthaltsstatus', value: person.residenceStatus ? RESIDENCE_STATUS_LABELS[person.residenceStatus] : null },
        { label: 'Rechtsgrundlage', value: person.residenceParagraph },
        { label: 'Gültig bis', value: person.residenceValidUntil ? dayText(person.residenceValidUntil) : null },
      ]);
    case 'sprache': {
      const interpreter = person.interpreterLanguage ?? person.languages[0] ?? null;
      return fields([
        { label: 'Sprachen', value: person.languages.map(languageName).join(', ') },
        { label: 'Sprachmittlung nötig', value: yesNo(person.interpreterNeeded) },
        { label: 'Sprache der Sprachmittlung', value: person.interpreterNeeded && interpreter ? languageName(interpreter) : null },
      ]);
    }
    case 'lebenslage':
      return assessmentBlocks(ctx, subject, date, (lifeAreaId) => lifeAreaId !== HEALTH_LIFE_AREA);
    case 'gesundheit':
      return assessmentBlocks(ctx, subject, date, (lifeAreaId) => lifeAreaId === HEALTH_LIFE_AREA);
    case 'ziele':
      return goalBlocks(ctx, subject, kinds.includes('gesundheit'));
  }
}

/** The last assessment of the case on or before the date, only the entries of the life areas `shown` lets through. */
function assessmentBlocks(ctx: ServiceContext, subject: Subject, date: string, shown: (lifeAreaId: string) => boolean): Block[] {
  const summary = subject.caseId ? listAssessments(ctx, subject.caseId).find((a) => a.date <= date) : undefined;
  const assessment: AssessmentDetail | undefined = summary && getAssessment(ctx, summary.id);
  const entries = assessment?.entries.filter((e) => shown(e.lifeAreaId)) ?? [];
  if (!assessment || entries.length === 0) return [{ kind: 'paragraph', text: de(NOTHING_RECORDED), muted: true }];
  return [
    {
      kind: 'paragraph',
      text: de(`${assessment.kindLabel} vom ${dayText(assessment.date)}; Lage von 1 (akute Krise) bis 5 (stabil und selbstständig).`),
      muted: true,
    },
    assessmentTable(entries),
  ];
}

/** The goals that are still pursued or reached (not the discarded ones), with their steps; health goals only with `withHealth`. */
function goalBlocks(ctx: ServiceContext, subject: Subject, withHealth: boolean): Block[] {
  const goals: GoalView[] = subject.caseId
    ? listGoals(ctx, subject.caseId).filter((g) => g.status !== 'verworfen' && (withHealth || g.lifeAreaId !== HEALTH_LIFE_AREA))
    : [];
  if (goals.length === 0) return [{ kind: 'paragraph', text: de(NOTHING_RECORDED), muted: true }];
  return goals.flatMap((goal): Block[] => [
    { kind: 'fields', rows: [{ label: de(`Ziel, ${goal.lifeAreaName}`), value: `${goal.title} (${goal.statusLabel})` }] },
    ...(goal.steps.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            columns: [de('Vereinbarter Schritt'), de('Wer'), de('Bis'), de('Erledigt')],
            rows: goal.steps.map((step) => [
              step.description,
              step.partnerName ? `${step.responsibleLabel}: ${step.partnerName}` : step.responsibleLabel,
              step.dueDate ? dayText(step.dueDate) : '–',
              step.doneAt ? dayText(step.doneAt) : 'offen',
            ]),
            widths: [5, 2.5, 1.5, 1.5],
          },
        ]),
  ]);
}
