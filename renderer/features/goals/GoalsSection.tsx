/**
 * The case section "Ziele und Zielvereinbarung": the Zielvereinbarung with its versions first
 * (what the tab leads to; it sat thousands of pixels down below the goals), then the goals
 * grouped by life area with status and steps, open goals before finished ones, which are folded
 * to one line, and "Ziel hinzufügen".
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GoalView } from '../../../electron/contract/areas/assessment';
import type { PartnerView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import type { CaseSectionProps } from '../case/sectionProps';
import { useScale } from '../assessment/scaleStore';
import { AddGoalForm, newGoalDraftKey } from './AddGoalForm';
import { useHasDraft } from '../../ui/useFormDraft';
import { AgreementsPanel } from './AgreementsPanel';
import { GoalCard, isFinished } from './GoalCard';
import '../assessment/assessment.css';
import './goals.css';

const t = ta.goals;

/** Goals in the order the main process gives (by life area), grouped under their life area; in each, open goals first. */
function byLifeArea(goals: GoalView[]): { lifeAreaId: string; name: string; goals: GoalView[] }[] {
  const groups: { lifeAreaId: string; name: string; goals: GoalView[] }[] = [];
  const openFirst = [...goals.filter((g) => !isFinished(g)), ...goals.filter(isFinished)];
  for (const goal of openFirst) {
    const group = groups.find((g) => g.lifeAreaId === goal.lifeAreaId);
    if (group) group.goals.push(goal);
    else groups.push({ lifeAreaId: goal.lifeAreaId, name: goal.lifeAreaName, goals: [goal] });
  }
  return groups;
}

/** `personLanguages`: the person's languages (the case's view has them), so the agreement prints in one of them by default. */
export function GoalsSection({ caseId, closed, onChanged, personLanguages }: CaseSectionProps & { personLanguages?: readonly string[] | undefined }) {
  const { scale, error: scaleError } = useScale();
  const [goals, setGoals] = useState<GoalView[] | null>(null);
  const [partners, setPartners] = useState<PartnerView[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [focusGoalId, setFocusGoalId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const request = useRef(0);
  const addButton = useRef<HTMLDivElement>(null);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    const [goalList, partnerList] = await Promise.all([call('goal.list', { caseId }), call('partners.list', {})]);
    if (mine !== request.current) return;
    if (goalList.ok) setGoals(goalList.value);
    if (partnerList.ok) setPartners(partnerList.value);
    setLoadError(!goalList.ok ? goalList.error.message : !partnerList.ok ? partnerList.error.message : null);
  }, [caseId]);

  useEffect(() => {
    setGoals(null);
    setAdding(false);
    void reload();
  }, [reload]);

  // A goal begun before a lock or a change of screen: its form opens again with the draft.
  const goalDraft = useHasDraft(newGoalDraftKey(caseId));
  useEffect(() => {
    if (goalDraft && !closed) setAdding(true);
  }, [goalDraft, closed]);

  function updated(goal: GoalView) {
    setGoals((list) => list?.map((g) => (g.id === goal.id ? goal : g)) ?? list);
    onChanged();
  }

  function created(goal: GoalView) {
    setAdding(false);
    setNotice(t.goalSaved);
    setFocusGoalId(goal.id);
    void reload();
    onChanged();
  }

  function cancelAdd() {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.querySelector('button')?.focus());
  }

  return (
    <section className="as-section as-goals-section" aria-labelledby="section-title">
      <h2 id="section-title" tabIndex={-1}>
        {t.title}
      </h2>
      {closed ? <p className="notice notice-info">{ta.common.closedNote}</p> : null}
      <ErrorMessage message={loadError ?? scaleError} />

      <AgreementsPanel caseId={caseId} closed={closed} personLanguages={personLanguages} onChanged={onChanged} />

      <section className="as-part" aria-labelledby="goals-title">
        <h3 id="goals-title">{t.goalsTitle}</h3>
        <p>{t.intro}</p>
        <StatusMessage>{notice}</StatusMessage>
        {goals === null ? (
          loadError ? null : (
            <p>{ta.common.loading}</p>
          )
        ) : goals.length === 0 ? (
          <p>{t.none}</p>
        ) : scale ? (
          byLifeArea(goals).map((group) => (
            <div key={group.lifeAreaId} className="as-goal-group">
              <h4>{group.name}</h4>
              {group.goals.map((goal) => (
                <GoalCard key={goal.id} goal={goal} scale={scale} partners={partners} closed={closed} focus={goal.id === focusGoalId} onUpdated={updated} />
              ))}
            </div>
          ))
        ) : null}
        {closed || !scale ? null : adding ? (
          <AddGoalForm caseId={caseId} scale={scale} onCreated={created} onCancel={cancelAdd} />
        ) : (
          <div className="as-section-actions" ref={addButton}>
            <Button
              variant="primary"
              onClick={() => {
                setNotice(null);
                setAdding(true);
              }}
            >
              {t.add}
            </Button>
          </div>
        )}
      </section>
    </section>
  );
}
