import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Node test files that replace a module with vi.mock. A replacement only takes hold in a fresh
 * module graph, and the node project's files share theirs, so these run in a project of their own
 * with isolation: each file in its own graph. (Kept here, not imported: the config's imports need
 * file extensions once Vite loads configs natively.)
 */
export const ISOLATED_NODE_TESTS = ['tests/main/electronGlue.test.ts', 'tests/services/store/concurrentUnlock.test.ts'];

/** What both node projects share. */
const node = {
  // Worker threads start faster than forked processes: about a fifth off this run.
  pool: 'threads',
  environment: 'node',
  include: ['tests/**/*.test.ts'],
  exclude: ['tests/e2e/**', 'tests/renderer/**', 'tests/electron/**'],
  setupFiles: ['tests/setup.ts'],
  // drizzle-orm and zod are hundreds of small modules, which Node resolved and loaded anew for
  // every fresh module graph: about 0.7 s each time. Pre-bundled once per run (Vite's dependency
  // optimizer), each is one module; the same code, so the same behaviour.
  deps: {
    optimizer: {
      ssr: {
        enabled: true,
        include: ['drizzle-orm', 'drizzle-orm/sqlite-core', 'drizzle-orm/better-sqlite3', 'drizzle-orm/better-sqlite3/migrator', 'zod'],
      },
    },
  },
  // Two files share the two cores: a test that took 4 s alone may take twice that.
  testTimeout: 30_000,
} satisfies TestProjectInlineConfiguration['test'];

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
          ...node,
          name: 'node',
          // The files share their worker (about half of this project's time was each file loading
          // the services, drizzle and zod anew). What that needs of a test file: clean-up in
          // tests/setup.ts (run for every file), spies restored after each test (restoreMocks),
          // and no module replaced with vi.mock: such a file runs in 'node-isolated' (the suite
          // test tests/testSuite.test.ts checks both).
          isolate: false,
          restoreMocks: true,
          exclude: [...node.exclude, ...ISOLATED_NODE_TESTS],
        },
      },
      {
        test: { ...node, name: 'node-isolated', include: ISOLATED_NODE_TESTS },
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
          setupFiles: ['tests/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The packaged app in real Electron (tests/electron/smoke.test.ts). Where Electron's binary
          // or a display is missing, its tests are reported as skipped with the reason, at the cost
          // of loading one small file.
          name: 'electron',
          pool: 'threads',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          testTimeout: 120_000,
          // Packaging with the real Electron (copying its ~250 MB) and starting the app.
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
