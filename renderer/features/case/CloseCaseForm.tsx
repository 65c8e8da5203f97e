/** Closing an open case: the reason, the day (today, or the day it really ended) and, for every open goal, what became of it. */
import type { ClosureReason, GoalOutcome } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases, labels } from '../../i18n/cases';
import { corrections } from '../../i18n/corrections';
import * as clock from '../../state/clock';
import { DateField } from '../../ui/DateField';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { optionsOf } from '../cases/format';
import { LoadFailure } from '../cases/parts';
import { useLoad } from '../../state/useLoad';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';

const t = cases.closure;
const reasonOptions = optionsOf(labels.closureReasons);
const outcomeOptions = optionsOf(labels.goalOutcomes);
const OPEN_STATUSES = new Set(['offen', 'in_arbeit']);

export function CloseCaseForm({ caseId, onClosed }: { caseId: string; onClosed: () => void }) {
  const goals = useLoad(() => call('goal.list', { caseId }), [caseId]);
  const draft = useFormDraft(
    `case-close:${caseId}`,
    { reason: '' as ClosureReason | '', date: clock.today(), outcomes: {} as Record<string, GoalOutcome | ''> },
    { caseId },
  );
  const { reason, date, outcomes } = draft.values;
  const setReason = (v: ClosureReason | '') => draft.set('reason', v);
  const setDate = (v: string) => draft.set('date', v);
  const setOutcomes = (update: (o: Record<string, GoalOutcome | ''>) => Record<string, GoalOutcome | ''>) => draft.set('outcomes', update(outcomes));

  const openGoals = (goals.data ?? []).filter((g) => OPEN_STATUSES.has(g.status));
  const missingOutcome = openGoals.some((g) => !outcomes[g.id]);
  const problem = !goals.data
    ? cases.loading
    : !reason
      ? t.missingReason
      : date === ''
        ? corrections.status.missingDate
        : missingOutcome
          ? t.missingOutcomes
          : null;
  const form = useSubmit(
    () =>
      problem || !reason
        ? null
        : call('cases.close', { caseId, reason, date, goalOutcomes: openGoals.map((g) => ({ goalId: g.id, outcome: outcomes[g.id] as GoalOutcome })) }),
    () => {
      draft.clear();
      onClosed();
    },
  );

  return (
    <form className="form" onSubmit={form.submit} aria-busy={form.busy} noValidate>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <p>{t.intro}</p>
      <SelectField label={t.reasonLabel} value={reason} options={reasonOptions} placeholder={t.chooseReason} onChange={setReason} />
      <DateField label={corrections.status.closedOn} hint={corrections.status.closedOnHint} value={date} onChange={setDate} required />
      <fieldset className="form-group">
        <legend className="form-group-title">{t.goalsTitle}</legend>
        <LoadFailure message={goals.error} />
        <StatusMessage>{goals.loading && !goals.data ? cases.loading : null}</StatusMessage>
        {goals.data && openGoals.length === 0 ? <p>{t.noOpenGoals}</p> : null}
        {openGoals.map((goal) => (
          <SelectField
            key={goal.id}
            label={t.outcomeLabel(goal.title, goal.lifeAreaName)}
            value={outcomes[goal.id] ?? ''}
            options={outcomeOptions}
            placeholder={t.chooseOutcome}
            onChange={(outcome) => setOutcomes((o) => ({ ...o, [goal.id]: outcome }))}
          />
        ))}
      </fieldset>
      <ErrorMessage message={form.error} />
      <SubmitRow label={t.submit} busy={form.busy} busyLabel={t.busy} problem={goals.error ? null : problem} blocked={!goals.data} />
    </form>
  );
}
