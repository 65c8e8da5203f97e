import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KimError } from '../../electron/contract/errors';
import { recentAudit } from '../../db/queries/audit';
import { currentWraps } from '../../db/queries/keyWraps';
import { readKeyfile } from '../../electron/services/store/keyfile';
import { createdStore, GOOD_PASSPHRASE, OTHER_PASSPHRASE, testServices } from '../fixtures/tempStore';
import { codeOf } from '../fixtures/kimError';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A clock the tests move by hand, so the unlock delay can be checked without waiting. */
function manualClock(start = Date.parse('2026-11-21T09:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

describe('store: create and reopen', () => {
  it('starts as new, is unlocked after create, and reopens with the passphrase', async () => {
    const fresh = testServices();
    expect(fresh.store.status()).toEqual({ state: 'new', recoveryKeyPending: false });
    const { store, dbPath } = await createdStore();
    expect(store.status()).toEqual({ state: 'unlocked', recoveryKeyPending: true });
    store.lock('manual');
    expect(store.status().state).toBe('locked');

    const again = testServices({ dbPath });
    const result = await again.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(result.state).toBe('unlocked');
    expect(again.settings.get().userName).toBe('Test Beraterin');
  });

  it('refuses a weak passphrase and creates nothing', async () => {
    const { store } = testServices();
    expect(await codeOf(store.create({ userName: 'A', passphrase: 'passwort123' }))).toBe('WEAK_PASSPHRASE');
    expect(fs.existsSync(store.dbPath)).toBe(false);
    expect(fs.existsSync(store.keyfile)).toBe(false);
  });

  it('never overwrites an existing file at the database path', async () => {
    const { store } = testServices();
    fs.writeFileSync(store.dbPath, 'eine fremde Datei');
    const before = sha256(store.dbPath);
    expect(store.status().state).toBe('locked');
    expect(await codeOf(store.create({ userName: 'A', passphrase: GOOD_PASSPHRASE }))).toBe('STORE_EXISTS');
    expect(sha256(store.dbPath)).toBe(before);
    expect(fs.existsSync(store.keyfile)).toBe(false);
  });

  it('records creation and unlock in the audit log, without content', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const again = testServices({ dbPath });
    await again.store.unlock({ passphrase: GOOD_PASSPHRASE }, { renewUnconfirmedRecoveryKey: true });
    const actions = recentAudit(again.store.session().db, 10)
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual(['store.created', 'store.locked', 'store.unlocked', 'recovery_key.renewed']);
    const entries = recentAudit(again.store.session().db, 10);
    expect(entries.every((e) => e.actor === 'Test Beraterin')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(GOOD_PASSPHRASE);
  });
});

describe('store: wrong passphrase', () => {
  it('gives WRONG_PASSPHRASE with a growing delay, refuses attempts during it, and resets on success', async () => {
    const clock = manualClock();
    const { store, dbPath } = await createdStore({ now: clock.now });
    store.lock('manual');
    const again = testServices({ dbPath, now: clock.now });

    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      try {
        await again.store.unlock({ passphrase: 'falsch-falsch-falsch' });
      } catch (error) {
        expect((error as KimError).code).toBe('WRONG_PASSPHRASE');
        expect((error as KimError).message).toMatch(/Passphrase ist nicht richtig/);
        delays.push((error as KimError).retryAfterMs!);
      }
      // An attempt before the delay has run out is refused without checking the passphrase.
      expect(await codeOf(again.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('UNLOCK_THROTTLED');
      clock.advance(delays.at(-1)!);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    expect((await again.store.unlock({ passphrase: GOOD_PASSPHRASE })).state).toBe('unlocked');
    again.store.lock('manual');
    try {
      await again.store.unlock({ passphrase: 'wieder falsch' });
    } catch (error) {
      expect((error as KimError).retryAfterMs).toBe(1000);
    }
  });

  it('caps the delay at one minute', async () => {
    const clock = manualClock();
    const { store, dbPath } = await createdStore({ now: clock.now });
    store.lock('manual');
    const again = testServices({ dbPath, now: clock.now });
    let last = 0;
    for (let i = 0; i < 9; i++) {
      try {
        await again.store.unlock({ passphrase: 'falsch' });
      } catch (error) {
        last = (error as KimError).retryAfterMs!;
      }
      clock.advance(last);
    }
    expect(last).toBe(60_000);
  });
});

describe('store: recovery key', () => {
  it('is 8 groups of 4 unambiguous characters', async () => {
    const { recoveryKey } = await createdStore();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('must be confirmed by typing two groups back; a wrong group is refused', async () => {
    const { store, recoveryKey } = await createdStore();
    const groups = recoveryKey.split('-');
    expect(
      await codeOf(() =>
        store.confirmRecoveryKey({
          answers: [
            { group: 2, value: groups[1]! },
            { group: 5, value: 'XXXX' },
          ],
        }),
      ),
    ).toBe('RECOVERY_CONFIRMATION_MISMATCH');
    expect(
      await codeOf(() =>
        store.confirmRecoveryKey({
          answers: [
            { group: 2, value: groups[1]! },
            { group: 2, value: groups[1]! },
          ],
        }),
      ),
    ).toBe('RECOVERY_CONFIRMATION_MISMATCH');
    store.confirmRecoveryKey({
      answers: [
        { group: 2, value: groups[1]!.toLowerCase() },
        { group: 7, value: ` ${groups[6]} ` },
      ],
    });
    expect(store.status().recoveryKeyPending).toBe(false);
    expect(
      await codeOf(() =>
        store.confirmRecoveryKey({
          answers: [
            { group: 1, value: 'a' },
            { group: 2, value: 'b' },
          ],
        }),
      ),
    ).toBe('NO_PENDING_RECOVERY_KEY');
  });

  it('an unconfirmed key is kept by a plain unlock (the command line)', async () => {
    const { store, dbPath, recoveryKey } = await createdStore();
    store.lock('manual');
    const again = testServices({ dbPath });
    expect((await again.store.unlock({ passphrase: GOOD_PASSPHRASE })).recoveryKey).toBeNull();
    again.store.lock('manual');
    expect((await again.store.unlockWithRecoveryKey({ recoveryKey, newPassphrase: OTHER_PASSPHRASE })).state).toBe('unlocked');
  });

  it('the app replaces an unconfirmed key at the next unlock, and the old one stops working', async () => {
    const { store, dbPath, recoveryKey } = await createdStore();
    store.lock('manual');
    const again = testServices({ dbPath });
    const result = await again.store.unlock({ passphrase: GOOD_PASSPHRASE }, { renewUnconfirmedRecoveryKey: true });
    expect(result.recoveryKey).toMatch(/^[0-9A-Z]{4}-/);
    expect(result.recoveryKey).not.toBe(recoveryKey);
    expect(result.recoveryKeyPending).toBe(true);
    again.store.lock('manual');
    expect(await codeOf(again.store.unlockWithRecoveryKey({ recoveryKey, newPassphrase: OTHER_PASSPHRASE }))).toBe('WRONG_RECOVERY_KEY');
  });

  it('a confirmed key is not replaced at unlock', async () => {
    const { store, dbPath, recoveryKey } = await createdStore();
    const g = recoveryKey.split('-');
    store.confirmRecoveryKey({
      answers: [
        { group: 1, value: g[0]! },
        { group: 8, value: g[7]! },
      ],
    });
    store.lock('manual');
    const again = testServices({ dbPath });
    expect((await again.store.unlock({ passphrase: GOOD_PASSPHRASE }, { renewUnconfirmedRecoveryKey: true })).recoveryKey).toBeNull();
  });

  it('unlocks with the recovery key (typed loosely) and forces a new passphrase; the old one stops working', async () => {
    const { store, dbPath, recoveryKey } = await createdStore();
    store.lock('manual');
    const again = testServices({ dbPath });
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(await codeOf(again.store.unlockWithRecoveryKey({ recoveryKey: typed, newPassphrase: 'kurz' }))).toBe('WEAK_PASSPHRASE');
    expect(again.store.status().state).toBe('locked');
    const result = await again.store.unlockWithRecoveryKey({ recoveryKey: typed, newPassphrase: OTHER_PASSPHRASE });
    expect(result.state).toBe('unlocked');
    again.store.lock('manual');
    expect(await codeOf(again.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    const third = testServices({ dbPath });
    expect((await third.store.unlock({ passphrase: OTHER_PASSPHRASE })).state).toBe('unlocked');
  });

  it('a wrong recovery key counts as a failed attempt', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const again = testServices({ dbPath });
    expect(await codeOf(again.store.unlockWithRecoveryKey({ recoveryKey: 'AAAA-BBBB', newPassphrase: OTHER_PASSPHRASE }))).toBe('WRONG_RECOVERY_KEY');
    expect(await codeOf(again.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('UNLOCK_THROTTLED');
  });

  it('renewal needs the passphrase and invalidates the old key', async () => {
    const clock = manualClock();
    const { store, dbPath, recoveryKey } = await createdStore({ now: clock.now });
    expect(await codeOf(store.renewRecoveryKey({ passphrase: 'falsch' }))).toBe('WRONG_PASSPHRASE');
    clock.advance(1000);
    const { recoveryKey: renewed } = await store.renewRecoveryKey({ passphrase: GOOD_PASSPHRASE });
    expect(renewed).not.toBe(recoveryKey);
    store.lock('manual');
    const again = testServices({ dbPath });
    expect(await codeOf(again.store.unlockWithRecoveryKey({ recoveryKey, newPassphrase: OTHER_PASSPHRASE }))).toBe('WRONG_RECOVERY_KEY');
  });
});

describe('store: passphrase change', () => {
  it('re-wraps the key without re-encrypting the database', async () => {
    const clock = manualClock();
    const { store, dbPath } = await createdStore({ now: clock.now });
    store.lock('manual');
    const again = testServices({ dbPath, now: clock.now });
    await again.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const keyBefore = again.store.exportDataKey();
    const wrapsBefore = readKeyfile(again.store.keyfile).wraps.find((w) => w.kind === 'passphrase');

    expect(await codeOf(again.store.changePassphrase({ current: 'falsch', next: OTHER_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    again.store.lock('manual');
    clock.advance(1000); // the delay after the wrong attempt
    await again.store.unlock({ passphrase: GOOD_PASSPHRASE });
    expect(await codeOf(again.store.changePassphrase({ current: GOOD_PASSPHRASE, next: GOOD_PASSPHRASE }))).toBe('SAME_PASSPHRASE');
    expect(await codeOf(again.store.changePassphrase({ current: GOOD_PASSPHRASE, next: 'abc' }))).toBe('WEAK_PASSPHRASE');
    await again.store.changePassphrase({ current: GOOD_PASSPHRASE, next: OTHER_PASSPHRASE });
    expect(again.store.exportDataKey()).toBe(keyBefore);
    const wrapAfter = readKeyfile(again.store.keyfile).wraps.find((w) => w.kind === 'passphrase');
    expect(wrapAfter?.kdf.salt).not.toBe(wrapsBefore?.kdf.salt);
    const history = currentWraps(again.store.session().db)
      .map((w) => w.kind)
      .sort();
    expect(history).toEqual(['passphrase', 'recovery']);
    again.store.lock('manual');
    const third = testServices({ dbPath });
    expect(await codeOf(third.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('WRONG_PASSPHRASE');
    const fourth = testServices({ dbPath });
    expect((await fourth.store.unlock({ passphrase: OTHER_PASSPHRASE })).state).toBe('unlocked');
  });
});

describe('store: damaged, foreign and future files', () => {
  it('a tampered page is reported as damaged and the file is left exactly as it was', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    const bytes = fs.readFileSync(dbPath);
    bytes[4096 + 200]! ^= 0xff; // a byte inside page 2
    fs.writeFileSync(dbPath, bytes);
    const before = sha256(dbPath);
    const again = testServices({ dbPath });
    expect(await codeOf(again.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('DB_DAMAGED');
    expect(again.store.status().state).toBe('locked');
    expect(sha256(dbPath)).toBe(before);
    expect(fs.readdirSync(path.dirname(dbPath)).sort()).toEqual(['kim.db', 'kim.db.keys']);
  });

  it('a foreign database with our key file is reported as damaged and not touched', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    fs.writeFileSync(dbPath, Buffer.alloc(8192, 7));
    const before = sha256(dbPath);
    const again = testServices({ dbPath });
    expect(await codeOf(again.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('DB_DAMAGED');
    expect(sha256(dbPath)).toBe(before);
  });

  it('a damaged or missing key file is reported, never rewritten', async () => {
    const { store, dbPath } = await createdStore();
    store.lock('manual');
    fs.writeFileSync(store.keyfile, '{"format":"kim-fallakte-keys","version":1,"wraps":[]}');
    const before = sha256(store.keyfile);
    const again = testServices({ dbPath });
    expect(await codeOf(again.store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('KEYFILE_DAMAGED');
    expect(sha256(store.keyfile)).toBe(before);
    fs.rmSync(store.keyfile);
    expect(await codeOf(testServices({ dbPath }).store.unlock({ passphrase: GOOD_PASSPHRASE }))).toBe('KEYFILE_DAMAGED');
  });

  it('refuses a database written by a newer version, before writing anything', async () => {
    const { store, dbPath } = await createdStore();
    store.session().sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 4_102_444_800_000);
    store.lock('manual');
    const before = sha256(dbPath);
    const again = testServices({ dbPath });
    const code = await codeOf(again.store.unlock({ passphrase: GOOD_PASSPHRASE }));
    expect(code).toBe('DB_FROM_FUTURE');
    expect(new KimError('DB_FROM_FUTURE').message).toMatch(/neueren Version/);
    expect(sha256(dbPath)).toBe(before);
    expect(again.store.status().state).toBe('locked');
  });
});

describe('store: lock', () => {
  it('closes the database, forgets the key and tells listeners why', async () => {
    const { store } = await createdStore();
    const session = store.session();
    const reasons: string[] = [];
    store.onLocked((reason) => reasons.push(reason));
    store.lock('idle');
    expect(reasons).toEqual(['idle']);
    expect(session.sqlite.open).toBe(false);
    expect(await codeOf(() => store.session())).toBe('LOCKED');
    expect(await codeOf(() => store.exportDataKey())).toBe('LOCKED');
    store.lock('idle');
    expect(reasons).toEqual(['idle']);
  });
});

describe('store: data key export for the IT', () => {
  it('with the recovery key gives the same key, keeps the passphrase, audits and closes again', async () => {
    const { store, dbPath, recoveryKey } = await createdStore();
    const g = recoveryKey.split('-');
    store.confirmRecoveryKey({
      answers: [
        { group: 3, value: g[2]! },
        { group: 4, value: g[3]! },
      ],
    });
    const expected = store.exportDataKey();
    store.lock('manual');

    const itDepartment = testServices({ dbPath });
    expect(await itDepartment.store.exportDataKeyWithRecoveryKey({ recoveryKey })).toBe(expected);
    expect(itDepartment.store.status().state).toBe('locked');

    const owner = testServices({ dbPath });
    await owner.store.unlock({ passphrase: GOOD_PASSPHRASE });
    const actions = recentAudit(owner.store.session().db, 4)
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual(['store.locked', 'data_key.exported', 'store.locked', 'store.unlocked']);
  });
});
