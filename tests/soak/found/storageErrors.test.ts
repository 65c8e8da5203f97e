/**
 * Found by the I/O-fault soak (issue 17): every write on a full drive, or on one that turned
 * read-only while the store was open, answered INTERNAL ("Ein unerwarteter Fehler … Bitte
 * versuchen Sie es noch einmal"): the case manager was told to repeat what cannot work, not what
 * to do. Now each call answers STORAGE_FULL or STORAGE_READ_ONLY, whose text says it
 * (db/storageErrors.ts, applied to every handler in electron/ipc/handlers.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessages, KimError } from '../../../electron/contract/errors';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { storageError } from '../../../db/storageErrors';
import { createdStore, tempDir } from '../../fixtures/tempStore';

const withCode = (code: string, cause?: unknown) => Object.assign(new Error('write failed', { cause }), { code });
const big = JSON.stringify({ note: 'x'.repeat(20_000) }); // needs pages of its own

describe('a write the drive refuses', () => {
  it('answers STORAGE_FULL with its German text when SQLite cannot grow the file, and saves once there is room', async () => {
    const services = await createdStore();
    const handlers = createHandlers(services);
    const { sqlite } = services.store.session();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
    const draft = { key: 'contact:new', route: '{}', fields: big };
    expect(await dispatch(handlers, 'drafts.save', draft)).toEqual({ ok: false, error: { code: 'STORAGE_FULL', message: errorMessages.STORAGE_FULL } });
    expect(errorMessages.STORAGE_FULL).toMatch(/^Der Speicherplatz ist voll\. Es wurde nichts gespeichert/);
    expect(await dispatch(handlers, 'drafts.load', { key: 'contact:new' })).toEqual({ ok: true, value: null });
    sqlite.pragma('max_page_count = 1073741823');
    expect(await dispatch(handlers, 'drafts.save', draft)).toEqual({ ok: true, value: null });
  });

  it('answers STORAGE_READ_ONLY with its German text when SQLite may not write', async () => {
    const services = await createdStore();
    services.store.session().sqlite.pragma('query_only = ON');
    const answer = await dispatch(createHandlers(services), 'persons.create', { names: [{ familyName: 'Haddad', givenNames: 'Amira' }] });
    expect(answer).toEqual({ ok: false, error: { code: 'STORAGE_READ_ONLY', message: errorMessages.STORAGE_READ_ONLY } });
    expect(errorMessages.STORAGE_READ_ONLY).toMatch(/^Das Laufwerk der Fallakte ist schreibgeschützt/);
  });

  it.each([
    ['ENOSPC', 'STORAGE_FULL'],
    ['SQLITE_FULL', 'STORAGE_FULL'],
    ['EROFS', 'STORAGE_READ_ONLY'],
    ['EACCES', 'STORAGE_READ_ONLY'],
    ['SQLITE_READONLY', 'STORAGE_READ_ONLY'],
  ])('maps %s, also as the cause of a wrapping error (drizzle wraps), to %s', (code, expected) => {
    const folder = tempDir();
    expect(storageError(withCode(code), folder)?.code).toBe(expected);
    expect(storageError(new Error('Failed query', { cause: withCode(code) }), folder)?.code).toBe(expected);
  });

  it('leaves other errors and typed errors alone; an I/O error asks the folder', () => {
    const folder = tempDir();
    expect(storageError(withCode('SQLITE_CONSTRAINT_UNIQUE'), folder)).toBeNull();
    expect(storageError(new KimError('BACKUP_WRITE_FAILED', { cause: withCode('ENOSPC') }), folder)).toBeNull();
    // SQLite says SQLITE_IOERR_WRITE for a drive the kernel turned read-only: a folder that takes a file is not the reason.
    expect(storageError(withCode('SQLITE_IOERR_WRITE'), folder)).toBeNull();
    expect(fs.readdirSync(folder)).toEqual([]); // the probe is gone
    expect(storageError(withCode('SQLITE_IOERR_WRITE'), path.join(folder, 'gibt-es-nicht'))).toBeNull(); // ENOENT: no verdict
  });
});
