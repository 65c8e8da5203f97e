/**
 * The short version of the soak's fuzz (`npm run soak` runs 100,000 calls): 2,000 calls of every
 * contract method with generated inputs against a seeded encrypted store. Also proves that the
 * fuzz's checks catch what they are for, and that a seed repeats its run.
 */
import { describe, expect, it } from 'vitest';
import { KimError, methodNames, type MethodName } from '../../electron/contract';
import type { Handlers } from '../../electron/ipc/handlers';
import type { Services } from '../../electron/services';
import { fuzz, runFuzz } from './fuzz';
import type { SoakReport } from './types';

const quiet = () => undefined;
/** Record ids, recovery keys and tokens are random in every store: masked, the rest must repeat. */
const masked = (line: string) =>
  line
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
    .replace(/[0-9A-Z]{4}(-[0-9A-Z]{4}){5,}/g, 'SCHLÜSSEL')
    .replace(/\b[0-9a-f]{32}\b/g, 'TOKEN');
const figure = (report: SoakReport, label: string) => report.figures.find(([l]) => l === label)?.[1];

/** Cheap methods (no printing, no key derivation) for the runs that test the fuzz itself. */
const CHEAP: MethodName[] = ['network.labels', 'lifeAreas.list', 'persons.get', 'persons.find', 'cases.get', 'settings.get', 'partners.list', 'drafts.save'];

describe('soak: fuzz', () => {
  it('2,000 generated calls: only typed answers, refusals change nothing, the store verifies', async () => {
    const report = await runFuzz({ seed: 1, progress: quiet, calls: 2000 });
    expect(report.failures).toEqual([]);
    expect(figure(report, 'Aufrufe')).toBe(2000);
    expect(figure(report, 'Methoden aufgerufen')).toBe(`${methodNames.length} von ${methodNames.length}`);
    // The inputs reach the services' logic, not only the schema's refusal.
    expect(Number(String(figure(report, 'Methoden mit angenommenem Aufruf')).split(' ')[0])).toBeGreaterThan(100);
    expect(figure(report, 'davon angenommen')).toBeGreaterThan(500);
    expect(figure(report, 'abgelehnte Aufrufe mit total_changes und Schreibzähler geprüft')).toBe(figure(report, 'davon abgelehnt'));
    expect(figure(report, 'Inhalts-Hashes verglichen')).toBeGreaterThan(10);
    expect(figure(report, 'kim verify am Ende')).toBe('in Ordnung');
  }, 120_000);

  it('reports an INTERNAL answer and a refused call that wrote, with seed, call number and input', async () => {
    const broken = (handlers: Handlers, services: Services): Handlers => ({
      ...handlers,
      'network.labels': () => {
        throw new Error('kaputt');
      },
      'lifeAreas.list': () => {
        services.settings.update({ autoLockMinutes: 7 });
        throw new KimError('LOCKED');
      },
    });
    const report = await fuzz({ seed: 3, progress: quiet, calls: 60 }, { only: CHEAP, seedCases: 3, wrapHandlers: broken });
    expect(report.failures.some((f) => /^Seed 3, Aufruf \d+ \(network\.labels\) mit .*: INTERNAL$/.test(f))).toBe(true);
    expect(report.failures.some((f) => /^Seed 3, Aufruf \d+ \(lifeAreas\.list\) mit .*abgelehnt \(LOCKED\), aber [1-9]\d* Zeilen geschrieben/.test(f))).toBe(
      true,
    );
    const [repeat, ...rest] = [...report.failures].reverse();
    expect(repeat).toMatch(/^Wiederholen: npm run soak -- --only fuzz --seed 3 --calls \d+ /);
    expect(rest.every((f) => /network\.labels|lifeAreas\.list/.test(f))).toBe(true);
  }, 30_000);

  it('the same seed gives the same calls, inputs and answers', async () => {
    const traces: string[][] = [[], []];
    for (const trace of traces) await fuzz({ seed: 7, progress: quiet, calls: 60 }, { only: CHEAP, seedCases: 3, trace: (line) => trace.push(masked(line)) });
    expect(traces[0]).toHaveLength(60);
    expect(traces[1]).toEqual(traces[0]);
    const other: string[] = [];
    await fuzz({ seed: 8, progress: quiet, calls: 60 }, { only: CHEAP, seedCases: 3, trace: (line) => other.push(masked(line)) });
    expect(other).not.toEqual(traces[0]);
  }, 30_000);
});
