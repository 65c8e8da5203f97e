import type { assessmentMethods } from '../../../electron/contract/areas/assessment';

const entry = { lifeAreaId: 'wohnen', situation: 3, urgency: 'mittel', responsibleService: 'keine' };
const step = { description: 'Termin beim Jobcenter machen', responsible: 'klient' };
const long = 'x'.repeat(5000);

/** Malformed inputs for each method of this area: every method must be listed (the contract test checks). */
export const assessmentMalformed: Record<keyof typeof assessmentMethods, unknown[]> = {
  'assessment.scale': [{ caseId: 'c1' }, { extra: true }],
  'assessment.create': [
    { caseId: 'c1', date: '2026-01-10' },
    { caseId: 'c1', date: '2026-01-10', entries: [] },
    { caseId: 'c1', date: '10.01.2026', entries: [entry] },
    { caseId: 'c1', date: '2026-02-30', entries: [entry] },
    { caseId: 'c1', date: '2026-01-10', entries: [{ ...entry, situation: 0 }] },
    { caseId: 'c1', date: '2026-01-10', entries: [{ ...entry, situation: 6 }] },
    { caseId: 'c1', date: '2026-01-10', entries: [{ ...entry, situation: 2.5 }] },
    { caseId: 'c1', date: '2026-01-10', entries: [{ ...entry, urgency: 'sofort' }] },
    { caseId: 'c1', date: '2026-01-10', entries: [{ ...entry, responsibleService: 'sgb99' }] },
    { caseId: 'c1', date: '2026-01-10', entries: [{ ...entry, needs: long }] },
    { caseId: 'c1', date: '2026-01-10', entries: [{ ...entry, score: 3 }] },
    { caseId: 'c1', date: '2026-01-10', entries: [entry], kind: 're' },
  ],
  'assessment.list': [{}, { caseId: 42 }, { caseId: 'x'.repeat(65) }],
  'assessment.get': [{}, { assessmentId: '' }, { assessmentId: 'a1', caseId: 'c1' }],
  'reassessment.template': [{}, { caseId: null }, { caseId: 'c1', from: 'a1' }],
  'reassessment.compare': [{}, { assessmentId: 7 }, { assessmentId: 'a1', previousId: 'a0' }],
  'reassessment.status': [{}, { caseId: ['c1'] }],
  'reassessment.setCadence': [
    { caseId: 'c1' },
    { caseId: 'c1', months: 0 },
    { caseId: 'c1', months: 25 },
    { caseId: 'c1', months: 1.5 },
    { caseId: 'c1', months: '6' },
  ],
  'reassessment.due': [{}, { withinDays: -1 }, { withinDays: 400 }, { withinDays: 7, caseManager: 'A' }],
  'goal.create': [
    { caseId: 'c1', lifeAreaId: 'wohnen' },
    { caseId: 'c1', lifeAreaId: 'wohnen', title: '   ' },
    { caseId: 'c1', lifeAreaId: 'wohnen', title: long },
    { caseId: 'c1', lifeAreaId: 'wohnen', title: 'Wohnung', status: 'erreicht' },
    { caseId: 'c1', lifeAreaId: 'wohnen', title: 'Wohnung', steps: [{ ...step, responsible: 'amt' }] },
    { caseId: 'c1', lifeAreaId: 'wohnen', title: 'Wohnung', steps: [{ ...step, dueDate: '2026-13-01' }] },
  ],
  'goal.update': [{ goalId: 'g1' }, { goalId: 'g1', status: 'fertig' }, { goalId: 'g1', title: '' }, { goalId: 'g1', title: 'A', caseId: 'c2' }],
  'goal.addStep': [
    { goalId: 'g1' },
    { goalId: 'g1', ...step, responsible: 'jobcenter' },
    { goalId: 'g1', ...step, description: long },
    { goalId: 'g1', ...step, dueDate: 'morgen' },
    { goalId: 'g1', ...step, doneAt: '2026-01-01' },
  ],
  'goal.updateStep': [{}, { stepId: 'st1', responsible: 'amt' }, { stepId: 'st1', dueDate: '2026-1-1' }, { stepId: 'st1', goalId: 'g2' }],
  'goal.completeStep': [{ stepId: 'st1' }, { stepId: 'st1', doneAt: 'heute' }, { stepId: 'st1', doneAt: true }],
  'goal.list': [{}, { caseId: 1 }, { caseId: 'c1', status: 'offen' }],
  'agreement.create': [{ caseId: 'c1' }, { caseId: 'c1', date: '2026-01-32' }, { caseId: 'c1', date: '2026-01-10', goals: ['g1'] }],
  'agreement.sign': [{ agreementId: 'a1' }, { agreementId: 'a1', signedAt: '01.02.2026' }, { agreementId: 'a1', signedAt: '2026-02-01', by: 'A' }],
  'agreement.list': [{}, { caseId: false }],
  'agreement.get': [{}, { agreementId: 'x'.repeat(65) }],
  'agreement.pdf': [{}, { agreementId: 'a1', fileName: 'x.pdf' }],
};
