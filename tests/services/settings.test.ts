import { describe, expect, it } from 'vitest';
import { recentAudit } from '../../db/queries/audit';
import { createdStore } from '../fixtures/tempStore';

describe('settings', () => {
  it('have defaults, keep changes, and the audit log names a new user name at once', async () => {
    const { store, settings } = await createdStore();
    expect(settings.get()).toEqual({ userName: 'Test Beraterin', autoLockMinutes: 5, reassessmentMonths: 6 });
    expect(settings.update({ userName: 'Beate Neu', reassessmentMonths: 3 })).toEqual({ userName: 'Beate Neu', autoLockMinutes: 5, reassessmentMonths: 3 });
    store.audit('probe', 'test');
    const [last, previous] = recentAudit(store.session().db, 2);
    expect(last).toMatchObject({ action: 'probe', actor: 'Beate Neu' });
    expect(previous).toMatchObject({ action: 'settings.updated', entity: 'settings' });
  });
});
