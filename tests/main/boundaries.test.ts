/** The process boundaries, checked on the source: who may import what. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)]
    .filter((m) => !/^\s*(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => m[1] ?? m[2]!);
}

/** Every module `entry` loads at start: its static imports, followed through the project's own files (dynamic `import()` is not followed). */
function staticallyLoaded(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) {
        seen.add(spec);
        continue;
      }
      const base = path.join(path.dirname(file), spec);
      const resolved = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
      if (resolved) visit(resolved);
    }
  };
  visit(entry);
  return [...seen];
}

describe('boundaries', () => {
  it("services, dispatch, contract, command line and db never import 'electron'", () => {
    const files = ['electron/services', 'electron/ipc', 'electron/contract', 'electron/cli', 'db'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) => importsOf(f).includes('electron'));
    expect(offenders).toEqual([]);
  });

  it('the renderer imports no Node module, no SQL and no services; only the contract and its own files', () => {
    const offenders = sourceFiles('renderer').flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            spec.startsWith('node:') ||
            ['fs', 'path', 'electron', 'better-sqlite3', 'drizzle-orm'].includes(spec) ||
            /electron\/(services|ipc|main|preload|cli)|\bdb\//.test(spec),
        )
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the contract, shared by all three sides, imports neither Node, nor the database, nor services', () => {
    const offenders = sourceFiles('electron/contract').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('node:') || /(^|\/)db\/|electron\/(services|ipc|main|preload|cli)|^drizzle-orm|^better-sqlite3/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the command line loads no services, database or document libraries before it knows the command (kim --help stays instant)', () => {
    const loaded = staticallyLoaded(path.join('electron', 'cli', 'main.ts'));
    expect(loaded).toContain(path.join('electron', 'cli', 'args.ts'));
    const heavy = loaded.filter((m) =>
      /^(drizzle-orm|better-sqlite3|exceljs|pdfkit|zod)|electron\/services\/(?!dataDir)|^db\/|electron\/cli\/commands\//.test(m),
    );
    expect(heavy).toEqual([]);
  });

  it('the renderer loads the passphrase strength check (about 600 KB of dictionaries) only where a passphrase is chosen, not at start', () => {
    const loaded = staticallyLoaded(path.join('renderer', 'main.tsx'));
    expect(loaded).toContain(path.join('renderer', 'ui', 'NewPassphraseFields.tsx'));
    expect(loaded.filter((m) => /zxcvbn|passphrasePolicy/.test(m))).toEqual([]);
  });

  it('only renderer/api.ts touches window.kim', () => {
    const touching = sourceFiles('renderer').filter((f) => /window\.kim\b/.test(fs.readFileSync(f, 'utf8')));
    expect(touching).toEqual([path.join('renderer', 'api.ts')]);
  });

  it('only db/ runs SQL', () => {
    const sqlOutsideDb = ['electron', 'renderer'].flatMap(sourceFiles).filter((f) => /\.(prepare|exec)\(\s*['"`]|\bsql`/.test(fs.readFileSync(f, 'utf8')));
    expect(sqlOutsideDb).toEqual([]);
  });
});
