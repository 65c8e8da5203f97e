/**
 * Decrypts a SQLCipher 4 file and its WAL page by page with node's own AES, outside SQLite and
 * outside the app's code: every page, whether SQLite still uses it, keeps it on the free list or
 * only the WAL holds it. A raw 32-byte key is the page key itself (no KDF); each page is
 * AES-256-CBC over its first page_size − 80 bytes (page 1 from byte 16, after the salt), its IV in
 * the 16 bytes after that, then a 64-byte HMAC (not checked here: the plaintext check is page 1's
 * header, and a scan that finds other persons' names proves the decryption).
 */
import { createDecipheriv } from 'node:crypto';
import fs from 'node:fs';

const PAGE_SIZE = 4096;
const RESERVE = 80; // 16-byte IV + 64-byte HMAC-SHA512
const SALT = 16;

function decryptPage(page: Buffer, pageNumber: number, key: Buffer): Buffer {
  const start = pageNumber === 1 ? SALT : 0;
  const end = PAGE_SIZE - RESERVE;
  const iv = page.subarray(end, end + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, end)), decipher.final()]);
}

/** The plaintext of every page of the database file, in file order; page 1's header is checked. */
export function decryptFilePages(file: string, key: Buffer): Buffer[] {
  const bytes = fs.readFileSync(file);
  if (bytes.length % PAGE_SIZE !== 0) throw new Error(`${file}: not a whole number of pages`);
  const pages: Buffer[] = [];
  for (let n = 1; n * PAGE_SIZE <= bytes.length; n++) pages.push(decryptPage(bytes.subarray((n - 1) * PAGE_SIZE, n * PAGE_SIZE), n, key));
  const header = pages[0];
  // Bytes 16..23 of the SQLite header, here 0..7 of the decrypted part: page size 4096, then the fixed 64/32/32 payload fractions.
  if (!header || header.readUInt16BE(0) !== PAGE_SIZE || header[5] !== 64 || header[6] !== 32 || header[7] !== 32) {
    throw new Error(`${file}: page 1 did not decrypt to a SQLite header`);
  }
  return pages;
}

/** The plaintext of every frame's page in a WAL file (empty or missing: none). */
export function decryptWalPages(file: string, key: Buffer): Buffer[] {
  if (!fs.existsSync(file)) return [];
  const bytes = fs.readFileSync(file);
  const pages: Buffer[] = [];
  const frame = 24 + PAGE_SIZE;
  for (let at = 32; at + frame <= bytes.length; at += frame) {
    const pageNumber = bytes.readUInt32BE(at);
    if (pageNumber === 0) continue;
    pages.push(decryptPage(bytes.subarray(at + 24, at + frame), pageNumber, key));
  }
  return pages;
}

/** Every needle found in the pages, in UTF-8 (as SQLite stores text). */
export function needlesFound(pages: Buffer[], needles: string[]): string[] {
  const all = Buffer.concat(pages);
  return needles.filter((needle) => all.includes(Buffer.from(needle, 'utf8')));
}
