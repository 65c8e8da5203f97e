/**
 * Shows a new recovery key once, with what to do with it, and asks for two of its groups back
 * when a person is at the terminal (as the app does). Confirmed, it stays valid; unconfirmed,
 * the app replaces it at its next unlock.
 */
import { randomInt } from 'node:crypto';
import { KimError } from '../contract/errors';
import { RECOVERY_GROUPS } from '../services/crypto/recoveryKey';
import type { Services } from '../services';
import type { CommandContext } from './context';
import { CliError } from './io';

const ATTEMPTS = 3;

export async function presentRecoveryKey(ctx: CommandContext, services: Services, recoveryKey: string, out: (text: string) => void): Promise<void> {
  out(
    [
      '',
      'Ihr Wiederherstellungsschlüssel:',
      '',
      `    ${recoveryKey}`,
      '',
      'Schreiben Sie ihn jetzt vollständig von Hand ab, auf Papier. Er wird nur dieses eine Mal angezeigt.',
      'Geben Sie die Abschrift in den Tresor Ihres Arbeitgebers; bewahren Sie sie nicht beim Rechner auf',
      'und speichern Sie sie in keiner Datei.',
      'Mit diesem Schlüssel lässt sich die Fallakte öffnen, wenn die Passphrase vergessen ist. Wer ihn hat,',
      'kann alle Fälle lesen.',
      '',
    ].join('\n'),
  );
  if (await confirm(ctx, services, recoveryKey, out)) {
    out('Danke, der Wiederherstellungsschlüssel ist bestätigt.\n');
  } else {
    out(
      [
        'Der Wiederherstellungsschlüssel ist noch nicht bestätigt. Beim ersten Entsperren in der App',
        'wird deshalb ein neuer erzeugt und dort zur Bestätigung angezeigt; dieser hier gilt dann nicht mehr.',
        '',
      ].join('\n'),
    );
  }
}

async function confirm(ctx: CommandContext, services: Services, recoveryKey: string, out: (text: string) => void): Promise<boolean> {
  const prompt = ctx.io.prompt;
  if (!prompt || !recoveryKey) return false;
  const first = randomInt(1, RECOVERY_GROUPS + 1);
  const second = (first + randomInt(1, RECOVERY_GROUPS)) % RECOVERY_GROUPS || RECOVERY_GROUPS;
  const groups = [first, second].sort((a, b) => a - b);
  out('Zur Kontrolle: Bitte geben Sie zwei Gruppen aus Ihrer Abschrift ein.\n');
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const answers = [];
      for (const group of groups) answers.push({ group, value: await prompt(`Gruppe ${group}: `, { hidden: false }) });
      services.store.confirmRecoveryKey({ answers });
      return true;
    } catch (error) {
      if (error instanceof CliError) return false; // cancelled: the store exists, the key stays unconfirmed
      if (!(error instanceof KimError) || error.code !== 'RECOVERY_CONFIRMATION_MISMATCH') throw error;
      out(`${error.message}\n`);
    }
  }
  return false;
}
