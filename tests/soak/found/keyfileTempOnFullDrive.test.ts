/**
 * Found by the I/O-fault soak (issue 17): a key file write that a full drive refused (ENOSPC while
 * writing its temporary file) left the empty `.kim.db.keys.<hex>.tmp` beside the key file. Now it
 * is removed with the failure; the key file itself stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readKeyfile, writeKeyfile } from '../../../electron/services/store/keyfile';
import { createdStore } from '../../fixtures/tempStore';

describe('a key file write on a full drive', () => {
  it('fails with ENOSPC and leaves no temporary file', async () => {
    const services = await createdStore();
    const file = services.store.keyfile;
    const before = fs.readFileSync(file);
    const names = () => fs.readdirSync(path.dirname(file)).sort();
    const listed = names();
    vi.spyOn(fs, 'writeSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    expect(() => writeKeyfile(file, readKeyfile(file), { exclusive: false })).toThrow(/ENOSPC/);
    expect(names()).toEqual(listed);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
