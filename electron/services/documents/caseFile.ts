/**
 * Der Verlauf eines Falls (the case file) as a document: the case and the person (every spelling
 * of the name), then the history in date order, then each kind of record in detail, oldest first:
 * Erstberatung, assessments and re-assessments, agreements, goals with their steps, referrals with
 * their status history, contacts (monitoring), case conferences and the closure.
 *
 * The data comes from the services the case screen reads (cases.get, cases.timeline,
 * assessment.*, agreement.list, goal.list, referrals/contacts/caseConferences.listForCase), so
 * the paper says what the screen says, with the same labels (contract/labels.ts via the views).
 * A restricted case (Art. 18 DSGVO) or one handed over to a colleague is printed as the case
 * screen shows it, read only, with the same notice first: the paper must not hide that the data
 * may no longer be worked with.
 */
import type { AgreementSummary, AssessmentDetail, GoalView } from '../../contract/areas/assessment';
import type { CaseView, PersonDetail, TimelineItem } from '../../contract/areas/cases';
import type { CaseConferenceView, ContactView, ReferralView } from '../../contract/areas/network';
import { ACCESS_ROUTE_LABELS, DOCUMENT_FORM_LABELS, INTAKE_DECISION_LABELS, personName, RESIDENCE_STATUS_LABELS } from '../../contract/labels';
import { countryName } from '../../contract/countries';
import { languageName } from '../../contract/languages';
import { getAssessment, listAssessments } from '../assessment/assessments';
import { listAgreements } from '../assessment/agreements';
import { listGoals } from '../assessment/goals';
import { caseViewService } from '../cases/caseView';
import { personService } from '../cases/persons';
import { timelineService } from '../cases/timeline';
import type { ServiceContext } from '../context';
import { caseConferenceService } from '../network/caseConferences';
import { contactService } from '../network/contacts';
import { referralService } from '../network/referrals';
import type { Block, DocumentModel } from './model';
import { assessmentTable, dayText, de, orDash, partialDayText, whenText, yesNo } from './text';

/** Everything the case screen shows of one case, read through its services. */
export interface CaseFileData {
  view: CaseView;
  person: PersonDetail;
  /** As the overview shows it: newest first. */
  timeline: TimelineItem[];
  assessments: AssessmentDetail[];
  agreements: AgreementSummary[];
  goals: GoalView[];
  referrals: ReferralView[];
  contacts: ContactView[];
  conferences: CaseConferenceView[];
}

/** Reads the case as the case screen does; CASE_NOT_FOUND for an unknown case, LOCKED while locked. */
export function caseFileData(ctx: ServiceContext, caseId: string): CaseFileData {
  const view = caseViewService(ctx).get(caseId);
  return {
    view,
    person: personService(ctx).get(view.person.id),
    timeline: timelineService(ctx).timeline(caseId),
    assessments: listAssessments(ctx, caseId).map((a) => getAssessment(ctx, a.id)),
    agreements: listAgreements(ctx, caseId),
    goals: listGoals(ctx, caseId),
    referrals: referralService(ctx).listForCase({ caseId }),
    contacts: contactService(ctx).listForCase({ caseId }),
    conferences: caseConferenceService(ctx).listForCase({ caseId }),
  };
}

/** A comparable local moment, as the timeline sorts: a day is the start of its day, a moment in local time. */
function localKey(value: string): string {
  if (value.length <= 10) return `${value}T00:00:00.000`;
  const moment = new Date(value);
  return new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000).toISOString().slice(0, 23);
}

/** Oldest first by a day or moment; equal keys keep the services' order. */
function oldestFirst<T>(items: readonly T[], at: (item: T) => string): T[] {
  const key = localKey;
  return items
    .map((item, index) => ({ item, index, key: key(at(item)) }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.index - b.index)
    .map((x) => x.item);
}

const RESTRICTION_NOTE =
  'Der Fall kann nur gelesen werden. Solange die Einschränkung gilt, dürfen diese Angaben nur mit Einwilligung der Person, zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen oder zum Schutz der Rechte anderer verwendet werden (Art. 18 Abs. 2 DSGVO).';

function noticeBlocks(view: CaseView): Block[] {
  const blocks: Block[] = [];
  if (view.restriction) {
    blocks.push({ kind: 'paragraph', text: de(`Verarbeitung eingeschränkt seit ${dayText(view.restriction.since)} – Grund: ${view.restriction.reason}`) });
    blocks.push({ kind: 'paragraph', text: de(`${RESTRICTION_NOTE} Festgehalten von ${view.restriction.recordedBy}.`), muted: true });
  }
  if (view.handover) {
    blocks.push({
      kind: 'paragraph',
      text: de(`Dieser Fall wurde am ${dayText(view.handover.createdAt)} an ${view.handover.recipient} übergeben. Er ist hier schreibgeschützt.`),
    });
    blocks.push({
      kind: 'paragraph',
      text: de(
        view.handover.confirmedAt ? `Die Übernahme wurde am ${dayText(view.handover.confirmedAt)} bestätigt.` : 'Die Übernahme ist noch nicht bestätigt.',
      ),
      muted: true,
    });
  }
  return blocks;
}

function caseBlocks({ view, person }: CaseFileData): Block[] {
  const spellings = person.names.map((n) => (n.note ? `${personName(n)} (${n.note})` : personName(n)));
  const residence = person.residenceStatus
    ? [
        RESIDENCE_STATUS_LABELS[person.residenceStatus],
        person.residenceParagraph,
        person.residenceValidUntil ? `gültig bis ${dayText(person.residenceValidUntil)}` : null,
      ]
        .filter(Boolean)
        .join(', ')
    : '–';
  const consent = view.consent
    ? `am ${dayText(view.consent.givenAt)} (${DOCUMENT_FORM_LABELS[view.consent.form]})${view.consent.revokedAt ? `, widerrufen am ${dayText(view.consent.revokedAt)}` : ''}`
    : 'nicht festgehalten';
  const interpreter = person.interpreterNeeded ? `ja${person.interpreterLanguage ? ` (${languageName(person.interpreterLanguage)})` : ''}` : 'nein';
  const rows: { label: string; value: string }[] = [
    { label: 'Fallnummer', value: view.caseNumber },
    { label: 'Name', value: personName(person.names[0]) },
    ...spellings.slice(1).map((value) => ({ label: 'Weitere Schreibweise', value })),
    { label: 'Geburtsdatum', value: partialDayText(person.birthDate) },
    { label: 'Staatsangehörigkeit', value: orDash(person.nationalities.map(countryName).join(', ')) },
    { label: 'Sprachen', value: orDash(person.languages.map(languageName).join(', ')) },
    { label: 'Dolmetschung nötig', value: interpreter },
    { label: 'Aufenthalt', value: residence },
    { label: 'Phase', value: view.phaseLabel },
    { label: 'Fallverantwortlich', value: view.caseManager },
    { label: 'Standort', value: view.location ? `${view.location.name} (${view.location.municipality})` : '–' },
    { label: 'Träger', value: orDash(view.traeger) },
    { label: 'Zielgruppen', value: orDash(view.targetGroups.map((g) => g.name).join(', ')) },
    { label: 'Einwilligung', value: consent },
    { label: 'Eröffnet am', value: dayText(view.openedAt) },
  ];
  if (view.closedAt) {
    rows.push({ label: 'Abgeschlossen am', value: dayText(view.closedAt) });
    rows.push({ label: 'Grund des Abschlusses', value: orDash(view.closureReasonLabel) });
  }
  return [
    { kind: 'heading', text: de('Fall und Person') },
    { kind: 'fields', rows: rows.map((r) => ({ label: de(r.label), value: r.value })) },
  ];
}

/**
 * The overview's list (newest first) from the beginning. Items of one record at one moment (an
 * agreement made and signed the same day) are listed in the order they happened, which the
 * newest-first list keeps among them: so runs of one record at one moment keep their order.
 */
export function oldestFirstTimeline(timeline: readonly TimelineItem[]): TimelineItem[] {
  const runs: TimelineItem[][] = [];
  for (const item of timeline) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.refId === item.refId && localKey(last.at) === localKey(item.at)) run.push(item);
    else runs.push([item]);
  }
  return runs.reverse().flat();
}

function historyBlocks(timeline: TimelineItem[]): Block[] {
  const items = oldestFirstTimeline(timeline);
  return [
    { kind: 'heading', text: de('Verlauf') },
    items.length === 0
      ? { kind: 'paragraph', text: de('Noch nichts festgehalten.'), muted: true }
      : { kind: 'table', columns: [de('Datum'), de('Was geschah')], rows: items.map((i) => [whenText(i.at), i.title]), widths: [1, 4] },
  ];
}

function intakeBlocks({ view, person }: CaseFileData): Block[] {
  const intakes = oldestFirst(
    person.intakes.filter((i) => i.caseId === view.id),
    (i) => i.date,
  );
  if (intakes.length === 0) return [];
  return [
    { kind: 'heading', text: de('Erstberatung') },
    {
      kind: 'table',
      columns: [de('Datum'), de('Zugang'), de('Entscheidung'), de('Verwiesen an')],
      rows: intakes.map((i) => [dayText(i.date), ACCESS_ROUTE_LABELS[i.accessRoute], INTAKE_DECISION_LABELS[i.decision], orDash(i.referredTo)]),
      widths: [1, 2, 2, 2],
    },
  ];
}

function assessmentBlocks(assessments: AssessmentDetail[]): Block[] {
  if (assessments.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', text: de('Assessments und Re-Assessments') }];
  for (const a of oldestFirst(assessments, (x) => x.date)) {
    blocks.push({ kind: 'paragraph', text: de(`${a.kindLabel} vom ${dayText(a.date)}, festgehalten von ${a.recordedBy}`) });
    blocks.push(assessmentTable(a.entries));
  }
  return blocks;
}

function agreementBlocks(agreements: AgreementSummary[]): Block[] {
  if (agreements.length === 0) return [];
  const state = (a: AgreementSummary) => (a.signedAt ? 'unterschrieben' : a.superseded ? 'nicht unterschrieben, ersetzt' : 'noch nicht unterschrieben');
  return [
    { kind: 'heading', text: de('Zielvereinbarungen') },
    {
      kind: 'table',
      columns: [de('Version'), de('Datum'), de('Unterschrieben am'), de('Ziele'), de('Stand')],
      rows: oldestFirst([...agreements].reverse(), (a) => a.date).map((a) => [
        String(a.version),
        dayText(a.date),
        dayText(a.signedAt),
        String(a.goalCount),
        state(a),
      ]),
      widths: [1, 1.5, 1.8, 1, 2.5],
    },
  ];
}

function goalBlocks(goals: GoalView[]): Block[] {
  if (goals.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', text: de('Ziele und Schritte') }];
  for (const g of oldestFirst(goals, (x) => x.createdAt)) {
    blocks.push({ kind: 'paragraph', text: de(`${g.title} (${g.lifeAreaName}, ${g.statusLabel}), festgelegt am ${dayText(g.createdAt)}`) });
    if (g.steps.length === 0) continue;
    blocks.push({
      kind: 'table',
      columns: [de('Schritt'), de('Wer'), de('Bis'), de('Erledigt am')],
      rows: g.steps.map((s) => [s.description, s.partnerName ?? s.responsibleLabel, dayText(s.dueDate), dayText(s.doneAt)]),
      widths: [4, 2, 1.2, 1.2],
    });
  }
  return blocks;
}

function referralBlocks(referrals: ReferralView[]): Block[] {
  if (referrals.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', text: de('Vermittlungen') }];
  for (const r of oldestFirst(referrals, (x) => x.date)) {
    const rows = [
      { label: 'Vermittelt an', value: `${r.partnerName} (${r.legalAreaLabel})` },
      { label: 'Datum', value: dayText(r.date) },
      { label: 'Lebensbereich', value: r.lifeAreaName },
      { label: 'Anlass', value: r.reason },
      { label: 'Daten weitergegeben', value: yesNo(r.dataTransfer) },
      { label: 'Stand', value: r.statusLabel },
    ];
    if (r.outcome) rows.push({ label: 'Ergebnis', value: r.outcome });
    if (r.structuralGapLabel) rows.push({ label: 'Strukturelle Lücke', value: r.structuralGapLabel });
    blocks.push({ kind: 'fields', rows: rows.map((x) => ({ label: de(x.label), value: x.value })) });
    blocks.push({
      kind: 'table',
      columns: [de('Datum'), de('Status'), de('Vermerk'), de('Von')],
      rows: oldestFirst(r.history, (h) => h.at).map((h) => [dayText(h.at), h.statusLabel, orDash(h.note), h.by]),
      widths: [1.2, 1.6, 4, 1.6],
    });
  }
  return blocks;
}

function contactBlocks(contacts: ContactView[]): Block[] {
  if (contacts.length === 0) return [];
  return [
    { kind: 'heading', text: de('Kontakte (Monitoring)') },
    {
      kind: 'table',
      columns: [de('Wann'), de('Art'), de('Ort'), de('Min.'), de('Themen'), de('Vermerk')],
      rows: oldestFirst(contacts, (c) => c.at).map((c) => [
        whenText(c.at),
        c.typeLabel,
        c.locationName ? `${c.placeLabel}, ${c.locationName}` : c.placeLabel,
        String(c.durationMinutes),
        orDash(c.topics.map((t) => t.name).join(', ')),
        // The interpreter goes with the note: one column less, so the others stay readable.
        orDash([c.interpreterUsed ? `Mit Dolmetschung${c.interpreterLanguage ? ` (${c.interpreterLanguage})` : ''}.` : null, c.note].filter(Boolean).join(' ')),
      ]),
      widths: [2.1, 1.3, 1.4, 0.7, 1.7, 3],
    },
  ];
}

function conferenceBlocks(conferences: CaseConferenceView[]): Block[] {
  if (conferences.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', text: de('Fallkonferenzen') }];
  for (const c of oldestFirst(conferences, (x) => x.date)) {
    const participants = c.participants.map((p) => (p.contactPerson ? `${p.organisation} (${p.contactPerson})` : p.organisation)).join(', ');
    const actions = c.actions.map((a) => `${a.title} (bis ${dayText(a.dueDate)}${a.doneAt ? `, erledigt am ${dayText(a.doneAt)}` : ''})`).join('; ');
    blocks.push({
      kind: 'fields',
      rows: [
        { label: de('Datum'), value: dayText(c.date) },
        { label: de('Klient:in anwesend'), value: yesNo(c.clientPresent) },
        { label: de('Beteiligte Stellen'), value: orDash(participants) },
        { label: de('Tagesordnung'), value: orDash(c.agenda) },
        { label: de('Ergebnis'), value: orDash(c.results) },
        { label: de('Vereinbarte Aufgaben'), value: orDash(actions) },
      ],
    });
  }
  return blocks;
}

function closureBlocks({ view, timeline }: CaseFileData): Block[] {
  const closures = oldestFirstTimeline(timeline).filter((i) => i.kind === 'fall_abgeschlossen' || i.kind === 'fall_wiedereroeffnet');
  if (closures.length === 0) return [];
  return [
    { kind: 'heading', text: de('Abschluss') },
    { kind: 'list', items: closures.map((i) => de(`${dayText(i.at)}: ${i.title}`)) },
    ...(view.open ? [{ kind: 'paragraph' as const, text: de('Der Fall ist wieder offen.'), muted: true }] : []),
  ];
}

/** The case file as a document model (German only). */
export function buildCaseFile(data: CaseFileData, now: Date): DocumentModel {
  return {
    title: de('Verlauf des Falls'),
    caseNumber: data.view.caseNumber,
    clientLanguage: null,
    created: now,
    blocks: [
      ...noticeBlocks(data.view),
      ...caseBlocks(data),
      ...historyBlocks(data.timeline),
      ...intakeBlocks(data),
      ...assessmentBlocks(data.assessments),
      ...agreementBlocks(data.agreements),
      ...goalBlocks(data.goals),
      ...referralBlocks(data.referrals),
      ...contactBlocks(data.contacts),
      ...conferenceBlocks(data.conferences),
      ...closureBlocks(data),
    ],
  };
}
