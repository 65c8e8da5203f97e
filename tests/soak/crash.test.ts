/**
 * The short version of the crash soak (`npm run soak` runs 1,000 kills): a child writing through
 * the services is killed with SIGKILL, at random moments and at the named crash points of the key
 * rotation, the passphrase change and the backup; after each kill the store must open with
 * exactly one passphrase, pass `kim verify` and integrity_check, and hold every acknowledged write
 * and no half-written record. Each child costs about 0.8 s of CPU to load the app, so this run
 * keeps to 12 kills with a longer writing window each (more records per kill).
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { INVARIANTS, invariantViolations, Ledger, runCrash } from './crash';
import { createdStore } from '../fixtures/tempStore';

const KILLS = 12;

describe('crash soak (short)', () => {
  it(`${KILLS} kills -9 during writes leave a whole store with every acknowledged write`, { timeout: 120_000 }, async () => {
    const report = await runCrash({ seed: 1, progress: () => undefined, kills: KILLS, windowMs: 800 });
    const figure = (label: string) => report.figures.find(([name]) => name === label)?.[1];
    expect(report.failures).toEqual([]);
    expect(figure('Abbrüche (kill -9)')).toBe(KILLS);
    // every fourth round stops at a named crash point: the rotation's commit, the passphrase's, the backup's
    expect(figure('davon an einem benannten Absturzpunkt')).toBe(3);
    expect(figure('Abbrüche während Passphrasenwechsel')).toBeGreaterThanOrEqual(1);
    // the crash point after the key file's rename: the new passphrase is in force, recorded at the unlock
    expect(figure('davon galt danach die neue Passphrase')).toBeGreaterThanOrEqual(1);
    expect(figure('Abbrüche während Schlüssel erneuern')).toBeGreaterThanOrEqual(1);
    expect(figure('Abbrüche während Sicherung')).toBeGreaterThanOrEqual(1);
    expect(figure('bestätigte Schreibvorgänge')).toBeGreaterThan(0);
    expect(figure('verloren')).toBe(0);
    expect(figure('Invarianten verletzt')).toBe(0);
  });
});

describe('the crash soak’s checks', () => {
  async function storeWithReferral() {
    const s = await createdStore({ now: () => new Date('2026-06-15T09:00:00Z') });
    const { sqlite } = s.store.session();
    // the foreign keys are switched off so the test can make the half-written records a crash would
    sqlite.pragma('foreign_keys = OFF');
    return { s, sqlite };
  }

  it('name a record that lost half of its transaction', async () => {
    const { s, sqlite } = await storeWithReferral();
    expect(invariantViolations(s.store.session())).toEqual([]);
    insertReferral(sqlite, 'r1', 'c1', 'vorgeschlagen');
    const found = invariantViolations(s.store.session()).join('\n');
    // a referral without its history and without its audit entry: both are named
    expect(found).toContain('Vermittlung ohne Anfang ihres Verlaufs: 1 (r1)');
    expect(found).toContain('referrals ohne Protokolleintrag referral.created: 1 (r1)');
    expect(INVARIANTS.length).toBeGreaterThan(10);
  });

  it('name an acknowledged write that is gone, and a status change that is gone', async () => {
    const { sqlite } = await storeWithReferral();
    insertReferral(sqlite, 'r1', 'c1', 'vorgeschlagen');
    sqlite
      .prepare("INSERT INTO referral_status_history (id, referral_id, status, at, by) VALUES ('h1', 'r1', 'vorgeschlagen', '2026-06-15T09:00:00.000Z', 'x')")
      .run();
    const ledger = new Ledger();
    ledger.add({ kind: 'referral', id: 'r1' });
    ledger.add({ kind: 'referralStatus', id: 'r1', status: 'vermittelt', entries: 2 });
    ledger.add({ kind: 'contact', id: 'k1', followUps: [] });
    ledger.add({ kind: 'draft', key: 'soak:1:0', fields: '{}' });
    const { lost } = ledger.lost(sqlite, null);
    expect(lost).toEqual(['contacts k1 fehlt', 'Statuswechsel der Vermittlung r1 auf vermittelt fehlt', 'Entwurf soak:1:0: fehlt']);
    // the draft the kill cut short may be either way: a discard that went through is not lost, and
    // the later rounds then expect it gone; a save shows its new fields or the old ones, nothing else
    expect(ledger.lost(sqlite, { op: 'draft', key: 'soak:1:0', fields: '{"neu":1}' }).lost).toContain('Entwurf soak:1:0: weder der alte noch der neue Stand');
    expect(ledger.lost(sqlite, { op: 'draftDiscard', key: 'soak:1:0' }).lost).not.toContain('Entwurf soak:1:0: fehlt');
    expect(ledger.lost(sqlite, null).lost).not.toContain('Entwurf soak:1:0: fehlt');
  });
});

function insertReferral(sqlite: Database.Database, id: string, caseId: string, status: string): void {
  sqlite
    .prepare(
      `INSERT INTO referrals (id, case_id, partner_id, life_area_id, reason, date, data_transfer, status, recorded_by, created_at)
       VALUES (?, ?, 'p1', 'wohnen', 'Grund', '2026-06-15', 0, ?, 'x', '2026-06-15T09:00:00.000Z')`,
    )
    .run(id, caseId, status);
}
