/**
 * The case's target groups on the overview, with "Zielgruppen ändern" (a correction: the earlier
 * list is kept and shown under "Frühere Fassungen"). Offered are the groups in force at some day
 * of the case, and those the case already has.
 */
import { useEffect, useId, useState } from 'react';
import type { TargetGroupsBefore } from '../../../electron/contract/areas/caseCorrections';
import type { CaseView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { corrections } from '../../i18n/corrections';
import { cases } from '../../i18n/cases';
import * as clock from '../../state/clock';
import { useCall } from '../../state/useLoad';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft, useHasDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { VersionHistory } from '../../ui/VersionHistory';
import { joined } from '../cases/format';

const t = corrections.targetGroups;
const targetGroupsDraftKey = (caseId: string) => `case-target-groups:${caseId}`;

function TargetGroupsForm({ view, onSaved, onCancel }: { view: CaseView; onSaved: (next: CaseView) => void; onCancel: () => void }) {
  const groups = useCall('targetGroups.list', {});
  const draft = useFormDraft(targetGroupsDraftKey(view.id), { chosen: view.targetGroups.map((g) => g.id) }, { caseId: view.id, personId: view.person.id });
  const chosen = draft.values.chosen;
  const setChosen = (v: string[]) => draft.set('chosen', v);
  const had = new Set(view.targetGroups.map((g) => g.id));
  const day = clock.today();
  const offered = (groups.data ?? []).filter((g) => had.has(g.id) || (g.validFrom <= day && (g.validUntil === null || g.validUntil >= view.openedAt)));
  const form = useSubmit(
    () => call('cases.setTargetGroups', { caseId: view.id, targetGroupIds: chosen }),
    (next) => {
      draft.clear();
      onSaved(next);
    },
  );
  return (
    <form className="form" onSubmit={form.submit} aria-busy={form.busy} noValidate>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <ErrorMessage message={groups.error} />
      {groups.data ? (
        <ChoiceGroup
          multiple
          legend={t.legend}
          hint={t.hint}
          options={offered.map((g) => ({ value: g.id, label: g.validToday ? g.name : `${g.name} ${t.noLongerValid}` }))}
          value={chosen}
          onChange={setChosen}
        />
      ) : (
        <StatusMessage>{cases.loading}</StatusMessage>
      )}
      <ErrorMessage message={form.error} />
      <SubmitRow
        label={t.submit}
        busy={form.busy}
        busyLabel={corrections.saving}
        problem={groups.data ? null : cases.loading}
        onCancel={onCancel}
        cancelLabel={t.cancel}
      />
    </form>
  );
}

export function TargetGroupsPanel({ view, readOnly, onChanged }: { view: CaseView; readOnly: boolean; onChanged: () => void }) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [corrected, setCorrected] = useState(0);
  // A change begun before a lock, a crash or a change of screen: the form opens with the draft.
  const hasDraft = useHasDraft(targetGroupsDraftKey(view.id));
  useEffect(() => {
    if (hasDraft && !readOnly) setEditing(true);
  }, [hasDraft, readOnly]);
  return (
    <section aria-labelledby={headingId} className="case-correction">
      <h3 id={headingId}>{t.title}</h3>
      {editing ? (
        <TargetGroupsForm
          view={view}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setNotice(t.saved);
            setCorrected((n) => n + 1);
            onChanged();
          }}
        />
      ) : (
        <>
          <p>{view.targetGroups.length ? joined(view.targetGroups.map((g) => g.name)) : t.none}</p>
          {readOnly ? null : <Button onClick={() => setEditing(true)}>{t.edit}</Button>}
        </>
      )}
      <StatusMessage>{notice}</StatusMessage>
      <VersionHistory
        kind="case_target_groups"
        recordId={view.id}
        reloadKey={corrected}
        render={(before) => <p>{t.before((before as unknown as TargetGroupsBefore).targetGroups.map((g) => g.name).join(', '))}</p>}
      />
    </section>
  );
}
