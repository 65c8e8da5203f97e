/**
 * `erase --case NUMMER --reason "…"`: erases the person of the case with all their cases, as
 * "Person löschen" in the app does and with the same checks (Art. 17 DSGVO, § 84 SGB X). The
 * command line always asks for a reason: it is kept in the erasure record, without names.
 */
import { ERASURE_REASON_MAX } from '../../contract/areas/erasure';
import type { CommandContext } from '../context';
import { EXIT_OK, usageError } from '../io';
import { readSecret } from '../secrets';
import { requireExistingStore, withUnlockedStore } from '../session';
import { passphraseSource } from './shared';

export async function erase(ctx: CommandContext): Promise<number> {
  const caseNumber = ctx.options.case?.trim();
  const reason = ctx.options.reason?.trim();
  if (!caseNumber) throw usageError('Bitte geben Sie mit --case die Fallnummer an, z. B. --case 2026-0001.');
  if (!reason)
    throw usageError(
      'Bitte geben Sie mit --reason den Grund der Löschung an, z. B. --reason "Antrag der Person nach Art. 17 DSGVO". Es wurde nichts gelöscht.',
    );
  if (reason.length > ERASURE_REASON_MAX) throw usageError(`Der Grund darf höchstens ${ERASURE_REASON_MAX} Zeichen lang sein. Es wurde nichts gelöscht.`);
  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  const result = await withUnlockedStore(services, passphrase, () => services.erasure.eraseByCaseNumber({ caseNumber, reason }));
  const numbers = result.caseNumbers.join(', ');
  const lines = [
    `Gelöscht: die Person des Falls ${caseNumber} mit ${result.caseNumbers.length === 1 ? 'ihrem Fall' : `allen ${result.caseNumbers.length} Fällen`} (${numbers}).`,
    'Alle Angaben zur Person und zu diesen Fällen sind aus der Fallakte entfernt und in der Datei überschrieben.',
    'Festgehalten bleiben nur Datum, Fallnummern, Grund und wer gelöscht hat (ohne Namen), dazu die Einträge im Protokoll.',
  ];
  // Another reader held the write-ahead log: SQLite empties it when the store is closed, right after this command.
  if (!result.walTruncated) lines.push('Hinweis: Die Zwischendatei der Fallakte (WAL) wird beim Schließen geleert.');
  ctx.io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
