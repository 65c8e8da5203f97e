/** Releases from professional secrecy (Schweigepflichtentbindungen): record, revoke, list, and check validity. */
import { KimError } from '../../contract/errors';
import type { ReleaseView } from '../../contract/areas/network';
import {
  findRelease,
  insertRelease,
  listReleasesForPerson,
  personExists,
  setReleaseRevoked,
  validRelease,
  type ReleaseRow,
} from '../../../db/queries/releases';
import { actor, assertNotInFuture, db, newId, today, transaction, type ServiceContext } from '../context';
import { requirePartner } from './partners';
import { requireUnrestrictedPerson } from '../restriction/restrictions';
import { requireNotHandedOver } from '../handover/gate';
import { releaseView, sortedDataKinds, type In } from './views';
import { printoutOfWrittenSignature } from '../documents/printouts';

export function requirePerson(ctx: ServiceContext, personId: string): void {
  if (!personExists(db(ctx), personId)) throw new KimError('PERSON_NOT_FOUND');
}

/**
 * The release that allows passing this person's data to this partner on `date` (given on or
 * before it, not revoked on or before it, not expired before it), or undefined.
 */
export function validReleaseFor(ctx: ServiceContext, personId: string, partnerId: string, date: string): ReleaseRow | undefined {
  return validRelease(db(ctx), personId, partnerId, date);
}

export function releaseService(ctx: ServiceContext) {
  const day = () => today(ctx.now());

  function requireRelease(id: string) {
    const release = findRelease(db(ctx), id);
    if (!release) throw new KimError('RELEASE_NOT_FOUND');
    return release;
  }

  return {
    create(input: In<'releases.create'>): ReleaseView {
      requirePerson(ctx, input.personId);
      requireUnrestrictedPerson(ctx, input.personId);
      requireNotHandedOver(ctx, input.personId);
      requirePartner(ctx, input.partnerId);
      assertNotInFuture(input.givenAt, ctx.now());
      const validUntil = input.validUntil ?? null;
      if (validUntil !== null && validUntil < input.givenAt) throw new KimError('RELEASE_VALID_UNTIL_BEFORE_GIVEN');
      const id = newId();
      return transaction(ctx, () => {
        const printoutId = printoutOfWrittenSignature(
          ctx,
          { document: 'schweigepflichtentbindung', personId: input.personId, partnerId: input.partnerId },
          { form: input.form, signedAt: input.givenAt, printoutId: input.printoutId },
        );
        insertRelease(db(ctx), {
          id,
          personId: input.personId,
          partnerId: input.partnerId,
          givenAt: input.givenAt,
          validUntil,
          scope: input.scope,
          dataKinds: sortedDataKinds(input.dataKinds),
          form: input.form,
          printoutId,
          revokedAt: null,
          recordedBy: actor(ctx),
          createdAt: ctx.now().toISOString(),
        });
        ctx.store.audit('release.created', 'release', id);
        return releaseView(requireRelease(id), day());
      });
    },

    /** From the revocation date on, no data may go to the partner on the strength of this release. */
    revoke(input: In<'releases.revoke'>): ReleaseView {
      return transaction(ctx, () => {
        const release = requireRelease(input.id);
        if (release.revokedAt !== null) throw new KimError('RELEASE_ALREADY_REVOKED');
        assertNotInFuture(input.revokedAt, ctx.now());
        if (input.revokedAt < release.givenAt) throw new KimError('RELEASE_REVOKED_BEFORE_GIVEN');
        setReleaseRevoked(db(ctx), input.id, input.revokedAt);
        ctx.store.audit('release.revoked', 'release', input.id);
        return releaseView({ ...release, revokedAt: input.revokedAt }, day());
      });
    },

    /** Newest first, each with its state as of today. */
    listForPerson(input: In<'releases.listForPerson'>): ReleaseView[] {
      requirePerson(ctx, input.personId);
      return listReleasesForPerson(db(ctx), input.personId).map((row) => releaseView(row, day()));
    },
  };
}
