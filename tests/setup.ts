/**
 * Setup of the node and browser tests: runs for every test file, also where files share a worker
 * without isolation (the node project). So the fixtures' clean-up is registered here, not when a
 * fixture module is first imported: a module is imported once per worker, and its hooks would
 * then belong to whichever file imported it first. It loads none of the app's modules: it runs
 * before a test file's module replacements (vi.mock) are in place.
 */
import { afterAll, afterEach } from 'vitest';
import { removeBundles } from './fixtures/killableChild';
import { removeTempDirs } from './fixtures/tempDirs';

afterEach(removeTempDirs);
afterAll(removeBundles);
