/** store.location: the folder and its source as the app resolved them, answered while locked too. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createServices } from '../../electron/services';
import { MIGRATIONS, TEST_KDF_COST, tempDir, createdStore } from '../fixtures/tempStore';

describe('store.location', () => {
  it('answers the resolved folder, its source and the German label, before any store exists', async () => {
    const folder = tempDir();
    const services = createServices({
      dbPath: path.join(folder, 'kim.db'),
      migrationsFolder: MIGRATIONS,
      kdfCost: async () => TEST_KDF_COST,
      dataLocation: { source: 'umgebung', folder },
    });
    expect(services.store.status().state).toBe('new');
    expect(await dispatch(createHandlers(services), 'store.location', {})).toEqual({
      ok: true,
      value: { folder, source: 'umgebung', sourceLabel: 'Umgebungsvariable KIM_DATA_DIR' },
    });
  });

  it('without a resolution (tests, tools): the folder of the store file, as the default; also while locked', async () => {
    const services = await createdStore();
    services.store.lock('manual');
    expect(services.store.status().state).toBe('locked');
    expect(await dispatch(createHandlers(services), 'store.location', {})).toEqual({
      ok: true,
      value: { folder: path.dirname(services.store.dbPath), source: 'standard', sourceLabel: 'Standardordner Ihres Benutzerkontos' },
    });
  });
});
