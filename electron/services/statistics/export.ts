/** The export of the anonymised statistic as a file, recorded in the audit log (which period, never content). */
import { KimError } from '../../contract/errors';
import type { StatisticsExport, StatisticsExportFormat } from '../../contract/areas/statistics';
import type { StatisticsDocument } from '../../contract/statisticsDocument';
import type { ServiceContext } from '../context';
import { slug } from './dimensions';
import { buildStatistics } from './document';
import { documentToXlsx } from './xlsx';

/** The JSON file: the document, indented, keys in the schema's order. */
export const documentToJson = (document: StatisticsDocument): Uint8Array => new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);

export async function exportStatistics(ctx: ServiceContext, input: { period: string; format: StatisticsExportFormat }): Promise<StatisticsExport> {
  const { document, missing } = buildStatistics(ctx, input.period);
  if (missing.length > 0) throw new KimError('STATISTICS_UNIT_MISSING');
  const bytes = input.format === 'json' ? documentToJson(document) : await documentToXlsx(document);
  ctx.store.audit('statistics.exported', 'statistics', document.period.label);
  return { fileName: `kim-statistik_${slug(document.unit.name)}_${document.period.label}.${input.format}`, bytes };
}
