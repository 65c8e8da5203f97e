/**
 * Issue 16: personal data written through the services, as the renderer calls them (dispatch),
 * including hostile inputs and an INTERNAL error whose message quotes the input, leaves none of
 * it in the diagnostics log; the log does name the methods and their outcomes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, type Handlers } from '../../../electron/ipc/handlers';
import { createDiagnosticLog, logDirFor, logFilesIn } from '../../../electron/services/diagnostics/log';
import { GOOD_PASSPHRASE, testServices } from '../../fixtures/tempStore';

/** Texts only this test writes; none may reach the log. */
const SECRET = {
  userName: 'Henrike Distelkamp-Oyelaran',
  passphrase: GOOD_PASSPHRASE,
  wrongPassphrase: 'Falsche Zauberformel Lindwurm 4711',
  familyName: 'Quennerstedt-Ağaoğlu',
  givenNames: 'Zeliha Marit',
  nameNote: 'Schreibweise im alten Reisepass Kolibri',
  phone: '+49 151 77882291',
  email: 'zeliha.quennerstedt@example.org',
  address: 'Wolkenkuckucksweg 17, 49610 Quakenbrück',
  contactNote: 'Sorgt sich um den Xylophonunterricht der Tochter',
  needs: 'Braucht Hilfe mit der Quittenmarmelade-Miete',
  goal: 'Wohnung in der Zwiebelgasse finden',
  step: 'Besichtigung beim Vermieter Krusenstjern',
  partner: 'Beratungsstelle Kranichfeld-Süd',
  referral: 'Schuldnerberatung wegen Pfändung Brombeerweg',
  search: 'Zwiebelgasse',
  targetGroup: 'Zielgruppe Schneeeule',
  hostileName: "Robert'); DROP TABLE persons;-- Tintenfisch",
  internal: 'Geheimnisvolle Auskunft Pfauenfeder',
  reason: 'Widerspruch von Frau Quennerstedt am Mühlenteich',
  sqliteNote: 'Notiz über den Gerichtsvollzieher Wachtelkönig',
};

/** Words of the hostile input that are also part of method names, which the log must hold. */
const METHOD_WORDS = new Set(['persons']);

describe('the diagnostics log holds no personal data', () => {
  it('logs method names and outcomes of a whole case, and none of the texts written', async () => {
    let t = Date.parse('2026-03-10T10:00:00Z');
    const now = () => new Date((t += 1000));
    const services = testServices({ now });
    const dir = logDirFor(services.store.dbPath);
    const log = createDiagnosticLog({ dir, now, appRoot: process.cwd() });
    const handlers: Handlers = {
      ...createHandlers(services),
      // An INTERNAL error whose message and stack text quote the input, as a careless library's would.
      'persons.update': (input) => {
        throw new TypeError(`kaputt bei ${JSON.stringify(input)}\n    at fake (${SECRET.internal}.ts:1:1)`);
      },
    };
    const call = async (name: string, input: unknown) =>
      (await dispatch(handlers, name, input, { log })) as { ok: boolean; value?: any; error?: { code: string } };
    const ok = async (name: string, input: unknown) => {
      const result = await call(name, input);
      expect(result, `${name}: ${JSON.stringify(result.error)}`).toMatchObject({ ok: true });
      return result.value;
    };

    await ok('store.create', { userName: SECRET.userName, passphrase: SECRET.passphrase });
    await ok('store.lock', {});
    expect(await call('store.unlock', { passphrase: SECRET.wrongPassphrase })).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
    t += 60_000; // past the unlock delay after a wrong passphrase
    await ok('store.unlock', { passphrase: SECRET.passphrase });
    await ok('settings.get', {});

    const person = await ok('persons.create', {
      names: [{ familyName: SECRET.familyName, givenNames: SECRET.givenNames, note: SECRET.nameNote }],
      birthDate: '1987-04-29',
      phone: SECRET.phone,
      email: SECRET.email,
      address: SECRET.address,
    });
    const group = await ok('targetGroups.create', { name: SECRET.targetGroup, validFrom: '2021-01-01' });
    const intake = await ok('intakes.record', {
      personId: person.id,
      date: '2026-03-10',
      accessRoute: 'sprechstunde',
      targetGroupIds: [group.id],
      decision: 'fall_eroeffnet',
      consent: { givenAt: '2026-03-10', form: 'schriftlich' },
    });
    const caseId = intake.caseId as string;
    await ok('contacts.create', {
      personId: person.id,
      caseId,
      at: '2026-03-10T09:30:00',
      durationMinutes: 30,
      place: 'telefon',
      type: 'telefonat',
      topics: [],
      interpreterUsed: false,
      note: SECRET.contactNote,
    });
    await ok('assessment.create', {
      caseId,
      date: '2026-03-10',
      entries: [{ lifeAreaId: 'wohnen', situation: 2, urgency: 'hoch', responsibleService: 'keine', needs: SECRET.needs }],
    });
    await ok('goal.create', { caseId, lifeAreaId: 'wohnen', title: SECRET.goal, steps: [{ description: SECRET.step, responsible: 'klient' }] });
    await ok('agreement.create', { caseId, date: '2026-03-10' });
    const partner = await ok('partners.create', { organisation: SECRET.partner, legalArea: 'sgb2' });
    await ok('referrals.create', {
      caseId,
      partnerId: partner.id,
      lifeAreaId: 'wohnen',
      reason: SECRET.referral,
      date: '2026-03-10',
      dataTransfer: false,
    });
    await ok('search.global', { query: SECRET.search });
    await ok('search.global', { query: SECRET.familyName });
    await ok('statistics.updateSettings', { unitName: 'KIM Nord', threshold: 3 });
    await ok('statistics.export', { period: '2025-Q4', format: 'json' });

    // Hostile and malformed inputs: refused by the contract, or by an unknown name.
    expect(await call('persons.create', { names: [{ familyName: SECRET.hostileName, givenNames: '' }], evil: SECRET.phone })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('persons.create', { names: [{ familyName: SECRET.hostileName.repeat(20), givenNames: SECRET.givenNames }] })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call(`persons.steal ${SECRET.familyName}`, { phone: SECRET.phone })).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });
    expect(await call('search.global', { query: SECRET.hostileName, __proto__: { x: 1 } })).toBeDefined();
    // INTERNAL: the handler's message quotes the input.
    expect(await call('persons.update', { personId: person.id, address: SECRET.internal })).toMatchObject({ error: { code: 'INTERNAL' } });

    // A real INTERNAL from SQLite, whose message carries the note being written.
    services.store.session().sqlite.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON contacts BEGIN SELECT RAISE(ABORT, 'abgelehnt: ' || NEW.note); END;`);
    const failing = {
      personId: person.id,
      caseId,
      at: '2026-03-10T09:45:00',
      durationMinutes: 5,
      place: 'telefon',
      type: 'telefonat',
      topics: [],
      interpreterUsed: false,
    };
    expect(await call('contacts.create', { ...failing, note: SECRET.sqliteNote })).toMatchObject({ error: { code: 'INTERNAL' } });
    services.store.session().sqlite.exec('DROP TRIGGER temp.refuse');

    expect(await call('erasure.erase', { caseId, confirmCaseNumber: '2099-9999', reason: SECRET.reason })).toMatchObject({ ok: false });
    await ok('erasure.erase', { caseId, confirmCaseNumber: intake.caseNumber, reason: SECRET.reason });
    await ok('store.lock', {});

    const text = logFilesIn(dir)
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('');
    const entries = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { t: string; method: string; outcome: string; ms: number; errorName?: string; stack?: string[] });

    // Every call is there, with its method and outcome.
    expect(entries.map((e) => `${e.method} ${e.outcome}`)).toEqual(
      expect.arrayContaining([
        'store.create ok',
        'store.unlock WRONG_PASSPHRASE',
        'store.unlock ok',
        'persons.create ok',
        'intakes.record ok',
        'contacts.create ok',
        'assessment.create ok',
        'goal.create ok',
        'agreement.create ok',
        'referrals.create ok',
        'search.global ok',
        'statistics.export ok',
        'persons.create INVALID_INPUT',
        '(unbekannt) UNKNOWN_METHOD',
        'persons.update INTERNAL',
        'erasure.erase ok',
        'store.lock ok',
      ]),
    );
    expect(entries.every((e) => typeof e.ms === 'number' && e.ms >= 0 && /^2026-03-10T/.test(e.t))).toBe(true);
    const fromSqlite = entries.find((e) => e.method === 'contacts.create' && e.outcome === 'INTERNAL')!;
    expect(fromSqlite).toMatchObject({ errorName: 'SqliteError', errorCode: 'SQLITE_CONSTRAINT_TRIGGER' });
    expect(fromSqlite.stack, JSON.stringify(fromSqlite)).toBeDefined();
    expect(fromSqlite.stack!.join(' '), JSON.stringify(fromSqlite)).toMatch(/electron\/services\/network\/contacts\.ts:\d+:\d+/);
    const internal = entries.find((e) => e.method === 'persons.update')!;
    expect(internal.errorName).toBe('TypeError');
    expect(internal.stack!.length).toBeGreaterThan(0);
    expect(internal.stack!.some((frame) => /noPersonalData\.test\.ts:\d+:\d+$/.test(frame))).toBe(true);

    // …and none of the texts, nor their parts, nor the store's folder.
    const lowered = text.toLowerCase();
    for (const [what, value] of Object.entries(SECRET)) {
      expect(lowered, what).not.toContain(value.toLowerCase());
      for (const word of value.split(/[\s,;'()-]+/).filter((w) => w.length >= 6 && !METHOD_WORDS.has(w)))
        expect(lowered, `${what}: ${word}`).not.toContain(word.toLowerCase());
    }
    expect(text).not.toContain(path.dirname(services.store.dbPath));
    expect(text).not.toContain('kaputt');
  }, 60_000);
});
