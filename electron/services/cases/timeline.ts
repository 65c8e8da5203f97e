/** Everything that happened on a case, newest first, in the words of the case manager's own view. */
import { KimError } from '../../contract/errors';
import type { TimelineItem, TimelineKind } from '../../contract/areas/cases';
import { db, type ServiceContext } from '../context';
import { caseById } from '../../../db/queries/cases';
import {
  caseAgreements,
  caseAssessments,
  caseConferencesOf,
  caseConsents,
  caseContacts,
  caseEventsOf,
  caseFollowUps,
  caseIntakes,
  caseReferralStatusChanges,
  caseReferrals,
} from '../../../db/queries/timeline';
import {
  ACCESS_ROUTE_LABELS,
  ASSESSMENT_KIND_LABELS,
  CLOSURE_REASON_LABELS,
  CONTACT_PLACE_LABELS,
  CONTACT_TYPE_LABELS,
  DOCUMENT_FORM_LABELS,
  PHASE_LABELS,
  REFERRAL_STATUS_LABELS,
} from '../../contract/labels';
import { germanDate } from './labels';
import { restrictionsOfCase } from '../../../db/queries/restrictions';

/**
 * For items at the same moment: the order in which they happen (intake before opening, opening
 * before its first phase). Closure and reopening come last on their day.
 */
const SAME_MOMENT_ORDER: Partial<Record<TimelineKind, number>> = {
  erstberatung: 0,
  einwilligung: 1,
  fall_eroeffnet: 2,
  phase: 3,
  fall_abgeschlossen: 9,
  fall_wiedereroeffnet: 10,
};
const sameMomentRank = (kind: TimelineKind) => SAME_MOMENT_ORDER[kind] ?? 5;

/** A comparable local moment: dates are the start of their day, date-times in local time. */
function sortKey(at: string): string {
  if (at.length <= 10) return `${at}T00:00:00.000`;
  const moment = new Date(at);
  return new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000).toISOString().slice(0, 23);
}

export function newestFirst(items: TimelineItem[]): TimelineItem[] {
  const keyed = items.map((item) => ({ item, key: sortKey(item.at) }));
  keyed.sort((a, b) => b.key.localeCompare(a.key) || sameMomentRank(b.item.kind) - sameMomentRank(a.item.kind) || b.item.refId.localeCompare(a.item.refId));
  return keyed.map((k) => k.item);
}

export function timelineService(ctx: ServiceContext) {
  return {
    timeline(caseId: string): TimelineItem[] {
      const store = db(ctx);
      const row = caseById(store, caseId);
      if (!row) throw new KimError('CASE_NOT_FOUND');
      const items: TimelineItem[] = [];
      const add = (at: string, kind: TimelineKind, title: string, refId: string) => items.push({ at, kind, title, refId });

      for (const i of caseIntakes(store, caseId)) add(i.date, 'erstberatung', `Erstberatung (Zugang: ${ACCESS_ROUTE_LABELS[i.accessRoute]})`, i.id);
      for (const c of caseConsents(store, caseId)) {
        add(c.givenAt, 'einwilligung', `Einwilligung in Case Management und Datenverarbeitung (${DOCUMENT_FORM_LABELS[c.form]})`, c.id);
        if (c.revokedAt) add(c.revokedAt, 'einwilligung', 'Einwilligung widerrufen', c.id);
      }
      for (const e of caseEventsOf(store, caseId)) {
        if (e.kind === 'eroeffnet') add(e.at, 'fall_eroeffnet', `Fall ${row.caseNumber} eröffnet`, e.id);
        if (e.kind === 'phase' && e.phase) {
          const phase = `Phase: ${PHASE_LABELS[e.phase]}`;
          // A phase event with a reason is a case taken over from another device (handover): the reason says from whom.
          add(e.at, 'phase', e.reason ? `${e.reason} (${phase})` : phase, e.id);
        }
        if (e.kind === 'abgeschlossen') {
          const reason = CLOSURE_REASON_LABELS[e.reason as keyof typeof CLOSURE_REASON_LABELS] ?? e.reason ?? '';
          add(e.at, 'fall_abgeschlossen', reason ? `Fall abgeschlossen: ${reason}` : 'Fall abgeschlossen', e.id);
        }
        if (e.kind === 'wiedereroeffnet') add(e.at, 'fall_wiedereroeffnet', e.reason ? `Fall wieder eröffnet: ${e.reason}` : 'Fall wieder eröffnet', e.id);
      }
      for (const a of caseAssessments(store, caseId)) add(a.date, 'assessment', ASSESSMENT_KIND_LABELS[a.kind], a.id);
      for (const a of caseAgreements(store, caseId)) {
        add(a.date, 'zielvereinbarung_erstellt', `Zielvereinbarung (Version ${a.version}) erstellt`, a.id);
        if (a.signedAt) add(a.signedAt, 'zielvereinbarung_unterschrieben', `Zielvereinbarung (Version ${a.version}) unterschrieben`, a.id);
      }
      // A referral's first status is recorded with it; the later ones are changes.
      const initialStatus = new Map<string, string>();
      for (const change of caseReferralStatusChanges(store, caseId)) {
        if (!initialStatus.has(change.referralId)) initialStatus.set(change.referralId, REFERRAL_STATUS_LABELS[change.status]);
        else add(change.at, 'vermittlung_status', `Vermittlung an ${change.organisation}: ${REFERRAL_STATUS_LABELS[change.status]}`, change.id);
      }
      for (const r of caseReferrals(store, caseId)) {
        const status = initialStatus.get(r.id);
        add(r.date, 'vermittlung', `Vermittlung an ${r.organisation} (${r.lifeArea})${status ? `: ${status}` : ''}`, r.id);
      }
      for (const c of caseContacts(store, caseId)) {
        add(c.at, 'kontakt', `${CONTACT_TYPE_LABELS[c.type]} (${CONTACT_PLACE_LABELS[c.place]}, ${c.durationMinutes} Min.)`, c.id);
      }
      for (const c of caseConferencesOf(store, caseId)) add(c.date, 'fallkonferenz', c.clientPresent ? 'Fallkonferenz mit Klient:in' : 'Fallkonferenz', c.id);
      for (const f of caseFollowUps(store, caseId)) {
        add(f.createdAt, 'wiedervorlage_angelegt', `Wiedervorlage angelegt: ${f.title} (fällig am ${germanDate(f.dueDate)})`, f.id);
        if (f.doneAt) add(f.doneAt, 'wiedervorlage_erledigt', `Wiedervorlage erledigt: ${f.title}`, f.id);
      }
      // Restrictions of processing (Art. 18 DSGVO) stay in the history when lifted.
      for (const r of restrictionsOfCase(store, caseId)) {
        add(r.since, 'einschraenkung', `Verarbeitung eingeschränkt: ${r.reason}`, r.id);
        if (r.liftedAt) add(r.liftedAt, 'einschraenkung', 'Einschränkung der Verarbeitung aufgehoben', r.id);
      }
      return newestFirst(items);
    },
  };
}
