/**
 * The export of a quarter's anonymised statistic as a file. The first export publishes: the
 * document is stored, frozen (statistics_publications), and every later export of the quarter
 * repeats exactly that document, whatever changed in the store since; so no two exports of a
 * unit ever differ, and nobody can read from their difference what happened in between. A running
 * quarter is refused. Recorded in the audit log (which quarter, never content).
 */
import { KimError } from '../../contract/errors';
import type { StatisticsExport, StatisticsExportFormat } from '../../contract/areas/statistics';
import { insertPublication } from '../../../db/queries/publications';
import { db, today, transaction, type ServiceContext } from '../context';
import { slug } from './dimensions';
import { buildDocument, documentToJson, publishedDocument, sha256Hex } from './document';
import { isRunning, parseQuarter } from './period';
import { documentToXlsx } from './xlsx';

/** The quarter's frozen document, published now if this is its first export. */
function publication(ctx: ServiceContext, periodLabel: string) {
  const day = today(ctx.now());
  const period = parseQuarter(periodLabel, day);
  return transaction(ctx, () => {
    const published = publishedDocument(ctx, period.label);
    if (published) return published;
    if (isRunning(period, day)) throw new KimError('PERIOD_RUNNING');
    const { document, missing } = buildDocument(ctx, period.label);
    if (missing.length > 0) throw new KimError('STATISTICS_UNIT_MISSING');
    const text = documentToJson(document);
    const sha256 = sha256Hex(text);
    insertPublication(db(ctx), { period: period.label, formatVersion: document.formatVersion, document: text, sha256, publishedAt: day });
    ctx.store.audit('statistics.published', 'statistics', period.label);
    return { text, document, publishedOn: day, sha256 };
  });
}

export async function exportStatistics(ctx: ServiceContext, input: { period: string; format: StatisticsExportFormat }): Promise<StatisticsExport> {
  const { text, document } = publication(ctx, input.period);
  const bytes = input.format === 'json' ? new TextEncoder().encode(text) : await documentToXlsx(document);
  ctx.store.audit('statistics.exported', 'statistics', document.period.label);
  return { fileName: `kim-statistik_${slug(document.unit.name)}_${document.period.label}.${input.format}`, bytes };
}
