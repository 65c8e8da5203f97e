/**
 * Einstellungen → Team: the unit's case managers. A case can be handed to any of them who is
 * still in the team (Vertretung); one who left is marked so and offered no more, while their
 * cases keep the name until they are handed on. The user of this store is always listed.
 */
import { useState } from 'react';
import type { CaseManagerView } from '../../../electron/contract/areas/caseCorrections';
import { call } from '../../api';
import { corrections } from '../../i18n/corrections';
import { useCall } from '../../state/useLoad';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { LoadFailure, SrOnly, usePendingFocus } from '../cases/parts';

const t = corrections.team;

function AddForm({ onAdded }: { onAdded: (added: CaseManagerView) => void }) {
  const [name, setName] = useState('');
  const problem = name.trim() === '' ? t.missingName : null;
  const form = useSubmit(() => (problem ? null : call('caseManagers.add', { name: name.trim() })), onAdded);
  return (
    <form className="form config-form" onSubmit={form.submit} aria-busy={form.busy} noValidate>
      <TextField label={t.nameLabel} value={name} onChange={setName} maxLength={100} autoComplete="off" />
      <ErrorMessage message={form.error} />
      <SubmitRow label={t.add} busy={form.busy} busyLabel={corrections.saving} problem={problem} />
    </form>
  );
}

export function CaseManagersSettings() {
  const managers = useCall('caseManagers.list', {});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const focusNext = usePendingFocus(managers.data);

  async function setActive(manager: CaseManagerView, active: boolean) {
    setNotice(null);
    setError(null);
    const result = await call(active ? 'caseManagers.reactivate' : 'caseManagers.deactivate', { id: manager.id });
    if (!result.ok) return setError(result.error.message);
    setNotice(active ? t.reactivated(manager.name) : t.deactivated(manager.name));
    focusNext(`case-manager-${manager.id}`);
    managers.reload();
  }

  return (
    <section className="panel" aria-labelledby="config-team">
      <h2 id="config-team">{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <LoadFailure message={managers.error} />
      {managers.data && managers.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.colName}</th>
              <th scope="col">{t.colCases}</th>
              <th scope="col">{t.colStatus}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {managers.data.map((m) => (
              <tr key={m.id}>
                <th scope="row" id={`case-manager-${m.id}`} tabIndex={-1}>
                  {m.own ? `${m.name} (${t.you})` : m.name}
                </th>
                <td>{m.openCases}</td>
                <td>{m.active ? t.active : t.inactive}</td>
                <td className="cell-actions">
                  {m.own ? null : m.active ? (
                    <Button variant="link" onClick={() => void setActive(m, false)}>
                      {t.deactivateShort}
                      <SrOnly>: {m.name}</SrOnly>
                    </Button>
                  ) : (
                    <Button variant="link" onClick={() => void setActive(m, true)}>
                      {t.reactivateShort}
                      <SrOnly>: {m.name}</SrOnly>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage>{notice}</StatusMessage>
      <AddForm
        key={round}
        onAdded={(added) => {
          setRound((n) => n + 1);
          setNotice(t.added(added.name));
          managers.reload();
        }}
      />
    </section>
  );
}
