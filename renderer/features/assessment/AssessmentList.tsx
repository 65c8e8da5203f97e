/** The case's assessments, newest first: kind, date, how many life areas, who recorded it. */
import type { AssessmentSummary } from '../../../electron/contract/areas/assessment';
import { germanDay } from '../../i18n/dates';
import { ta } from '../../i18n/assessment';
import { Button } from '../../ui/Button';

const t = ta.assessment;

export interface AssessmentListProps {
  assessments: AssessmentSummary[];
  selectedId: string | null;
  onView: (id: string) => void;
}

export function AssessmentList({ assessments, selectedId, onView }: AssessmentListProps) {
  if (assessments.length === 0) return <p>{t.none}</p>;
  return (
    <table className="as-data-table">
      <caption className="sr-only">{t.listTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.columns.date}</th>
          <th scope="col">{t.columns.kind}</th>
          <th scope="col">{t.columns.areas}</th>
          <th scope="col">{t.columns.recordedBy}</th>
          <th scope="col">{t.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((a) => (
          <tr key={a.id} aria-current={a.id === selectedId ? 'true' : undefined}>
            <th scope="row">{germanDay(a.date)}</th>
            <td>{a.kindLabel}</td>
            <td>{a.entryCount}</td>
            <td>{a.recordedBy}</td>
            <td>
              <Button variant="link" onClick={() => onView(a.id)}>
                {t.view}
                <span className="sr-only">: {t.viewLabel(a.kindLabel, a.date)}</span>
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
