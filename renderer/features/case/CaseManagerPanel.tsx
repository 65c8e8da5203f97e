/**
 * Who is responsible for the case, and handing it to a colleague of the unit (Vertretung,
 * leaving staff): choose the colleague, confirm in plain words, done. The earlier name is kept
 * and shown under "Frühere Fassungen".
 */
import { useId, useState } from 'react';
import type { CaseManagerBefore } from '../../../electron/contract/areas/caseCorrections';
import type { CaseView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { corrections } from '../../i18n/corrections';
import { cases } from '../../i18n/cases';
import { useCall } from '../../state/useLoad';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { useSubmit } from '../../ui/useSubmit';
import { VersionHistory } from '../../ui/VersionHistory';

const t = corrections.handover;

function HandoverForm({ view, onSaved, onCancel }: { view: CaseView; onSaved: (next: CaseView) => void; onCancel: () => void }) {
  const managers = useCall('caseManagers.list', {});
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const others = (managers.data ?? []).filter((m) => m.active && m.name !== view.caseManager);
  const target = others.find((m) => m.id === chosen);
  const form = useSubmit(() => (target ? call('cases.assignCaseManager', { caseId: view.id, caseManagerId: target.id }) : null), onSaved);

  if (confirming && target) {
    return (
      <form className="form" onSubmit={form.submit} aria-busy={form.busy} noValidate>
        <p className="notice notice-warning" id="handover-confirm-text">
          {t.confirm(view.caseNumber, target.name)}
        </p>
        <ErrorMessage message={form.error} />
        <SubmitRow label={t.submit} busy={form.busy} busyLabel={corrections.saving} onCancel={() => setConfirming(false)} cancelLabel={t.cancel} />
      </form>
    );
  }
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) setConfirming(true);
      }}
      noValidate
    >
      <ErrorMessage message={managers.error} />
      {managers.data && others.length === 0 ? <p>{t.none}</p> : null}
      {managers.data ? (
        <SelectField
          label={t.label}
          value={chosen}
          placeholder={t.choose}
          options={others.map((m) => ({ value: m.id, label: m.own ? `${m.name}${t.own}` : m.name }))}
          onChange={setChosen}
        />
      ) : (
        <StatusMessage>{cases.loading}</StatusMessage>
      )}
      <SubmitRow label={t.open} busy={false} busyLabel={corrections.saving} problem={target ? null : t.missing} onCancel={onCancel} cancelLabel={t.cancel} />
    </form>
  );
}

export function CaseManagerPanel({ view, readOnly, onChanged }: { view: CaseView; readOnly: boolean; onChanged: () => void }) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [handedOn, setHandedOn] = useState(0);
  return (
    <section aria-labelledby={headingId} className="case-correction">
      <h3 id={headingId}>{t.title}</h3>
      <p>{t.current(view.caseManager)}</p>
      {open ? (
        <HandoverForm
          view={view}
          onCancel={() => setOpen(false)}
          onSaved={(next) => {
            setOpen(false);
            setNotice(t.saved(next.caseManager));
            setHandedOn((n) => n + 1);
            onChanged();
          }}
        />
      ) : readOnly ? null : (
        <Button onClick={() => setOpen(true)}>{t.open}</Button>
      )}
      <StatusMessage>{notice}</StatusMessage>
      <VersionHistory
        kind="case_manager"
        recordId={view.id}
        reloadKey={handedOn}
        render={(before) => <p>{t.before((before as unknown as CaseManagerBefore).caseManager)}</p>}
      />
    </section>
  );
}
