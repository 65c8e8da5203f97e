import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMigrationTags } from '../fixtures/migrations';

describe('migrations', () => {
  it('each migration in the journal has its own test on a fresh encrypted database', () => {
    const tags = allMigrationTags();
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(fs.existsSync(path.join(import.meta.dirname, 'migrations', `${tag}.test.ts`)), `tests/db/migrations/${tag}.test.ts`).toBe(true);
    }
  });

  it('the committed migrations match the schema (drizzle-kit generates nothing new)', async () => {
    const { execFileSync } = await import('node:child_process');
    // drizzle-kit wants an output folder relative to the project; a copy keeps db/migrations untouched.
    const copy = path.join('.tmp', `drift-${process.pid}`);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync('db/migrations', copy, { recursive: true });
    try {
      const args = ['generate', '--dialect', 'sqlite', '--schema', './db/schema/index.ts', '--out', `./${copy}`];
      const out = execFileSync(path.resolve('node_modules/.bin/drizzle-kit'), args, { encoding: 'utf8' });
      expect(out).toMatch(/No schema changes/);
      expect(fs.readdirSync(copy).filter((f) => f.endsWith('.sql'))).toEqual(allMigrationTags().map((t) => `${t}.sql`));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
