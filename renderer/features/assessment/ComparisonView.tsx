/**
 * "Was sich verändert hat": per life area the situation before and now, the direction in words
 * (besser / schlechter / gleich) and which other fields changed. Colour only repeats the words.
 */
import type { AssessmentComparison, LifeAreaChange } from '../../../electron/contract/areas/assessment';
import { ta } from '../../i18n/assessment';

const t = ta.comparison;

function situation(entry: LifeAreaChange['previous']): string {
  return entry ? `${entry.situation} – ${entry.situationLabel}` : t.notAssessed;
}

function direction(area: LifeAreaChange): { text: string; tone: string } {
  if (area.situationDirection === null) return { text: area.changeLabel, tone: 'neutral' };
  return { text: t.directions[area.situationDirection], tone: area.situationDirection };
}

function otherChanges(area: LifeAreaChange): string {
  const others = area.changedFields.filter((f) => f !== 'situation').map((f) => t.fields[f]);
  return others.length > 0 ? others.join(', ') : t.nothingElse;
}

export function ComparisonView({ comparison, headingId }: { comparison: AssessmentComparison; headingId: string }) {
  const { previous, current } = comparison;
  return (
    <div className="as-comparison">
      <h4 id={headingId}>{t.title}</h4>
      <p>{t.intro(previous.date, current.date)}</p>
      <table className="as-data-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t.columns.area}</th>
            <th scope="col">{t.columns.previous(previous.date)}</th>
            <th scope="col">{t.columns.current(current.date)}</th>
            <th scope="col">{t.columns.direction}</th>
            <th scope="col">{t.columns.others}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.areas.map((area) => {
            const dir = direction(area);
            return (
              <tr key={area.lifeAreaId}>
                <th scope="row">{area.lifeAreaName}</th>
                <td>{situation(area.previous)}</td>
                <td>{situation(area.current)}</td>
                <td>
                  <span className={`as-direction as-direction-${dir.tone}`}>{dir.text}</span>
                </td>
                <td>{otherChanges(area)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
