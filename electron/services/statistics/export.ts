/**
 * The export of a quarter's anonymised statistic as a file. The first export publishes: the
 * document is stored, frozen (statistics_publications), and every later export of the quarter
 * repeats exactly that document, whatever changed in the store since; so no two exports of a
 * unit ever differ, and nobody can read from their difference what happened in between. A running
 * quarter is refused. Recorded in the audit log (which quarter, never content).
 *
 * With a roster that applies to the quarter (issue 15: the newest imported version whose
 * validFrom is not after it, rosterImport.applicableRoster), a quarter not yet published is
 * published as the masked export against it (maskedExport.ts), JSON only, and frozen the same
 * way: later exports repeat its bytes even after a newer roster was imported (repeating leaks
 * nothing new). A quarter before every imported version's validFrom is exported plain, as
 * without a list. A quarter already published plain is not exported again while a roster applies
 * to it: its protected tables beside a district total of the same quarter could give hidden
 * cells away.
 */
import { KimError } from '../../contract/errors';
import type { StatisticsExport, StatisticsExportFormat } from '../../contract/areas/statistics';
import { DISTRICT_AGGREGATION_VERSION } from '../../contract/districtAggregation';
import { insertPublication } from '../../../db/queries/publications';
import { db, today, transaction, type ServiceContext } from '../context';
import { slug } from './dimensions';
import { buildDocument, documentToJson, publication, sha256Hex, type Publication } from './document';
import { buildMaskedExport } from './maskedExport';
import { isRunning, parseQuarter } from './period';
import { maskedFileName } from './rosterFile';
import { applicableRoster } from './rosterImport';
import { statisticsSettings } from './settings';
import { documentToXlsx } from './xlsx';

/** The quarter's frozen publication, published now if this is its first export. */
function publish(ctx: ServiceContext, periodLabel: string, format: StatisticsExportFormat): Publication {
  const day = today(ctx.now());
  const period = parseQuarter(periodLabel, day);
  return transaction(ctx, () => {
    const published = publication(ctx, period.label);
    const roster = applicableRoster(ctx, period.label);
    if (published?.kind === 'masked' || (!published && roster)) {
      if (format !== 'json') throw new KimError('ROSTER_JSON_ONLY');
    }
    if (published?.kind === 'plain' && roster) throw new KimError('ROSTER_PERIOD_PUBLISHED');
    if (published) return published;
    if (isRunning(period, day)) throw new KimError('PERIOD_RUNNING');
    if (statisticsSettings(ctx).unit.name === null) throw new KimError('STATISTICS_UNIT_MISSING');
    if (roster) {
      const { text, file } = buildMaskedExport(ctx, period.label, roster);
      const sha256 = sha256Hex(text);
      insertPublication(db(ctx), { period: period.label, formatVersion: DISTRICT_AGGREGATION_VERSION, document: text, sha256, publishedAt: day });
      ctx.store.audit('statistics.published_masked', 'statistics', `${period.label} v${roster.roster.version}`);
      return { kind: 'masked', text, file, publishedOn: day, sha256 };
    }
    const { document } = buildDocument(ctx, period.label);
    const text = documentToJson(document);
    const sha256 = sha256Hex(text);
    insertPublication(db(ctx), { period: period.label, formatVersion: document.formatVersion, document: text, sha256, publishedAt: day });
    ctx.store.audit('statistics.published', 'statistics', period.label);
    return { kind: 'plain', text, document, publishedOn: day, sha256 };
  });
}

export async function exportStatistics(ctx: ServiceContext, input: { period: string; format: StatisticsExportFormat }): Promise<StatisticsExport> {
  const published = publish(ctx, input.period, input.format);
  if (published.kind === 'masked') {
    const { unit, period } = published.file.body;
    ctx.store.audit('statistics.exported_masked', 'statistics', period.label);
    return { fileName: maskedFileName(unit.name, period.label), bytes: new TextEncoder().encode(published.text) };
  }
  const { text, document } = published;
  const bytes = input.format === 'json' ? new TextEncoder().encode(text) : await documentToXlsx(document);
  ctx.store.audit('statistics.exported', 'statistics', document.period.label);
  return { fileName: `kim-statistik_${slug(document.unit.name)}_${document.period.label}.${input.format}`, bytes };
}
