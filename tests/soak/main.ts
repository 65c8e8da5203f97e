/**
 * Proves the store survives (issue 17): not a test, a command that prints figures and exits
 * non-zero on any failure.
 *
 *   npm run soak                                   100,000 fuzzed calls, 1,000 kills, the I/O faults
 *   npm run soak -- --calls 5000 --kills 50 --seed 7
 *   options: --only fuzz|crash|io (one part)
 *
 * Deterministic per seed; a failure prints what repeats it. The short versions run in `npm test`
 * (tests/soak/*.test.ts).
 */
import { parseArgs } from 'node:util';
import { runCrash } from './crash';
import { runFuzz } from './fuzz';
import { runIoFaults } from './ioFaults';
import type { SoakReport } from './types';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '100000' },
    kills: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const wholeNumber = (text: string, option: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${option} braucht eine ganze Zahl ≥ 0`);
  return n;
};
const calls = wholeNumber(values.calls, '--calls');
const kills = wholeNumber(values.kills, '--kills');
const seed = wholeNumber(values.seed, '--seed');
const only = values.only;
if (only !== undefined && !['fuzz', 'crash', 'io'].includes(only)) throw new Error('--only: fuzz, crash oder io');

const progress = (line: string) => process.stderr.write(`  ${line}\n`);
const parts: [string, () => Promise<SoakReport>][] = [
  ['fuzz', () => runFuzz({ seed, progress, calls })],
  ['crash', () => runCrash({ seed, progress, kills })],
  ['io', () => runIoFaults({ seed, progress })],
];

console.log(`KIM Fallakte soak, seed ${seed}`);
let failed = 0;
for (const [key, run] of parts) {
  if (only !== undefined && only !== key) continue;
  const report = await run();
  console.log(`\n${report.name} (${(report.ms / 1000).toFixed(1)} s)`);
  for (const [label, value] of report.figures) console.log(`  ${label}: ${typeof value === 'number' ? value.toLocaleString('de-DE') : value}`);
  for (const failure of report.failures) console.log(`  FEHLER ${failure}`);
  failed += report.failures.length;
}
console.log(failed === 0 ? '\nBestanden.' : `\n${failed} Fehler.`);
process.exitCode = failed === 0 ? 0 : 1;
