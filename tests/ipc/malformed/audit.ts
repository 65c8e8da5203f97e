import type { auditMethods } from '../../../electron/contract/areas/audit';

const bad = [
  { from: '01.12.2026' },
  { from: '2026-02-30' },
  { to: 20261201 },
  { from: '2026-12-02', to: '2026-12-01' },
  { entity: '' },
  { entity: 'x'.repeat(65) },
  { entityId: 'x'.repeat(65) },
  { action: '' },
  { action: 'x'.repeat(101) },
  { sql: 'DELETE FROM audit_log' },
];

/** Malformed inputs for each method of the Protokoll: every method must be listed (the contract test checks). */
export const auditMalformed: Record<keyof typeof auditMethods, unknown[]> = {
  'audit.list': bad,
  'audit.pdf': bad,
};
