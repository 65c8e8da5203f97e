/**
 * Node test files that replace a module with vi.mock. A replacement only takes hold in a fresh
 * module graph, and the node project's files share theirs (vitest.config.ts), so these run in a
 * project of their own with isolation: each file in its own graph.
 */
export const ISOLATED_NODE_TESTS = ['tests/main/electronGlue.test.ts', 'tests/services/store/concurrentUnlock.test.ts'];
