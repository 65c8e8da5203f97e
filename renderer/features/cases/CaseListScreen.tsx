/** "Fälle": every case as a table, filtered by phase, status and a search; a row opens its case. */
import { useState } from 'react';
import type { Input } from '../../../electron/contract';
import type { CaseSummary, Phase } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases as t, labels } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ScreenHeading } from '../../ui/Heading';
import { StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { openCase, openRoute } from '../frame/navigation';
import { optionsOf } from './format';
import { LoadFailure } from './parts';
import { useLoad } from './useLoad';

type Status = 'offen' | 'abgeschlossen';
const phaseOptions = optionsOf(labels.phases);
const statusOptions = [
  { value: 'offen' as const, label: t.list.open },
  { value: 'abgeschlossen' as const, label: t.list.closed },
];

function matches(item: CaseSummary, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return needle === '' || item.personName.toLowerCase().includes(needle) || item.caseNumber.toLowerCase().includes(needle);
}

function CaseTable({ items }: { items: CaseSummary[] }) {
  return (
    <table className="data-table">
      <caption className="sr-only">{t.list.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.list.colNumber}</th>
          <th scope="col">{t.list.colName}</th>
          <th scope="col">{t.list.colPhase}</th>
          <th scope="col">{t.list.colStatus}</th>
          <th scope="col">{t.list.colManager}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <Button variant="link" onClick={() => openCase(item.id)}>
                {item.caseNumber}
              </Button>
            </th>
            <td>{item.personName}</td>
            <td>{labels.phases[item.phase]}</td>
            <td>{item.open ? t.list.open : t.list.closed}</td>
            <td>{item.caseManager}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CaseListScreen() {
  const [phase, setPhase] = useState<Phase | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [search, setSearch] = useState('');
  const list = useLoad(() => {
    const input: Input<'cases.list'> = {};
    if (phase) input.phase = phase;
    if (status) input.status = status;
    return call('cases.list', input);
  }, [phase, status]);
  const shown = (list.data ?? []).filter((item) => matches(item, search));

  return (
    <div className="page page-wide cases-list">
      <ScreenHeading focusOnMount>{t.list.title}</ScreenHeading>
      <div className="page-actions">
        <Button variant="primary" onClick={() => openRoute({ page: 'cases', view: 'intake', personId: null })}>
          {t.list.newIntake}
        </Button>
      </div>
      <div className="filters" role="group" aria-label={t.list.filterTitle}>
        <SelectField label={t.list.phaseLabel} value={phase} options={phaseOptions} placeholder={t.list.allPhases} onChange={setPhase} />
        <SelectField label={t.list.statusLabel} value={status} options={statusOptions} placeholder={t.list.allStatuses} onChange={setStatus} />
        <TextField label={t.list.searchLabel} value={search} onChange={setSearch} type="text" autoComplete="off" />
      </div>
      <LoadFailure message={list.error} />
      <StatusMessage>{list.loading ? t.loading : list.data ? t.list.found(shown.length) : null}</StatusMessage>
      {shown.length > 0 ? (
        <>
          <p className="field-hint">{t.list.openHint}</p>
          <CaseTable items={shown} />
        </>
      ) : null}
    </div>
  );
}
