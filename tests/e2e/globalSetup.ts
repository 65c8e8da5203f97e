/**
 * Runs once before any browser test starts (and so before any Chromium is launched): builds the
 * large demo store if this run's cache lacks it. A browser left idle while minutes of fixture
 * building ran on a busy machine was closed under a test; now no browser waits for a fixture.
 */
import { ensureLargeStore } from '../fixtures/largeStore';

export default async function setup(): Promise<void> {
  const started = performance.now();
  const store = await ensureLargeStore();
  console.log(`[globalSetup] großer Teststand bereit (${store.cases} Fälle, ${((performance.now() - started) / 1000).toFixed(1)} s): ${store.dir}`);
}
