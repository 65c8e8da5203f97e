/**
 * Die Zielvereinbarung as a document model: for whom (every spelling), the case, the date and the
 * version, which paper it is (to sign, signed, replaced), what the agreement means in short
 * sentences, every goal with its steps (who, by when, done), and the signatures: empty lines for a
 * version to sign (print, then sign), the recorded day for a signed one.
 *
 * Bilingual as the other client documents: German in Leichte Sprache and the client's language;
 * 'de' prints the standard German texts only. The fixed texts are the catalogue's (`agreement.*`).
 * Goal and step texts print as the case manager wrote them: the German text as German, the
 * translation she (or an interpreter) wrote as the client's text; nothing is machine-translated.
 * Without a written translation the client's side of a goal says only "Ziel 1" in her language,
 * and a German-only paper leaves translations out (it has no client side).
 */
import type { AgreementDetail, StepResponsible } from '../../contract/areas/assessment';
import { germanDay } from '../../contract/dayText';
import { type ClientTexts, FIELD_BLANK, type FormPerson, common, isolated, reviewNotice, signatureLines, textMaker } from './clientDocumentParts';
import type { Bilingual, Block, DocumentModel } from './model';

export interface AgreementFormData {
  texts: ClientTexts;
  agreement: Pick<AgreementDetail, 'version' | 'date' | 'signedAt' | 'superseded' | 'snapshot'>;
  /** The client: every spelling; `caseNumber` is the agreement's case. */
  person: FormPerson;
  caseManager: string;
}

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

/** "Zielvereinbarung_2026-0042_Fassung-2_zum-Unterschreiben_ar.pdf": case, version, kind and language; never a name. */
export const agreementFileName = (caseNumber: string, version: number, kind: AgreementPrintKind, language: string): string =>
  `Zielvereinbarung_${caseNumber.replace(/[^0-9A-Za-z-]/g, '_')}_Fassung-${version}${FILE_SUFFIX[kind]}_${language.replace(/[^0-9A-Za-z-]/g, '_')}.pdf`;

const KIND_MARK = { zum_unterschreiben: 'kindToSign', unterschrieben: 'kindSigned', ersetzt: 'kindSuperseded' } as const;

const INTRO = ['intro1', 'intro2', 'intro3', 'intro4', 'intro5', 'intro6'] as const;

/** Joins bilingual texts side by side (the client side only when every part has one). */
function joined(parts: Bilingual[], separator: string): Bilingual {
  const de = parts.map((p) => p.de).join(separator);
  const client = parts.map((p) => p.client);
  return client.every((c): c is string => c !== undefined) ? { de, client: client.join(separator) } : { de };
}

type Step = AgreementDetail['snapshot']['goals'][number]['steps'][number];

export function buildAgreementForm({ texts, agreement, person, caseManager }: AgreementFormData, now: Date): DocumentModel {
  const { text } = textMaker(texts, 'agreement');
  const bilingual = texts.client !== null;
  const rtl = texts.clientDirection === 'rtl';
  const kind = printKindOf(agreement);

  /** A recorded text and its translation: the translation only on a bilingual paper, and only when one was written. */
  const recorded = (german: string, translation: string | null | undefined, clientLabel?: string): Bilingual => {
    if (!bilingual) return { de: german };
    const trimmed = translation?.trim();
    const written = trimmed ? (rtl ? isolated(trimmed) : trimmed) : null;
    const client = [clientLabel, written].filter((part): part is string => Boolean(part)).join(': ');
    return client === '' ? { de: german } : { de: german, client };
  };

  const who = (responsible: StepResponsible, partnerName: string | null): Bilingual => {
    if (responsible === 'klient') return text('responsibleClient');
    if (responsible === 'case_management') return text('responsibleCaseManagement');
    // The partner's name is data: the same on both sides.
    return partnerName ? recorded(partnerName, partnerName) : text('responsiblePartner');
  };

  /** "Wer? Sie · Bis wann? 15.12.2026 · Erledigt am 01.12.2026", in both languages. */
  const stepMeta = (step: Step): Bilingual => {
    const whoText = joined([text('who'), who(step.responsible, step.partnerName)], ' ');
    const byWhen = joined([text('byWhen'), step.dueDate ? { de: germanDay(step.dueDate), client: germanDay(step.dueDate) } : text('noFixedDate')], ' ');
    const parts = [whoText, byWhen];
    if (step.doneAt) parts.push(text('doneOn', { date: germanDay(step.doneAt.slice(0, 10)) }));
    return bilingual ? joined(parts, ' · ') : { de: parts.map((p) => p.de).join(' · ') };
  };

  /**
   * A step as one list item: what is to be done, then who and by when, on the next line; the
   * translation below the German, as every client text.
   */
  const stepItem = (step: Step): Bilingual => {
    const what = recorded(step.description, step.descriptionTranslation);
    const meta = stepMeta(step);
    const de = `${what.de}\n${meta.de}`;
    if (!bilingual) return { de };
    return { de, client: what.client ? `${what.client}\n${meta.client ?? ''}` : (meta.client ?? '') };
  };

  const goals: Block[] = agreement.snapshot.goals.flatMap((goal, index): Block[] => {
    const label = text('goal', { number: index + 1 });
    return [
      { kind: 'heading', text: recorded(`${label.de}: ${goal.title}`, goal.titleTranslation, label.client) },
      // The life area is a configured German label: German only.
      { kind: 'paragraph', text: { de: `${text('lifeArea').de}: ${goal.lifeAreaName}` }, muted: true },
      goal.steps.length === 0 ? { kind: 'paragraph', text: text('noSteps') } : { kind: 'list', items: goal.steps.map(stepItem) },
    ];
  });

  const spellings = person.spellings.length > 0 ? person.spellings : [FIELD_BLANK];
  const blocks: Block[] = [
    ...reviewNotice(texts),
    {
      kind: 'fields',
      rows: [
        // Every spelling on a row of its own, so each prints in its own direction.
        ...spellings.map((value, i) => ({ label: i === 0 ? text('for') : { de: '' }, value })),
        ...(person.caseNumber ? [{ label: common(texts, 'caseNumber'), value: person.caseNumber }] : []),
        { label: common(texts, 'date'), value: germanDay(agreement.date) },
      ],
    },
    { kind: 'heading', text: text('version', { version: agreement.version }) },
    { kind: 'paragraph', text: text(KIND_MARK[kind]), muted: kind === 'ersetzt' },
    // One sentence a line, in Leichte Sprache as in the client's language.
    {
      kind: 'paragraph',
      text: joined(
        INTRO.map((key) => text(key)),
        '\n',
      ),
    },
    ...goals,
    { kind: 'heading', text: text('signatures') },
    ...signatureBlocks(),
  ];
  return { title: text('title'), caseNumber: person.caseNumber, clientLanguage: texts.clientLanguage, created: now, blocks };

  function signatureBlocks(): Block[] {
    if (kind === 'ersetzt') return [{ kind: 'paragraph', text: text('notSigned') }];
    if (kind === 'unterschrieben') {
      // The signed paper is the original; this copy records the day and who signed, without lines to sign again.
      return [
        { kind: 'paragraph', text: text('signedOn', { date: germanDay(agreement.signedAt?.slice(0, 10) ?? '') }) },
        {
          kind: 'fields',
          rows: [
            ...spellings.map((value, i) => ({ label: i === 0 ? common(texts, 'signatureClient') : { de: '' }, value })),
            { label: common(texts, 'signatureCaseManagement'), value: caseManager },
          ],
        },
        { kind: 'paragraph', text: text('paperIsOriginal'), muted: true },
      ];
    }
    // Print, then sign: empty lines for the place and day and both signatures, the names printed below.
    return [{ kind: 'paragraph', text: text('signatureSentence') }, signatureLines(texts, person, caseManager)];
  }
}
