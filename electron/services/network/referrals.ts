/**
 * Referrals (Verweisberatung, Leistungssteuerung): to a partner, for a reason in a life area,
 * with a status history. Passing personal data needs a valid release for that partner.
 */
import { KimError } from '../../contract/errors';
import type { ReferralView } from '../../contract/areas/network';
import {
  appendReferralStatus,
  casePersonId,
  existingLifeAreas,
  findReferral,
  insertReferral,
  listReferralsForCase,
  statusHistoryOf,
  updateReferral,
  type ReferralStatusRow,
  type ReferralWithNames,
} from '../../../db/queries/referrals';
import { actor, advancePhase, assertNotInFuture, db, newId, requireOpenCase, transaction, type ServiceContext } from '../context';
import { FAILED_STATUSES, LEGAL_AREA_LABELS, REFERRAL_STATUS_LABELS, REFERRAL_TRANSITIONS, STRUCTURAL_GAP_LABELS, statusOptions } from './labels';
import { requireActivePartner } from './partners';
import { validReleaseFor } from './releases';
import { cleanText, groupBy, textOrNull, type In } from './views';

/** The person of a case, or CASE_NOT_FOUND. */
export function requireCasePerson(ctx: ServiceContext, caseId: string): string {
  const personId = casePersonId(db(ctx), caseId);
  if (personId === undefined) throw new KimError('CASE_NOT_FOUND');
  return personId;
}

function referralView(row: ReferralWithNames, history: ReferralStatusRow[]): ReferralView {
  return {
    id: row.id,
    caseId: row.caseId,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    legalAreaLabel: LEGAL_AREA_LABELS[row.legalArea],
    lifeAreaId: row.lifeAreaId,
    lifeAreaName: row.lifeAreaName,
    reason: row.reason,
    date: row.date,
    dataTransfer: row.dataTransfer,
    releaseId: row.releaseId,
    status: row.status,
    statusLabel: REFERRAL_STATUS_LABELS[row.status],
    nextStatuses: statusOptions(REFERRAL_TRANSITIONS[row.status]),
    outcome: row.outcome,
    structuralGap: row.structuralGap,
    structuralGapLabel: row.structuralGap === null ? null : STRUCTURAL_GAP_LABELS[row.structuralGap],
    history: history.map((h) => ({ status: h.status, statusLabel: REFERRAL_STATUS_LABELS[h.status], at: h.at, note: h.note, by: h.by })),
    recordedBy: row.recordedBy,
  };
}

export function referralService(ctx: ServiceContext) {
  function requireReferral(id: string): ReferralWithNames {
    const referral = findReferral(db(ctx), id);
    if (!referral) throw new KimError('REFERRAL_NOT_FOUND');
    return referral;
  }

  function view(id: string): ReferralView {
    return referralView(requireReferral(id), statusHistoryOf(db(ctx), [id]));
  }

  return {
    /**
     * With dataTransfer the partner gets personal data: refused without a release valid on the
     * referral date (RELEASE_REQUIRED). Without it the client is only informed. The first
     * referral moves the case on to Monitoring.
     */
    create(input: In<'referrals.create'>): ReferralView {
      requireOpenCase(ctx, input.caseId);
      const personId = requireCasePerson(ctx, input.caseId);
      requireActivePartner(ctx, input.partnerId);
      if (existingLifeAreas(db(ctx), [input.lifeAreaId]).length === 0) throw new KimError('LIFE_AREA_NOT_FOUND');
      assertNotInFuture(input.date, ctx.now());
      const release = input.dataTransfer ? validReleaseFor(ctx, personId, input.partnerId, input.date) : undefined;
      if (input.dataTransfer && !release) throw new KimError('RELEASE_REQUIRED');

      const id = newId();
      const at = ctx.now().toISOString();
      const status = input.status ?? 'vorgeschlagen';
      return transaction(ctx, () => {
        insertReferral(db(ctx), {
          id,
          caseId: input.caseId,
          partnerId: input.partnerId,
          lifeAreaId: input.lifeAreaId,
          reason: input.reason,
          date: input.date,
          dataTransfer: input.dataTransfer,
          releaseId: release?.id ?? null,
          status,
          outcome: null,
          structuralGap: null,
          recordedBy: actor(ctx),
          createdAt: at,
        });
        appendReferralStatus(db(ctx), { id: newId(), referralId: id, status, at, note: textOrNull(input.note), by: actor(ctx) });
        advancePhase(ctx, input.caseId, 'monitoring');
        ctx.store.audit('referral.created', 'referral', id);
        return view(id);
      });
    },

    /**
     * Moves the referral along REFERRAL_TRANSITIONS (nothing leaves the final statuses) and
     * appends the change to its history. A structural gap may be named only when it fails.
     */
    setStatus(input: In<'referrals.setStatus'>): ReferralView {
      return transaction(ctx, () => {
        const referral = requireReferral(input.id);
        requireOpenCase(ctx, referral.caseId);
        if (!REFERRAL_TRANSITIONS[referral.status].includes(input.status)) throw new KimError('REFERRAL_STATUS_NOT_ALLOWED');
        const gap = input.structuralGap ?? null;
        const failed = FAILED_STATUSES.includes(input.status);
        if (gap !== null && !failed) throw new KimError('STRUCTURAL_GAP_NOT_ALLOWED');
        const outcome = cleanText(input.outcome);
        updateReferral(db(ctx), referral.id, {
          status: input.status,
          ...(failed ? { structuralGap: gap } : {}),
          ...(outcome !== undefined ? { outcome } : {}),
        });
        appendReferralStatus(db(ctx), {
          id: newId(),
          referralId: referral.id,
          status: input.status,
          at: ctx.now().toISOString(),
          note: textOrNull(input.note),
          by: actor(ctx),
        });
        ctx.store.audit('referral.status_changed', 'referral', referral.id);
        return view(referral.id);
      });
    },

    setOutcome(input: In<'referrals.setOutcome'>): ReferralView {
      return transaction(ctx, () => {
        const referral = requireReferral(input.id);
        requireOpenCase(ctx, referral.caseId);
        updateReferral(db(ctx), referral.id, { outcome: textOrNull(input.outcome) });
        ctx.store.audit('referral.outcome_recorded', 'referral', referral.id);
        return view(referral.id);
      });
    },

    /** Newest first, each with partner, labels, allowed next statuses and history. */
    listForCase(input: In<'referrals.listForCase'>): ReferralView[] {
      requireCasePerson(ctx, input.caseId);
      const rows = listReferralsForCase(db(ctx), input.caseId);
      const history = groupBy(
        statusHistoryOf(
          db(ctx),
          rows.map((r) => r.id),
        ),
        (h) => h.referralId,
      );
      return rows.map((row) => referralView(row, history.get(row.id) ?? []));
    },
  };
}
