/**
 * Fallkonferenz: a meeting on a case with network partners. Every participating partner needs a
 * valid release for the client on the conference date; agreed actions become follow-ups.
 */
import { KimError } from '../../contract/errors';
import type { CaseConferenceView, ConferenceReleaseCheck } from '../../contract/areas/network';
import {
  findCaseConference,
  insertCaseConference,
  listCaseConferences,
  participantsOf,
  updateCaseConference,
  type CaseConferenceRow,
} from '../../../db/queries/caseConferences';
import { followUpsFrom, insertFollowUps, type FollowUpRow } from '../../../db/queries/followUps';
import { findPartners } from '../../../db/queries/partners';
import { actor, assertNotInFuture, db, newId, requireOpenCase, transaction, type ServiceContext } from '../context';
import { LEGAL_AREA_LABELS } from './labels';
import { requireCasePerson } from './referrals';
import { validReleaseFor } from './releases';
import { followUpView, groupBy, textOrNull, type In } from './views';
import { keepVersion } from '../versions';
import type { ConferenceBefore, ConferenceUpdateInput } from '../../contract/areas/caseCorrections';

export function caseConferenceService(ctx: ServiceContext) {
  /** Per partner (in the given order): is there a release for this case's client on `date`? */
  function checkReleases(
    caseId: string,
    date: string,
    partnerIds: readonly string[],
    requireActive: boolean,
    /** Partners already in the conference may stay after they were deactivated (a correction of what happened). */
    alreadyIn: ReadonlySet<string> = new Set(),
  ): ConferenceReleaseCheck {
    const personId = requireCasePerson(ctx, caseId);
    const found = new Map(findPartners(db(ctx), partnerIds).map((p) => [p.id, p]));
    const partners = partnerIds.map((partnerId) => {
      const partner = found.get(partnerId);
      if (!partner) throw new KimError('PARTNER_NOT_FOUND');
      if (requireActive && !partner.active && !alreadyIn.has(partnerId)) throw new KimError('PARTNER_INACTIVE');
      const release = validReleaseFor(ctx, personId, partnerId, date);
      return { partnerId, organisation: partner.organisation, ok: release !== undefined, releaseId: release?.id ?? null };
    });
    return { date, allOk: partners.every((p) => p.ok), partners };
  }

  function views(rows: CaseConferenceRow[]): CaseConferenceView[] {
    const ids = rows.map((r) => r.id);
    const participants = groupBy(participantsOf(db(ctx), ids), (p) => p.conferenceId);
    const actions = groupBy(followUpsFrom(db(ctx), 'fallkonferenz', ids), (f) => f.sourceId);
    return rows.map((row) => ({
      id: row.id,
      caseId: row.caseId,
      date: row.date,
      clientPresent: row.clientPresent,
      agenda: row.agenda,
      results: row.results,
      participants: (participants.get(row.id) ?? []).map((p) => ({
        partnerId: p.partnerId,
        organisation: p.organisation,
        legalAreaLabel: LEGAL_AREA_LABELS[p.legalArea],
        contactPerson: p.contactPerson,
      })),
      actions: (actions.get(row.id) ?? []).map(followUpView),
      recordedBy: row.recordedBy,
    }));
  }

  return {
    /** For the screen to warn before saving; create refuses the same situations. */
    checkReleases: (input: In<'caseConferences.checkReleases'>): ConferenceReleaseCheck => checkReleases(input.caseId, input.date, input.partnerIds, false),

    create(input: In<'caseConferences.create'>): CaseConferenceView {
      requireOpenCase(ctx, input.caseId);
      assertNotInFuture(input.date, ctx.now());
      const check = checkReleases(
        input.caseId,
        input.date,
        input.participants.map((p) => p.partnerId),
        true,
      );
      if (!check.allOk) throw new KimError('CONFERENCE_RELEASE_MISSING');

      const id = newId();
      const createdAt = ctx.now().toISOString();
      const actions: FollowUpRow[] = input.actions.map((a) => ({
        id: newId(),
        caseId: input.caseId,
        dueDate: a.dueDate,
        title: a.title,
        source: 'fallkonferenz',
        sourceId: id,
        doneAt: null,
        createdAt,
      }));
      return transaction(ctx, () => {
        insertCaseConference(
          db(ctx),
          {
            id,
            caseId: input.caseId,
            date: input.date,
            clientPresent: input.clientPresent,
            agenda: textOrNull(input.agenda),
            results: textOrNull(input.results),
            recordedBy: actor(ctx),
            createdAt,
          },
          input.participants.map((p) => ({ partnerId: p.partnerId, contactPerson: textOrNull(p.contactPerson) })),
        );
        insertFollowUps(db(ctx), actions);
        ctx.store.audit('case_conference.created', 'case_conference', id);
        for (const a of actions) ctx.store.audit('follow_up.created', 'follow_up', a.id);
        const row = findCaseConference(db(ctx), id);
        if (!row) throw new KimError('CASE_NOT_FOUND');
        return views([row])[0]!;
      });
    },

    /**
     * A correction of what was recorded: the same checks as create, the earlier version kept
     * (versions.list, kind 'case_conference'). The agreed actions are Wiedervorlagen of their own
     * and stay as they are.
     */
    update(input: ConferenceUpdateInput): CaseConferenceView {
      const row = findCaseConference(db(ctx), input.id);
      if (!row) throw new KimError('CONFERENCE_NOT_FOUND');
      requireOpenCase(ctx, row.caseId);
      assertNotInFuture(input.date, ctx.now());
      const earlier = views([row])[0]!;
      const check = checkReleases(
        row.caseId,
        input.date,
        input.participants.map((p) => p.partnerId),
        true,
        new Set(earlier.participants.map((p) => p.partnerId)),
      );
      if (!check.allOk) throw new KimError('CONFERENCE_RELEASE_MISSING');
      const personId = requireCasePerson(ctx, row.caseId);
      const before: ConferenceBefore = {
        date: earlier.date,
        clientPresent: earlier.clientPresent,
        agenda: earlier.agenda,
        results: earlier.results,
        participants: earlier.participants.map((p) => ({ partnerId: p.partnerId, organisation: p.organisation, contactPerson: p.contactPerson })),
      };
      return transaction(ctx, () => {
        keepVersion(ctx, { kind: 'case_conference', recordId: row.id, personId, caseId: row.caseId, before });
        updateCaseConference(
          db(ctx),
          row.id,
          { date: input.date, clientPresent: input.clientPresent, agenda: textOrNull(input.agenda), results: textOrNull(input.results) },
          input.participants.map((p) => ({ partnerId: p.partnerId, contactPerson: textOrNull(p.contactPerson) })),
        );
        ctx.store.audit('case_conference.updated', 'case_conference', row.id);
        return views([findCaseConference(db(ctx), row.id)!])[0]!;
      });
    },

    /** Newest first. */
    listForCase(input: In<'caseConferences.listForCase'>): CaseConferenceView[] {
      requireCasePerson(ctx, input.caseId);
      return views(listCaseConferences(db(ctx), input.caseId));
    },
  };
}
