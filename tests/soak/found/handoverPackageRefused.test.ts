/**
 * Found by the I/O-fault soak (issue 17): when the package was written (its drive had room) but
 * the store refused to record the handover (its drive full or read-only), the call failed and the
 * package stayed on the stick: encrypted personal data under a one-time passphrase nobody saw,
 * for cases still marked here as not handed over. Now the package is removed with the failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createHandoverServices } from '../../../electron/services/handover';
import { createdStore, TEST_KDF_COST, tempDir } from '../../fixtures/tempStore';

describe('a handover the store refuses to record', () => {
  it('leaves no package behind and hands nothing over', async () => {
    const services = await createdStore();
    const handover = createHandoverServices({ store: services.store, now: () => new Date('2026-11-23T09:30:00Z') }, TEST_KDF_COST).handover;
    const handlers = createHandlers({ ...services, handover });
    const stick = tempDir();
    handover.chooseFilesWith({ saveAs: async () => path.join(stick, 'paket.kimuebergabe'), open: async () => null });
    const person = services.persons.create({ names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
    const { caseId } = services.intakes.record({
      personId: person.id,
      date: '2026-11-20',
      accessRoute: 'sprechstunde',
      targetGroupIds: [],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-11-20', form: 'schriftlich' },
    });
    services.store.session().sqlite.pragma('query_only = ON');
    const answer = await dispatch(handlers, 'handover.export', { caseIds: [caseId!], recipient: 'Kollegin in Ahlen' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'STORAGE_READ_ONLY' } });
    expect(fs.readdirSync(stick)).toEqual([]);
    services.store.session().sqlite.pragma('query_only = OFF');
    expect(handover.list()).toEqual([]);
  });
});
