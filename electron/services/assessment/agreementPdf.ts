/**
 * The Zielvereinbarung as a PDF, in plain German with short sentences (many clients read little
 * German), with lines for both signatures. Built with pdfkit in the main process with the shipped
 * Noto fonts; text goes through `writeText`, so names and goals print in any script.
 */
import { newPdf, SANS, SANS_BOLD } from '../pdf/newPdf';
import type { AgreementDetail, StepResponsible } from '../../contract/areas/assessment';
import { textHeight, writeText } from '../pdf/textLayout';
import { STEP_RESPONSIBLE_LABELS } from '../../contract/labels';

export interface AgreementPrint {
  agreement: AgreementDetail;
  caseNumber: string;
  /** Every spelling of the client's name, primary first (any script; all are printed). */
  clientNames: string[];
  caseManager: string;
  now: Date;
}

const MARGIN = 56;
const FOOTER_SPACE = 28;
const INK = '#1a1a1a';
/** Height of the signature section with one spelling of the name (measured), and each further spelling. */
const SIGNATURES_HEIGHT = 196;
const NAME_LINE = 16;
const MUTED = '#555555';

const INTRO = [
  'Das haben wir gemeinsam vereinbart.',
  'Hier stehen Ihre Ziele.',
  'Bei jedem Ziel steht: Was ist zu tun? Wer macht es? Bis wann?',
  'Wir sprechen regelmäßig über Ihre Ziele.',
  'Ziele können sich ändern. Dann schreiben wir eine neue Vereinbarung.',
  'Sie bekommen eine Kopie.',
];

export const germanDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
};

/**
 * What the printout is for: the version to sign (empty lines for date and signatures), the
 * record of a signed version (the recorded day, no empty lines: the signed paper is the
 * original), or a version that was never signed and has been replaced.
 */
export type AgreementPrintKind = 'zum_unterschreiben' | 'unterschrieben' | 'ersetzt';

export function printKindOf(agreement: Pick<AgreementDetail, 'signedAt' | 'superseded'>): AgreementPrintKind {
  if (agreement.signedAt) return 'unterschrieben';
  return agreement.superseded ? 'ersetzt' : 'zum_unterschreiben';
}

const FILE_SUFFIX: Record<AgreementPrintKind, string> = {
  zum_unterschreiben: '_zum-Unterschreiben',
  unterschrieben: '_unterschrieben',
  ersetzt: '_nicht-unterschrieben',
};

export const agreementFileName = (caseNumber: string, version: number, kind: AgreementPrintKind): string =>
  `Zielvereinbarung_${caseNumber.replace(/[^0-9A-Za-z-]/g, '_')}_Fassung-${version}${FILE_SUFFIX[kind]}.pdf`;

/** The mark under the title: which paper this is. */
const KIND_MARK: Record<AgreementPrintKind, string> = {
  zum_unterschreiben: 'Fassung zum Unterschreiben',
  unterschrieben: 'Unterschriebene Fassung',
  ersetzt: 'Nicht unterschrieben: Es gibt eine neuere Fassung.',
};

/** Who does a step, as the paper says it: the client is addressed ("Sie"); the others by their label (contract/labels). */
function who(responsible: StepResponsible, partnerName: string | null): string {
  if (responsible === 'klient') return 'Sie';
  if (responsible === 'case_management') return STEP_RESPONSIBLE_LABELS.case_management;
  return partnerName ?? STEP_RESPONSIBLE_LABELS.partner;
}

export function renderAgreementPdf(print: AgreementPrint): Promise<Uint8Array> {
  const { agreement } = print;
  const kind = printKindOf(agreement);
  // No personal data in the file's metadata.
  const { doc, done } = newPdf({
    title: 'Zielvereinbarung',
    created: print.now,
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
  });

  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => writeText(doc, value, { width, ...options });
  const clientName = print.clientNames.join(' / ');
  /** Starts a new page unless `height` still fits; true when it did. */
  const ensureSpace = (height: number): boolean => {
    if (doc.y + height <= doc.page.height - doc.page.margins.bottom) return false;
    doc.addPage();
    return true;
  };

  // Heading
  doc.fillColor(INK).font(SANS_BOLD).fontSize(24);
  text('Zielvereinbarung');
  doc.moveDown(0.4).font(SANS).fontSize(12);
  if (clientName) text(`Für: ${clientName}`);
  else {
    // No name recorded: a line to write it by hand.
    doc.moveDown(0.6);
    text('Für: ______________________________________');
    doc.moveDown(0.3);
  }
  text(`Fallnummer: ${print.caseNumber}`);
  text(`Datum: ${germanDate(agreement.date)}   ·   Fassung ${agreement.version}`);
  doc
    .moveDown(0.4)
    .font(SANS_BOLD)
    .fontSize(12)
    .fillColor(kind === 'ersetzt' ? MUTED : INK);
  text(KIND_MARK[kind]);
  doc.font(SANS).fillColor(INK);
  doc.moveDown(0.8);

  // Plain explanation
  const introTop = doc.y;
  doc.fontSize(12.5);
  const introHeight = doc.heightOfString(INTRO.join('\n'), { width: width - 24, lineGap: 3 }) + 20;
  doc.rect(MARGIN, introTop, width, introHeight).fillColor('#eef3f7').fill();
  doc.fillColor(INK).text(INTRO.join('\n'), MARGIN + 12, introTop + 10, { width: width - 24, lineGap: 3 });
  doc.x = MARGIN;
  doc.y = introTop + introHeight;
  doc.moveDown(1);

  // Goals and steps: a heading stays with its first step, a step stays in one piece.
  const STEP_INDENT = 16;
  const stepLines = (step: AgreementDetail['snapshot']['goals'][number]['steps'][number]) => {
    const by = step.dueDate ? germanDate(step.dueDate) : 'kein festes Datum';
    const done = step.doneAt ? `   ·   Erledigt am ${germanDate(step.doneAt)}` : '';
    const description = step.description;
    const meta = `Wer? ${who(step.responsible, step.partnerName)}   ·   Bis wann? ${by}${done}`;
    const height =
      textHeight(doc.font(SANS).fontSize(12), description, { width: width - STEP_INDENT }) +
      textHeight(doc.fontSize(11), meta, { width: width - STEP_INDENT }) +
      6;
    return { description, meta, height };
  };
  agreement.snapshot.goals.forEach((goal, index) => {
    const title = `Ziel ${index + 1}: ${goal.title}`;
    const headingHeight = textHeight(doc.font(SANS_BOLD).fontSize(14), title, { width }) + 24;
    const first = goal.steps[0];
    ensureSpace(headingHeight + (first ? stepLines(first).height : 20));
    writeText(doc.font(SANS_BOLD).fontSize(14).fillColor(INK), title, { x: MARGIN, y: doc.y, width });
    doc.font(SANS).fontSize(11).fillColor(MUTED);
    text(`Lebensbereich: ${goal.lifeAreaName}`);
    doc.moveDown(0.4).fillColor(INK);
    if (goal.steps.length === 0) {
      doc.fontSize(12);
      text('Die Schritte besprechen wir noch.');
    }
    for (const step of goal.steps) {
      const { description, meta, height } = stepLines(step);
      if (ensureSpace(height)) {
        doc.font(SANS).fontSize(11).fillColor(MUTED);
        text(`Ziel ${index + 1} (Fortsetzung): ${goal.title}`);
        doc.moveDown(0.4);
      }
      const top = doc.y;
      doc
        .font(SANS)
        .fontSize(12)
        .fillColor(INK)
        .text('•', MARGIN + 2, top, { lineBreak: false });
      writeText(doc, description, { x: MARGIN + STEP_INDENT, y: top, width: width - STEP_INDENT });
      writeText(doc.fontSize(11).fillColor(MUTED), meta, { x: MARGIN + STEP_INDENT, y: doc.y, width: width - STEP_INDENT });
      doc.x = MARGIN;
      doc.moveDown(0.35);
    }
    doc.moveDown(0.8);
  });

  // Signatures, kept together on one page: heading, sentence, the lines and every spelling under them.
  ensureSpace(SIGNATURES_HEIGHT + NAME_LINE * Math.max(0, print.clientNames.length - 1));
  doc.moveDown(0.5).font(SANS_BOLD).fontSize(14).fillColor(INK);
  text('Unterschriften');
  doc.font(SANS).fontSize(12).moveDown(0.3);
  if (kind === 'zum_unterschreiben') signatureLines();
  else if (kind === 'unterschrieben') {
    // The signed paper is the original; this copy records the day, without lines to sign again.
    text(`Unterschrieben am ${germanDate(agreement.signedAt ?? '')}.`);
    const client = clientName ? `${clientName} (Klient:in)` : 'Klient:in';
    text(`Unterschrieben von: ${client} und ${print.caseManager} (Case Management).`);
    doc.moveDown(0.3).fillColor(MUTED);
    text('Die unterschriebene Fassung auf Papier ist das Original.');
  } else {
    text('Diese Fassung wurde nicht unterschrieben. Es gibt eine neuere Fassung der Zielvereinbarung.');
  }

  function signatureLines(): void {
    text('Mit der Unterschrift sagen wir: Wir haben das zusammen besprochen. Wir sind einverstanden.');
    doc.moveDown(1.9);
    const line = (x: number, y: number, length: number, label: string, names: string[]) => {
      doc
        .moveTo(x, y)
        .lineTo(x + length, y)
        .lineWidth(0.8)
        .strokeColor(INK)
        .stroke();
      doc
        .fontSize(10)
        .fillColor(MUTED)
        .text(label, x, y + 5, { width: length });
      // Every spelling on its own line, primary first.
      for (const spelling of names) writeText(doc.fontSize(11).fillColor(INK), spelling, { x, y: doc.y + 1, width: length });
    };
    const placeY = doc.y;
    line(MARGIN, placeY, width / 2 - 12, 'Ort, Datum', []);
    const signY = placeY + 62;
    const column = width / 2 - 12;
    line(MARGIN, signY, column, 'Unterschrift Klient:in', print.clientNames);
    line(MARGIN + width / 2 + 12, signY, column, 'Unterschrift Case Management', [print.caseManager]);
  }

  // Footer on every page
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(SANS).fontSize(9).fillColor(MUTED);
    doc.text(
      `Zielvereinbarung · Fall ${print.caseNumber} · Fassung ${agreement.version} · Seite ${i - range.start + 1} von ${range.count}`,
      MARGIN,
      doc.page.height - MARGIN,
      { width, align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
