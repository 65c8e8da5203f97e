/**
 * The one place where each contract method meets its service. The mapped type makes the
 * compiler insist on a handler for every method, with the method's own input and result types.
 */
import path from 'node:path';
import type { Contract, MethodName, Output } from '../contract';
import { DATA_DIR_SOURCE_LABELS } from '../contract/labels';
import type { ParsedInputOf } from '../contract/define';
import type { Services } from '../services';
import type { DiagnosticLog } from '../services/diagnostics/log';
import { storageError } from '../../db/storageErrors';
import { caseHandlers } from './areas/cases';
import { assessmentHandlers } from './areas/assessment';
import { networkHandlers } from './areas/network';
import { demoHandlers } from './areas/demo';
import { consultationHandlers } from './areas/consultation';
import { searchHandlers } from './areas/search';
import { todayHandlers } from './areas/today';
import { statisticsHandlers } from './areas/statistics';
import { statisticsRosterHandlers } from './areas/statisticsRoster';
import { districtHandlers } from './areas/district';
import { erasureHandlers } from './areas/erasure';
import { backupHandlers } from './areas/backup';
import { auditHandlers } from './areas/audit';
import { handoverHandlers } from './areas/handover';
import { restrictionHandlers } from './areas/restriction';
import { formHandlers } from './areas/forms';
import { informationHandlers } from './areas/information';
import { caseCorrectionHandlers } from './areas/caseCorrections';
import { monitoringCorrectionHandlers } from './areas/monitoringCorrections';
import { documentTextHandlers } from './areas/documentTexts';
import { documentHandlers } from './areas/documents';
import { clientDocumentHandlers } from './areas/clientDocuments';
import { printoutHandlers } from './areas/printouts';
import { unitDetailsHandlers } from './areas/unitDetails';

/** What a handler gets besides its input from dispatch: the main process's diagnostics log, if any. */
export interface HandlerContext {
  log?: DiagnosticLog;
}

export type Handlers = {
  [K in MethodName]: (input: ParsedInputOf<Contract[K]>, context?: HandlerContext) => Output<K> | Promise<Output<K>>;
};

export function createHandlers(services: Services): Handlers {
  const { store, settings } = services;
  return explainStorageErrors(path.dirname(store.dbPath), {
    ...caseHandlers(services),
    ...assessmentHandlers(services),
    ...networkHandlers(services),
    ...demoHandlers(services),
    ...consultationHandlers(services),
    ...searchHandlers(services),
    ...todayHandlers(services),
    ...statisticsHandlers(services),
    ...statisticsRosterHandlers(services),
    ...districtHandlers(services),
    ...erasureHandlers(services),
    ...backupHandlers(services),
    ...auditHandlers(services),
    ...handoverHandlers(services),
    ...restrictionHandlers(services),
    ...formHandlers(services),
    ...informationHandlers(services),
    ...caseCorrectionHandlers(services),
    ...monitoringCorrectionHandlers(services),
    ...documentTextHandlers(services),
    ...documentHandlers(services),
    ...clientDocumentHandlers(services),
    ...printoutHandlers(services),
    ...unitDetailsHandlers(services),
    'store.status': () => store.status(),
    'store.create': (input) => store.create(input),
    'store.unlock': async (input) => {
      const result = await store.unlock(input, { renewUnconfirmedRecoveryKey: true });
      store.startIntegrityCheck();
      return result;
    },
    'store.unlockWithRecoveryKey': async (input) => {
      const result = await store.unlockWithRecoveryKey(input);
      store.startIntegrityCheck();
      return result;
    },
    'store.lock': () => {
      store.lock('manual');
      return null;
    },
    'store.changePassphrase': async (input) => {
      await store.changePassphrase(input);
      return null;
    },
    'recoveryKey.confirm': (input) => {
      store.confirmRecoveryKey(input);
      return null;
    },
    'recoveryKey.renew': (input) => store.renewRecoveryKey(input),
    'store.rekey': async (input) => {
      const result = await store.rekey(input);
      store.startIntegrityCheck(); // the new file is checked like after an unlock
      return result;
    },
    'store.health': () => store.health(),
    'store.location': () => ({ ...services.dataLocation, sourceLabel: DATA_DIR_SOURCE_LABELS[services.dataLocation.source] }),
    // Identifiers only (the contract's schema); the log checks them once more.
    'diagnostics.reportError': ({ errorName, components }, context) => {
      context?.log?.event({ event: 'renderer.error', errorName, components });
      return null;
    },
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
  });
}

type AnyHandler = (input: unknown, context?: HandlerContext) => unknown;

/**
 * A write the drive refused (full, or read-only while the store is open) becomes its typed error
 * whichever handler met it (db/storageErrors.ts), instead of INTERNAL; everything else passes as it was.
 */
function explainStorageErrors(storeFolder: string, handlers: Handlers): Handlers {
  const explain = (error: unknown): never => {
    throw storageError(error, storeFolder) ?? error;
  };
  const wrapped: Record<string, AnyHandler> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    wrapped[name] = (input, context) => {
      try {
        const result = handler(input, context);
        return result instanceof Promise ? result.catch(explain) : result;
      } catch (error) {
        return explain(error);
      }
    };
  }
  return wrapped as Handlers;
}
