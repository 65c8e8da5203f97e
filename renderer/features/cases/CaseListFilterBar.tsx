/**
 * The case list's search (always in view) and its filters (phase, status, what is due, target
 * group, location, case manager) folded behind "Filter (n aktiv)", so the rows get the screen.
 */
import { useId, type RefObject } from 'react';
import type { CaseListFilters, CaseStatus } from '../../../electron/contract/areas/cases';
import { cases as t, labels } from '../../i18n/cases';
import { corrections } from '../../i18n/corrections';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { activeFilterCount, hasFilters, resetFilters, setFilter, type CaseListFilterValues } from './caseListStore';
import { optionsOf } from './format';

const phaseOptions = optionsOf(labels.phases);
const statusOptions: { value: CaseStatus; label: string }[] = [
  { value: 'offen', label: t.list.open },
  { value: 'abgeschlossen', label: t.list.closed },
];
const dueOptions = optionsOf(t.list.dueOptions);

export function CaseListSearch({ filters, inputRef }: { filters: CaseListFilterValues; inputRef: RefObject<HTMLInputElement | null> }) {
  return (
    <div className="case-list-search">
      <TextField
        label={t.list.searchLabel}
        value={filters.text}
        onChange={(value) => setFilter('text', value)}
        type="text"
        autoComplete="off"
        maxLength={100}
        inputRef={inputRef}
      />
    </div>
  );
}

/** The button that unfolds the filters; it names how many are set. */
export function FilterToggle({ filters, open, onToggle, panelId }: { filters: CaseListFilterValues; open: boolean; onToggle: () => void; panelId: string }) {
  return (
    <Button aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
      {corrections.caseList.filters(activeFilterCount(filters))}
    </Button>
  );
}

export function CaseListFilterBar({
  filters,
  choices,
  id,
  searchRef,
}: {
  filters: CaseListFilterValues;
  choices: CaseListFilters | null;
  id: string;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const groupId = useId();
  // The reset button goes away with the filters: the focus goes to the search instead of nowhere.
  const reset = () => {
    resetFilters();
    searchRef.current?.focus();
  };
  const targetGroupOptions = (choices?.targetGroups ?? []).map((g) => ({ value: g.id, label: g.validToday ? g.name : t.list.endedTargetGroup(g.name) }));
  const locationOptions = (choices?.locations ?? []).map((l) => ({ value: l.id, label: l.active ? l.name : t.list.inactiveLocation(l.name) }));
  const managerOptions = (choices?.caseManagers ?? []).map((name) => ({ value: name, label: name }));
  return (
    <div className="filters case-list-filters" role="group" aria-labelledby={groupId} id={id}>
      <span className="sr-only" id={groupId}>
        {t.list.filterTitle}
      </span>
      <SelectField
        label={t.list.phaseLabel}
        value={filters.phase}
        options={phaseOptions}
        placeholder={t.list.allPhases}
        onChange={(v) => setFilter('phase', v)}
      />
      <SelectField
        label={t.list.statusLabel}
        value={filters.status}
        options={statusOptions}
        placeholder={t.list.allStatuses}
        onChange={(v) => setFilter('status', v)}
      />
      <SelectField label={t.list.dueLabel} value={filters.due} options={dueOptions} placeholder={t.list.anyDue} onChange={(v) => setFilter('due', v)} />
      <SelectField
        label={t.list.targetGroupLabel}
        value={filters.targetGroupId}
        options={targetGroupOptions}
        placeholder={t.list.allTargetGroups}
        onChange={(v) => setFilter('targetGroupId', v)}
      />
      <SelectField
        label={t.list.locationLabel}
        value={filters.locationId}
        options={locationOptions}
        placeholder={t.list.allLocations}
        onChange={(v) => setFilter('locationId', v)}
      />
      <SelectField
        label={t.list.managerLabel}
        value={filters.caseManager}
        options={managerOptions}
        placeholder={t.list.allManagers}
        onChange={(v) => setFilter('caseManager', v)}
      />
      {hasFilters(filters) ? (
        <div className="case-list-reset">
          <Button onClick={reset}>{t.list.resetFilters}</Button>
        </div>
      ) : null}
    </div>
  );
}
