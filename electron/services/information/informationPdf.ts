/**
 * The information of a person (Art. 15 DSGVO) as a PDF in plain German: one heading per section,
 * dates as TT.MM.JJJJ, coded values by their German labels. Built from the same document as the
 * JSON, so both say the same. The shipped Noto fonts print every script the app expects (names in
 * Arabic, Cyrillic, Georgian, …, laid out by textLayout). A character none of them has (an emoji,
 * Chinese) shows as '?' here rather than stopping the information the person has a right to, and
 * the first page then says that the JSON file holds it exactly.
 */
import { newPdf, SANS, SANS_BOLD } from '../pdf/newPdf';
import { germanDay } from '../../contract/dayText';
import { personName } from '../../contract/labels';
import { needsLayout, unprintableCharacters, writeText } from '../pdf/textLayout';
import { entryTime } from '../store/auditChainText';
import type { InformationDocument } from './document';

const MARGIN = 56;
const INK = '#1a1a1a';
const MUTED = '#555555';
const TITLE = 'Auskunft nach Art. 15 DSGVO';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a birth date is often partial). */
function day(value: string | null | undefined): string {
  if (!value) return '–';
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value.slice(5, 7)}.${value.slice(0, 4)}`;
  return germanDay(value.slice(0, 10));
}

/** A moment (ISO date-time) in local time; a plain date stays a date. */
const moment = (value: string | null | undefined): string => (!value ? '–' : value.length <= 10 ? day(value) : entryTime(value));
const yesNo = (value: boolean) => (value ? 'ja' : 'nein');
const nameOf = personName;
const caseText = (c: { caseNumber: string | null }) => (c.caseNumber ? `Fall ${c.caseNumber}` : 'ohne Fall');

export function renderInformationPdf(doc: InformationDocument, now: Date): Promise<Uint8Array> {
  const { doc: pdf, done } = newPdf({ title: TITLE, created: now, margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } });
  const width = pdf.page.width - 2 * MARGIN;
  let unprintable = false;
  const print = (value: string) => {
    const missing = unprintableCharacters(value);
    if (missing.length === 0) return value;
    unprintable = true;
    return [...value].map((ch) => (missing.includes(ch) ? '?' : ch)).join('');
  };

  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => writeText(pdf, print(value), { width, ...options });
  const codes = new Map(doc.printouts.map((p) => [p.id, p.code]));
  const printoutCode = (id: string | null) => (id === null ? null : `Ausdruck ${codes.get(id) ?? id}`);
  const heading = (value: string) => {
    if (pdf.y > pdf.page.height - MARGIN - 80) pdf.addPage();
    pdf.moveDown(0.8).font(SANS_BOLD).fontSize(13).fillColor(INK);
    text(value);
    pdf.moveDown(0.25).font(SANS).fontSize(10).fillColor(INK);
  };
  const subheading = (value: string) => {
    if (pdf.y > pdf.page.height - MARGIN - 50) pdf.addPage();
    pdf.moveDown(0.4).font(SANS_BOLD).fontSize(10.5);
    text(value);
    pdf.font(SANS).fontSize(10);
  };
  /** "Label: value"; nothing when the value is empty. */
  const fact = (name: string, value: string | number | null | undefined, indent = 0) => {
    if (value === null || value === undefined || value === '') return;
    const shown = print(String(value));
    if (needsLayout(shown)) {
      // Right-to-left or another script: one line through the layout, the label not bold.
      writeText(pdf.font(SANS), `${name}: ${shown}`, { x: MARGIN + indent, y: pdf.y, width: width - indent });
    } else {
      pdf.font(SANS_BOLD);
      pdf.text(`${name}: `, MARGIN + indent, pdf.y, { width: width - indent, continued: true });
      pdf.font(SANS).text(shown);
    }
    pdf.x = MARGIN;
  };
  const none = (value: string) => {
    pdf.fillColor(MUTED);
    text(value);
    pdf.fillColor(INK);
  };
  const gap = () => pdf.moveDown(0.3);

  // ---- Title and the frame ----
  pdf.font(SANS_BOLD).fontSize(20).fillColor(INK);
  text(TITLE);
  pdf.moveDown(0.3).font(SANS).fontSize(10.5);
  const names = doc.person.names.map(nameOf);
  text(`Für: ${names[0] ?? 'ohne Namen'}${doc.person.birthDate ? `, geboren ${day(doc.person.birthDate)}` : ''}`);
  text(`Erstellt am ${day(doc.createdAt.slice(0, 10))} von ${doc.createdBy} aus der KIM Fallakte.`);
  pdf.moveDown(0.4).fillColor(MUTED);
  text(
    'Hier steht alles, was in der KIM Fallakte über Sie gespeichert ist. Angaben über andere Personen, auch aus Ihrem Haushalt, stehen hier nicht. Dieselben Angaben gibt es auch als maschinenlesbare Datei (JSON).',
  );
  const unprintableNote = pdf.y;
  pdf.moveDown(3).fillColor(INK);

  heading('Zwecke, Rechtsgrundlage und Speicherdauer');
  fact('Zweck', doc.legal.purposes);
  gap();
  fact('Rechtsgrundlage', doc.legal.legalBasis);
  gap();
  fact('Speicherdauer', doc.legal.storagePeriod);
  gap();
  fact('Ihre Rechte', doc.legal.rights);

  // ---- Person ----
  const p = doc.person;
  heading('Angaben zu Ihrer Person');
  doc.person.names.forEach((n) => {
    fact(n.primary ? 'Name' : 'Weitere Schreibweise', `${personName(n)}${n.note ? ` (${n.note})` : ''}`);
  });
  fact('Geburtsdatum', p.birthDate ? day(p.birthDate) : null);
  fact('Geschlecht', p.genderLabel);
  fact('Staatsangehörigkeit', p.nationalities.map((x) => x.label).join(', '));
  fact('Sprachen', p.languages.map((x) => x.label).join(', '));
  fact('Sprachmittlung nötig', yesNo(p.interpreterNeeded));
  fact('Telefon', p.phone);
  fact('E-Mail', p.email);
  fact('Anschrift', p.address);
  fact('Wohnort (Kommune)', p.municipality);
  fact('Unterbringung', [p.accommodationTypeLabel, p.accommodationName].filter(Boolean).join(', '));
  fact(
    'Aufenthaltsstatus',
    [p.residenceStatusLabel, p.residenceParagraph, p.residenceValidUntil ? `gültig bis ${day(p.residenceValidUntil)}` : null].filter(Boolean).join(', '),
  );
  fact('Angaben noch unvollständig', p.incomplete ? 'ja' : null);
  fact('Erfasst am', moment(p.createdAt));
  fact('Zuletzt geändert am', moment(p.updatedAt));
  if (p.history.length > 0) {
    subheading('Verlauf von Aufenthaltsstatus und Wohnort');
    for (const h of p.history) text(`ab ${day(h.validFrom)}: ${h.attributeLabel}: ${h.valueLabel ?? 'nicht bekannt'}`);
  }

  heading('Haushalt');
  if (doc.household) {
    text(
      `Sie sind einem Haushalt zugeordnet${doc.household.roleLabel ? ` (Ihre Rolle: ${doc.household.roleLabel})` : ''}. Außer Ihnen ${doc.household.otherMembers === 1 ? 'ist dort 1 weitere Person' : `sind dort ${doc.household.otherMembers} weitere Personen`} erfasst. Angaben über diese Personen gehören nicht zu Ihrer Auskunft.`,
    );
  } else none('Sie sind keinem Haushalt zugeordnet.');

  // ---- Intakes and cases ----
  heading('Erstgespräche');
  if (doc.intakes.length === 0) none('Keine.');
  for (const i of doc.intakes) {
    subheading(`Erstgespräch am ${day(i.date)}`);
    fact('Zugang', i.accessRouteLabel);
    fact('Ergebnis', `${i.decisionLabel}${i.caseNumber ? ` (Fall ${i.caseNumber})` : ''}`);
    fact('Weiterverwiesen an', i.referredTo);
    fact('Zielgruppen', i.targetGroups.map((g) => g.name).join(', '));
    fact('Erfasst von', i.recordedBy);
  }

  heading('Fälle');
  if (doc.cases.length === 0) none('Keine.');
  for (const c of doc.cases) {
    subheading(`Fall ${c.caseNumber}`);
    fact('Eröffnet am', day(c.openedAt));
    fact('Abgeschlossen am', c.closedAt ? day(c.closedAt) : 'noch offen');
    fact('Grund des Abschlusses', c.closureReasonLabel);
    fact('Stand', c.phaseLabel);
    fact('Zuständig', c.caseManager);
    fact('Ort', c.location ? `${c.location.name}${c.location.municipality ? ` (${c.location.municipality})` : ''}` : null);
    fact('Träger', c.traeger);
    fact('Zielgruppen', c.targetGroups.map((g) => g.name).join(', '));
    fact('Re-Assessment', c.reassessmentMonths ? `alle ${c.reassessmentMonths} Monate` : null);
    for (const e of c.events)
      fact(
        moment(e.at),
        [e.kind === 'phase' ? `Phase: ${e.phaseLabel}` : e.kindLabel, e.reasonLabel ? `– ${e.reasonLabel}` : null, `(${e.by})`].filter(Boolean).join(' '),
        12,
      );
    for (const r of c.restrictions)
      fact(
        'Verarbeitung eingeschränkt',
        `seit ${day(r.since)}, Grund: ${r.reason} (festgehalten von ${r.recordedBy})${r.liftedAt ? `; aufgehoben am ${day(r.liftedAt)}${r.liftedBy ? ` von ${r.liftedBy}` : ''}` : ''}`,
      );
    for (const h of c.handovers)
      fact(
        'Übergeben',
        `am ${moment(h.createdAt)} an ${h.recipient ?? 'eine Kollegin oder einen Kollegen'}${h.confirmedAt ? `, Empfang bestätigt am ${moment(h.confirmedAt)}` : ''}`,
      );
    if (c.restrictions.some((r) => r.liftedAt === null)) text('Solange die Einschränkung gilt, wird der Fall nicht zur Löschung vorgeschlagen.');
    fact('Zur Löschung fällig ab', c.retention.dueForErasureFrom ? day(c.retention.dueForErasureFrom) : 'erst nach dem Abschluss des Falls festgelegt');
    for (const h of c.retention.holds) fact('Länger aufbewahrt bis', `${day(h.keepUntil)}, Grund: ${h.reason} (${h.recordedBy}, ${moment(h.recordedAt)})`);
  }

  heading('Einwilligungen');
  if (doc.consents.length === 0) none('Keine.');
  for (const c of doc.consents)
    text(
      `${caseText(c)}: Einwilligung in das Case Management und die Datenverarbeitung, gegeben am ${day(c.givenAt)}, ${c.formLabel}, erfasst von ${c.recordedBy}${c.printoutId ? `, unterschrieben auf ${printoutCode(c.printoutId)}` : ''}${c.revokedAt ? `; widerrufen am ${day(c.revokedAt)}` : ''}.`,
    );

  heading('Schweigepflichtentbindungen');
  if (doc.releases.length === 0) none('Keine.');
  for (const r of doc.releases) {
    subheading(r.partner?.organisation ?? '–');
    fact('Umfang', r.scope);
    fact('Welche Angaben', r.dataKinds.map((kind) => kind.label).join(', '));
    fact('Gegeben am', `${day(r.givenAt)} (${r.formLabel})`);
    fact('Gültig bis', r.validUntil ? day(r.validUntil) : 'ohne Ende');
    fact('Widerrufen am', r.revokedAt ? day(r.revokedAt) : null);
    fact('Erfasst von', r.recordedBy);
    fact('Unterschrieben auf', printoutCode(r.printoutId));
  }

  heading('Ausdrucke zum Unterschreiben');
  text('Jedes Blatt, das Ihnen zum Unterschreiben ausgedruckt wird, ist mit seinem Code festgehalten. Der Code steht unten auf jeder Seite („Ausdruck …“).');
  pdf.moveDown(0.3);
  if (doc.printouts.length === 0) none('Keine.');
  for (const p of doc.printouts)
    fact(
      `Ausdruck ${p.code}`,
      `${p.documentLabel}${p.partner ? ` für ${p.partner.organisation}` : ''}, ${p.languageLabel}, gedruckt am ${moment(p.printedAt)} von ${p.printedBy}`,
    );

  // ---- Assessment, goals, agreements ----
  heading('Einschätzungen (Assessments)');
  if (doc.assessments.length === 0) none('Keine.');
  for (const a of doc.assessments) {
    subheading(`${a.kindLabel} vom ${day(a.date)} (${caseText(a)}, ${a.recordedBy})`);
    for (const e of a.entries) {
      fact(e.lifeArea.name, `${e.situation} – ${e.situationLabel}; Dringlichkeit ${e.urgencyLabel}; zuständig: ${e.responsibleServiceLabel}`, 12);
      fact('Stärken', e.resources, 24);
      fact('Bedarf', e.needs, 24);
    }
  }

  heading('Ziele und Schritte');
  if (doc.goals.length === 0) none('Keine.');
  for (const g of doc.goals) {
    subheading(`${g.title} (${g.lifeArea.name}, ${g.statusLabel}, ${caseText(g)})`);
    for (const step of g.steps)
      fact(
        step.description,
        [
          `wer: ${step.responsibleLabel}${step.partner ? ` (${step.partner.organisation})` : ''}`,
          step.dueDate ? `bis ${day(step.dueDate)}` : null,
          step.doneAt ? `erledigt am ${day(step.doneAt)}` : null,
        ]
          .filter(Boolean)
          .join(', '),
        12,
      );
  }

  heading('Zielvereinbarungen');
  if (doc.agreements.length === 0) none('Keine.');
  for (const a of doc.agreements) {
    const content = a.content as { goals?: { title: string; steps?: { description: string }[] }[] } | null;
    subheading(`Fassung ${a.version} vom ${day(a.date)} (${caseText(a)})`);
    fact('Unterschrieben am', a.signedAt ? day(a.signedAt) : 'nicht unterschrieben');
    fact('Unterschrieben auf', printoutCode(a.signedPrintoutId));
    for (const goal of content?.goals ?? [])
      fact('Ziel', `${goal.title}${goal.steps?.length ? `: ${goal.steps.map((x) => x.description).join('; ')}` : ''}`, 12);
  }

  // ---- Contacts, referrals, conferences, follow-ups ----
  heading('Kontakte');
  if (doc.contacts.length === 0) none('Keine.');
  for (const c of doc.contacts) {
    subheading(`${moment(c.at)}: ${c.typeLabel}, ${c.placeLabel}, ${c.durationMinutes} Minuten (${caseText(c)})`);
    fact('Ort', c.location?.name);
    fact('Themen', c.topics.map((t) => t.name).join(', '));
    fact('Sprachmittlung', c.interpreterUsed ? (c.interpreterLanguage ?? 'ja') : null);
    fact('In der Sprechstunde vom', c.consultationSession ? moment(c.consultationSession.startedAt) : null);
    fact('Notiz', c.note);
    fact('Erfasst von', c.recordedBy);
  }

  heading('Vermittlungen');
  if (doc.referrals.length === 0) none('Keine.');
  for (const r of doc.referrals) {
    subheading(`${day(r.date)}: an ${r.partner?.organisation ?? '–'} (${r.lifeArea.name}, ${caseText(r)})`);
    fact('Anlass', r.reason);
    fact(
      'Ihre Daten weitergegeben',
      r.dataTransfer
        ? `ja${r.release ? `, mit Ihrer Schweigepflichtentbindung vom ${day(r.release.givenAt)} (Umfang: ${r.release.scope ?? '–'})` : ''}`
        : 'nein, Sie wurden nur informiert',
    );
    fact('Stand', r.statusLabel);
    fact('Ergebnis', r.outcome);
    fact('Grund des Scheiterns', r.structuralGapLabel);
    for (const h of r.statusHistory) fact(moment(h.at), `${h.statusLabel}${h.note ? `: ${h.note}` : ''} (${h.by})`, 12);
  }

  heading('Fallkonferenzen');
  if (doc.caseConferences.length === 0) none('Keine.');
  for (const c of doc.caseConferences) {
    subheading(`${day(c.date)} (${caseText(c)})`);
    fact('Sie waren dabei', yesNo(c.clientPresent));
    fact('Beteiligte Stellen', c.participants.map((x) => `${x.partner?.organisation ?? '–'}${x.contactPerson ? ` (${x.contactPerson})` : ''}`).join(', '));
    fact('Themen', c.agenda);
    fact('Ergebnisse', c.results);
    fact('Erfasst von', c.recordedBy);
  }

  heading('Wiedervorlagen');
  if (doc.followUps.length === 0) none('Keine.');
  for (const f of doc.followUps) text(`${day(f.dueDate)}: ${f.title} (${f.sourceLabel}, ${caseText(f)})${f.doneAt ? `, erledigt am ${moment(f.doneAt)}` : ''}`);

  if (doc.consultation.registeredIn.length + doc.consultation.waitingList.length > 0) {
    heading('Sprechstunde');
    for (const x of doc.consultation.registeredIn) text(`In der Sprechstunde vom ${moment(x?.startedAt)} erfasst.`);
    for (const w of doc.consultation.waitingList)
      text(`Warteliste der Sprechstunde vom ${moment(w.session?.startedAt)}: „${w.label}“, angekommen ${moment(w.arrivedAt)}.`);
  }

  if (doc.corrections.length > 0) {
    heading('Berichtigungen: frühere Fassungen');
    text('Wurde eine Angabe berichtigt, bleibt festgehalten, wie sie vorher lautete, wer sie geändert hat und wann.');
    gap();
    for (const c of doc.corrections) {
      subheading(`${c.recordKindLabel}, Fassung ${c.version}: geändert am ${moment(c.changedAt)} von ${c.changedBy}`);
      text(`Vorher: ${storedValues(c.before)}`);
    }
  }

  // ---- Recipients, storage, audit ----
  heading('Empfänger Ihrer Daten');
  if (doc.recipients.length === 0) none('Ihre Daten wurden an keine andere Stelle gegeben, und es liegt keine Schweigepflichtentbindung vor.');
  for (const r of doc.recipients) {
    subheading(`${r.partner?.organisation ?? '–'}${r.partner?.legalAreaLabel ? ` (${r.partner.legalAreaLabel})` : ''}`);
    for (const x of r.releases)
      fact('Schweigepflichtentbindung', `vom ${day(x.givenAt)}, Umfang: ${x.scope}${x.revokedAt ? `, widerrufen am ${day(x.revokedAt)}` : ''}`, 12);
    for (const x of r.referrals)
      fact('Vermittlung', `am ${day(x.date)}${x.dataTransfer ? ', mit Weitergabe Ihrer Daten' : ', ohne Weitergabe Ihrer Daten'}`, 12);
    for (const x of r.caseConferences) fact('Fallkonferenz', `am ${day(x.date)}`, 12);
  }

  heading('Speicherdauer');
  text(doc.legal.storagePeriod);
  text(
    doc.retention.personDueForErasureFrom
      ? `Ihre Angaben sind zur Löschung fällig ab ${day(doc.retention.personDueForErasureFrom)}.`
      : 'Der Tag der Löschung steht fest, sobald alle Ihre Fälle abgeschlossen sind.',
  );

  heading('Protokoll: wer wann was mit Ihren Angaben getan hat');
  text('Das Protokoll nennt nur, wer wann was mit welchem Datensatz getan hat, keine Inhalte.');
  gap();
  if (doc.auditEntries.length === 0) none('Keine Einträge.');
  for (const e of doc.auditEntries) text(`${entryTime(e.at)} · ${e.actor} · ${e.actionLabel} (${e.entityLabel})`);

  if (unprintable) {
    // Filled in at the top once all text is known: the first page keeps room for it.
    pdf.switchToPage(0);
    pdf.font(SANS_BOLD).fontSize(9.5).fillColor(INK);
    pdf.text(
      'Hinweis: Einige Zeichen (zum Beispiel Emoji) kann dieses PDF nicht darstellen; sie erscheinen als „?“. Die JSON-Datei enthält sie genau so, wie sie gespeichert sind.',
      MARGIN,
      unprintableNote + 4,
      { width },
    );
  }

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    pdf.switchToPage(range.start + i);
    pdf.page.margins.bottom = 0; // the footer sits in the margin; otherwise pdfkit starts a new page for it
    pdf.font(SANS).fontSize(8.5).fillColor(MUTED);
    pdf.text(`${TITLE} · Seite ${i + 1} von ${range.count}`, MARGIN, pdf.page.height - MARGIN + 16, { width, align: 'center', lineBreak: false });
  }
  pdf.end();
  return done;
}

/** An earlier version's stored values as one line: every field that held something. */
function storedValues(before: unknown): string {
  if (typeof before !== 'object' || before === null) return '–';
  const shown = (value: unknown): string =>
    Array.isArray(value) ? value.map(shown).join(', ') : typeof value === 'object' && value !== null ? storedValues(value) : String(value);
  const parts = Object.entries(before)
    .filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}: ${shown(value)}`);
  return parts.length > 0 ? parts.join('; ') : '–';
}
