/** Settings of the open store, with their defaults. Validation of changes is the contract's. */
import { AUTO_LOCK_MINUTES, REASSESSMENT_MONTHS, type Settings } from '../contract';
import type { z } from 'zod';
import type { settingsPatch } from '../contract';
import { readSetting, writeSetting } from '../../db/queries/settings';
import type { StoreService } from './store/storeService';
import { USER_NAME } from './store/storeService';

const AUTO_LOCK = 'autoLockMinutes';
const REASSESSMENT = 'reassessmentMonths';

export class SettingsService {
  constructor(
    private readonly store: StoreService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(): Settings {
    const { db } = this.store.session();
    const userName = readSetting(db, USER_NAME);
    const autoLock = readSetting(db, AUTO_LOCK);
    const reassessment = readSetting(db, REASSESSMENT);
    return {
      userName: typeof userName === 'string' ? userName : '',
      autoLockMinutes: typeof autoLock === 'number' ? autoLock : AUTO_LOCK_MINUTES.default,
      reassessmentMonths: typeof reassessment === 'number' ? reassessment : REASSESSMENT_MONTHS.default,
    };
  }

  update(patch: z.output<typeof settingsPatch>): Settings {
    const { sqlite, db } = this.store.session();
    sqlite.transaction(() => {
      if (patch.userName !== undefined) {
        writeSetting(db, USER_NAME, patch.userName, this.now());
        this.store.userNameChanged();
      }
      if (patch.autoLockMinutes !== undefined) writeSetting(db, AUTO_LOCK, patch.autoLockMinutes, this.now());
      if (patch.reassessmentMonths !== undefined) writeSetting(db, REASSESSMENT, patch.reassessmentMonths, this.now());
      this.store.audit('settings.updated', 'settings');
    })();
    return this.get();
  }

  /** For the auto-lock; the default while locked, when nothing can be read. */
  autoLockMinutes(): number {
    return this.store.status().state === 'unlocked' ? this.get().autoLockMinutes : AUTO_LOCK_MINUTES.default;
  }
}
