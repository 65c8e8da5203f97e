import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHash } from '../../db/queries/auditChain';

const entry = { id: 7, at: '2026-11-23T09:30:00.000Z', actor: 'Ärztin Ü', action: 'case.updated', entity: 'case', entityId: null };

/** The encoding as documented in db/queries/auditChain.ts, built by hand. */
function byHand(previous: Buffer): string {
  const text = (value: string) => {
    const bytes = Buffer.from(value, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([Buffer.from([1]), length, bytes]);
  };
  const id = Buffer.alloc(8);
  id.writeUInt32BE(7, 4);
  const input = Buffer.concat([
    Buffer.from('kim-audit-chain-v1\0', 'utf8'),
    previous,
    id,
    text(entry.at),
    text(entry.actor),
    text(entry.action),
    text(entry.entity),
    Buffer.from([0]),
  ]);
  return createHash('sha256').update(input).digest('hex');
}

describe('the audit chain hash', () => {
  it('is SHA-256 over the documented encoding, after 32 zero bytes for the first entry', () => {
    expect(chainHash(null, entry)).toBe(byHand(Buffer.alloc(32)));
    const previous = 'ab'.repeat(32);
    expect(chainHash(previous, entry)).toBe(byHand(Buffer.from(previous, 'hex')));
  });

  it('keeps fields apart: moving text from one field to the next, or null against empty, changes it', () => {
    const base = { ...entry, actor: 'ab', action: 'c' };
    expect(chainHash(null, base)).not.toBe(chainHash(null, { ...base, actor: 'a', action: 'bc' }));
    expect(chainHash(null, { ...entry, entityId: null })).not.toBe(chainHash(null, { ...entry, entityId: '' }));
    expect(chainHash(null, entry)).not.toBe(chainHash(null, { ...entry, id: 8 }));
  });
});
