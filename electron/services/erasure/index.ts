/** Erasure (Löschen) and retention periods (Löschfristen). */
import type { RetentionSettings } from '../../contract/areas/erasure';
import type { ServiceContext } from '../context';
import { eraseByCaseNumber, erasePerson, erasePersonWithoutCase, type EraseInput } from './erase';
import { dueErasures, recordHold, retentionSettings, updateRetentionSettings } from './retention';

export function createErasureServices(ctx: ServiceContext) {
  return {
    erasure: {
      erase: (input: EraseInput) => erasePerson(ctx, input),
      erasePersonWithoutCase: (input: { personId: string; reason: string }) => erasePersonWithoutCase(ctx, input),
      eraseByCaseNumber: (input: { caseNumber: string; reason: string }) => eraseByCaseNumber(ctx, input),
      due: (input: { date?: string | undefined }) => dueErasures(ctx, input.date),
      hold: (input: { caseId: string; keepUntil: string; reason: string }) => recordHold(ctx, input),
      settings: () => retentionSettings(ctx),
      updateSettings: (patch: RetentionSettings) => updateRetentionSettings(ctx, patch),
    },
  };
}
