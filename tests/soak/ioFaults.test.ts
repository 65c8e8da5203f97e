/**
 * The short version of the soak's I/O-fault part (tests/soak/ioFaults.ts) in npm test. It is the
 * same as the long one (`npm run soak -- --only io`): two faults, eight writes each, a few seconds.
 * It runs twice: with the real faults where this machine may mount file systems (root with
 * CAP_SYS_ADMIN; otherwise it falls back by itself) and with SQLite's own faults, the way a
 * machine without mount rights takes, so both ways stay tested.
 */
import { describe, expect, it } from 'vitest';
import { runIoFaults } from './ioFaults';

const figure = (report: { figures: [string, number | string][] }, label: string) => report.figures.find(([l]) => l === label)?.[1];

describe('the soak: a full and a read-only drive while unlocked', () => {
  it.each([
    ['real file systems where allowed', true],
    ["SQLite's own faults", false],
  ])('refuses writes with their German message, loses nothing and recovers (%s)', async (_, mount) => {
    const report = await runIoFaults({ seed: 1, progress: () => undefined }, { mount });
    expect(report.failures).toEqual([]);
    expect(figure(report, 'Schreibvorgänge verloren')).toBe(0);
    expect(figure(report, 'Fehler eingespeist')).toBe(2);
    expect(figure(report, 'Wiederherstellungen')).toBe(2);
    const attempts = Number(figure(report, 'Schreibversuche unter Fehler'));
    const refused = Number(figure(report, 'davon mit dem richtigen Code abgelehnt'));
    const accepted = Number(figure(report, 'davon trotzdem gespeichert (nur bei SQLites eigenem Fehler: ohne neue Seiten)'));
    // Eight writes per fault, and under a real fault also an unlock (SQLite's own faults end with the connection).
    const real = ['Mechanismus voller Speicher', 'Mechanismus schreibgeschützt'].filter((label) => /^(tmpfs|ext4)/.test(String(figure(report, label)))).length;
    expect(attempts).toBe(16 + real);
    expect(refused + accepted).toBe(attempts);
    expect(refused).toBeGreaterThan(0);
    if (!mount) expect(String(figure(report, 'Mechanismus schreibgeschützt'))).toMatch(/query_only/);
    // With mounted file systems nothing may get through: a real full or read-only drive refuses all.
    if (
      String(figure(report, 'Mechanismus voller Speicher')).startsWith('tmpfs') &&
      String(figure(report, 'Mechanismus schreibgeschützt')).startsWith('ext4')
    ) {
      expect(accepted).toBe(0);
    }
  });
});
