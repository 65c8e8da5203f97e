/** Sicherung und Wiederherstellung (backupService.ts). */
import type { ServiceContext } from '../context';
import { BackupService, type BackupHooks } from './backupService';

export function createBackupServices(ctx: ServiceContext, migrationsFolder: string, hooks: BackupHooks = {}) {
  return { backup: new BackupService(ctx, migrationsFolder, hooks) };
}
