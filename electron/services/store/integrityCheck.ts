/**
 * The full check of the database (`PRAGMA integrity_check`: every page's HMAC, every b-tree and
 * index) after each unlock, in a worker thread with its own read-only connection. better-sqlite3
 * is synchronous: on the main thread the check would freeze the app for seconds on a large store.
 * The unlock itself only proves the key; this finds damage further inside the file.
 * The result lives in memory only; locking cancels a running check.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { IntegrityState } from '../../contract';
import { cipherKeyPragmas } from '../../../db/open';

/**
 * Plain CommonJS, evaluated in the worker: a source file of its own would need a build entry of
 * its own in every front door (app bundle, tsx, vitest). It receives the statements that key the
 * connection (made by db/open.ts, the one place that knows them) and the driver's resolved path.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
let findings;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  for (const statement of workerData.pragmas) db.pragma(statement);
  findings = db.pragma('integrity_check').map((row) => String(row.integrity_check)).filter((line) => line !== 'ok');
} catch (error) {
  findings = [String((error && error.message) || error)];
} finally {
  if (db) db.close();
}
parentPort.postMessage({ findings });
`;

const driverPath = () => createRequire(import.meta.url).resolve('better-sqlite3');

export class BackgroundIntegrityCheck {
  private current: IntegrityState = 'unchecked';
  private worker: Worker | null = null;
  private finished: Promise<void> = Promise.resolve();
  /** What SQLite reported; kept for diagnosis in the main process, never sent to the renderer. */
  findings: string[] = [];

  constructor(private readonly onFinished: (state: IntegrityState) => void = () => undefined) {}

  get state(): IntegrityState {
    return this.current;
  }

  /** Starts a check of `file` (a running one is cancelled). The key is copied into the worker. */
  start(file: string, dataKey: Buffer): void {
    this.cancel();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: driverPath(), file, pragmas: cipherKeyPragmas(dataKey) },
    });
    this.worker = worker;
    this.current = 'running';
    this.findings = [];
    this.finished = new Promise<void>((resolve) => {
      const settle = (state: IntegrityState, findings: string[]) => {
        if (this.worker !== worker) return resolve(); // cancelled meanwhile: the answer is stale
        this.worker = null;
        this.current = state;
        this.findings = findings;
        resolve();
        this.onFinished(state);
      };
      worker.once('message', ({ findings }: { findings: string[] }) => settle(findings.length === 0 ? 'ok' : 'problem', findings));
      // The worker itself failed (not the file): nothing is known about the file.
      worker.once('error', (error) => settle('unchecked', [String(error)]));
      worker.once('exit', () => settle('unchecked', []));
    });
  }

  /**
   * Locking: a running check is stopped and its answer ignored; the result is forgotten. Resolves
   * once the worker's connection is closed (a file still open cannot be replaced on Windows).
   */
  cancel(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.current = 'unchecked';
    this.findings = [];
    return worker ? worker.terminate().then(() => undefined) : Promise.resolve();
  }

  /** Resolves once the check started last has finished or was cancelled (tests, command line). */
  whenFinished(): Promise<void> {
    return this.finished;
  }
}
