/** Small rules the assessment area's services share: reading a case, life areas in use. */
import { KimError } from '../../contract/errors';
import { caseStatus } from '../../../db/queries/caseStatus';
import { lifeAreaById } from '../../../db/queries/assessments';
import { db, type ServiceContext } from '../context';

/** Reading needs only an existing case; closed cases can still be read. */
export function requireCase(ctx: ServiceContext, caseId: string): void {
  if (!caseStatus(db(ctx), caseId)) throw new KimError('CASE_NOT_FOUND');
}

/** New records may only use life areas that exist and are still in use. */
export function requireActiveLifeArea(ctx: ServiceContext, lifeAreaId: string): { id: string; name: string } {
  const area = lifeAreaById(db(ctx), lifeAreaId);
  if (!area) throw new KimError('LIFE_AREA_NOT_FOUND');
  if (!area.active) throw new KimError('LIFE_AREA_INACTIVE');
  return area;
}
