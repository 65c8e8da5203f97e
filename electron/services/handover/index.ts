/** Übergabe an ein anderes Gerät (handoverService.ts). */
import type { ServiceContext } from '../context';
import type { ScryptCost } from '../crypto/kdf';
import { HandoverService } from './handoverService';

export function createHandoverServices(ctx: ServiceContext, kdfCost?: ScryptCost) {
  return { handover: new HandoverService(ctx, kdfCost) };
}
