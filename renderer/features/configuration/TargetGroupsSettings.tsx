/** Zielgruppen: list with validity, create, change, end. Set by the Lenkungsgruppe, so configuration. */
import { useState } from 'react';
import type { TargetGroupView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { DateField } from '../../ui/DateField';
import { useSubmit } from '../../ui/useSubmit';
import { germanDate } from '../cases/format';
import * as clock from '../../state/clock';
import { FocusHeading, LoadFailure, SrOnly } from '../cases/parts';
import { useLoad } from '../../state/useLoad';

const t = cases.config.targetGroups;
const c = cases.config;

function GroupForm({ group, onSaved, onCancel }: { group: TargetGroupView | null; onSaved: (g: TargetGroupView) => void; onCancel: () => void }) {
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [validFrom, setValidFrom] = useState(group?.validFrom ?? clock.today());
  const [validUntil, setValidUntil] = useState(group?.validUntil ?? '');
  const problem = name.trim() === '' ? t.missingName : !validFrom ? t.missingFrom : null;
  const { busy, error, submit } = useSubmit(() => {
    if (problem) return null;
    const fields = { name: name.trim(), description: description.trim() || null, validFrom, validUntil: validUntil || null };
    return group ? call('targetGroups.update', { targetGroupId: group.id, ...fields }) : call('targetGroups.create', fields);
  }, onSaved);

  return (
    <form className="form config-form" onSubmit={submit} aria-busy={busy} noValidate>
      <FocusHeading level={3} focus={group !== null}>
        {group ? t.editTitle(group.name) : t.newTitle}
      </FocusHeading>
      <TextField label={t.name} value={name} onChange={setName} maxLength={200} autoComplete="off" />
      <TextArea label={t.description} value={description} onChange={setDescription} maxLength={1000} rows={2} />
      <div className="field-pair">
        <DateField label={t.validFrom} value={validFrom} onChange={setValidFrom} required />
        <DateField label={t.validUntil} value={validUntil} onChange={setValidUntil} />
      </div>
      <ErrorMessage message={error} />
      <SubmitRow
        label={group ? t.save : t.create}
        busy={busy}
        busyLabel={cases.intake.busy}
        problem={problem}
        onCancel={group ? onCancel : undefined}
        cancelLabel={cases.cancel}
      />
    </form>
  );
}

function EndForm({ group, onEnded, onCancel }: { group: TargetGroupView; onEnded: (g: TargetGroupView) => void; onCancel: () => void }) {
  const [validUntil, setValidUntil] = useState(clock.today());
  const { busy, error, submit } = useSubmit(() => (validUntil ? call('targetGroups.end', { targetGroupId: group.id, validUntil }) : null), onEnded);

  return (
    <form className="form config-form" onSubmit={submit} aria-busy={busy} noValidate>
      <FocusHeading level={3} focus>
        {t.endTitle(group.name)}
      </FocusHeading>
      <DateField label={t.endDate} value={validUntil} onChange={setValidUntil} required />
      <ErrorMessage message={error} />
      <SubmitRow
        label={t.endSubmit}
        busy={busy}
        busyLabel={cases.intake.busy}
        problem={validUntil ? null : t.missingEnd}
        onCancel={onCancel}
        cancelLabel={cases.cancel}
      />
    </form>
  );
}

function GroupTable({ groups, onEdit, onEnd }: { groups: TargetGroupView[]; onEdit: (g: TargetGroupView) => void; onEnd: (g: TargetGroupView) => void }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t.colName}</th>
          <th scope="col">{t.colFrom}</th>
          <th scope="col">{t.colUntil}</th>
          <th scope="col">{t.colToday}</th>
          <th scope="col">{c.actions}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.id}>
            <th scope="row">
              {group.name}
              {group.description ? <span className="cell-note">{group.description}</span> : null}
            </th>
            <td>{germanDate(group.validFrom)}</td>
            <td>{group.validUntil ? germanDate(group.validUntil) : t.open}</td>
            <td>{group.validToday ? cases.yes : cases.no}</td>
            <td className="cell-actions">
              <Button variant="link" onClick={() => onEdit(group)}>
                {c.change}
                <SrOnly>: {group.name}</SrOnly>
              </Button>
              {group.validUntil === null || group.validUntil >= clock.today() ? (
                <Button variant="link" onClick={() => onEnd(group)}>
                  {t.end}
                  <SrOnly>: {group.name}</SrOnly>
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TargetGroupsSettings() {
  const groups = useLoad(() => call('targetGroups.list', {}), []);
  const [editing, setEditing] = useState<TargetGroupView | null>(null);
  const [ending, setEnding] = useState<TargetGroupView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** A new key empties the form after a save. */
  const [round, setRound] = useState(0);

  function done(message: string) {
    setRound((n) => n + 1);
    setEditing(null);
    setEnding(null);
    setNotice(message);
    groups.reload();
  }

  return (
    <section className="panel" aria-labelledby="config-target-groups">
      <h2 id="config-target-groups">{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <LoadFailure message={groups.error ? c.loadFailed(t.what, groups.error) : null} />
      {groups.data && groups.data.length === 0 ? <p>{t.empty}</p> : null}
      {groups.data && groups.data.length > 0 ? (
        <GroupTable
          groups={groups.data}
          onEdit={(g) => {
            setNotice(null);
            setEnding(null);
            setEditing(g);
          }}
          onEnd={(g) => {
            setNotice(null);
            setEditing(null);
            setEnding(g);
          }}
        />
      ) : null}
      <StatusMessage>{notice}</StatusMessage>
      {ending ? (
        <EndForm key={`end-${ending.id}`} group={ending} onEnded={() => done(t.ended)} onCancel={() => setEnding(null)} />
      ) : (
        <GroupForm
          key={`${editing?.id ?? 'new'}-${round}`}
          group={editing}
          onSaved={() => done(editing ? t.saved : t.created)}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
