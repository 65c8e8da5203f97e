/**
 * `auskunft --case NUMMER --out DATEI`: the information of the case's person (Art. 15 DSGVO) as
 * the app makes it, PDF or JSON by the file's ending, recorded in the audit log. The file holds
 * the person's data in plain text, so it is written only where asked and never over another file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../context';
import { EXIT_OK, usageError } from '../io';
import { readSecret } from '../secrets';
import { requireExistingStore, withUnlockedStore } from '../session';
import { passphraseSource } from './shared';

export async function auskunft(ctx: CommandContext): Promise<number> {
  const caseNumber = ctx.options.case?.trim();
  const out = ctx.options.out;
  if (!caseNumber) throw usageError('Bitte geben Sie mit --case die Fallnummer an, z. B. --case 2026-0001.');
  if (out === undefined) throw usageError('Bitte geben Sie mit --out die Zieldatei an, z. B. --out auskunft.pdf oder --out auskunft.json.');
  const extension = path.extname(out).toLowerCase();
  if (extension !== '.pdf' && extension !== '.json') throw usageError('Die Zieldatei muss auf .pdf oder .json enden.');
  const file = path.resolve(ctx.cwd, out);
  if (!fs.existsSync(path.dirname(file))) throw usageError(`Den Ordner für --out gibt es nicht: ${path.dirname(file)}`);
  if (fs.existsSync(file)) throw usageError(`Die Datei gibt es schon: ${file}. Sie wird nicht überschrieben.`);

  const services = ctx.createServices();
  requireExistingStore(services);
  const passphrase = await readSecret(ctx, passphraseSource(ctx));
  const { bytes } = await withUnlockedStore(services, passphrase, () =>
    services.information.byCaseNumber({ caseNumber, format: extension === '.pdf' ? 'pdf' : 'json' }),
  );
  // Personal data in plaintext: readable by this user only, like the store's own files.
  fs.writeFileSync(file, bytes, { flag: 'wx', mode: 0o600 });
  ctx.io.stdout(
    [
      `Die Auskunft nach Art. 15 DSGVO zur Person des Falls ${caseNumber} ist geschrieben: ${file}`,
      '  Sie enthält alle Angaben zur Person im Klartext: Bitte geben Sie sie nur der Person selbst und löschen Sie die Datei danach.',
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
