/**
 * Found by the I/O-fault soak (issue 17): a command line call whose file the drive refused
 * (full, or turned read-only) ended with "Ein unerwarteter Fehler … Bitte versuchen Sie es noch
 * einmal": it asked to repeat what cannot work. It now says what happened and what to do
 * (electron/cli/run.ts). /dev/full is a real device that refuses every write with ENOSPC; the
 * output file is a link to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../electron/contract/errors';
import { fixtureUnits, keyFileOf } from '../../fixtures/maskedExports';
import { tempDir } from '../../fixtures/tempStore';
import { kim } from '../../cli/helpers';

describe('a command line call whose file the drive refuses', () => {
  it.runIf(fs.existsSync('/dev/full'))('on a full drive: says so and what to do, not "unerwarteter Fehler"', async () => {
    const dir = tempDir();
    const names = fixtureUnits(3, 6).map((unit, i) => {
      const name = `schluessel-${i + 1}.json`;
      fs.writeFileSync(path.join(dir, name), JSON.stringify(keyFileOf(unit)));
      return name;
    });
    fs.symlinkSync('/dev/full', path.join(dir, 'liste.json'));
    const run = await kim(['roster', ...names, '--district', 'Kreis Musterland', '--out', 'liste.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Die Datei konnte nicht geschrieben werden: Auf ihrem Laufwerk ist kein Platz mehr frei\. Bitte schaffen Sie dort Platz/);
    expect(run.stderr).not.toContain(errorMessages.INTERNAL);
  });
});
