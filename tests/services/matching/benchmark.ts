/**
 * How long persons.find and persons.likelyDuplicates take on a large register (not a test: no
 * timing asserts). Run: npx tsx tests/services/matching/benchmark.ts [persons]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../../electron/services';

const FAMILY = ['Haddad', 'Yılmaz', 'Шевченко', 'Ahmadi', 'Kovalenko', 'Demir', 'Rahimi', 'Al-Hassan', 'Nowak', 'Osman', 'Karimi', 'Mohammadi'];
const GIVEN = ['Mohammed', 'Amira', 'Олена', 'Hüseyin', 'Ayşe', 'Fatima', 'Ali', 'Yusuf', 'Oksana', 'Zainab', 'Omar', 'Mariya'];

async function main() {
  const count = Number(process.argv[2] ?? 10_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-bench-'));
  const services = createServices({
    dbPath: path.join(dir, 'kim.db'),
    migrationsFolder: path.resolve(import.meta.dirname, '../../../db/migrations'),
    kdfCost: async () => ({ N: 2 ** 10, r: 8, p: 1 }),
  });
  await services.store.create({ userName: 'Benchmark', passphrase: 'Kaffee-Tasse-Regen-1987' });
  const { sqlite } = services.store.session();
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const family = `${FAMILY[i % FAMILY.length]}${i % 7 === 0 ? '' : String.fromCharCode(97 + (i % 26))}`;
      const given = GIVEN[(i * 7) % GIVEN.length] ?? 'Ali';
      const names = [{ familyName: family, givenNames: given }];
      if (i % 2 === 0) names.push({ familyName: `${family}e`, givenNames: given });
      services.persons.create({ names, birthDate: String(1950 + (i % 60)) });
    }
  })();
  const time = (label: string, work: () => unknown) => {
    work();
    const start = performance.now();
    const runs = 10;
    for (let r = 0; r < runs; r++) work();
    console.log(`${label}: ${((performance.now() - start) / runs).toFixed(1)} ms`);
  };
  console.log(`${count} persons`);
  const start = performance.now();
  services.matching.find({ query: 'Moh' });
  console.log(`first find after a change (reads and prepares all spellings): ${(performance.now() - start).toFixed(1)} ms`);
  time('find "Moh"', () => services.matching.find({ query: 'Moh' }));
  time('find "Schewtschenko Elena"', () => services.matching.find({ query: 'Schewtschenko Elena' }));
  time('find "1991"', () => services.matching.find({ query: '1991' }));
  time('likelyDuplicates Haddad, Mohamad 1980', () =>
    services.matching.likelyDuplicates({ names: [{ familyName: 'Haddad', givenNames: 'Mohamad' }], birthDate: '1980' }),
  );
  const someone = services.matching.find({ query: 'Haddad', limit: 1 })[0]?.personId ?? '';
  services.persons.update({ personId: someone, phone: '0170 1234567' });
  const again = performance.now();
  services.matching.find({ query: 'Moh' });
  console.log(`find after another change: ${(performance.now() - again).toFixed(1)} ms`);
  services.store.lock('manual');
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
