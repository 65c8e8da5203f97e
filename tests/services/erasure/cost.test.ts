/**
 * What erasure costs on a store of realistic size (run by hand: KIM_MEASURE_ERASURE=1500 npx
 * vitest run --project node tests/services/erasure/cost.test.ts): the erasure with secure_delete,
 * FTS merge and WAL truncation; the same without secure_delete; and a VACUUM afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { seedDemoData } from '../../../electron/services/seed';
import { GOOD_PASSPHRASE, MIGRATIONS, TEST_KDF_COST, tempDir } from '../../fixtures/tempStore';
import { decryptFilePages, decryptWalPages, needlesFound } from './rawPages';

const CASES = Number(process.env.KIM_MEASURE_ERASURE ?? 0);
const NOW = new Date(2026, 2, 15, 14, 30);
const services = (dbPath: string) => createServices({ dbPath, migrationsFolder: MIGRATIONS, kdfCost: async () => TEST_KDF_COST, now: () => NOW });
const ms = (since: number) => Math.round(performance.now() - since);

describe.runIf(CASES > 0)('erasure cost', () => {
  it(`on ${CASES} cases`, async () => {
    const dir = tempDir();
    const original = path.join(dir, 'kim.db');
    // Seeding takes minutes: KIM_MEASURE_STORE_DIR keeps the seeded store between runs.
    const cache = process.env.KIM_MEASURE_STORE_DIR;
    const cached = cache && fs.existsSync(path.join(cache, `kim-${CASES}.db`)) ? path.join(cache, `kim-${CASES}.db`) : null;
    if (cached) {
      fs.copyFileSync(cached, original);
      fs.copyFileSync(`${cached}.keys`, `${original}.keys`);
    } else {
      const built = services(original);
      await built.store.create({ userName: 'Test Beraterin', passphrase: GOOD_PASSPHRASE });
      const t = performance.now();
      await seedDemoData({ store: built.store, now: () => NOW }, { cases: CASES, seed: 1 });
      console.log(`seeded ${CASES} cases in ${ms(t)} ms`);
      built.store.lock('manual');
      if (cache) {
        fs.mkdirSync(cache, { recursive: true });
        fs.copyFileSync(original, path.join(cache, `kim-${CASES}.db`));
        fs.copyFileSync(`${original}.keys`, path.join(cache, `kim-${CASES}.db.keys`));
      }
    }
    let t = performance.now();
    const copy = (name: string) => {
      const target = path.join(dir, `${name}.db`);
      fs.copyFileSync(original, target);
      fs.copyFileSync(`${original}.keys`, `${target}.keys`);
      return target;
    };
    for (const secure of [true, false]) {
      const file = copy(secure ? 'secure' : 'plain');
      const s = services(file);
      await s.store.unlock({ passphrase: GOOD_PASSPHRASE });
      const { sqlite } = s.store.session();
      const target = sqlite
        .prepare(
          `SELECT c.id, c.case_number AS n, c.person_id AS p FROM cases c ORDER BY (SELECT count(*) FROM contacts k WHERE k.person_id = c.person_id) DESC LIMIT 1`,
        )
        .get() as { id: string; n: string; p: string };
      const dataKey = Buffer.from(s.store.exportDataKey(), 'hex');
      // Texts only this person has (the demo's names and notes repeat across persons), written through the app.
      const unique = ['Quennerstedt-Ağaoğlu', 'Sorgt sich um den Xylophonunterricht der Tochter in Quakenbrück', '1987-04-29'];
      s.persons.update({
        personId: target.p,
        names: [...s.persons.get(target.p).names, { familyName: unique[0]!, givenNames: 'Zeliha' }],
        birthDate: unique[2]!,
      });
      s.contacts.create({
        personId: target.p,
        at: '2026-03-14T10:00:00',
        durationMinutes: 30,
        place: 'telefon',
        type: 'telefonat',
        topics: [],
        interpreterUsed: false,
        note: unique[1]!,
      });
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      expect(needlesFound(decryptFilePages(file, dataKey), unique)).toEqual(unique);
      if (!secure) sqlite.pragma('secure_delete = OFF');
      const size = fs.statSync(file).size;
      t = performance.now();
      const result = s.erasure.erase({ caseId: target.id, confirmCaseNumber: target.n, reason: 'Messung' });
      const eraseMs = ms(t);
      const free = Number(sqlite.pragma('freelist_count', { simple: true }));
      const leftAfterErase = needlesFound([...decryptFilePages(file, dataKey), ...decryptWalPages(`${file}-wal`, dataKey)], unique).length;
      t = performance.now();
      sqlite.exec('VACUUM');
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const vacuumMs = ms(t);
      const leftAfterVacuum = needlesFound(decryptFilePages(file, dataKey), unique).length;
      console.log(
        `secure_delete ${secure ? 'ON ' : 'OFF'}: erase ${eraseMs} ms (${result.caseNumbers.length} cases, WAL truncated ${result.walTruncated}), ` +
          `file ${(size / 1e6).toFixed(1)} MB, ${free} free pages after; texts of theirs found: ${leftAfterErase} of ${unique.length}; ` +
          `VACUUM ${vacuumMs} ms → ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, texts found after VACUUM: ${leftAfterVacuum}`,
      );
      if (secure) expect(leftAfterErase).toBe(0);
      s.store.lock('manual');
    }
  }, 900_000);
});
