/**
 * The unit's case managers (Einstellungen): who may take a case over (Vertretung, leaving staff).
 * The user of this store is always one of them: their name is on the cases they open.
 */
import { KimError } from '../../contract/errors';
import type { CaseManagerView } from '../../contract/areas/caseCorrections';
import {
  allCaseManagers,
  caseManagerById,
  caseManagerByName,
  insertCaseManager,
  openCaseCounts,
  setCaseManagerActive,
  type CaseManagerRow,
} from '../../../db/queries/caseManagers';
import { actor, db, newId, transaction, type ServiceContext } from '../context';

export function caseManagerService(ctx: ServiceContext) {
  /**
   * The store's own user joins the list the first time it is read: a store set up after the
   * migration has them on no case yet, and they are the first the unit's list must name.
   */
  function ensureOwn(): void {
    const own = actor(ctx);
    if (caseManagerByName(db(ctx), own)) return;
    transaction(ctx, () => insertCaseManager(db(ctx), { id: newId(), name: own, active: true, createdAt: ctx.now().toISOString() }));
  }

  function view(row: CaseManagerRow, counts: Map<string, number>): CaseManagerView {
    return { id: row.id, name: row.name, active: row.active, own: row.name === actor(ctx), openCases: counts.get(row.name) ?? 0 };
  }

  function require(id: string): CaseManagerRow {
    const row = caseManagerById(db(ctx), id);
    if (!row) throw new KimError('CASE_MANAGER_NOT_FOUND');
    return row;
  }

  function setActive(id: string, active: boolean): CaseManagerView {
    const row = require(id);
    if (row.active !== active) {
      transaction(ctx, () => {
        setCaseManagerActive(db(ctx), id, active);
        ctx.store.audit(active ? 'case_manager.reactivated' : 'case_manager.deactivated', 'case_manager', id);
      });
    }
    return view({ ...row, active }, openCaseCounts(db(ctx)));
  }

  return {
    require,

    /** Active ones first, each group by name. */
    list(): CaseManagerView[] {
      ensureOwn();
      const counts = openCaseCounts(db(ctx));
      const rows = allCaseManagers(db(ctx));
      return [...rows.filter((r) => r.active), ...rows.filter((r) => !r.active)].map((r) => view(r, counts));
    },

    add(input: { name: string }): CaseManagerView {
      const name = input.name.trim();
      if (caseManagerByName(db(ctx), name)) throw new KimError('CASE_MANAGER_EXISTS');
      const id = newId();
      transaction(ctx, () => {
        insertCaseManager(db(ctx), { id, name, active: true, createdAt: ctx.now().toISOString() });
        ctx.store.audit('case_manager.added', 'case_manager', id);
      });
      return view(require(id), openCaseCounts(db(ctx)));
    },

    deactivate: (input: { id: string }): CaseManagerView => setActive(input.id, false),
    reactivate: (input: { id: string }): CaseManagerView => setActive(input.id, true),
  };
}
