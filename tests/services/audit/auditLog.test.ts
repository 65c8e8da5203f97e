import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { applyCipherKey } from '../../../db/open';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createdStore, tempDir } from '../../fixtures/tempStore';

/** A clock that moves one day per reading from 01.12.2026, so each entry has its own day. */
function dailyClock() {
  let day = 0;
  return () => new Date(Date.UTC(2026, 11, 1 + Math.floor(day++ / 2), 10, 0, 0));
}

async function storeWithEntries() {
  const services = await createdStore({ now: dailyClock() });
  const { store } = services;
  store.audit('case.updated', 'case', 'c1');
  store.audit('case.updated', 'case', 'c2');
  store.audit('person.updated', 'person', 'p1');
  store.audit('case.closed', 'case', 'c1');
  return services;
}

describe('Protokoll', () => {
  it('lists entries newest first, filtered by record, action and days, with the chain state', async () => {
    const services = await storeWithEntries();
    const handlers = createHandlers(services);
    const all = await handlers['audit.list']({});
    expect(all.chain).toMatchObject({ state: 'ok', finding: null, entries: all.total });
    expect(all.entries.map((e) => e.id)).toEqual([...all.entries.map((e) => e.id)].sort((a, b) => b - a));

    const c1 = await handlers['audit.list']({ entity: 'case', entityId: 'c1' });
    expect(c1.entries.map((e) => e.action)).toEqual(['case.closed', 'case.updated']);
    const closed = await handlers['audit.list']({ action: 'case.closed' });
    expect(closed.total).toBe(1);
    const first = c1.entries.at(-1)!;
    const day = first.at.slice(0, 10);
    const onDay = await handlers['audit.list']({ from: day, to: day });
    expect(onDay.entries.every((e) => e.at.slice(0, 10) === day)).toBe(true);
    expect(onDay.entries.some((e) => e.id === first.id)).toBe(true);
  });

  it('exports a PDF with the chain state; a changed log shows its first broken entry in both', async () => {
    const services = await storeWithEntries();
    const handlers = createHandlers(services);
    const dataKey = Buffer.from(services.store.exportDataKey(), 'hex'); // before the walk: it adds an entry
    expect((await handlers['audit.list']({})).chain.state).toBe('ok'); // a walk the list may reuse
    const { fileName, pdf } = await handlers['audit.pdf']({});
    expect(fileName).toMatch(/^Protokoll_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const dir = tempDir();
    const file = path.join(dir, fileName);
    fs.writeFileSync(file, pdf);
    if (process.env.KIM_AUDIT_PDF_PNG) execFileSync('pdftoppm', ['-png', '-r', '70', file, process.env.KIM_AUDIT_PDF_PNG]);

    // Changed by another connection (someone with the data key and a tool) while the app is open.
    const other = new Database(services.dbPath, { fileMustExist: true });
    applyCipherKey(other, dataKey);
    other.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'Jemand' WHERE id = 3");
    other.close();
    const after = await handlers['audit.list']({});
    expect(after.chain.state).toBe('broken');
    expect(after.chain.finding).toMatch(/^Eintrag Nr\. 3 vom .* wurde verändert/);
    const broken = await handlers['audit.pdf']({});
    expect(broken.pdf.length).toBeGreaterThan(1000);
  });
});
