/** The directory of network partners: list, create, update, deactivate and reactivate. */
import { KimError } from '../../contract/errors';
import type { PartnerView } from '../../contract/areas/network';
import { findPartner, insertPartner, listPartners, updatePartner, type PartnerChanges, type PartnerRow } from '../../../db/queries/partners';
import { db, newId, transaction, type ServiceContext } from '../context';
import { cleanText, partnerView, textOrNull, type In } from './views';

/** The partner, or PARTNER_NOT_FOUND. */
export function requirePartner(ctx: ServiceContext, id: string): PartnerRow {
  const partner = findPartner(db(ctx), id);
  if (!partner) throw new KimError('PARTNER_NOT_FOUND');
  return partner;
}

/** A partner for new work (a referral, a case conference): it must exist and be active. */
export function requireActivePartner(ctx: ServiceContext, id: string): PartnerRow {
  const partner = requirePartner(ctx, id);
  if (!partner.active) throw new KimError('PARTNER_INACTIVE');
  return partner;
}

export function partnerService(ctx: ServiceContext) {
  function setActive(id: string, active: boolean): PartnerView {
    return transaction(ctx, () => {
      const partner = requirePartner(ctx, id);
      if (partner.active !== active) {
        updatePartner(db(ctx), id, { active });
        ctx.store.audit(active ? 'partner.reactivated' : 'partner.deactivated', 'partner', id);
      }
      return partnerView({ ...partner, active });
    });
  }

  return {
    list(input: In<'partners.list'>): PartnerView[] {
      return listPartners(db(ctx), input.includeInactive ?? false).map(partnerView);
    },

    create(input: In<'partners.create'>): PartnerView {
      const row: PartnerRow = {
        id: newId(),
        organisation: input.organisation,
        legalArea: input.legalArea,
        municipality: textOrNull(input.municipality),
        contactName: textOrNull(input.contactName),
        phone: textOrNull(input.phone),
        email: textOrNull(input.email),
        active: true,
        createdAt: ctx.now().toISOString(),
      };
      return transaction(ctx, () => {
        insertPartner(db(ctx), row);
        ctx.store.audit('partner.created', 'partner', row.id);
        return partnerView(row);
      });
    },

    /** Changes the given fields; absent fields stay, null or blank clears an optional one. */
    update(input: In<'partners.update'>): PartnerView {
      const changes: PartnerChanges = {};
      if (input.organisation !== undefined) changes.organisation = input.organisation;
      if (input.legalArea !== undefined) changes.legalArea = input.legalArea;
      for (const key of ['municipality', 'contactName', 'phone', 'email'] as const) {
        const value = cleanText(input[key]);
        if (value !== undefined) changes[key] = value;
      }
      return transaction(ctx, () => {
        const partner = requirePartner(ctx, input.id);
        updatePartner(db(ctx), input.id, changes);
        ctx.store.audit('partner.updated', 'partner', input.id);
        return partnerView({ ...partner, ...changes });
      });
    },

    /** The partner stays in the directory (old referrals name it) but is no longer offered. */
    deactivate: (input: In<'partners.deactivate'>) => setActive(input.id, false),
    reactivate: (input: In<'partners.reactivate'>) => setActive(input.id, true),
  };
}
