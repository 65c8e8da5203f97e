/**
 * Protokoll: the audit log by days, record and action, with the state of its hash chain, and
 * the same as a PDF for the data-protection officer. Plain form controls and a table: every
 * part is reached with Tab and used with Enter or Space. Actions and record kinds in German
 * (contract/auditLabels); the action's code in small print for IT.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { AuditFilter, AuditList } from '../../../electron/contract/areas/audit';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditActionLabel, auditChoices, auditRecordText } from '../../../electron/contract/auditLabels';
import { call } from '../../api';
import { germanDateTime } from '../../i18n/dates';
import { lockEpoch } from '../../state/session';
import { DateField } from '../../ui/DateField';
import { useSubmit } from '../../ui/useSubmit';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { saveFile } from '../../ui/saveFile';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { protokollTexts as t } from '../../i18n/protokoll';

interface FilterForm {
  from: string;
  to: string;
  entity: string;
  entityId: string;
  action: string;
}

const emptyForm: FilterForm = { from: '', to: '', entity: '', entityId: '', action: '' };
const actionChoices = auditChoices(AUDIT_ACTION_LABELS);
const entityChoices = auditChoices(AUDIT_ENTITY_LABELS);

function filterOf(form: FilterForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.from) filter.from = form.from;
  if (form.to) filter.to = form.to;
  if (form.entity.trim()) filter.entity = form.entity.trim();
  if (form.entityId.trim()) filter.entityId = form.entityId.trim();
  if (form.action.trim()) filter.action = form.action.trim();
  return filter;
}

export function ProtokollScreen() {
  const [form, setForm] = useState<FilterForm>(emptyForm);
  const [list, setList] = useState<AuditList | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (filter: AuditFilter) => {
    const epoch = lockEpoch();
    const result = await call('audit.list', filter);
    if (epoch !== lockEpoch()) return;
    if (result.ok) {
      setList(result.value);
      setError(null);
    } else setError(result.error.message);
  }, []);

  useEffect(() => {
    void load({});
  }, [load]);

  const invalidRange = form.from !== '' && form.to !== '' && form.from > form.to;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalidRange) return;
    void load(filterOf(form));
  }

  const pdf = useSubmit(
    () => (invalidRange ? null : call('audit.pdf', filterOf(form))),
    (value) => saveFile(value.fileName, value.pdf, 'application/pdf'),
  );

  const set = (key: keyof FilterForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const chain = list?.chain;

  return (
    <section className="page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {chain?.state === 'broken' ? (
        <p className="message message-error message-severe" role="alert">
          {t.chainBroken} {chain.finding}
        </p>
      ) : chain ? (
        <StatusMessage>{chain.state === 'ok' ? t.chainOk(chain.entries) : t.chainUnchained}</StatusMessage>
      ) : null}
      <form onSubmit={submit} aria-label={t.filterTitle}>
        <DateField label={t.from} value={form.from} onChange={set('from')} />
        <DateField label={t.to} value={form.to} onChange={set('to')} error={invalidRange ? t.fromAfterTo : null} />
        <SelectField label={t.entity} value={form.entity} options={entityChoices} onChange={set('entity')} placeholder={t.anyEntity} />
        <TextField label={t.entityId} value={form.entityId} onChange={set('entityId')} maxLength={64} />
        <SelectField label={t.action} value={form.action} options={actionChoices} onChange={set('action')} placeholder={t.anyAction} />
        <div className="submit-row">
          <Button type="submit" variant="primary">
            {t.show}
          </Button>
          <Button onClick={() => void pdf.submit()} disabled={pdf.busy} aria-busy={pdf.busy}>
            {pdf.busy ? t.pdfBusy : t.pdf}
          </Button>
        </div>
      </form>
      {(error ?? pdf.error) ? <ErrorMessage message={error ?? pdf.error} /> : null}
      {!list && !error ? <StatusMessage>{t.loading}</StatusMessage> : null}
      {list ? (
        <>
          <p>{list.entries.length === 0 ? t.none : t.count(list.entries.length, list.total)}</p>
          {list.entries.length > 0 ? (
            <table className="as-data-table">
              <caption className="sr-only">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.id}</th>
                  <th scope="col">{t.columns.at}</th>
                  <th scope="col">{t.columns.actor}</th>
                  <th scope="col">{t.columns.action}</th>
                  <th scope="col">{t.columns.record}</th>
                </tr>
              </thead>
              <tbody>
                {list.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{entry.id}</td>
                    <td>{germanDateTime(entry.at)}</td>
                    <td>{entry.actor}</td>
                    <td>
                      {auditActionLabel(entry.action)}
                      {auditActionLabel(entry.action) !== entry.action ? (
                        <>
                          <br />
                          <small className="field-hint">{entry.action}</small>
                        </>
                      ) : null}
                    </td>
                    <td>{auditRecordText(entry.entity, entry.entityId)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
