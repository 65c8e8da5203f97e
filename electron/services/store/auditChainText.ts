/** The audit chain's findings in plain German (command line; the app shows the same sentence). */
import type { AuditChainFinding, AuditChainReport } from './auditAnchor';

const two = (n: number) => String(n).padStart(2, '0');

/** "23.11.2026, 10:31 Uhr" in this computer's local time. */
export function entryTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}, ${two(d.getHours())}:${two(d.getMinutes())} Uhr`;
}

const entry = (id: number, at: string | null) => (at === null ? `Eintrag Nr. ${id}` : `Eintrag Nr. ${id} vom ${entryTime(at)}`);

export function auditFindingText(problem: AuditChainFinding): string {
  switch (problem.kind) {
    case 'deleted':
      return `${entry(problem.entryId, null)} wurde gelöscht.`;
    case 'unchained':
      return `${entry(problem.entryId, problem.at)} gehört nicht zur Kette: Er wurde außerhalb der App eingefügt, oder sein Kettenglied wurde entfernt.`;
    case 'changed':
      return problem.gap
        ? `Vor ${entry(problem.entryId, problem.at)} wurden Einträge gelöscht.`
        : `${entry(problem.entryId, problem.at)} wurde verändert oder an eine andere Stelle verschoben (oder ein Eintrag direkt davor entfernt).`;
    case 'truncated':
      return problem.entryId === null
        ? `Das Protokoll ist leer, die Schlüsseldatei bestätigt aber Einträge bis Nr. ${problem.anchorId}: Einträge wurden gelöscht oder die Datenbank durch eine ältere Kopie ersetzt.`
        : `Das Protokoll endet mit ${entry(problem.entryId, problem.at)}, die Schlüsseldatei bestätigt aber Einträge bis Nr. ${problem.anchorId}: Einträge am Ende wurden gelöscht oder die Datenbank durch eine ältere Kopie ersetzt.`;
    case 'anchor-mismatch':
      return `${entry(problem.entryId, problem.at)} ist nicht der Eintrag, den die Schlüsseldatei bestätigt: Das Protokoll wurde neu geschrieben oder die Datenbank durch eine ältere Kopie ersetzt.`;
    case 'anchor-missing':
      return 'Der Anker des Protokolls fehlt in der Schlüsseldatei, obwohl er dort schon stand: Die Schlüsseldatei wurde verändert oder durch eine ältere ersetzt.';
    case 'anchor-invalid':
      return 'Der Anker des Protokolls in der Schlüsseldatei ist nicht echt (Prüfsumme falsch): Die Schlüsseldatei wurde verändert.';
  }
}

/** One or two lines for `kim verify`. */
export function auditReportLines(report: AuditChainReport): string[] {
  if (report.state === 'unchained-store') {
    return [`Protokoll (${report.entries} Einträge): noch nicht verkettet (Fallakte von vor der Protokollkette); das geschieht beim nächsten Entsperren.`];
  }
  if (report.state === 'ok' || !report.problem) return [`Protokoll (Kette über ${report.entries} Einträge): in Ordnung`];
  return ['Protokoll: VERÄNDERT. Erste Unstimmigkeit:', `  – ${auditFindingText(report.problem)}`];
}
