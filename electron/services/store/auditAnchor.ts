/**
 * The audit chain's head kept outside the database: in the key file, as (entry id, hash) with an
 * HMAC-SHA256 under a key derived from the data key (HKDF-SHA256, info "kim-audit-anchor").
 *
 * What it protects against: the database file edited or replaced on its own — an older copy put
 * back, entries removed at the end, the chain recomputed after an edit — by anyone who cannot
 * also write a MAC under the data key. What it cannot: someone holding the data key can forge
 * both the chain and the anchor. The audit log records every hand-out of the data key
 * (`data_key.exported`) and "Schlüssel erneuern" makes a handed-out key useless for the future.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import { chainHashAt, chainHead, verifyAuditChain, type ChainHead, type ChainProblem, type ChainVerdict } from '../../../db/queries/auditChain';
import type { StoredAuditAnchor } from './keyfile';

const MAC_LABEL = Buffer.from('kim-audit-anchor-v1\0', 'utf8');

/** Set in the database once a key file carried an anchor: from then on a missing anchor is a finding. */
export const AUDIT_ANCHORED_SETTING = 'auditAnchorWritten';

export function anchorKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'kim-audit-anchor', 32));
}

function macOf(key: Buffer, head: ChainHead): Buffer {
  const id = Buffer.alloc(8);
  id.writeBigUInt64BE(BigInt(head.entryId));
  return createHmac('sha256', key).update(MAC_LABEL).update(id).update(Buffer.from(head.hash, 'hex')).digest();
}

export function sealAnchor(key: Buffer, head: ChainHead): StoredAuditAnchor {
  return { entryId: head.entryId, hash: head.hash, mac: macOf(key, head).toString('hex') };
}

/** What the key file says about the chain. */
export type AnchorReading =
  | { state: 'valid'; head: ChainHead }
  /** No anchor: a key file from before the chain, or one whose anchor was removed. */
  | { state: 'absent' }
  /** The MAC does not match: written without the data key, or under another one. */
  | { state: 'invalid' };

export function readAnchor(key: Buffer, stored: StoredAuditAnchor | undefined): AnchorReading {
  if (!stored) return { state: 'absent' };
  const head = { entryId: stored.entryId, hash: stored.hash };
  const valid = timingSafeEqual(macOf(key, head), Buffer.from(stored.mac, 'hex'));
  return valid ? { state: 'valid', head } : { state: 'invalid' };
}

/**
 * Whether the anchor may move on to the chain's current head: only when the entry it vouches for
 * is still in the chain with the same hash (so everything before it is still checkable against
 * it). Otherwise it stays where it is, and the finding stays visible to `verify` and the
 * background check instead of being sealed over by the next write.
 */
export function anchorHolds(sqlite: Database.Database, reading: AnchorReading, anchoredBefore: boolean): boolean {
  if (reading.state === 'invalid') return false;
  if (reading.state === 'absent') return !anchoredBefore;
  return chainHashAt(sqlite, reading.head.entryId) === reading.head.hash;
}

/** A finding about the anchor itself, when the chain up to it is whole. */
export type AnchorProblem = { kind: 'anchor-missing' } | { kind: 'anchor-invalid' };
export type AuditChainFinding = ChainProblem | AnchorProblem;

export interface AuditChainReport {
  /** `unchained-store`: a store from before the chain, not unlocked since (the unlock chains it). */
  state: 'ok' | 'broken' | 'unchained-store';
  entries: number;
  head: ChainHead | null;
  problem: AuditChainFinding | null;
}

/** The chain walked against the key file's anchor: the first thing broken, or ok. */
export function checkAuditChain(sqlite: Database.Database, reading: AnchorReading, anchoredBefore: boolean): AuditChainReport {
  const anchor = reading.state === 'valid' ? reading.head : null;
  const verdict = verifyAuditChain(sqlite, anchor);
  return reportOf(sqlite, verdict, reading, anchoredBefore);
}

/** The report from a finished walk (also used by the background check, which walks in batches). */
export function reportOf(sqlite: Database.Database, verdict: ChainVerdict, reading: AnchorReading, anchoredBefore: boolean): AuditChainReport {
  const { entries, head } = verdict;
  if (verdict.problem) {
    const legacy = reading.state === 'absent' && !anchoredBefore && chainHead(sqlite) === null;
    if (legacy && verdict.problem.kind === 'unchained') return { state: 'unchained-store', entries, head, problem: null };
    return { state: 'broken', entries, head, problem: verdict.problem };
  }
  if (reading.state === 'invalid') return { state: 'broken', entries, head, problem: { kind: 'anchor-invalid' } };
  if (reading.state === 'absent' && anchoredBefore) return { state: 'broken', entries, head, problem: { kind: 'anchor-missing' } };
  return { state: 'ok', entries, head, problem: null };
}
