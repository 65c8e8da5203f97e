/** Builds the services every front door uses: the app, the command line and the tests. */
import path from 'node:path';
import { StoreService, type StoreServiceOptions } from './store/storeService';
import type { DataLocation } from './dataDir';
import { SettingsService } from './settings';
import { AutoLock } from './autoLock';
import { createCaseServices } from './cases';
import { createAssessmentServices } from './assessment';
import { createNetworkServices } from './network';
import { demoService } from './seed';
import { createMatchingServices } from './matching';
import { createSearchServices } from './search';
import { createTodayServices } from './today';
import { createStatisticsServices } from './statistics';
import { createDistrictServices } from './district';
import { createConsultationServices } from './consultation';
import { createErasureServices } from './erasure';
import { createBackupServices } from './backup';
import { createAuditServices } from './audit';
import { createHandoverServices } from './handover';
import { createRestrictionServices } from './restriction';
import { createFormServices } from './forms';
import { createInformationServices } from './information';
import { createDocumentTextServices } from './documents/texts/service';
import { createDocumentServices } from './documents';
import { createClientDocumentServices } from './documents/clientDocuments';
import { createPrintoutServices } from './documents/printouts';
import { createUnitDetailsServices } from './unitDetails';

export type Services = ReturnType<typeof createServices>;

export interface ServicesOptions extends StoreServiceOptions {
  /** Where the store's folder came from (the app resolves it); without it, the folder of dbPath. */
  dataLocation?: DataLocation;
}

export function createServices(options: ServicesOptions) {
  const store = new StoreService(options);
  const dataLocation: DataLocation = options.dataLocation ?? { source: 'standard', folder: path.dirname(options.dbPath) };
  const settings = new SettingsService(store, options.now);
  const autoLock = new AutoLock({
    isUnlocked: () => store.status().state === 'unlocked',
    idleLimitMinutes: () => settings.autoLockMinutes(),
    lock: (reason) => store.lock(reason),
  });
  const ctx = { store, now: options.now ?? (() => new Date()) };
  return {
    store,
    settings,
    dataLocation,
    autoLock,
    ...createCaseServices(ctx),
    ...createAssessmentServices(ctx),
    ...createNetworkServices(ctx),
    ...createMatchingServices(ctx),
    demo: demoService(ctx),
    ...createSearchServices(ctx),
    ...createTodayServices(ctx),
    ...createConsultationServices(ctx),
    ...createStatisticsServices(ctx),
    ...createDistrictServices(ctx),
    ...createErasureServices(ctx),
    ...createBackupServices(ctx, options.migrationsFolder),
    ...createAuditServices(ctx),
    ...createHandoverServices(ctx),
    ...createRestrictionServices(ctx),
    ...createFormServices(ctx),
    ...createInformationServices(ctx),
    ...createDocumentTextServices(ctx),
    ...createDocumentServices(ctx),
    ...createClientDocumentServices(ctx),
    ...createPrintoutServices(ctx),
    ...createUnitDetailsServices(ctx),
  };
}
