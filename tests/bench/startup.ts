/**
 * What the benchmark measures outside the store: how much JavaScript the renderer loads before
 * its first screen, and how long `npm run -s kim -- --help` takes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { median } from './measure';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER = path.join(ROOT, 'out/renderer');

/**
 * The gzip size (level 6, what servers and asar readers see) of the scripts index.html loads
 * before anything runs: its module script and every modulepreload. Chunks loaded later by
 * import() are not counted. Builds the app first when there is no build.
 */
export function rendererInitialJsGzipKb(): number {
  const index = path.join(RENDERER, 'index.html');
  if (!fs.existsSync(index)) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
    if (build.status !== 0) throw new Error('npm run build ist fehlgeschlagen');
  }
  const html = fs.readFileSync(index, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
  if (scripts.length === 0) throw new Error('index.html lädt kein Skript');
  const bytes = scripts.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(RENDERER, src)), { level: 6 }).length, 0);
  return bytes / 1024;
}

/** Median wall time of `npm run -s kim -- --help`, as a user types it. */
export function cliHelpMs(runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync('npm', ['run', '-s', 'kim', '--', '--help'], { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error('kim --help ist fehlgeschlagen');
  }
  return median(times);
}
