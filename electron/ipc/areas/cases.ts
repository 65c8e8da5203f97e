import type { caseMethods } from '../../contract/areas/cases';
import type { Services } from '../../services';
import type { HandlersFor } from './handlerTypes';

export function caseHandlers({ persons, households, targetGroups, locations, lifeAreas, intakes, cases }: Services): HandlersFor<typeof caseMethods> {
  return {
    'persons.create': (input) => persons.create(input),
    'persons.update': (input) => persons.update(input),
    'persons.get': ({ personId }) => persons.get(personId),
    'persons.list': () => persons.list(),
    'persons.linkHousehold': (input) => households.link(input),
    'persons.unlinkHousehold': (input) => households.unlink(input),

    'targetGroups.list': () => targetGroups.list(),
    'targetGroups.create': (input) => targetGroups.create(input),
    'targetGroups.update': (input) => targetGroups.update(input),
    'targetGroups.end': (input) => targetGroups.end(input),

    'locations.list': (input) => locations.list(input),
    'locations.create': (input) => locations.create(input),
    'locations.update': (input) => locations.update(input),
    'locations.deactivate': (input) => locations.deactivate(input),

    'lifeAreas.list': (input) => lifeAreas.list(input),
    'lifeAreas.add': (input) => lifeAreas.add(input),
    'lifeAreas.rename': (input) => lifeAreas.rename(input),
    'lifeAreas.reorder': (input) => lifeAreas.reorder(input),
    'lifeAreas.setActive': (input) => lifeAreas.setActive(input),

    'intakes.record': (input) => intakes.record(input),
    'cases.list': (input) => cases.page(input),
    'cases.listFilters': () => cases.listFilters(),
    'cases.get': ({ caseId }) => cases.get(caseId),
    'cases.timeline': ({ caseId }) => cases.timeline(caseId),
    'cases.update': (input) => cases.update(input),
    'cases.close': (input) => cases.close(input),
    'cases.reopen': (input) => cases.reopen(input),
  };
}
