/**
 * Test data and a harness for the assessment and goal sections: the section inside a page with
 * its h1 and main landmark (as the case shell shows it), on the fake bridge.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { vi } from 'vitest';
import type { CaseSectionProps } from '../../../renderer/features/case/sectionProps';
import type {
  AgreementSummary,
  AssessmentComparison,
  AssessmentDetail,
  AssessmentEntryView,
  AssessmentScale,
  AssessmentSummary,
  GoalView,
  ReassessmentStatus,
} from '../../../electron/contract/areas/assessment';
import type { DocumentLanguageInfo } from '../../../electron/contract/areas/documentTexts';
import type { PartnerView } from '../../../electron/contract/areas/network';
import { installFakeKim, ok, resetAppState, type FakeKim } from '../fakeKim';
import { localMoment } from '../testClock';

export const CASE_ID = 'case-1';

export const scale: AssessmentScale = {
  situations: [
    { value: 1, label: 'akute Krise', meaning: 'akute Krise – sofortiger Handlungsbedarf' },
    { value: 2, label: 'erhebliche Probleme', meaning: 'erhebliche Probleme – Unterstützung dringend nötig' },
    { value: 3, label: 'instabil', meaning: 'instabil – Unterstützung nötig' },
    { value: 4, label: 'weitgehend stabil', meaning: 'weitgehend stabil – gelegentliche Unterstützung' },
    { value: 5, label: 'stabil und selbstständig', meaning: 'stabil und selbstständig' },
  ],
  urgencies: [
    { value: 'niedrig', label: 'niedrig' },
    { value: 'mittel', label: 'mittel' },
    { value: 'hoch', label: 'hoch' },
  ],
  responsibleServices: [
    { value: 'keine', label: 'keine andere Stelle (Case Management)' },
    { value: 'sgb2', label: 'SGB II – Jobcenter' },
    { value: 'abh', label: 'Ausländerbehörde' },
  ],
  goalStatuses: [
    { value: 'offen', label: 'offen' },
    { value: 'in_arbeit', label: 'in Arbeit' },
    { value: 'erreicht', label: 'erreicht' },
    { value: 'verworfen', label: 'verworfen' },
  ],
  stepResponsibles: [
    { value: 'klient', label: 'Klient:in' },
    { value: 'case_management', label: 'Case Management' },
    { value: 'partner', label: 'Netzwerkpartner' },
  ],
  lifeAreas: [
    { id: 'la-wohnen', name: 'Wohnen' },
    { id: 'la-sprache', name: 'Sprache' },
    { id: 'la-arbeit', name: 'Ausbildung und Arbeit' },
  ],
};

export function entry(lifeAreaId: string, lifeAreaName: string, situation: number, extra: Partial<AssessmentEntryView> = {}): AssessmentEntryView {
  const s = scale.situations.find((x) => x.value === situation)!;
  return {
    lifeAreaId,
    lifeAreaName,
    situation,
    situationLabel: s.label,
    resources: null,
    needs: null,
    urgency: 'mittel',
    urgencyLabel: 'mittel',
    responsibleService: 'keine',
    responsibleServiceLabel: 'keine andere Stelle (Case Management)',
    ...extra,
  };
}

export const firstSummary: AssessmentSummary = {
  id: 'as-1',
  caseId: CASE_ID,
  kind: 'erst',
  kindLabel: 'Assessment',
  date: '2026-03-02',
  previousId: null,
  recordedBy: 'Aylin Demir',
  entryCount: 2,
};
export const firstDetail: AssessmentDetail = {
  ...firstSummary,
  entries: [
    entry('la-wohnen', 'Wohnen', 2, { needs: 'Eigene Wohnung', urgency: 'hoch', urgencyLabel: 'hoch' }),
    entry('la-sprache', 'Sprache', 3, { resources: 'Besucht Integrationskurs' }),
  ],
};
export const reSummary: AssessmentSummary = {
  id: 'as-2',
  caseId: CASE_ID,
  kind: 're',
  kindLabel: 'Re-Assessment',
  date: '2026-09-10',
  previousId: 'as-1',
  recordedBy: 'Aylin Demir',
  entryCount: 2,
};
export const reDetail: AssessmentDetail = {
  ...reSummary,
  entries: [entry('la-wohnen', 'Wohnen', 4, { needs: 'Eigene Wohnung' }), entry('la-sprache', 'Sprache', 3, { resources: 'B1 bestanden' })],
};
export const comparison: AssessmentComparison = {
  previous: firstSummary,
  current: reSummary,
  areas: [
    {
      lifeAreaId: 'la-wohnen',
      lifeAreaName: 'Wohnen',
      previous: firstDetail.entries[0]!,
      current: reDetail.entries[0]!,
      changed: true,
      changedFields: ['situation', 'urgency'],
      situationDirection: 'better',
      changeLabel: 'besser',
    },
    {
      lifeAreaId: 'la-sprache',
      lifeAreaName: 'Sprache',
      previous: firstDetail.entries[1]!,
      current: reDetail.entries[1]!,
      changed: true,
      changedFields: ['resources'],
      situationDirection: 'same',
      changeLabel: 'verändert',
    },
  ],
};

export function status(patch: Partial<ReassessmentStatus> = {}): ReassessmentStatus {
  return { caseId: CASE_ID, caseMonths: null, months: 6, lastAssessmentDate: '2026-03-02', dueDate: '2026-09-02', overdue: false, ...patch };
}

export const partners: PartnerView[] = [
  {
    id: 'p-jc',
    organisation: 'Jobcenter Kreis Coesfeld',
    legalArea: 'sgb2',
    legalAreaLabel: 'SGB II',
    municipality: 'Coesfeld',
    contactName: null,
    phone: null,
    email: null,
    active: true,
  } as PartnerView,
];

export function goal(patch: Partial<GoalView> = {}): GoalView {
  return {
    id: 'g-1',
    caseId: CASE_ID,
    lifeAreaId: 'la-wohnen',
    lifeAreaName: 'Wohnen',
    title: 'Eigene Wohnung finden',
    titleTranslation: null,
    status: 'offen',
    statusLabel: 'offen',
    createdAt: localMoment('2026-03-05T10:00'),
    updatedAt: localMoment('2026-03-05T10:00'),
    steps: [
      {
        id: 's-1',
        description: 'Wohnberechtigungsschein beantragen',
        descriptionTranslation: null,
        responsible: 'klient',
        responsibleLabel: 'Klient:in',
        partnerId: null,
        partnerName: null,
        dueDate: '2026-04-30',
        doneAt: null,
        sortOrder: 1,
      },
    ],
    ...patch,
  };
}

/** The text catalogue's languages, as documentTexts.languages answers (German, Leichte Sprache, Arabic unconfirmed, Ukrainian confirmed). */
export const documentLanguages: DocumentLanguageInfo[] = [
  { code: 'de', name: 'Deutsch', direction: 'ltr', review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-02' }, replacements: 0 },
  {
    code: 'de-x-leicht',
    name: 'Deutsch in Leichter Sprache',
    direction: 'ltr',
    review: { state: 'geprueft', by: 'Aylin Demir', on: '2026-11-02' },
    replacements: 0,
  },
  { code: 'ar', name: 'Arabisch', direction: 'rtl', review: { state: 'nicht_geprueft', by: null, on: null }, replacements: 0 },
  { code: 'uk', name: 'Ukrainisch', direction: 'ltr', review: { state: 'geprueft', by: 'Olena K.', on: '2026-10-01' }, replacements: 0 },
];

export function agreement(patch: Partial<AgreementSummary> = {}): AgreementSummary {
  return {
    id: 'ag-1',
    caseId: CASE_ID,
    version: 1,
    date: '2026-03-06',
    signedAt: null,
    recordedBy: 'Aylin Demir',
    goalCount: 1,
    superseded: false,
    signedPrintout: null,
    ...patch,
  };
}

/** Renders one section in a page like the case shell's; returns the fake bridge and onChanged. */
export function renderSection(Section: (props: CaseSectionProps) => React.ReactNode, configure: (kim: FakeKim) => void, props: Partial<CaseSectionProps> = {}) {
  const fake = installFakeKim();
  fake.kim['assessment.scale'].mockResolvedValue(ok(scale));
  configure(fake.kim);
  resetAppState();
  document.documentElement.lang = 'de';
  document.title = 'KIM Fallakte';
  const onChanged = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <main>
      <h1>Fall 2026-0001</h1>
      <Section caseId={CASE_ID} personId="person-1" closed={false} onChanged={onChanged} {...props} />
    </main>,
  );
  return { ...fake, user, view, onChanged };
}

export async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
