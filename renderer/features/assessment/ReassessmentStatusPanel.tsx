/**
 * When the next re-assessment is due, whether it is overdue, and the case's cadence: its own
 * number of months or "wie in den Einstellungen" ('reassessment.setCadence').
 */
import { useEffect, useId, useState } from 'react';
import type { ReassessmentStatus } from '../../../electron/contract/areas/assessment';
import { call } from '../../api';
import { ta } from '../../i18n/assessment';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { useSubmit } from '../../ui/useSubmit';

const t = ta.status;
const DEFAULT = 'default';
const MONTH_OPTIONS = Array.from({ length: 24 }, (_, i) => ({ value: String(i + 1), label: t.cadenceMonths(i + 1) }));

export interface ReassessmentStatusPanelProps {
  caseId: string;
  closed: boolean;
  status: ReassessmentStatus;
  onSaved: (status: ReassessmentStatus) => void;
}

export function ReassessmentStatusPanel({ caseId, closed, status, onSaved }: ReassessmentStatusPanelProps) {
  const id = useId();
  const saved = status.caseMonths === null ? DEFAULT : String(status.caseMonths);
  const [cadence, setCadence] = useState(saved);
  const [done, setDone] = useState(false);

  useEffect(() => setCadence(saved), [saved]);

  const { busy, error, submit } = useSubmit(
    () => {
      setDone(false);
      return call('reassessment.setCadence', { caseId, months: cadence === DEFAULT ? null : Number(cadence) });
    },
    (next) => {
      setDone(true);
      onSaved(next);
    },
  );

  return (
    <section className="as-part as-reassessment-status" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.title}</h3>
      {status.dueDate === null ? (
        <p>{t.noAssessment}</p>
      ) : (
        <p className={status.overdue ? 'notice notice-warning' : undefined}>
          {t.due(status.dueDate)} <strong>{status.overdue ? t.overdue : t.notOverdue}</strong>
        </p>
      )}
      <p>{t.cadence(status.months, status.caseMonths !== null)}</p>
      {closed ? null : (
        <form className="form as-form-inline" onSubmit={submit} aria-busy={busy} noValidate>
          <SelectField
            label={t.cadenceLabel}
            value={cadence}
            options={[{ value: DEFAULT, label: t.cadenceDefault }, ...MONTH_OPTIONS]}
            onChange={(value) => {
              setCadence(value || DEFAULT);
              setDone(false);
            }}
          />
          <ErrorMessage message={error} />
          <SubmitRow label={t.cadenceSubmit} busy={busy} busyLabel={ta.common.busy} />
          <StatusMessage>{done ? t.cadenceSaved : null}</StatusMessage>
        </form>
      )}
    </section>
  );
}
