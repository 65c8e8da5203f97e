/**
 * The merged district report on screen: the files' problems, or the overview (period, units,
 * comparison, notes, legend), the tables by section, and the report's export.
 */
import {
  DISTRICT_LEGEND,
  DISTRICT_SECTION_TITLES,
  periodTitle,
  quartersPhrase,
  type DistrictFileProblem,
  type DistrictReport,
} from '../../../electron/contract/areas/district';
import { errorMessages } from '../../../electron/contract/errors';
import { STATISTICS_SECTIONS } from '../../../electron/contract/statisticsDocument';
import { districtTexts as t } from '../../i18n/district';
import { aggregationTexts as a } from '../../i18n/districtRoster';
import { germanDay } from '../../i18n/dates';
import { PROBLEMS_ID, REPORT_ID } from './DistrictImportForm';
import { DistrictExportPanel } from './DistrictExportPanel';
import { DistrictTableView } from './DistrictTableView';

export function DistrictProblems({ problems }: { problems: readonly DistrictFileProblem[] }) {
  return (
    <section className="panel district-problems" aria-labelledby={PROBLEMS_ID}>
      <h2 id={PROBLEMS_ID} tabIndex={-1}>
        {t.problemsTitle}
      </h2>
      <p className="message message-error" role="alert">
        {errorMessages.DISTRICT_FILES_REFUSED}
      </p>
      <ProblemList problems={problems} roles={t.problemRole} />
      <p>{t.problemsHint}</p>
    </section>
  );
}

/** Each refused file with its role and the German reason: the same list for exports and key files. */
export function ProblemList({ problems, roles }: { problems: readonly DistrictFileProblem[]; roles: Record<DistrictFileProblem['role'], string> }) {
  return (
    <ul className="district-problem-list">
      {problems.map((problem, index) => (
        <li key={`${problem.role}-${problem.file}-${index}`}>
          <strong>{problem.file}</strong> ({roles[problem.role]}): {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** A report from masked exports: the district's own protection, once, and the roster behind it. */
function Protection({ aggregation }: { aggregation: NonNullable<DistrictReport['aggregation']> }) {
  return (
    <div className="notice notice-info district-aggregation">
      <h3>{a.title}</h3>
      <p>{a.protection(aggregation)}</p>
      <p>{a.hidden(aggregation)}</p>
      <p>{a.rosters(aggregation)}</p>
    </div>
  );
}

/** The signs of this report: a masked report's "•" is the district's protection, "≥" only a unit's band. */
function legendOf(report: DistrictReport): { sign: string; meaning: string }[] {
  if (!report.aggregation) return Object.values(DISTRICT_LEGEND);
  return [a.legendUnknown, a.legendBand, DISTRICT_LEGEND.missing];
}

function Overview({ report }: { report: DistrictReport }) {
  const { units } = report;
  const c = t.unitColumns;
  // From masked exports the district protects the numbers once (see Protection): the units' own k and perturbation do not apply.
  const unitProtection = report.aggregation === null;
  return (
    <section className="panel" aria-labelledby={REPORT_ID}>
      <h2 id={REPORT_ID} tabIndex={-1}>
        {t.overviewTitle}
      </h2>
      <p className="lead">{t.reportTitle(report.districtName, report.period.title)}</p>
      {report.period.quarters.length > 1 ? <p>{t.builtFrom(quartersPhrase(report.period.quarters))}</p> : null}
      <p>{t.createdOn(germanDay(report.createdOn))}</p>
      {report.aggregation ? <Protection aggregation={report.aggregation} /> : null}
      <table className="stats-table district-units">
        <caption>{t.unitsCaption(units.length)}</caption>
        <thead>
          <tr>
            {[c.name, c.traeger, c.municipality, c.quarters, c.file, c.createdOn, ...(unitProtection ? [c.threshold, c.perturbation] : [])].map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id}>
              <th scope="row">{unit.name}</th>
              <td>{unit.traeger ?? t.none}</td>
              <td>{unit.municipality ?? t.none}</td>
              <td>
                {t.delivered(unit.deliveries.map((d) => periodTitle(d.quarter)))}
                {unit.missingQuarters.length > 0 ? (
                  <>
                    <br />
                    <strong className="district-missing">{t.missing(unit.missingQuarters.map(periodTitle))}</strong>
                  </>
                ) : null}
              </td>
              <td className="district-file-name">{unit.fileName}</td>
              <td>{germanDay(unit.createdOn)}</td>
              {unitProtection ? (
                <>
                  <td>{unit.threshold}</td>
                  <td>{t.perturbation(unit.perturbation)}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {report.previous ? <p>{t.comparedWith(report.previous.period.title, report.previous.units.length)}</p> : null}
      {report.notes.length > 0 ? (
        <>
          <h3>{t.notesTitle}</h3>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t.legendTitle}</h3>
      <dl className="district-legend">
        {legendOf(report).map((entry) => (
          <div key={entry.sign}>
            <dt>„{entry.sign}“</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function DistrictReportView({ report }: { report: DistrictReport }) {
  return (
    <>
      <Overview report={report} />
      {STATISTICS_SECTIONS.map((section) => {
        const tables = report.tables.filter((table) => table.section === section);
        if (tables.length === 0) return null;
        const id = `bezirk-${section}`;
        return (
          <section key={section} className="stats-section" aria-labelledby={id}>
            <h2 id={id}>{DISTRICT_SECTION_TITLES[section]}</h2>
            {tables.map((table) => (
              <DistrictTableView key={table.id} table={table} report={report} />
            ))}
          </section>
        );
      })}
      <DistrictExportPanel />
    </>
  );
}
