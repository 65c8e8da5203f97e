import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One test file per core. Vitest's default is one worker less than the cores, and a project
    // with a single worker runs its files one after another: on the 2-core CI machine the node and
    // renderer tests ran in one worker while the second core idled. The browser project keeps its
    // one file at a time (fileParallelism: false) and runs after the others.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'node',
          // Worker threads start faster than forked processes: about a fifth off this run.
          pool: 'threads',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/renderer/**'],
          // drizzle-orm and zod are hundreds of small modules, which Node resolved and loaded anew
          // for every test file (each file runs in a fresh worker): about 0.7 s of every file's
          // start. Pre-bundled once per run (Vite's dependency optimizer), each is one module;
          // the same code, so the same behaviour.
          deps: {
            optimizer: {
              ssr: {
                enabled: true,
                include: ['drizzle-orm', 'drizzle-orm/sqlite-core', 'drizzle-orm/better-sqlite3', 'drizzle-orm/better-sqlite3/migrator', 'zod'],
              },
            },
          },
          // Two files share the two cores now: a test that took 4 s alone may take twice that.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'renderer',
          pool: 'threads',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // Starts building the large demo store at the start of the run, in a process of its own;
          // the scale test waits for it before it launches Chromium.
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
