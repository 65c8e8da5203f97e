/**
 * The district's side of the secure district statistic (issue 15): reading the units' masked
 * exports, checking them, summing their vectors to the exact district counts, and protecting
 * those once at district level (districtProtection.ts). Pure functions, no store.
 *
 * Nothing is summed while any file has a problem, and a quarter is summed only when every unit of
 * its roster delivered it: a sum without one unit is no count at all (its masks do not cancel).
 * The exact sums never leave this module: the report holds only the protected tables.
 */
import {
  districtPeriodOf,
  periodContaining,
  periodTitle,
  quartersPhrase,
  type DistrictCountTable,
  type DistrictFileProblem,
  type DistrictMeasureTable,
  type DistrictPeriod,
  type DistrictReport,
  type DistrictTable,
  type DistrictUnit,
} from '../../contract/areas/district';
import { germanDay } from '../../contract/dayText';
import {
  MASKED_FORMAT,
  maskedExport,
  quarterIsBefore,
  SUPERVISION_TABLES,
  type LayoutTable,
  type MaskedBody,
  type Roster,
} from '../../contract/districtAggregation';
import { STATISTICS_SECTIONS, type PeriodKind } from '../../contract/statisticsDocument';
import { APP_VERSION } from './appVersion';
import { checkPrevious, inferPeriod, outsideMessage, withComparison, type ExportFile, type MergedCounts } from './districtMerge';
import { brokenLinks, districtSecret, protectDistrict, type ExactTable } from './districtProtection';
import { codeOfRoster, maskedFileName } from './rosterFile';
import { canonicalText, sumVectors, unitFingerprint, verifyText } from './secureAggregation';
import { unionLayouts } from './rosterBuild';

/** Whether a file's text is a masked export (by its format field; anything unreadable is not). */
export function isMaskedText(text: string): boolean {
  try {
    const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return raw !== null && typeof raw === 'object' && (raw as Record<string, unknown>).format === MASKED_FORMAT;
  } catch {
    return false;
  }
}

export interface MaskedFile {
  name: string;
  body: MaskedBody;
  /** The code of the roster inside the file. */
  code: string;
}

export interface MaskedSet {
  files: MaskedFile[];
  problems: { file: string; message: string }[];
  /** Null when no file could be read. */
  period: DistrictPeriod | null;
}

const cellsOf = (layout: readonly LayoutTable[]) => layout.reduce((n, t) => n + t.rows.length * t.columns.length, 0);

const DEMO =
  'Diese Datei wurde aus einer Fallakte mit Demodaten erstellt. Demodaten dürfen nicht in die Statistik des Kreises. Bitte verwenden Sie den Export aus der Fallakte mit den echten Fällen der Stelle.';

function readOne(file: ExportFile): { file: MaskedFile } | { problem: string } {
  const text = file.text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      problem:
        'Die Datei ist keine lesbare JSON-Datei (vielleicht beschädigt, abgeschnitten oder eine andere Art von Datei). Bitte lassen Sie die Stelle die Statistik noch einmal exportieren.',
    };
  }
  const parsed = maskedExport.safeParse(raw);
  if (!parsed.success) {
    return {
      problem:
        'Diese Datei ist kein Statistik-Export mit verdeckten Zahlen der KIM Fallakte, oder ihr Aufbau wurde verändert. Bitte lassen Sie die Stelle die Statistik mit der Bezirksliste neu exportieren, ohne die Datei von Hand zu ändern.',
    };
  }
  const { body, signature } = parsed.data;
  if (body.roster.units.some((unit) => unit.fingerprint !== unitFingerprint(unit.keys))) {
    return {
      problem:
        'Die Bezirksliste in dieser Datei wurde verändert (ein Fingerabdruck passt nicht zu seinen Schlüsseln). Die Datei wird nicht übernommen. Bitte lassen Sie die Stelle die Statistik neu exportieren.',
    };
  }
  const onRoster = body.roster.units.find((unit) => unit.id === body.unit.id);
  if (!onRoster) {
    return {
      problem: `Die Stelle „${body.unit.name}“ steht nicht auf der Bezirksliste, mit der diese Datei erstellt wurde. Ihre Zahlen lassen sich nicht mit denen der anderen Stellen zusammenzählen. Bitte nehmen Sie die Stelle in eine neue Version der Bezirksliste auf oder entfernen Sie die Datei.`,
    };
  }
  // On the body as parsed from the text (before the schema): the unit signed exactly that.
  const rawBody = (raw as { body: unknown }).body;
  if (!verifyText(onRoster.keys.signing, canonicalText(rawBody), signature)) {
    return {
      problem: `Die Unterschrift dieser Datei passt nicht zum Schlüssel der Stelle „${body.unit.name}“ in der Bezirksliste. Entweder wurde die Datei nach dem Export verändert, oder die Stelle hat inzwischen einen neuen Schlüssel, der noch nicht in der Bezirksliste steht. Die Datei wird nicht übernommen. Bitte fragen Sie bei der Stelle nach; mit einem neuen Schlüssel braucht es eine neue Version der Bezirksliste.`,
    };
  }
  if (body.demo) return { problem: DEMO };
  // A sound unit exports a quarter only against a version that applies to it; a file that does
  // not is made by hand or by a faulty app, and its quarter would carry a list of the wrong time.
  if (quarterIsBefore(body.period.label, body.roster.validFrom)) {
    return {
      problem: `Dieser Export für das ${periodTitle(body.period.label)} wurde mit Version ${body.roster.version} der Bezirksliste erstellt, die erst ab dem ${periodTitle(body.roster.validFrom)} gilt. So einen Export erstellt die KIM Fallakte nicht; die Datei wird nicht übernommen. Bitte fragen Sie bei „${body.unit.name}“ nach, wie die Datei entstanden ist, und lassen Sie sich den Export des Quartals schicken, den die Fallakte der Stelle gespeichert hat.`,
    };
  }
  const cells = cellsOf(body.roster.layout);
  if (body.vector.length !== cells) {
    return {
      problem: `Die verdeckten Zahlen dieser Datei passen nicht zur Bezirksliste (${body.vector.length} statt ${cells} Zellen). Die Datei wird nicht übernommen. Bitte lassen Sie die Stelle die Statistik neu exportieren.`,
    };
  }
  return { file: { name: file.name, body, code: codeOfRoster(body.roster) } };
}

function mostFrequent(labels: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  let best: string | undefined;
  for (const [label, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && label > best)) best = label;
  return best;
}

/** The roster a quarter's files should share: the one most files carry; ties go to the newest version. */
function referenceOf(files: readonly MaskedFile[]): MaskedFile {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...files].sort((a, b) => counts.get(b.code)! - counts.get(a.code)! || b.body.roster.version - a.body.roster.version)[0]!;
}

/**
 * Reads and checks the masked exports of one period (chosen, or as the plain merge infers it;
 * with `kind`, for a comparison, the period of that kind most files fall into). Every problem is
 * a German sentence about one file (or, for a unit that did not deliver, the file it would send).
 */
export function parseMasked(files: readonly ExportFile[], choice: { period?: string; kind?: PeriodKind } = {}): MaskedSet {
  const problems: MaskedSet['problems'] = [];
  const read: MaskedFile[] = [];
  for (const file of files) {
    const result = readOne(file);
    if ('problem' in result) problems.push({ file: file.name, message: result.problem });
    else read.push(result.file);
  }
  const quarters = read.map((f) => f.body.period.label);
  const label = choice.period ?? (choice.kind ? mostFrequent(quarters.map((q) => periodContaining(q, choice.kind!))) : inferPeriod(quarters));
  if (label === undefined) return { files: [], problems, period: null };
  const period = districtPeriodOf(label);

  const inPeriod: MaskedFile[] = [];
  for (const file of read) {
    if (period.quarters.includes(file.body.period.label)) inPeriod.push(file);
    else problems.push({ file: file.name, message: outsideMessage(file.body.period.label, period, choice) });
  }

  const accepted: MaskedFile[] = [];
  for (const quarter of period.quarters) {
    const ofQuarter = inPeriod.filter((f) => f.body.period.label === quarter);
    if (ofQuarter.length === 0) continue;
    const reference = referenceOf(ofQuarter);
    const { roster } = reference.body;
    const seen = new Map<string, MaskedFile>();
    for (const file of ofQuarter) {
      if (file.code !== reference.code) {
        problems.push({ file: file.name, message: foreignMessage(file, reference, quarter) });
        continue;
      }
      const earlier = seen.get(file.body.unit.id);
      if (earlier) {
        problems.push({
          file: file.name,
          message: `Von der Stelle „${file.body.unit.name}“ gibt es für das ${periodTitle(quarter)} schon den Export „${earlier.name}“. Jede Stelle zählt je Quartal genau einmal. Bitte verwenden Sie nur einen Export je Stelle und Quartal.`,
        });
        continue;
      }
      seen.set(file.body.unit.id, file);
      accepted.push(file);
    }
    // Only when every file of the quarter is sound: a refused file would otherwise be named twice.
    if (problems.length > 0) continue;
    for (const unit of roster.units) {
      if (seen.has(unit.id)) continue;
      problems.push({
        file: maskedFileName(unit.name, quarter),
        message: `Von „${unit.name}“ fehlt der Export für das ${periodTitle(quarter)} (Bezirksliste Version ${roster.version}); ohne ihn lassen sich die verdeckten Zahlen nicht zusammenzählen. Bitte fragen Sie die Stelle nach ihrem Export und fügen Sie ihn hinzu.`,
      });
    }
  }
  if (problems.length === 0 && accepted.length > 0) {
    for (const quarter of period.quarters) {
      if (accepted.some((f) => f.body.period.label === quarter)) continue;
      problems.push({
        file: period.label,
        message: `Für ${period.title} fehlen alle Exporte für das ${periodTitle(quarter)}. Ein Halbjahr oder Jahr entsteht hier nur aus vollständigen Quartalen. Bitte fügen Sie die Exporte aller Stellen für dieses Quartal hinzu oder wählen Sie einen kürzeren Zeitraum.`,
      });
    }
  }
  return { files: accepted, problems, period: accepted.length > 0 ? period : null };
}

function foreignMessage(file: MaskedFile, reference: MaskedFile, quarter: string): string {
  const own = file.body.roster;
  const theirs = reference.body.roster;
  if (own.rosterId === theirs.rosterId && own.version !== theirs.version) {
    return `Dieser Export wurde mit Version ${own.version} der Bezirksliste erstellt, die übrigen Exporte für das ${periodTitle(quarter)} mit Version ${theirs.version}. Exporte verschiedener Versionen werden nie gemischt: ihre verdeckten Zahlen heben sich nicht auf. Jede Stelle exportiert ein Quartal nur einmal, mit der Version, die für dieses Quartal gilt („Gilt ab“). Bitte prüfen Sie, ab welchem Quartal die Versionen gelten, und nehmen Sie nur Exporte derselben Version.`;
  }
  return `Dieser Export wurde mit einer anderen Bezirksliste erstellt (${own.district}, Version ${own.version}, Code ${codeOfRoster(own)}) als die übrigen Exporte für das ${periodTitle(quarter)} (${theirs.district}, Version ${theirs.version}, Code ${reference.code}). Die Datei wird nicht übernommen. Bitte prüfen Sie, ob sie aus einem anderen Bezirk stammt, oder lassen Sie die Stelle mit der richtigen Bezirksliste neu exportieren.`;
}

// ---------------------------------------------------------------- summing and protecting

/** The exact sums of one quarter, by table id: the layout and its cells. */
function quarterSums(files: readonly MaskedFile[]): Map<string, ExactTable> {
  const roster = files[0]!.body.roster;
  const sums = sumVectors(files.map((f) => f.body.vector));
  const tables = new Map<string, ExactTable>();
  let index = 0;
  for (const layout of roster.layout) {
    const values = layout.rows.map(() => layout.columns.map(() => sums[index++]!));
    tables.set(layout.id, { layout, values });
  }
  return tables;
}

const rosterOfQuarter = (set: MaskedSet, quarter: string): Roster => set.files.find((f) => f.body.period.label === quarter)!.body.roster;

interface Summed {
  period: DistrictPeriod;
  protectedTables: ReturnType<typeof protectDistrict>;
  layout: LayoutTable[];
  /** Tables built differently in two quarters' rosters, or whose linked totals do not agree (left out). */
  conflicting: string[];
  /** Tables not in every quarter's roster that should count there. */
  partial: string[];
  roster: Roster;
  rosters: { quarter: string; version: number; code: string }[];
}

/** The period's exact sums (per table: summed over its quarters, or its last quarter for 'stichtag'), protected. */
function sumAndProtect(set: MaskedSet): Summed {
  const period = set.period!;
  const byQuarter = new Map(period.quarters.map((q) => [q, quarterSums(set.files.filter((f) => f.body.period.label === q))]));
  const rosters = period.quarters.map((q) => {
    const file = set.files.find((f) => f.body.period.label === q)!;
    return { quarter: q, version: file.body.roster.version, code: file.code };
  });
  const last = rosterOfQuarter(set, period.quarters.at(-1)!);
  const { layout, conflicts } = unionLayouts(period.quarters.map((q) => rosterOfQuarter(set, q).layout));
  const kept = layout.filter((t) => !conflicts.includes(t.title));
  const partial: string[] = [];
  const exact: ExactTable[] = kept.map((table) => {
    const quarters = table.timing === 'stichtag' ? period.quarters.slice(-1) : period.quarters;
    if (quarters.some((q) => !byQuarter.get(q)!.has(table.id))) partial.push(table.title);
    const values = table.rows.map((row) =>
      table.columns.map((column) =>
        quarters.reduce((sum, q) => {
          const own = byQuarter.get(q)!.get(table.id);
          if (!own) return sum;
          const i = own.layout.rows.findIndex((r) => r.key === row.key);
          const j = own.layout.columns.findIndex((c) => c.key === column.key);
          return i < 0 || j < 0 ? sum : sum + own.values[i]![j]!;
        }, 0),
      ),
    );
    return { layout: table, values };
  });
  // Tables whose links do not hold are left out (never published unprotected); so is an hours table whose count table is gone.
  const broken = brokenLinks(exact);
  const linked = exact.filter((t) => !broken.has(t.layout.id));
  const ids = new Set(linked.filter((t) => t.layout.kind === 'counts').map((t) => t.layout.id));
  const usable = linked.filter((t) => t.layout.kind === 'counts' || (t.layout.countsOf !== null && ids.has(t.layout.countsOf)));
  const secret = districtSecret({
    codes: rosters.map((r) => r.code),
    period: period.label,
    vectors: set.files.map((f) => ({ unitId: f.body.unit.id, quarter: f.body.period.label, vector: f.body.vector })),
  });
  return {
    period,
    protectedTables: protectDistrict(usable, last.protection, secret),
    layout: usable.map((t) => t.layout),
    conflicting: [...conflicts, ...exact.filter((t) => broken.has(t.layout.id)).map((t) => t.layout.title)],
    partial,
    roster: last,
    rosters,
  };
}

/** Units with their files, ordered as on the last quarter's roster (units only on earlier rosters after them). */
function unitsOf(set: MaskedSet, roster: Roster): DistrictUnit[] {
  const ids = [...new Set([...roster.units.map((u) => u.id), ...set.files.map((f) => f.body.unit.id)])];
  return ids.flatMap((id): DistrictUnit[] => {
    const files = set.files.filter((f) => f.body.unit.id === id).sort((a, b) => a.body.period.label.localeCompare(b.body.period.label));
    if (files.length === 0) return [];
    const latest = files.at(-1)!.body;
    return [
      {
        id,
        name: latest.unit.name,
        traeger: latest.unit.traeger,
        municipality: latest.unit.municipality,
        deliveries: files.map((f) => ({ quarter: f.body.period.label, fileName: f.name, createdOn: f.body.createdOn })),
        // Every unit of a quarter's roster delivered (or nothing is merged); a unit not yet on an earlier quarter's roster misses nothing.
        missingQuarters: [],
        fileName: files.map((f) => f.name).join(', '),
        createdOn: files
          .map((f) => f.body.createdOn)
          .sort()
          .at(-1)!,
        appVersion: latest.appVersion,
        threshold: Math.max(...files.map((f) => f.body.threshold)),
        perturbation: null,
      },
    ];
  });
}

/** Medians cannot be summed: per unit and quarter, as the units published them. */
function measuresOf(set: MaskedSet, units: readonly DistrictUnit[]): DistrictMeasureTable[] {
  const tables = new Map<string, DistrictMeasureTable>();
  for (const unit of units) {
    for (const delivery of unit.deliveries) {
      const file = set.files.find((f) => f.body.unit.id === unit.id && f.body.period.label === delivery.quarter)!;
      for (const table of file.body.measures) {
        const merged = tables.get(table.id) ?? {
          kind: 'measures',
          id: table.id,
          section: table.section,
          title: table.title,
          rowTitle: table.rowTitle,
          rows: [],
        };
        for (const row of table.rows) {
          let entry = merged.rows.find((r) => r.key === row.key);
          if (!entry) {
            entry = { key: row.key, label: row.label, unitOfMeasure: row.unitOfMeasure, values: [] };
            merged.rows.push(entry);
          }
          entry.values.push({ unitId: unit.id, quarter: delivery.quarter, value: row.value });
        }
        tables.set(table.id, merged);
      }
    }
  }
  return [...tables.values()];
}

/**
 * A unit's supervision totals: the lower end of its band, never its count. Over several quarters
 * the lower ends add up ('zeitraum') or the last quarter's counts ('stichtag').
 */
function unitTotalsOf(set: MaskedSet, units: readonly DistrictUnit[], table: LayoutTable): DistrictCountTable['unitTotals'] {
  if (!(SUPERVISION_TABLES as readonly string[]).includes(table.id)) return [];
  const period = set.period!;
  const quarters = table.timing === 'stichtag' ? period.quarters.slice(-1) : period.quarters;
  return units.map((unit) => {
    const entries = quarters.flatMap((q) => {
      const file = set.files.find((f) => f.body.unit.id === unit.id && f.body.period.label === q);
      const entry = file?.body.supervision.find((s) => s.tableId === table.id);
      return entry ? [entry] : [];
    });
    const froms = entries.map((e) => e.from).filter((v): v is number => v !== null);
    return { unitId: unit.id, total: froms.length > 0 ? froms.reduce((a, b) => a + b, 0) : null, lowerBound: true, hasTable: entries.length > 0 };
  });
}

function notesOf(summed: Summed, units: readonly DistrictUnit[]): string[] {
  const { period, roster, rosters, protectedTables } = summed;
  const k = roster.protection.threshold;
  const versions = [...new Set(rosters.map((r) => r.version))];
  const notes = [
    `Die Zahlen sind die genauen Summen der verdeckten Exporte von ${units.length} Stellen, einmal auf Ebene des Kreises geschützt (k = ${k}; Überlagerung ${protectedTables.perturbation === null ? 'ausgeschaltet' : `± ${protectedTables.perturbation}`}). Die Zahl einer einzelnen Stelle ist darin nicht zu erkennen.`,
    versions.length === 1
      ? `Grundlage ist die Bezirksliste „${roster.district}“, Version ${versions[0]} (Code ${rosters[0]!.code}).`
      : `Grundlage ist die Bezirksliste „${roster.district}“ in den Versionen ${rosters.map((r) => `${r.version} (${periodTitle(r.quarter)})`).join(', ')}; je Quartal haben alle Stellen mit derselben Version exportiert.`,
  ];
  if (period.quarters.length > 1) {
    const lastQuarter = period.quarters.at(-1)!;
    notes.push(
      `${period.title} ist aus ${quartersPhrase(period.quarters)} zusammengesetzt: Zahlen über einen Zeitraum sind über die Quartale addiert; Zahlen zu einem Stichtag gelten für das Ende des ${lastQuarter.slice(6)}. Quartals ${lastQuarter.slice(0, 4)} (${germanDay(period.to)}). Mediane stehen je Stelle und Quartal da.`,
    );
  }
  if (summed.conflicting.length > 0) {
    notes.push(
      `Nicht im Bericht, weil die Exporte sie nicht gleich aufbauen oder ihre Summen nicht zusammenpassen (zum Beispiel Tabellen derselben Fälle mit verschiedenen Gesamtzahlen): ${summed.conflicting.map((t) => `„${t}“`).join(', ')}. Bitte prüfen Sie mit den Stellen, ob alle dieselbe Version der KIM Fallakte und der Bezirksliste verwenden.`,
    );
  }
  if (summed.partial.length > 0)
    notes.push(`Nicht in allen Quartalen erhoben (die Summen dort sind Untergrenzen): ${summed.partial.map((t) => `„${t}“`).join(', ')}.`);
  return notes;
}

interface Built {
  summed: Summed;
  units: DistrictUnit[];
}

function build(set: MaskedSet): Built {
  const summed = sumAndProtect(set);
  return { summed, units: unitsOf(set, summed.roster) };
}

/** The report from checked masked exports (parseMasked without problems), compared with a previous period if given. */
export function mergeMasked(set: MaskedSet, previous: MaskedSet | null, options: { districtName?: string | null; createdOn: string }): DistrictReport {
  if (!set.period || set.files.length === 0) throw new Error('mergeMasked needs checked files');
  const now = build(set);
  const before = previous?.period && previous.files.length > 0 ? build(previous) : null;
  const beforeTables: Map<string, MergedCounts> = before?.summed.protectedTables.tables ?? new Map();
  const counts: DistrictTable[] = now.summed.layout.map((layout) => {
    const table = now.summed.protectedTables.tables.get(layout.id)!;
    return withComparison({ ...table, unitTotals: unitTotalsOf(set, now.units, layout) }, beforeTables.get(layout.id));
  });
  const tables = [...counts, ...measuresOf(set, now.units)];
  const sectionIndex = (t: DistrictTable) => STATISTICS_SECTIONS.indexOf(t.section);
  tables.sort((a, b) => sectionIndex(a) - sectionIndex(b));
  return {
    districtName: options.districtName ?? now.summed.roster.district,
    aggregation: {
      rosters: now.summed.rosters,
      threshold: now.summed.roster.protection.threshold,
      perturbation: now.summed.protectedTables.perturbation,
      hidden: now.summed.protectedTables.hidden,
      entries: now.summed.protectedTables.entries,
    },
    period: now.summed.period,
    units: now.units,
    previous: before ? { period: before.summed.period, units: before.units } : null,
    tables,
    notes: notesOf(now.summed, now.units),
    createdOn: options.createdOn,
    appVersion: APP_VERSION,
  };
}

/** The problems of the current and the previous masked files together, each with its role. */
export function maskedProblems(current: MaskedSet, previous: MaskedSet | null): DistrictFileProblem[] {
  return [
    ...current.problems.map((p) => ({ ...p, role: 'current' as const })),
    ...(previous?.problems ?? []).map((p) => ({ ...p, role: 'previous' as const })),
    ...(previous ? checkPrevious(current, { period: previous.period, documents: previous.files }) : []).map((p) => ({ ...p, role: 'previous' as const })),
  ];
}
