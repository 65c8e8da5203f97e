/**
 * Runs once before any test starts: starts building the large demo store in a process of its own
 * if this run's cache lacks it, and returns at once, so the node and renderer tests run on both
 * cores meanwhile (the build used to hold up the whole run for minutes). The browser tests run
 * after those; the scale test waits for the store (largeStoreReady) before it launches Chromium,
 * so no browser waits on a fixture (a browser left idle while minutes of fixture building ran on
 * a busy machine was closed under a test).
 */
import type { ChildProcess } from 'node:child_process';
import { startLargeStoreBuild } from '../fixtures/largeStore';

let building: ChildProcess | null = null;

export default function setup(): () => Promise<void> {
  building = startLargeStoreBuild();
  console.log(building ? '[globalSetup] großer Teststand wird nebenher gebaut' : '[globalSetup] großer Teststand liegt bereit');
  return async () => {
    // A run that ends (or is stopped) before the build finished does not leave it running.
    if (building && building.exitCode === null && building.signalCode === null) {
      building.kill('SIGTERM');
      await new Promise((resolve) => building?.once('exit', resolve));
    }
  };
}
