/**
 * The diagnostics log for IT (issue 16): one JSON line per IPC call with the time, the method,
 * the outcome (`ok` or the error code), the duration and, for INTERNAL errors, where in the code
 * it happened. It never holds input values, error messages or the user's file paths: an error's
 * message can quote what was typed (SQLite and zod messages do), so only the error's class name,
 * a code of the form SQLITE_… and the stack's frames reduced to function, file and line are kept.
 *
 * Local and rotating (kim.log, kim.log.1, kim.log.2, each at most ~1 MB), written synchronously
 * with appendFileSync so a crash loses nothing; every write is guarded, so a full disk or a
 * read-only folder never breaks the call being logged.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOG_FILE = 'kim.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES = 3;
const MAX_FRAMES = 12;

/** The log's folder: `logs` beside the store, so IT finds it where the data lives. */
export const logDirFor = (dbPath: string) => path.join(path.dirname(dbPath), 'logs');

/** The log's files, newest first: kim.log, kim.log.1, kim.log.2. */
export const logFilesIn = (dir: string, files = LOG_FILES) => Array.from({ length: files }, (_, i) => path.join(dir, i === 0 ? LOG_FILE : `${LOG_FILE}.${i}`));

export interface CallRecord {
  method: string;
  /** 'ok' or the error code of the result. */
  outcome: string;
  ms: number;
  /** Only for INTERNAL errors. */
  error?: unknown;
}

/** Something the main process noticed (the renderer crashed, hung, was reloaded): names and codes only. */
export interface EventRecord {
  event: string;
  reason?: string;
  exitCode?: number;
  /** An error the renderer's boundary caught: its class (null: not an Error, or an odd name)… */
  errorName?: string | null;
  /** …and the React components it happened in, innermost first. */
  components?: readonly string[];
  /** An error of the main process beside a call (StoreService.onProblem): its class, code and frames, never its message. */
  error?: unknown;
}

export interface DiagnosticLog {
  call(record: CallRecord): void;
  event(record: EventRecord): void;
}

/** Event names and reasons are the app's and Electron's own words: anything else is not written. */
const WORD = /^[A-Za-z0-9._-]{1,60}$/;
/** At most this many component names per event (the contract allows as many). */
const MAX_COMPONENTS = 20;
const word = (value: string) => (WORD.test(value) ? value : '(anders)');

export interface DiagnosticLogOptions {
  dir: string;
  now?: () => Date;
  maxBytes?: number;
  files?: number;
  /** The app's own folder: stack frames are shown relative to it. */
  appRoot?: string;
}

export function createDiagnosticLog(options: DiagnosticLogOptions): DiagnosticLog {
  const now = options.now ?? (() => new Date());
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const files = logFilesIn(options.dir, options.files ?? LOG_FILES);
  let size: number | undefined;

  function rotate(): void {
    for (let i = files.length - 1; i > 0; i--) {
      if (fs.existsSync(files[i - 1]!)) fs.renameSync(files[i - 1]!, files[i]!);
    }
    size = 0;
  }

  function append(line: string): void {
    if (size === undefined) {
      fs.mkdirSync(options.dir, { recursive: true });
      size = fs.existsSync(files[0]!) ? fs.statSync(files[0]!).size : 0;
    }
    const bytes = Buffer.byteLength(line);
    if (size > 0 && size + bytes > maxBytes) rotate();
    fs.appendFileSync(files[0]!, line);
    size += bytes;
  }

  /** One line; a log that cannot be written must not break the caller (the next write tries again). */
  function write(entry: () => Record<string, unknown>): void {
    try {
      append(`${JSON.stringify(entry())}\n`);
    } catch {
      size = undefined;
    }
  }

  return {
    event(record) {
      write(() => ({
        t: now().toISOString(),
        event: word(record.event),
        ...(record.reason !== undefined ? { reason: word(record.reason) } : {}),
        ...(Number.isInteger(record.exitCode) ? { exitCode: record.exitCode } : {}),
        ...(record.errorName !== undefined ? { errorName: record.errorName === null ? null : word(record.errorName) } : {}),
        ...(record.components !== undefined ? { components: record.components.slice(0, MAX_COMPONENTS).map(word) } : {}),
        ...(record.error !== undefined ? describeError(record.error, options.appRoot) : {}),
      }));
    },
    call(record) {
      write(() => ({
        t: now().toISOString(),
        method: record.method,
        outcome: record.outcome,
        ms: Math.round(record.ms),
        ...(record.error !== undefined ? describeError(record.error, options.appRoot) : {}),
      }));
    },
  };
}

/** The error's class and where it happened, never its message. */
export function describeError(error: unknown, appRoot?: string): { errorName: string; errorCode?: string; stack: string[] } {
  const errorName = error instanceof Error && /^[A-Za-z_$][\w$]{0,60}$/.test(error.name) ? error.name : typeof error;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  const errorCode = typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,60}$/.test(code) ? code : undefined;
  const stack = error instanceof Error && typeof error.stack === 'string' ? stackFrames(withoutMessage(error.stack, error.message), appRoot) : [];
  return { errorName, ...(errorCode ? { errorCode } : {}), stack };
}

/**
 * V8's stack starts with "Name: message"; the message may span lines and even contain text shaped
 * like a frame, so everything up to its end is cut before the frames are read.
 */
function withoutMessage(stack: string, message: string): string {
  if (message === '') return stack;
  const at = stack.indexOf(message);
  return at < 0 ? stack : stack.slice(at + message.length);
}

/**
 * Keeps only lines that are frames ("    at fn (file:line:col)") and from each only a function
 * name made of identifier characters and the file's location. The message, which comes before
 * the frames and may span lines, is dropped by that; a frame-like line inside a message would
 * still need the exact shape and only keeps identifier characters and a location.
 */
export function stackFrames(stack: string, appRoot?: string): string[] {
  const frames: string[] = [];
  for (const line of stack.split('\n')) {
    const match = /^\s+at (?:(.+?) \()?((?:file:\/\/)?[^()\s][^()]*?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (!match) continue;
    const fn = match[1] && /^(?:async |new )?[\w$.<>[\] ]{1,80}$/.test(match[1]) ? `${match[1]} ` : '';
    frames.push(`${fn}${codeFile(match[2]!, appRoot)}:${match[3]}:${match[4]}`);
    if (frames.length === MAX_FRAMES) break;
  }
  return frames;
}

/**
 * A code file's path without the part that may name the user (C:\Users\<name>\…): relative to
 * the app's folder, else from `node_modules` or `node:` on, else only the last two segments.
 */
function codeFile(file: string, appRoot?: string): string {
  const plain = file.replace(/^file:\/\//, '').replaceAll('\\', '/');
  if (plain.startsWith('node:')) return plain;
  const root = appRoot?.replaceAll('\\', '/').replace(/\/$/, '');
  if (root && plain.startsWith(`${root}/`)) return plain.slice(root.length + 1);
  const modules = plain.lastIndexOf('/node_modules/');
  if (modules >= 0) return plain.slice(modules + 1);
  const asar = plain.indexOf('.asar/');
  if (asar >= 0) return plain.slice(asar + '.asar/'.length);
  return plain.split('/').slice(-2).join('/');
}
