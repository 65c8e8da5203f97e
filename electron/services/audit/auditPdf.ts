/**
 * The Protokoll as a PDF for the data-protection officer: which entries (filter), the state of
 * the hash chain with its head to write down, then one line per entry. pdfkit with the shipped Noto
 * fonts as for the Zielvereinbarung; names (in any script) through `writeText`. The log holds no content, only who, when,
 * which record id and which action. Actions and record kinds in German (contract/auditLabels);
 * the action's code in small print under it, for IT.
 */
import { newPdf, SANS, SANS_BOLD } from '../pdf/newPdf';
import type { AuditChainStatus, AuditEntryView, AuditFilter } from '../../contract/areas/audit';
import { auditActionLabel, auditEntityLabel, auditRecordText } from '../../contract/auditLabels';
import { textHeight, writeText } from '../pdf/textLayout';
import { entryTime } from '../store/auditChainText';

export interface AuditPrint {
  entries: AuditEntryView[];
  total: number;
  filter: AuditFilter;
  chain: AuditChainStatus;
  exportedBy: string;
  now: Date;
}

const MARGIN = 48;
const INK = '#1a1a1a';
const MUTED = '#555555';
const ALERT = '#a30000';

const germanDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

function filterText(filter: AuditFilter): string {
  const parts: string[] = [];
  if (filter.from || filter.to) parts.push(`Zeitraum ${filter.from ? germanDay(filter.from) : 'Beginn'} bis ${filter.to ? germanDay(filter.to) : 'heute'}`);
  if (filter.entity) parts.push(`Datensatzart „${auditEntityLabel(filter.entity)}“`);
  if (filter.entityId) parts.push(`Datensatz ${filter.entityId}`);
  if (filter.action) parts.push(`Aktion „${auditActionLabel(filter.action)}“`);
  return parts.length === 0 ? 'alle Einträge' : parts.join(', ');
}

function chainLines(chain: AuditChainStatus): { lines: string[]; broken: boolean } {
  if (chain.state === 'broken') {
    return { lines: ['Prüfung der Protokollkette: VERÄNDERT.', `Erste Unstimmigkeit: ${chain.finding ?? ''}`], broken: true };
  }
  if (chain.state === 'unchained-store')
    return { lines: ['Prüfung der Protokollkette: noch nicht verkettet (wird beim nächsten Entsperren nachgeholt).'], broken: false };
  const head = chain.head ? `Letzter Eintrag der Kette: Nr. ${chain.head.entryId}, Prüfwert ${chain.head.hash}` : 'Die Kette ist leer.';
  return {
    lines: [`Prüfung der Protokollkette: in Ordnung (${chain.entries} Einträge, lückenlos, passend zum Anker in der Schlüsseldatei).`, head],
    broken: false,
  };
}

export function renderAuditPdf(print: AuditPrint): Promise<Uint8Array> {
  const { doc, done } = newPdf({
    title: 'Protokoll der Fallakte',
    created: print.now,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => writeText(doc, value, { width, ...options });

  doc.fillColor(INK).font(SANS_BOLD).fontSize(20);
  text('Protokoll der Fallakte');
  doc.moveDown(0.3).font(SANS).fontSize(10.5).fillColor(MUTED);
  text(`Erstellt am ${entryTime(print.now.toISOString())} von ${print.exportedBy}. Auswahl: ${filterText(print.filter)}.`);
  text('Das Protokoll nennt nur, wer wann was mit welchem Datensatz getan hat, nie Inhalte.');
  doc.moveDown(0.6);

  const { lines, broken } = chainLines(print.chain);
  doc
    .font(SANS_BOLD)
    .fontSize(11)
    .fillColor(broken ? ALERT : INK);
  for (const line of lines) text(line);
  doc.font(SANS).fontSize(10.5).fillColor(INK);
  doc.moveDown(0.6);
  const shown = print.entries.length;
  text(shown < print.total ? `${print.total} Einträge passen zur Auswahl; hier stehen die neuesten ${shown}.` : `${print.total} Einträge.`);
  doc.moveDown(0.5);

  // Columns: Nr., Zeit, Wer, Aktion, Datensatz.
  const columns = [
    { title: 'Nr.', width: 40 },
    { title: 'Zeit', width: 104 },
    { title: 'Wer', width: 90 },
    { title: 'Aktion', width: 150 },
    { title: 'Datensatz', width: width - 40 - 104 - 90 - 150 },
  ];
  const header = columns.map((c) => c.title);
  /** A cell's text, and optionally a line of small print under it (the action's code). */
  type Cell = string | { text: string; note: string };
  const NOTE_SIZE = 7;
  const row = (cells: Cell[], bold: boolean) => {
    const texts = cells.map((cell) => (typeof cell === 'string' ? cell : cell.text));
    const notes = cells.map((cell) => (typeof cell === 'string' ? null : cell.note));
    const measure = () => {
      const heights = notes.map((note, i) => {
        if (note === null) return 0;
        doc.font(SANS).fontSize(NOTE_SIZE);
        return textHeight(doc, note, { width: (columns[i]?.width ?? 60) - 6 });
      });
      doc.font(bold ? SANS_BOLD : SANS).fontSize(9);
      return Math.max(...texts.map((cell, i) => textHeight(doc, cell, { width: (columns[i]?.width ?? 60) - 6 }) + (heights[i] ?? 0))) + 4;
    };
    let height = measure();
    if (doc.y + height > doc.page.height - doc.page.margins.bottom - 16) {
      doc.addPage();
      if (!bold) {
        row(header, true);
        height = measure(); // the header left its own font behind
      }
    }
    const top = doc.y;
    let x = MARGIN;
    texts.forEach((cell, i) => {
      const w = columns[i]?.width ?? 60;
      writeText(doc, cell, { x, y: top, width: w - 6 });
      const note = notes[i];
      if (note) {
        doc.font(SANS).fontSize(NOTE_SIZE).fillColor(MUTED);
        writeText(doc, note, { x, y: doc.y, width: w - 6 });
        doc
          .font(bold ? SANS_BOLD : SANS)
          .fontSize(9)
          .fillColor(INK);
      }
      x += w;
    });
    doc.x = MARGIN;
    doc.y = top + height;
    if (bold) {
      doc
        .moveTo(MARGIN, doc.y - 1)
        .lineTo(MARGIN + width, doc.y - 1)
        .strokeColor(MUTED)
        .lineWidth(0.5)
        .stroke();
      doc.y += 3;
    }
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  for (const entry of print.entries) {
    const action = auditActionLabel(entry.action);
    row(
      [
        String(entry.id),
        entryTime(entry.at),
        entry.actor,
        action === entry.action ? action : { text: action, note: entry.action },
        auditRecordText(entry.entity, entry.entityId),
      ],
      false,
    );
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0; // the footer sits in the margin; otherwise pdfkit starts a new page for it
    doc.font(SANS).fontSize(8.5).fillColor(MUTED);
    doc.text(`Protokoll der Fallakte · Seite ${i + 1} von ${range.count}`, MARGIN, doc.page.height - MARGIN + 12, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
