/**
 * A roster (Bezirksliste) as the coordinators and the units see it: district, version, the first
 * quarter it applies to, day, the
 * list's code and protection, and every unit with the fingerprint of its key, to compare on the
 * phone. Shown by the roster builder and by a unit before and after importing.
 */
import type { RosterInfo } from '../../../electron/contract/districtAggregation';
import { germanDay } from '../../i18n/dates';
import { rosterInfoTexts as t } from '../../i18n/districtRoster';

export function RosterFacts({ roster }: { roster: RosterInfo }) {
  return (
    <dl className="stats-facts roster-facts">
      <dt>{t.district}</dt>
      <dd>{roster.district}</dd>
      <dt>{t.version}</dt>
      <dd>{roster.version}</dd>
      <dt>{t.validFrom}</dt>
      <dd>{t.validFromValue(roster.validFrom)}</dd>
      <dt>{t.createdOn}</dt>
      <dd>{germanDay(roster.createdOn)}</dd>
      <dt>{t.code}</dt>
      <dd>
        <code className="roster-code">{roster.code}</code>
      </dd>
      <dt>{t.protection}</dt>
      <dd>{t.protectionValue(roster.protection.threshold, roster.protection.perturbation)}</dd>
    </dl>
  );
}

/** The units of a roster; `ownUnitId` marks the unit's own entry (on the unit's side). */
export function RosterUnits({ roster, ownUnitId, ownLabel }: { roster: RosterInfo; ownUnitId?: string; ownLabel?: string }) {
  const c = t.unitColumns;
  return (
    <table className="stats-table roster-units">
      <caption>{t.unitsCaption(roster.units.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{c.name}</th>
          <th scope="col">{c.traeger}</th>
          <th scope="col">{c.municipality}</th>
          <th scope="col">{c.fingerprint}</th>
        </tr>
      </thead>
      <tbody>
        {roster.units.map((unit) => {
          const own = unit.id === ownUnitId;
          return (
            <tr key={unit.id} className={own ? 'roster-own' : undefined}>
              <th scope="row">
                {unit.name}
                {own && ownLabel ? <strong className="roster-own-badge"> {ownLabel}</strong> : null}
              </th>
              <td>{unit.traeger ?? t.none}</td>
              <td>{unit.municipality ?? t.none}</td>
              <td>
                <code className="roster-fingerprint">{unit.fingerprint}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
