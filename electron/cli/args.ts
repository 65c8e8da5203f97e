/**
 * Reads the command line: one command, then options. Secrets are never taken as arguments
 * (other users see them in the process list, and the shell keeps them in its history), and no
 * message repeats what was typed after an option, in case a secret ended up there anyway.
 */
import { parseArgs } from 'node:util';
import { usageError } from './io';

export const COMMANDS = [
  'init',
  'verify',
  'change-passphrase',
  'data-key',
  'rekey',
  'seed',
  'stats',
  'merge',
  'backup',
  'restore',
  'erase',
  'auskunft',
  'handover-export',
  'handover-import',
  'unit-key',
  'roster',
  'diagnose',
] as const;
export type CommandName = (typeof COMMANDS)[number];

const STRING_OPTIONS = [
  'db',
  'name',
  'passphrase-file',
  'new-passphrase-file',
  'recovery-key-file',
  'cases',
  'seed',
  'period',
  'format',
  'out',
  'unit',
  'district',
  'case',
  'reason',
  'recipient',
  'handover-passphrase-file',
  'roster',
  'threshold',
  'perturbation',
  'valid-from',
] as const;
/** Options that may be given more than once; their values are kept in order. */
const LIST_OPTIONS = ['previous'] as const;
type StringOptionName = (typeof STRING_OPTIONS)[number];
type ListOptionName = (typeof LIST_OPTIONS)[number];
export type OptionName = StringOptionName | ListOptionName;
export type Options = Partial<Record<StringOptionName, string>> &
  Partial<Record<ListOptionName, string[]>> & {
    /** The file names after the command, for the commands that take files. */
    files?: string[];
  };

/** Commands that take file names after the command (all others take options only). */
const TAKES_FILES: readonly CommandName[] = ['merge', 'restore', 'handover-import', 'roster'];

const ALLOWED: Record<CommandName, readonly OptionName[]> = {
  init: ['db', 'name', 'passphrase-file'],
  verify: ['db', 'passphrase-file'],
  'change-passphrase': ['db', 'passphrase-file', 'new-passphrase-file'],
  'data-key': ['db', 'passphrase-file', 'recovery-key-file'],
  rekey: ['db', 'passphrase-file'],
  seed: ['db', 'passphrase-file', 'cases', 'seed'],
  stats: ['db', 'passphrase-file', 'period', 'format', 'out', 'unit', 'roster'],
  merge: ['out', 'previous', 'district', 'period'],
  backup: ['db', 'passphrase-file', 'out'],
  restore: ['db', 'passphrase-file', 'recovery-key-file', 'new-passphrase-file'],
  erase: ['db', 'passphrase-file', 'case', 'reason'],
  auskunft: ['db', 'passphrase-file', 'case', 'out'],
  'handover-export': ['db', 'passphrase-file', 'case', 'recipient', 'out'],
  'handover-import': ['db', 'passphrase-file', 'handover-passphrase-file'],
  'unit-key': ['db', 'passphrase-file', 'out', 'unit'],
  roster: ['out', 'district', 'previous', 'threshold', 'perturbation', 'valid-from'],
  diagnose: ['db', 'passphrase-file', 'out'],
};

/** Options that would put a secret on the command line, and where the secret goes instead. */
const SECRET_ARGUMENTS: Record<string, string> = {
  '--passphrase': 'die Umgebungsvariable KIM_PASSPHRASE, --passphrase-file DATEI oder die Eingabe nach Aufforderung',
  '--new-passphrase': 'die Umgebungsvariable KIM_NEW_PASSPHRASE, --new-passphrase-file DATEI oder die Eingabe nach Aufforderung',
  '--recovery-key': 'die Umgebungsvariable KIM_RECOVERY_KEY oder --recovery-key-file DATEI',
  '--handover-passphrase': 'die Umgebungsvariable KIM_HANDOVER_PASSPHRASE, --handover-passphrase-file DATEI oder die Eingabe nach Aufforderung',
};

export type CommandLine = { kind: 'help'; explicit: boolean } | { kind: 'command'; command: CommandName; options: Options };

export function parseCommandLine(argv: string[]): CommandLine {
  rejectSecretArguments(argv);
  const { tokens } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: {
      ...Object.fromEntries([...STRING_OPTIONS, ...LIST_OPTIONS].map((name) => [name, { type: 'string' as const }])),
      help: { type: 'boolean', short: 'h' },
    },
  });

  const positionals = tokens.filter((t) => t.kind === 'positional');
  const first = positionals[0]?.value;
  if (first === undefined || first === 'help') {
    return { kind: 'help', explicit: first === 'help' || tokens.some((t) => t.kind === 'option' && t.name === 'help') };
  }
  if (!isCommand(first)) {
    const shown = /^[a-z][a-z-]{0,30}$/.test(first) ? ` „${first}“` : '';
    throw usageError(`Unbekannter Befehl${shown}. Mögliche Befehle: ${COMMANDS.join(', ')}.`);
  }
  const takesFiles = TAKES_FILES.includes(first);
  if (positionals.length > 1 && !takesFiles) {
    throw usageError(`Der Befehl ${first} nimmt keine weiteren Argumente an, nur Optionen (siehe „help“).`);
  }

  const options: Options = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'help') {
      if (token.value !== undefined) throw usageError(`Die Option ${token.rawName} nimmt keinen Wert an.`);
      return { kind: 'help', explicit: true };
    }
    if (!isOption(token.name)) throw usageError(`Unbekannte Option ${token.rawName} (siehe „help“).`);
    if (!ALLOWED[first].includes(token.name)) {
      const where = COMMANDS.filter((c) => ALLOWED[c].includes(token.name as OptionName));
      throw usageError(`Die Option ${token.rawName} gibt es nur bei: ${where.join(', ')}.`);
    }
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'))) {
      throw usageError(`Die Option ${token.rawName} braucht einen Wert, z. B. ${token.rawName} ${placeholder(token.name)}.`);
    }
    if (isListOption(token.name)) {
      (options[token.name] ??= []).push(token.value);
      continue;
    }
    if (options[token.name] !== undefined) throw usageError(`Die Option ${token.rawName} ist doppelt angegeben.`);
    options[token.name] = token.value;
  }
  if (takesFiles) options.files = positionals.slice(1).map((t) => t.value);
  return { kind: 'command', command: first, options };
}

function rejectSecretArguments(argv: string[]): void {
  for (const arg of argv) {
    if (arg === '--') return;
    const name = arg.split('=', 1)[0]!;
    const instead = SECRET_ARGUMENTS[name];
    if (instead === undefined) continue;
    throw usageError(
      [
        `${name} wird aus Sicherheitsgründen nicht angenommen: Was auf der Befehlszeile steht, sehen andere`,
        'Benutzer dieses Rechners in der Prozessliste, und die Shell speichert es in ihrem Verlauf.',
        `Bitte nutzen Sie stattdessen ${instead}.`,
        'Wenn Sie eine echte Passphrase so eingegeben haben: Löschen Sie sie aus dem Verlauf der Shell',
        'und ändern Sie sie am besten (Befehl change-passphrase).',
      ].join('\n'),
    );
  }
}

const isCommand = (value: string): value is CommandName => (COMMANDS as readonly string[]).includes(value);
const isOption = (value: string): value is OptionName => (STRING_OPTIONS as readonly string[]).includes(value) || isListOption(value);
const isListOption = (value: string): value is ListOptionName => (LIST_OPTIONS as readonly string[]).includes(value);
const PLACEHOLDERS: Partial<Record<OptionName, string>> = {
  name: 'NAME',
  unit: 'NAME',
  district: 'NAME',
  cases: 'ZAHL',
  seed: 'ZAHL',
  period: '2026-Q1',
  format: 'xlsx',
  case: '2026-0001',
  reason: '"GRUND"',
  recipient: '"NAME, STELLE"',
  threshold: 'ZAHL',
  perturbation: 'an',
  'valid-from': '2026-Q3',
};
const placeholder = (name: OptionName) => PLACEHOLDERS[name] ?? 'DATEI';

export function usage(defaultDb: string): string {
  return `KIM Fallakte – Kommandozeile

Aufruf:  npm run kim -- <Befehl> [Optionen]

Befehle:
  init                Neue Fallakte einrichten; zeigt einmalig den Wiederherstellungsschlüssel
  verify              Fallakte entsperren und vollständig prüfen (Integrität, Schema, Verschlüsselung)
  change-passphrase   Passphrase ändern
  data-key            Datenschlüssel ausgeben, für die IT Ihres Arbeitgebers (wird protokolliert)
  rekey               Schlüssel erneuern: Fallakte neu verschlüsseln, z. B. wenn die IT den Datenschlüssel hatte
  seed                Erfundene Demodaten in eine leere (oder neue) Fallakte schreiben
  stats               Anonymisierte Statistik eines abgeschlossenen Quartals ausgeben (beim ersten Mal veröffentlicht);
                      mit --roster als Export mit verdeckten Zahlen für die Kreissumme
  unit-key            Stellenschlüssel für die Kreisstatistik mit verdeckten Zahlen ausgeben (--out)
  roster DATEI …      Stellenschlüssel der Stellen zur Bezirksliste zusammenstellen (--district, --out);
                      braucht keine Fallakte und keine Passphrase
  merge DATEI …       JSON-Exporte mehrerer Stellen zum Kreisbericht zusammenführen (JSON, XLSX oder PDF);
                      braucht keine Fallakte und keine Passphrase
  backup              Verschlüsselte Sicherung in eine Datei schreiben (--out), auch auf USB-Stick oder Netzlaufwerk
  restore DATEI       Fallakte aus einer Sicherung wiederherstellen, nur an einen neuen Ort (--db);
                      mit Passphrase oder Wiederherstellungsschlüssel (dann mit neuer Passphrase)
  erase               Person eines Falls mit allen ihren Fällen endgültig löschen (Art. 17 DSGVO,
                      § 84 SGB X); braucht --case und --reason
  auskunft            Auskunft nach Art. 15 DSGVO zur Person eines Falls als PDF oder JSON (--case, --out)
  handover-export     Fälle verschlüsselt an ein anderes Gerät übergeben (--case, --recipient, --out);
                      zeigt einmalig das Einmal-Passwort, die Fälle sind danach hier schreibgeschützt
  handover-import DATEI  Übergabepaket einer Kollegin oder eines Kollegen übernehmen; zeigt den Bestätigungscode
  diagnose            Diagnosedatei für die IT schreiben (--out): Versionen, Größe der Fallakte, Protokoll
                      der Aufrufe, ohne personenbezogene Daten; mit Passphrase auch Schema-Version und
                      Einstellungen
  help                Diese Hilfe anzeigen

Optionen:
  --db DATEI                   Datei der Fallakte
                               (Standard: ${defaultDb})
  --name NAME                  nur init: Ihr Name (Standard: Ihr Benutzername am Rechner)
  --passphrase-file DATEI      Passphrase aus der ersten Zeile dieser Datei
  --new-passphrase-file DATEI  change-passphrase, restore: neue Passphrase aus der ersten Zeile dieser Datei
  --recovery-key-file DATEI    data-key, restore: Wiederherstellungsschlüssel statt Passphrase
  --cases ZAHL                 nur seed: Zahl der Fälle (Standard: 200)
  --seed ZAHL                  nur seed: Startwert; gleicher Wert und gleicher Tag ergeben dieselben Daten (Standard: 1)
  --period ZEITRAUM            stats: ein abgeschlossenes Quartal, z. B. 2026-Q3;
                               merge: 2026-Q3, 2026-H1 oder 2026 (sonst aus den Dateien)
  --out DATEI                  stats, unit-key, roster, merge, backup, auskunft, handover-export, diagnose: Zieldatei,
                               z. B. statistik.xlsx oder kreisbericht.pdf
  --format json|xlsx           nur stats: Format (Standard: nach der Endung von --out, sonst json)
  --unit NAME                  stats, unit-key: Name Ihrer Stelle speichern (nötig vor der ersten Statistik)
  --roster DATEI               nur stats: Bezirksliste übernehmen und gegen sie mit verdeckten Zahlen exportieren
  --previous DATEI             merge: Export eines früheren Zeitraums zum Vergleich (für jede Datei einmal);
                               roster: die bisherige Bezirksliste (die neue zählt ihre Version hoch)
  --district NAME              merge, roster: Name des Kreises
  --threshold ZAHL             nur roster: k des Kreises, kleinste veröffentlichte Zahl (3 bis 20, Standard 5)
  --perturbation an|aus        nur roster: Überlagerung der Kreiszahlen (Cell-Key-Verfahren, Standard an)
  --valid-from QUARTAL         nur roster: erstes Quartal, für das die Liste gilt, z. B. 2026-Q3
                               (Standard: neue Liste das letzte abgeschlossene, neue Version das laufende Quartal)
  --case NUMMER                erase, auskunft, handover-export: Fallnummer, z. B. 2026-0001
                               (handover-export: mehrere mit Komma, z. B. 2026-0001,2026-0007)
  --reason "GRUND"             nur erase: Grund der Löschung (wird ohne Namen festgehalten)
  --recipient "NAME, STELLE"   nur handover-export: an wen übergeben wird
  --handover-passphrase-file DATEI  nur handover-import: Einmal-Passwort aus der ersten Zeile dieser Datei

Umgebungsvariablen:
  KIM_PASSPHRASE       Passphrase (bei init: die neue)
  KIM_NEW_PASSPHRASE   neue Passphrase für change-passphrase und restore
  KIM_RECOVERY_KEY     Wiederherstellungsschlüssel für data-key und restore (statt der Passphrase)
  KIM_HANDOVER_PASSPHRASE  Einmal-Passwort für handover-import

Fehlt eine Angabe, fragt das Programm danach; die Eingabe bleibt unsichtbar. Eine Passphrase
wird nie als Argument angenommen: Argumente sehen andere Benutzer in der Prozessliste, und
die Shell speichert sie in ihrem Verlauf.

Kreisbericht:  npm run kim -- merge a.json b.json c.json --previous alt-a.json --out kreisbericht.pdf
Kreissumme mit verdeckten Zahlen (siehe README):
  Stelle:         npm run kim -- unit-key --db a.db --out stelle-a.json
  Koordinierung:  npm run kim -- roster stelle-a.json stelle-b.json stelle-c.json --district "Kreis X" --out bezirksliste.json
  Stelle:         npm run kim -- stats --db a.db --period 2026-Q3 --roster bezirksliste.json --out a-2026-Q3.json
  Koordinierung:  npm run kim -- merge a-2026-Q3.json b-2026-Q3.json c-2026-Q3.json --out kreisbericht.pdf

Nur die Ausgabe des Befehls, ohne die Zeilen von npm:  npm run --silent kim -- <Befehl>

Rückgabewerte: 0 in Ordnung, 1 Fehler, 2 falscher Aufruf, 130 abgebrochen.
`;
}
