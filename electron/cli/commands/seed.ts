/**
 * `seed`: fills a store with entirely fictional demo data (clients, cases, the whole cycle).
 * A missing store is set up first, as `init` does (named after the user at the computer; for
 * another name run `init --name` first); an existing one is unlocked. Only an empty store is
 * filled: demo data is never mixed with real people.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seedDemoData, type SeedSummary } from '../../services/seed';
import type { CommandContext } from '../context';
import { EXIT_OK, usageError } from '../io';
import { presentRecoveryKey } from '../recovery';
import { closingStore, requireStrongPassphrase, withUnlockedStore } from '../session';
import { readSecret } from '../secrets';
import { passphraseSource } from './shared';

export const SEED_DEFAULTS = { cases: 200, seed: 1 } as const;
const MAX_CASES = 100_000;

function wholeNumber(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw usageError(`Die Option ${option} braucht eine ganze Zahl von ${min} bis ${max.toLocaleString('de-DE')}, z. B. ${option} ${fallback}.`);
  }
  return n;
}

const number = (n: number) => n.toLocaleString('de-DE');

function report(summary: SeedSummary, seed: number, seconds: number): string {
  return [
    `Demodaten sind angelegt (Seed ${seed}, Zeitraum ${summary.windowStart} bis ${summary.today}). Alle Personen sind erfunden.`,
    `  ${number(summary.cases)} Fälle, ${number(summary.persons)} Personen, ${number(summary.intakesWithoutCase)} Erstkontakte ohne Fall`,
    `  ${number(summary.assessments)} Assessments, ${number(summary.goals)} Ziele, ${number(summary.agreements)} Zielvereinbarungen`,
    `  ${number(summary.referrals)} Vermittlungen, ${number(summary.releases)} Schweigepflichtentbindungen, ${number(summary.caseConferences)} Fallkonferenzen`,
    `  ${number(summary.contacts)} Kontakte, ${number(summary.followUps)} Wiedervorlagen, ${number(summary.closures)} Abschlüsse, ${number(summary.reopenings)} Wiedereröffnungen`,
    `  Dauer: ${seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s (${(summary.cases / Math.max(seconds, 0.001)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} Fälle je Sekunde)`,
    '',
  ].join('\n');
}

export async function seed(ctx: CommandContext): Promise<number> {
  const cases = wholeNumber(ctx.options.cases, '--cases', SEED_DEFAULTS.cases, 1, MAX_CASES);
  const seedValue = wholeNumber(ctx.options.seed, '--seed', SEED_DEFAULTS.seed, 0, 2 ** 32 - 1);
  const now = ctx.io.services?.now ?? (() => new Date());
  const services = ctx.createServices();
  const { store } = services;

  const fill = async () => {
    ctx.io.stderr(`Demodaten werden angelegt: ${number(cases)} Fälle …\n`);
    const started = performance.now();
    let shown = 0;
    const summary = await seedDemoData(
      { store, now },
      {
        cases,
        seed: seedValue,
        onProgress: (done, total) => {
          const tenth = Math.floor((done / total) * 10);
          if (tenth > shown && done < total) ctx.io.stderr(`  … ${number(done)} von ${number(total)}\n`);
          shown = Math.max(shown, tenth);
        },
      },
    );
    ctx.io.stdout(report(summary, seedValue, (performance.now() - started) / 1000));
  };

  if (store.status().state !== 'new') {
    const passphrase = await readSecret(ctx, passphraseSource(ctx));
    await withUnlockedStore(services, passphrase, fill);
    return EXIT_OK;
  }

  const userName = ctx.osUserName;
  const passphrase = await readSecret(ctx, {
    envVar: 'KIM_PASSPHRASE',
    file: ctx.options['passphrase-file'],
    fileOption: '--passphrase-file',
    what: 'die neue Passphrase',
    question: 'Neue Passphrase: ',
    repeat: 'Neue Passphrase wiederholen: ',
  });
  requireStrongPassphrase(passphrase, [userName]);
  fs.mkdirSync(path.dirname(ctx.dbPath), { recursive: true, mode: 0o700 });
  ctx.io.stderr('Die Fallakte wird eingerichtet. Das dauert einen Moment …\n');
  const { recoveryKey } = await store.create({ userName, passphrase });
  await closingStore(services, async () => {
    ctx.io.stdout(`Die Fallakte ist eingerichtet: ${ctx.dbPath}\nSchlüsseldatei: ${store.keyfile}\n`);
    await presentRecoveryKey(ctx, services, recoveryKey, ctx.io.stdout);
    await fill();
  });
  return EXIT_OK;
}
